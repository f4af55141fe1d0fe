import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { setTimeout as sleep } from 'node:timers/promises';

/** heap bytes, and the bytes of ArrayBuffers, which live outside the heap */
const used = () => getHeapStatistics().used_heap_size + process.memoryUsage().arrayBuffers;

/**
 * Bytes in use once collection has settled. V8 frees the backing store of a dead ArrayBuffer on a background
 * sweeper, so right after gc() the count can still hold a buffer that is gone (a RecordIdSet's table before it
 * doubled: 2 MB, one run in six). Collect again on later turns until two counts in a row do not fall.
 */
async function settledUse(gc: () => void): Promise<number> {
  gc();
  let bytes = used();
  for (let turn = 0, steady = 0; turn < 20 && steady < 2; turn++) {
    await sleep(2);
    gc();
    const now = used();
    steady = now < bytes ? 0 : steady + 1;
    bytes = Math.min(bytes, now);
  }
  return bytes;
}

/** what `make` leaves in memory: the bytes in use after a full collection, against before it ran */
export async function bytesKept<T>(make: () => T | Promise<T>): Promise<{ value: T; bytes: number }> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const before = await settledUse(gc);
  const value = await make();
  return { value, bytes: (await settledUse(gc)) - before };
}
