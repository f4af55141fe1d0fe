/** One extraction worker thread: receives fetched inputs, answers with records or typed errors. */
import { parentPort } from 'node:worker_threads';
import { recordFromFetched } from '../article.js';
import { toNewsExtractError } from '../errors.js';
import type { WorkerReply, WorkerTask } from './pool.js';

if (!parentPort) throw new Error('news-extract: src/workers/worker.ts must run in a worker thread');
const port = parentPort;

port.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const record = recordFromFetched({ ...task.fetched, bytes: new Uint8Array(task.fetched.bytes) }, { metadata: task.metadata, validate: task.validate });
    reply = { id: task.id, ok: true, record };
  } catch (error) {
    const failure = toNewsExtractError(error, task.fetched.input);
    reply = { id: task.id, ok: false, error: { code: failure.code, message: failure.message, input: failure.input } };
  }
  port.postMessage(reply);
});
