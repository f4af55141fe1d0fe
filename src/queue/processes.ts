/**
 * Several worker processes on one machine: extraction is CPU work, so a machine runs about one
 * worker per core. A worker that dies is started again; its jobs expire and are retried elsewhere.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { ConfigError, requireWholeNumber } from '../errors.js';
import type { WorkerOptions } from './worker.js';

export const WORKER_OPTIONS_ENV = 'NEWS_EXTRACT_WORKER';

/** the entry file: compiled JS when running from dist, the TypeScript source through tsx otherwise */
export function workerProcessEntry(): { path: string; execArgv: string[] } {
  const compiled = import.meta.url.endsWith('.js');
  return {
    path: new URL(compiled ? './worker-process.js' : './worker-process.ts', import.meta.url).pathname,
    execArgv: compiled ? [] : ['--import', 'tsx'],
  };
}

/** starts one worker process; its stdio is this process's */
export function forkWorker(options: WorkerOptions, stdio: 'inherit' | 'pipe' = 'inherit'): ChildProcess {
  const { path, execArgv } = workerProcessEntry();
  return fork(path, [], {
    execArgv,
    env: { ...process.env, [WORKER_OPTIONS_ENV]: JSON.stringify(options) },
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe', 'ipc'],
  });
}

/** a worker process exits with this when its options are wrong: starting it again would not help */
export const EXIT_MISCONFIGURED = 2;

/**
 * Runs `count` worker processes until SIGTERM or SIGINT, then stops them (each finishes its jobs in
 * flight). Resolves when all have exited; rejects when a worker's options are wrong.
 */
export async function runWorkerProcesses(options: WorkerOptions, count: number): Promise<void> {
  requireWholeNumber('workers', count);
  let stopping = false;
  let misconfigured = false;
  const running = new Set<ChildProcess>();
  const exited: Promise<void>[] = [];
  let stopped!: () => void;
  const stopRequested = new Promise<void>((resolve) => (stopped = resolve));
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const child of running) child.kill('SIGTERM');
    stopped();
  };

  const start = () => {
    if (stopping) return;
    const child = forkWorker(options);
    running.add(child);
    const startedAt = Date.now();
    exited.push(
      new Promise<void>((resolve) =>
        child.once('exit', (code, signal) => {
          running.delete(child);
          if (code === EXIT_MISCONFIGURED) {
            misconfigured = true;
            stop();
          } else if (!stopping) {
            process.stderr.write(`news-extract: worker process ${child.pid} ended (${signal ?? `exit ${code}`}); starting another\n`);
            // one that dies at once (the database is down) is not restarted in a tight loop
            setTimeout(start, Date.now() - startedAt < 10_000 ? 5_000 : 0);
          }
          resolve();
        }),
      ),
    );
  };
  for (let i = 0; i < count; i++) start();
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  await stopRequested;
  while (running.size > 0) await Promise.all([...exited]);
  if (misconfigured) throw new ConfigError('the worker processes cannot start with these options (see above)');
}
