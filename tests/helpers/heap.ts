import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** heap bytes, and the bytes of ArrayBuffers, which live outside the heap */
const used = () => getHeapStatistics().used_heap_size + process.memoryUsage().arrayBuffers;

/** what `make` leaves in memory: the bytes in use after a full collection, against before it ran */
export async function bytesKept<T>(make: () => T | Promise<T>): Promise<{ value: T; bytes: number }> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = used();
  const value = await make();
  gc();
  return { value, bytes: used() - before };
}
