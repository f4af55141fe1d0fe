/**
 * A job: the pipeline's outcomes into the sinks and the state store. It stores each record, then
 * remembers the input, in that order, so a crash at any moment loses nothing and, the sinks being
 * idempotent by record id, duplicates nothing.
 */
import { NewsExtractError, toNewsExtractError } from './errors.js';
import type { ExpandedInput } from './fetch/inputs.js';
import { describeInput, type InputRef, type Validators, type ValidatorStore } from './fetch/types.js';
import { runPipeline, type Outcome, type PipelineOptions, type RunOutcome, type SkippedOutcome } from './pipeline.js';
import { RecordIdSet } from './record-ids.js';
import { failureOf, type RecordSink } from './sinks/types.js';
import type { InputFingerprint, InputState, StateStore } from './state/types.js';

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
  /** outcomes stored per commit of the sinks and the state store (default DEFAULT_BATCH_SIZE) */
  batchSize?: number;
  /** the longest an outcome waits for its commit when articles come slowly (default 250 ms) */
  batchWaitMs?: number;
  /** each outcome once it is committed (logging, progress) */
  onOutcome?: (outcome: RunOutcome) => void;
}

export const DEFAULT_BATCH_SIZE = 64;

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
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const batchWaitMs = options.batchWaitMs ?? 250;
  const summary: RunSummary = { ok: 0, failed: 0, skipped: 0, records: 0, entities: 0, events: 0, durationMs: 0, interrupted: false };
  const counted = new RecordIdSet();
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

function count(summary: RunSummary, counted: RecordIdSet, outcome: RunOutcome): void {
  if ('skipped' in outcome) summary.skipped++;
  else if (!outcome.ok) summary.failed++;
  else {
    summary.ok++;
    if (!counted.add(outcome.record.id)) return;
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
