/** One input's bytes, from a file or a URL. */
import { readArticleFile } from './file.js';
import type { FetchSession } from './session.js';
import type { FetchedInput, FetchLimits, FetchResult, InputRef, Validators } from './types.js';

export interface FetchContext {
  /** validators saved from the last run: an unchanged page then answers 304 and the result is `{ notModified: true }` */
  previous?: Validators;
  /** the run's shared queues, robots.txt rules and connections; by default one session per limits object */
  session?: FetchSession;
}

/**
 * One input's bytes: a file read, or a URL fetched politely (SSRF guard, robots.txt, per-host and
 * global limits, retries with backoff). Without `previous` validators the result is always the page.
 * The HTTP session's modules are imported with the first URL: a run over files never loads them.
 */
export function fetchInput(ref: InputRef, limits: FetchLimits, context?: FetchContext & { previous?: undefined }): Promise<FetchedInput>;
export function fetchInput(ref: InputRef, limits: FetchLimits, context: FetchContext): Promise<FetchResult>;
export async function fetchInput(ref: InputRef, limits: FetchLimits, context: FetchContext = {}): Promise<FetchResult> {
  if (ref.kind === 'file') return readArticleFile(ref.path, limits);
  const session = context.session ?? (await import('./session.js')).sessionFor(limits);
  return session.fetchArticle(ref.url, ref.url, context.previous);
}
