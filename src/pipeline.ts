/**
 * The batch runner: expands the inputs, fetches them through p-queue, turns each into a record and
 * streams the outcomes. A failure belongs to its input only: the batch always goes on.
 *
 * With a state store the stream is incremental: an input that has not changed since it last gave a
 * record is skipped (before it is read when the file's size and time, or the server's 304, say so),
 * and URLs that failed last time are tried again. The sinks are added by `runJob` (job.ts).
 */
import { stat } from 'node:fs/promises';
import PQueue from 'p-queue';
import type { ExtractOptions } from './article.js';
import { NewsExtractError, requireWholeNumber, toNewsExtractError } from './errors.js';
import { expandInputs, type ExpandedInput } from './fetch/inputs.js';
import { fetchInput } from './fetch/fetch-input.js';
import { checkLimits, defaultFetchLimits, describeInput, type FetchLimits, type InputRef, type Validators, type ValidatorStore } from './fetch/types.js';
import { sha256Hex } from './identity.js';
import type { ArticleRecord } from './record.js';
import type { InputFingerprint, InputState, StateStore } from './state/types.js';
import { ExtractionPool } from './workers/pool.js';

export type Outcome =
  | { ok: true; input: string; record: ArticleRecord; ref?: InputRef; fingerprint?: InputFingerprint }
  | { ok: false; input: string; error: NewsExtractError; ref?: InputRef; fingerprint?: InputFingerprint };

/** an input that has not changed since it gave `recordId`: nothing was extracted */
export interface SkippedOutcome {
  ok: true;
  skipped: true;
  input: string;
  ref: InputRef;
  recordId: string;
  fingerprint: InputFingerprint;
  /** unchanged: same size and time, or same bytes; not-modified: the server answered 304 */
  reason: 'unchanged' | 'not-modified';
}

export type RunOutcome = Outcome | SkippedOutcome;

export interface PipelineOptions extends ExtractOptions {
  /** inputs fetched and processed at the same time (default 8) */
  concurrency?: number;
  /** worker threads for extraction (default 0: on this thread); fetching and sinks stay on this thread */
  workers?: number;
  fetch?: Partial<FetchLimits>;
  /** where "-" reads its list of inputs from (default process.stdin) */
  stdin?: NodeJS.ReadableStream;
  /** when aborted, no new input is started; the ones in flight finish and are streamed */
  signal?: AbortSignal;
  /** feeds' validators for conditional requests (a run commits them only when it completes) */
  feedValidators?: ValidatorStore;
  /** called for every input taken up, before it is processed (progress totals) */
  onInput?: (input: string) => void;
  /** expand every argument (folders, feeds) before processing any, so the total is known from the start */
  expandFirst?: boolean;
}

export interface IncrementalOptions extends PipelineOptions {
  /** what earlier runs did with each input */
  state: StateStore;
  /** redo every input, changed or not */
  force?: boolean;
  /** false when the record an input gave is missing from the output (then it is redone) */
  isStored?: (recordId: string) => boolean;
  /** URLs that failed this many times in a row are no longer retried unless named again (default 5) */
  maxFailures?: number;
}

/** Streams one outcome per article, in completion order. */
export function runPipeline(inputs: string[] | AsyncIterable<ExpandedInput>, options: IncrementalOptions): AsyncGenerator<RunOutcome>;
export function runPipeline(inputs: string[] | AsyncIterable<ExpandedInput>, options?: PipelineOptions): AsyncGenerator<Outcome>;
export async function* runPipeline(
  inputs: string[] | AsyncIterable<ExpandedInput>,
  options: PipelineOptions | IncrementalOptions = {},
): AsyncGenerator<RunOutcome> {
  const concurrency = requireWholeNumber('concurrency', options.concurrency ?? 8);
  const limits = checkLimits({ ...defaultFetchLimits, ...options.fetch });
  const incremental = 'state' in options && options.state ? options : undefined;
  let expanded = Array.isArray(inputs) ? expandInputs(inputs, options.stdin, { limits, validators: options.feedValidators }) : inputs;
  const queue = new PQueue({ concurrency });
  const pool = options.workers ? new ExtractionPool(options.workers) : undefined;
  const perInput: ExtractWith = { ...options, pool };
  const finished: RunOutcome[] = [];
  let wake: (() => void) | null = null;
  const settled = () => new Promise<void>((resolve) => (wake = resolve));
  // URLs that failed before, to retry at the end unless they are listed again: a run keeps these, not a list of what it was given
  const retries = incremental ? new Map(incremental.state.unfinishedUrls(incremental.maxFailures ?? 5).map((previous) => [previous.input, previous])) : undefined;
  const aborted = () => options.signal?.aborted === true;

  if (options.expandFirst) {
    const all: ExpandedInput[] = [];
    for await (const item of expanded) {
      if (aborted()) break;
      all.push(item);
      if (item.kind !== 'error') options.onInput?.(describeInput(item));
    }
    expanded = toAsync(all);
  }

  const enqueue = (ref: InputRef, counted = options.expandFirst === true) => {
    const input = describeInput(ref);
    retries?.delete(input);
    if (!counted) options.onInput?.(input);
    void queue.add(async () => {
      finished.push(await processInput(ref, limits, perInput, incremental));
      wake?.();
    });
  };
  // backpressure: never more than two rounds of work in memory
  async function* drain(until: number): AsyncGenerator<RunOutcome> {
    while (queue.size + queue.pending > until || finished.length > 0) {
      if (finished.length === 0) await settled();
      yield* finished.splice(0);
    }
  }

  try {
    for await (const item of expanded) {
      if (aborted()) break;
      if (item.kind === 'error') {
        yield { ok: false, input: item.input, error: item.error };
        continue;
      }
      enqueue(item);
      yield* drain(concurrency * 2 - 1);
    }
    if (retries && !aborted()) {
      // URLs that failed before and were not listed this time (a feed that answered 304 lists none)
      for (const previous of [...retries.values()]) {
        if (aborted()) break;
        enqueue({ kind: 'url', url: previous.input, ...(previous.hints && { hints: previous.hints }) }, false);
        yield* drain(concurrency * 2 - 1);
      }
    }
    yield* drain(0);
  } finally {
    await pool?.close();
  }
}

