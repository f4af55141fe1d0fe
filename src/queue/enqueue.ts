/**
 * Puts one job per article into the queue: the inputs are expanded (folders, globs, feeds, sitemaps)
 * here, so workers only ever see single articles. What the database already holds is skipped, and the
 * queue itself drops an article that is still waiting in it.
 */
import { expandInputs, type ExpandedInput } from '../fetch/inputs.js';
import { checkLimits, defaultFetchLimits, describeInput, type FetchLimits, type InputRef } from '../fetch/types.js';
import { recordId, sha256Hex } from '../identity.js';
import { failureOf, type FailedInput } from '../sinks/types.js';
import type { Cluster, RetryPolicy, SqlExecutor } from './connection.js';

/** the data of one article job: the input, with what a feed said of it */
export interface ArticleJob {
  ref: InputRef;
}

export interface EnqueueSummary {
  /** jobs added */
  queued: number;
  /** articles already waiting in the queue */
  alreadyQueued: number;
  /** articles whose record the database already holds */
  alreadyStored: number;
  /** inputs that name nothing (a missing file, an unsupported URL) */
  failed: FailedInput[];
}

export interface EnqueueOptions {
  /** per-job retries and expiry; the queue's own settings when not given */
  policy?: Partial<RetryPolicy>;
  /** where "-" reads its list from */
  stdin?: NodeJS.ReadableStream;
  /** how feeds and sitemaps are fetched */
  fetch?: Partial<FetchLimits>;
  /** jobs per INSERT (default 500) */
  batchSize?: number;
}

export async function enqueueInputs(
  cluster: Cluster,
  inputs: string[] | AsyncIterable<ExpandedInput>,
  options: EnqueueOptions = {},
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, alreadyQueued: 0, alreadyStored: 0, failed: [] };
  const batchSize = options.batchSize ?? 500;
  let batch = new Map<string, InputRef>();
  const limits = checkLimits({ ...defaultFetchLimits, ...options.fetch });
  const expanded = Array.isArray(inputs) ? expandInputs(inputs, options.stdin, { limits }) : inputs;
  for await (const item of expanded) {
    if (item.kind === 'error') {
      summary.failed.push(failureOf(item.input, item.error));
      continue;
    }
    const key = jobKey(item);
    if (batch.has(key)) summary.alreadyQueued++;
    else batch.set(key, item);
    if (batch.size >= batchSize) {
      await insertBatch(cluster, batch, options.policy ?? {}, summary);
      batch = new Map();
    }
  }
  if (batch.size > 0) await insertBatch(cluster, batch, options.policy ?? {}, summary);
  return summary;
}

/** the queue's identity of an article: its path or URL (hashed when too long for an index) */
export function jobKey(ref: InputRef): string {
  const input = describeInput(ref);
  return input.length > 1000 ? `sha256:${sha256Hex(input)}` : input;
}

async function insertBatch(cluster: Cluster, batch: Map<string, InputRef>, policy: Partial<RetryPolicy>, summary: EnqueueSummary): Promise<void> {
  const stored = await storedKeys(cluster, batch);
  summary.alreadyStored += stored.size;
  const jobs = [...batch]
    .filter(([key]) => !stored.has(key))
    .map(([key, ref]) => ({
      name: cluster.names.articles,
      data: { ref } satisfies ArticleJob,
      singletonKey: key,
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelaySeconds,
      expireInSeconds: policy.expireInSeconds,
    }));
  if (jobs.length === 0) return;
  // pg-boss's insert says nothing of the rows it skipped: count them on the way through
  let inserted = 0;
  const counting: SqlExecutor = {
    async executeSql(text, values) {
      const result = await cluster.pool.query(text, values);
      inserted += result.rowCount ?? 0;
      return result;
    },
  };
  await cluster.boss.insert(jobs, { db: counting });
  summary.queued += inserted;
  summary.alreadyQueued += jobs.length - inserted;
}

/** keys of the batch whose article is in the articles table, by source URI or by the id a URL gives */
async function storedKeys(cluster: Cluster, batch: Map<string, InputRef>): Promise<Set<string>> {
  const byUri = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const [key, ref] of batch) {
    byUri.set(describeInput(ref), key);
    if (ref.kind === 'url') byId.set(recordId({ canonicalUrl: ref.url, contentSha256: '' }), key);
  }
  const { rows } = await cluster.pool.query<{ uri: string; id: string }>(
    'SELECT uri, id FROM articles WHERE uri = ANY($1::text[]) OR id = ANY($2::text[])',
    [[...byUri.keys()], [...byId.keys()]],
  );
  const stored = new Set<string>();
  for (const row of rows) {
    const key = byUri.get(row.uri) ?? byId.get(row.id);
    if (key) stored.add(key);
  }
  return stored;
}
