/**
 * The batch runner: expands the inputs, fetches them through p-queue, turns each into a record and
 * streams the outcomes. A failure belongs to its input only: the batch always goes on.
 */
import PQueue from 'p-queue';
import { recordFromFetched, type ExtractOptions } from './article.js';
import { ConfigError, toNewsExtractError, type NewsExtractError } from './errors.js';
import { expandInputs, type ExpandedInput } from './fetch/inputs.js';
import { fetchInput } from './fetch/index.js';
import { defaultFetchLimits, describeInput, type FetchLimits, type InputRef } from './fetch/types.js';
import type { ArticleRecord } from './record.js';

export type Outcome =
  | { ok: true; input: string; record: ArticleRecord }
  | { ok: false; input: string; error: NewsExtractError };

export interface PipelineOptions extends ExtractOptions {
  /** inputs fetched and processed at the same time (default 8) */
  concurrency?: number;
  fetch?: Partial<FetchLimits>;
  /** where "-" reads its list of inputs from (default process.stdin) */
  stdin?: NodeJS.ReadableStream;
}

/** Streams one outcome per article, in completion order. */
export async function* runPipeline(inputs: string[] | AsyncIterable<ExpandedInput>, options: PipelineOptions = {}): AsyncGenerator<Outcome> {
  const concurrency = checkConcurrency(options.concurrency ?? 8);
  const limits: FetchLimits = { ...defaultFetchLimits, ...options.fetch };
  const expanded = Array.isArray(inputs) ? expandInputs(inputs, options.stdin) : inputs;
  const queue = new PQueue({ concurrency });
  const finished: Outcome[] = [];
  let wake: (() => void) | null = null;
  const settled = () => new Promise<void>((resolve) => (wake = resolve));

  const enqueue = (ref: InputRef) =>
    queue.add(async () => {
      finished.push(await processInput(ref, limits, options));
      wake?.();
    });

  for await (const item of expanded) {
    if (item.kind === 'error') {
      yield { ok: false, input: item.input, error: item.error };
      continue;
    }
    void enqueue(item);
    // backpressure: never more than two rounds of work in memory
    while (queue.size + queue.pending >= concurrency * 2) {
      if (finished.length === 0) await settled();
      yield* finished.splice(0);
    }
    yield* finished.splice(0);
  }
  while (queue.size + queue.pending > 0 || finished.length > 0) {
    if (finished.length === 0) await settled();
    yield* finished.splice(0);
  }
}

export async function processInput(ref: InputRef, limits: FetchLimits, options: ExtractOptions = {}): Promise<Outcome> {
  const input = describeInput(ref);
  try {
    const fetched = await fetchInput(ref, limits);
    return { ok: true, input, record: recordFromFetched(fetched, options) };
  } catch (error) {
    return { ok: false, input, error: toNewsExtractError(error, input) };
  }
}

function checkConcurrency(value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`concurrency must be a whole number ≥ 1, got ${JSON.stringify(value)}`);
  return value;
}