async function* toAsync<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

/** loaded on first use, so that a process whose extraction runs in worker threads never loads the models itself */
const extractInThread = () => import('./article.js');

/** how one input is extracted: on this thread, or on a worker thread of `pool` */
export type ExtractWith = ExtractOptions & { pool?: ExtractionPool };

/** One input through fetch and the stages. Never throws: a failure is an outcome. */
export async function processInput(ref: InputRef, limits: FetchLimits, options?: ExtractWith): Promise<Outcome>;
export async function processInput(ref: InputRef, limits: FetchLimits, options: ExtractWith, incremental: IncrementalOptions | undefined): Promise<RunOutcome>;
export async function processInput(ref: InputRef, limits: FetchLimits, options: ExtractWith = {}, incremental?: IncrementalOptions): Promise<RunOutcome> {
  const input = describeInput(ref);
  const fingerprint: InputFingerprint = {};
  try {
    const previous = incremental && !incremental.force ? reusable(incremental.state.get(input), incremental) : undefined;
    // a file seen before is looked at before it is read; a new one's size and mtime come with its bytes
    if (ref.kind === 'file' && previous) {
      const info = await stat(ref.path).catch(() => null);
      if (info) Object.assign(fingerprint, { size: info.size, mtimeMs: info.mtimeMs });
      if (info && previous.size === info.size && previous.mtimeMs === info.mtimeMs) {
        return skipped(ref, previous.recordId, { ...previous, ...fingerprint }, 'unchanged');
      }
    }
    const validators: Validators | undefined = previous && (previous.etag || previous.lastModified) ? { etag: previous.etag, lastModified: previous.lastModified } : undefined;
    const fetched = await fetchInput(ref, limits, { previous: validators });
    if (fetched.notModified) {
      return skipped(ref, previous!.recordId, { ...previous, etag: fetched.etag ?? previous!.etag, lastModified: fetched.lastModified ?? previous!.lastModified }, 'not-modified');
    }
    fetched.contentSha256 = sha256Hex(fetched.bytes);
    Object.assign(fingerprint, {
      ...fetched.file,
      contentSha256: fetched.contentSha256,
      ...(fetched.etag && { etag: fetched.etag }),
      ...(fetched.lastModified && { lastModified: fetched.lastModified }),
    });
    if (previous && previous.contentSha256 === fingerprint.contentSha256) return skipped(ref, previous.recordId, fingerprint, 'unchanged');
    const metadata = ref.kind === 'url' ? ref.hints : undefined;
    const extractOptions = { metadata, validate: options.validate };
    const record = options.pool ? await options.pool.extract(fetched, extractOptions) : (await extractInThread()).recordFromFetched(fetched, extractOptions);
    return { ok: true, input, ref, fingerprint, record };
  } catch (error) {
    return { ok: false, input, ref, fingerprint, error: toNewsExtractError(error, input) };
  }
}

/** the last state, when it allows a skip: it gave a record and that record is still in the output */
function reusable(previous: InputState | undefined, options: IncrementalOptions): (InputState & { recordId: string }) | undefined {
  if (previous?.outcome !== 'ok' || !previous.recordId) return undefined;
  if (options.isStored && !options.isStored(previous.recordId)) return undefined;
  return previous as InputState & { recordId: string };
}

function skipped(ref: InputRef, recordId: string, fingerprint: InputFingerprint, reason: SkippedOutcome['reason']): SkippedOutcome {
  const { size, mtimeMs, contentSha256, etag, lastModified } = fingerprint;
  return {
    ok: true,
    skipped: true,
    input: describeInput(ref),
    ref,
    recordId,
    fingerprint: { size, mtimeMs, contentSha256, etag, lastModified },
    reason,
  };
}
