/**
 * Streams `count` articles (cycling over the files of a folder) through the pipeline with worker-thread
 * extraction → JSONL in a child process, so that its peak RSS is measured on its own.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface StreamResult {
  articlesPerSecond: number;
  peakRssMb: number;
}

export function streamWithWorkers(dir: string, count: number, workers: number): StreamResult {
  const child = fileURLToPath(new URL('./_stream-child.mjs', import.meta.url));
  const output = execFileSync(process.execPath, [child, dir, String(count), String(workers)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split('\n').pop()!) as StreamResult;
}
