/**
 * Streams `count` articles (cycling over the files of a folder) through the pipeline with worker-thread
 * extraction → JSONL in a child process, so that its peak RSS is measured on its own. With `cores`, the
 * child is pinned to that many CPUs (Linux `taskset`), so "1 core" means one core, not one thread
 * beside a main thread that has a second core to itself.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { commandLine } from '../_command.js';

export interface StreamResult {
  articlesPerSecond: number;
  /** the rate after the first `warmUp` articles, when asked for */
  warmArticlesPerSecond?: number;
  peakRssMb: number;
}

interface ChildResult extends StreamResult {
  failed: number;
  firstError?: string;
}

export interface StreamOptions {
  workers: number;
  /** pin the child to CPUs 0 … cores-1 */
  cores?: number;
  /** articles whose time is left out of `warmArticlesPerSecond` (V8 still optimising the code) */
  warmUp?: number;
}

export function streamWithWorkers(dir: string, count: number, { workers, cores, warmUp = 0 }: StreamOptions): StreamResult {
  const child = fileURLToPath(new URL('./_stream-child.mjs', import.meta.url));
  // with the environment and node flags of the installed command, as users run it
  const { env, nodeFlags } = commandLine();
  const node = [process.execPath, ...nodeFlags, child, dir, String(count), String(workers), String(warmUp)];
  const [command, ...args] = cores ? ['taskset', '--cpu-list', `0-${cores - 1}`, ...node] : node;
  const output = execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, ...env } });
  const result = JSON.parse(output.trim().split('\n').pop()!) as ChildResult;
  // every page of the corpus extracts: a failure means the run measured something else (a thread lost and replaced)
  if (result.failed > 0) throw new Error(`bench: ${result.failed} of ${count} streamed articles failed; the first: ${result.firstError}`);
  return { articlesPerSecond: result.articlesPerSecond, warmArticlesPerSecond: result.warmArticlesPerSecond, peakRssMb: result.peakRssMb };
}

/** whether CPUs can be pinned here (`taskset` from util-linux) */
export function canPinCores(): boolean {
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
