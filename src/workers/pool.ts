/**
 * Extraction on all cores: a pool of up to `size` worker threads, each with its own models loaded once,
 * turning fetched inputs into records. Fetching and sinks stay on the main thread; only the CPU work
 * (clean, extract, normalise, events) moves. Bytes are transferred, not copied.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ArticleMetadata } from '../document.js';
import { ConfigError, NewsExtractError, requireWholeNumber, type ErrorCode } from '../errors.js';
import type { FetchedInput } from '../fetch/types.js';
import type { ArticleRecord } from '../record.js';

export interface WorkerTask {
  id: number;
  fetched: FetchedInput;
  metadata?: Partial<ArticleMetadata>;
  validate?: boolean;
}

export type WorkerReply =
  | { id: number; ok: true; record: ArticleRecord }
  | { id: number; ok: false; error: { code: ErrorCode; message: string; input?: string } };

interface Pending {
  resolve: (record: ArticleRecord) => void;
  reject: (error: Error) => void;
  worker: Worker;
}

/**
 * A bounded heap per thread: left alone, V8 lets each heap grow far past what extraction keeps alive
 * (~27 MB of models, gazetteer and lexicons, ~41 MB once warm, plus one article) before collecting, which
 * multiplies memory by the number of threads. An article of MAX_ARTICLE_CHARS still fits.
 *
 * The young generation is 48 MB, which V8 makes 16 MB semi-spaces (the main thread's default; 24 MB gave 8):
 * a page's DOM and tokens (~3.7 MB allocated an article) then mostly die young instead of surviving two
 * scavenges into the old generation, for half the scavenges and two thirds of the full collections. A larger
 * old generation was no faster and a smaller one slower; docs/performance.md has the runs (2026-11-26).
 */
export const THREAD_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 48 };

/**
 * The command gives the main thread small semi-spaces (`--max-semi-space-size` in bin/news-extract.js): it only
 * reads inputs and writes records, yet V8 grows them to 16 MB over a batch (its heap from 18 to 47–51 MB by
 * ~2,500 articles). V8 lets that flag override a new heap's `resourceLimits`, and reads it only when it sizes
 * a heap, so it is cleared before each thread starts and the thread gets THREAD_LIMITS' young generation.
 */
function clearMainThreadYoungGenerationFlag(): void {
  setFlagsFromString('--max-semi-space-size=0');
}

/** compiled JS when running from dist; from the TypeScript source (tests, tsx), tsx's loader is registered in the thread first */
function startExtractionThread(): Worker {
  clearMainThreadYoungGenerationFlag();
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: THREAD_LIMITS });
  const source = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits: THREAD_LIMITS });
}

export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;

  /**
   * One thread starts at once, and another each time an article comes while every thread has one, up to
   * `size`: a batch has them all within its first articles, and a scheduled run over one article loads the
   * models once instead of once per core.
   */
  constructor(readonly size: number = availableParallelism()) {
    requireWholeNumber('workers', size);
    if (size > 0) this.addWorker();
  }

  private addWorker(): void {
    const worker = startExtractionThread();
    worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
    worker.on('error', (error) => this.failWorker(worker, error));
    // a thread that died (out of memory on a pathological page, say) is replaced; its articles failed
    worker.on('exit', () => {
      this.failWorker(worker, new Error('the thread exited'));
      if (this.closed) return;
      this.workers.splice(this.workers.indexOf(worker), 1);
      this.load.delete(worker);
      this.addWorker();
    });
    worker.unref();
    this.workers.push(worker);
    this.load.set(worker, 0);
  }

  /** the record of one fetched input, computed on the least busy worker */
  extract(fetched: FetchedInput, options: { metadata?: Partial<ArticleMetadata>; validate?: boolean } = {}): Promise<ArticleRecord> {
    if (this.closed) return Promise.reject(new ConfigError('the extraction pool is closed'));
    const worker = this.workerFor();
    const id = this.nextId++;
    this.load.set(worker, this.load.get(worker)! + 1);
    if (this.load.get(worker) === 1) worker.ref();
    return new Promise<ArticleRecord>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      const task: WorkerTask = { id, fetched, ...options };
      const bytes = fetched.bytes;
      const transferable = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
      worker.postMessage(task, transferable);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** the least busy thread, or a new one when every thread has work and the pool may grow */
  private workerFor(): Worker {
    let best = this.workers[0];
    for (const worker of this.workers) if (this.load.get(worker)! < this.load.get(best)!) best = worker;
    if (this.load.get(best)! === 0 || this.workers.length >= this.size) return best;
    this.addWorker();
    return this.workers[this.workers.length - 1];
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    this.release(worker);
    if (reply.ok) pending.resolve(reply.record);
    else pending.reject(new NewsExtractError(reply.error.code, reply.error.message, reply.error.input));
  }

  private failWorker(worker: Worker, error: Error): void {
    for (const [id, pending] of this.pending) {
      if (pending.worker !== worker) continue;
      this.pending.delete(id);
      this.release(worker);
      pending.reject(new NewsExtractError('EXTRACT_FAILED', `news-extract: extraction worker crashed: ${describeCrash(error)}`));
    }
  }

  private release(worker: Worker): void {
    const load = this.load.get(worker)! - 1;
    this.load.set(worker, load);
    if (load === 0) worker.unref();
  }
}

function describeCrash(error: Error): string {
  if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') return error.message;
  return `the article needed more than the ${THREAD_LIMITS.maxOldGenerationSizeMb} MB heap of an extraction thread (${error.message}); the thread was replaced`;
}
