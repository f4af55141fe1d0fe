/**
 * The entry of one worker process started by `news-extract worker --workers n` (and by the tests
 * and the benchmark): its options arrive as JSON in NEWS_EXTRACT_WORKER; SIGTERM and SIGINT stop it
 * after the jobs in flight.
 */
import { ConfigError } from '../errors.js';
import { EXIT_MISCONFIGURED, WORKER_OPTIONS_ENV } from './processes.js';
import { startWorker, type WorkerOptions } from './worker.js';

const json = process.env[WORKER_OPTIONS_ENV];
if (!json) {
  process.stderr.write(`news-extract: a worker process needs its options as JSON in ${WORKER_OPTIONS_ENV}\n`);
  process.exit(EXIT_MISCONFIGURED);
}
try {
  const worker = await startWorker(JSON.parse(json) as WorkerOptions);
  // on, not once: Ctrl-C or a process-group kill reaches a worker twice (once from its parent)
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void worker.stop());
  await worker.done;
} catch (error) {
  process.stderr.write(`news-extract: worker ${process.pid} cannot run: ${(error as Error).message.replace(/^news-extract: /, '')}\n`);
  process.exitCode = error instanceof ConfigError ? EXIT_MISCONFIGURED : 1;
}
