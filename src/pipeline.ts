/**
 * The batch runner: expands the inputs, fetches them through p-queue, turns each into a record and
 * streams the outcomes. A failure belongs to its input only: the batch always goes on.
 *
 * With a state store the stream is incremental: an input that has not changed since it last gave a
 * record is skipped (before it is read when the file's size and time, or the server's 304, say so),
 * and URLs that failed last time are tried again. `runJob` adds the sinks: it stores each record,
 * then remembers the input, in that order, so a crash at any moment loses nothing and, the sinks
 * being idempotent by record id, duplicates nothing.
 */
import { stat } from 'node:fs/promises';
import PQueue from 'p-queue';
import type { ExtractOptions } from './article.js';
import { ConfigError, NewsExtractError, toNewsExtractError } from './errors.js';
import { expandInputs, type ExpandedInput } from './fetch/inputs.js';
import { fetchInput } from './fetch/index.js';
import { checkLimits } from './fetch/session.js';
import { defaultFetchLimits, describeInput, type FetchLimits, type InputRef, type Validators, type ValidatorStore } from './fetch/types.js';
import { sha256Hex } from './identity.js';
import { ExtractionPool } from './workers/pool.js';
import type { ArticleRecord } from './record.js';
import { failureOf, type RecordSink } from './sinks/types.js';
import type { InputFingerprint, InputState, StateStore } from './state/types.js';

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
  const concurrency = checkConcurrency(options.concurrency ?? 8);
  const limits = checkLimits({ ...defaultFetchLimits, ...options.fetch });
  const incremental = 'state' in options && options.state ? options : undefined;
  let expanded = Array.isArray(inputs) ? expandInputs(inputs, options.stdin, { limits, validators: options.feedValidators }) : inputs;
  const queue = new PQueue({ concurrency });
  const pool = options.workers ? new ExtractionPool(options.workers) : undefined;
  const perInput: ExtractWith = { ...options, pool };
  const finished: RunOutcome[] = [];
  let wake: (() => void) | null = null;
  const settled = () => new Promise<void>((resolve) => (wake = resolve));
  const seen = new Set<string>();
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
    seen.add(input);
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
    if (incremental && !aborted()) {
      // URLs that failed before and were not listed this time (a feed that answered 304 lists none)
      for (const previous of incremental.state.unfinishedUrls(incremental.maxFailures ?? 5)) {
        if (aborted()) break;
        if (seen.has(previous.input)) continue;
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
    if (ref.kind === 'file') {
      const info = await stat(ref.path).catch(() => null);
      if (info) Object.assign(fingerprint, { size: info.size, mtimeMs: info.mtimeMs });
      if (previous && info && previous.size === info.size && previous.mtimeMs === info.mtimeMs) {
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

function checkConcurrency(value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`concurrency must be a whole number ≥ 1, got ${JSON.stringify(value)}`);
  return value;
}

// ------------------------------------------------------------------------------------------ jobs

export interface RunSummary {
  /** articles that gave a record in this run */
  ok: number;
  failed: number;
  /** inputs unchanged since an earlier run */
  skipped: number;
  /** distinct records stored */
  records: number;
  /** people, places and organisations in those records */
  entities: number;
  events: number;
  durationMs: number;
  /** stopped early by the signal: inputs not yet started are left for the next run */
  interrupted: boolean;
}

export interface JobOptions extends PipelineOptions {
  /** every record goes to each sink, in order, before its input is remembered */
  sinks: RecordSink[];
  state?: StateStore;
  force?: boolean;
  maxFailures?: number;
  /** outcomes stored per commit of the sinks and the state store (default 64) */
  batchSize?: number;
  /** the longest an outcome waits for its commit when articles come slowly (default 250 ms) */
  batchWaitMs?: number;
  /** each outcome once it is committed (logging, progress) */
  onOutcome?: (outcome: RunOutcome) => void;
}

interface Pending {
  outcome: RunOutcome;
  /** what the state store learns once the sinks have committed the record */
  state?: InputState;
}

/**
 * Runs the pipeline into the sinks and the state store; the summary says what happened. Outcomes
 * are committed in batches: the sinks flush first, then the state store records the batch's inputs
 * in one transaction. A crash between the two only makes the next run redo (and, the sinks being
 * idempotent, rewrite nothing new for) that batch.
 */
export async function runJob(inputs: string[] | AsyncIterable<ExpandedInput>, options: JobOptions): Promise<RunSummary> {
  const started = Date.now();
  const { sinks, state } = options;
  const batchSize = options.batchSize ?? 64;
  const batchWaitMs = options.batchWaitMs ?? 250;
  const summary: RunSummary = { ok: 0, failed: 0, skipped: 0, records: 0, entities: 0, events: 0, durationMs: 0, interrupted: false };
  const counted = new Set<string>();
  const feeds = state && deferredFeedValidators(state);
  const { sinks: _sinks, state: _state, onOutcome: _onOutcome, ...common } = options;
  const pipelineOptions: PipelineOptions = { ...common, feedValidators: feeds };
  const outcomes = state
    ? runPipeline(inputs, { ...pipelineOptions, state, force: options.force, maxFailures: options.maxFailures, isStored: storedInEvery(sinks) })
    : runPipeline(inputs, pipelineOptions);

  let pending: Pending[] = [];
  const commit = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const flushed = await flushAll(sinks);
    const committed = flushed === true ? batch : batch.map((item) => failedToCommit(item, flushed, state));
    state?.putAll(committed.flatMap((item) => (item.state ? [item.state] : [])));
    for (const { outcome } of committed) {
      count(summary, counted, outcome);
      options.onOutcome?.(outcome);
    }
  };

  const iterator = outcomes[Symbol.asyncIterator]();
  try {
    // the next outcome is on its way while this one is stored
    let next = iterator.next();
    for (;;) {
      const step = pending.length > 0 ? await raceTimeout(next, batchWaitMs) : await next;
      if (step === 'timeout') {
        await commit();
        continue;
      }
      if (step.done) break;
      next = iterator.next();
      pending.push(await stored(step.value, sinks, state));
      if (pending.length >= batchSize) await commit();
    }
    await commit();
  } finally {
    // a sink or the state store failed: stop the pipeline (what was not committed is redone next run)
    await iterator.return(undefined);
  }
  summary.interrupted = options.signal?.aborted === true;
  // a feed's validators are kept only when every article it listed has been handed to a sink
  if (feeds && !summary.interrupted) feeds.commit();
  summary.durationMs = Date.now() - started;
  return summary;
}

/** hands one outcome to the sinks (a record) or to their error logs (a failure) */
async function stored(taken: RunOutcome, sinks: RecordSink[], state: StateStore | undefined): Promise<Pending> {
  if ('skipped' in taken) return { outcome: taken, state: state && skipState(state, taken) };
  let outcome: RunOutcome = taken;
  if (taken.ok) {
    try {
      for (const sink of sinks) await sink.write(taken.record);
    } catch (error) {
      outcome = { ok: false, input: taken.input, ref: taken.ref, fingerprint: taken.fingerprint, error: sinkFailure(error, taken.input) };
    }
  }
  if (!outcome.ok) {
    const failure = failureOf(outcome.input, outcome.error);
    for (const sink of sinks) await sink.writeError(failure);
  }
  if (!state || !outcome.ref) return { outcome };
  const result: Partial<InputState> & Pick<InputState, 'outcome'> = outcome.ok
    ? { outcome: 'ok', recordId: outcome.record.id }
    : { outcome: 'failed', errorCode: outcome.error.code, errorMessage: outcome.error.message };
  return { outcome, state: stateAfter(state, outcome.ref, outcome.fingerprint, result) };
}

function sinkFailure(error: unknown, input: string): NewsExtractError {
  if (error instanceof NewsExtractError) return toNewsExtractError(error, input);
  return new NewsExtractError('SINK_FAILED', `news-extract: cannot store the record of "${input}": ${(error as Error).message}`, input, false, { cause: error });
}

/** true, or the error of the sink that could not commit */
async function flushAll(sinks: RecordSink[]): Promise<true | NewsExtractError> {
  try {
    for (const sink of sinks) await sink.flush?.();
    return true;
  } catch (error) {
    return sinkFailure(error, '');
  }
}

/** a batch the sinks could not commit: its records failed and are redone next run */
function failedToCommit(item: Pending, error: NewsExtractError, state: StateStore | undefined): Pending {
  const { outcome } = item;
  if ('skipped' in outcome || !outcome.ok) return item;
  const failed = toNewsExtractError(error, outcome.input);
  const next: Outcome = { ok: false, input: outcome.input, ref: outcome.ref, fingerprint: outcome.fingerprint, error: failed };
  const failedState = state && outcome.ref ? stateAfter(state, outcome.ref, outcome.fingerprint, { outcome: 'failed', errorCode: failed.code, errorMessage: failed.message }) : undefined;
  return { outcome: next, state: failedState };
}

function count(summary: RunSummary, counted: Set<string>, outcome: RunOutcome): void {
  if ('skipped' in outcome) summary.skipped++;
  else if (!outcome.ok) summary.failed++;
  else {
    summary.ok++;
    if (counted.has(outcome.record.id)) return;
    counted.add(outcome.record.id);
    summary.records++;
    summary.entities += outcome.record.people.length + outcome.record.places.length + outcome.record.organizations.length;
    summary.events += outcome.record.events.length;
  }
}

async function raceTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function storedInEvery(sinks: RecordSink[]): (recordId: string) => boolean {
  const checkable = sinks.filter((sink) => sink.has);
  return (recordId) => checkable.every((sink) => sink.has!(recordId));
}

function stateAfter(state: StateStore, ref: InputRef, fingerprint: InputFingerprint | undefined, result: Partial<InputState> & Pick<InputState, 'outcome'>): InputState {
  const input = describeInput(ref);
  const failures = result.outcome === 'failed' ? (state.get(input)?.failures ?? 0) + 1 : 0;
  return {
    input,
    kind: ref.kind,
    ...fingerprint,
    ...result,
    failures,
    ...(ref.kind === 'url' && ref.hints && { hints: ref.hints }),
    updatedAt: new Date().toISOString(),
  };
}

/** a skipped file whose time changed but whose bytes did not: remember the new time, so the next run needs no read */
function skipState(state: StateStore, outcome: SkippedOutcome): InputState | undefined {
  const previous = state.get(outcome.input);
  const changed = (Object.keys(outcome.fingerprint) as (keyof InputFingerprint)[]).some(
    (key) => outcome.fingerprint[key] !== undefined && outcome.fingerprint[key] !== previous?.[key],
  );
  return changed ? stateAfter(state, outcome.ref, { ...previous, ...stripUndefined(outcome.fingerprint) }, { outcome: 'ok', recordId: outcome.recordId }) : undefined;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** feeds' validators read from the state store at once, written to it only by commit() */
function deferredFeedValidators(state: StateStore): ValidatorStore & { commit(): void } {
  const pending = new Map<string, Validators>();
  return {
    get: (url) => state.getFeed(url),
    set: (url, validators) => void pending.set(url, validators),
    commit: () => {
      for (const [url, validators] of pending) state.setFeed(url, validators);
      pending.clear();
    },
  };
}
