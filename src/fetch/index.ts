export { expandInputs, looksLikeFeedUrl, ARTICLE_FILE, FEED_FILE, type ExpandedInput, type ExpandOptions } from './inputs.js';
export { readArticleFile } from './file.js';
export { parseFeed, type FeedEntry, type FeedFormat, type ParsedFeed } from './feeds.js';
export { FetchSession, sessionFor, mediaTypeOf, type SessionOptions } from './session.js';
export { isPublicAddress, type AddressPolicy } from './guard.js';
export { withRetries, type RetryPolicy } from './retry.js';
export { decodeText } from './text.js';
export * from './types.js';

import { readArticleFile } from './file.js';
import { sessionFor, type FetchSession } from './session.js';
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
 */
export function fetchInput(ref: InputRef, limits: FetchLimits, context?: FetchContext & { previous?: undefined }): Promise<FetchedInput>;
export function fetchInput(ref: InputRef, limits: FetchLimits, context: FetchContext): Promise<FetchResult>;
export async function fetchInput(ref: InputRef, limits: FetchLimits, context: FetchContext = {}): Promise<FetchResult> {
  if (ref.kind === 'file') return readArticleFile(ref.path, limits);
  return (context.session ?? sessionFor(limits)).fetchArticle(ref.url, ref.url, context.previous);
}
