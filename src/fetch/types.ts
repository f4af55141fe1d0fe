/** What the fetch stage hands on (the raw bytes of one input and what is known about them), and the limits it fetches within. */
import { ConfigError } from '../errors.js';
import type { Warning } from '../record.js';

/** what a feed or sitemap says about an article it lists; fills only what the page itself does not say */
export interface FeedHints {
  title?: string;
  /** ISO 8601 date or date-time */
  publishedAt?: string;
}

export type InputRef = { kind: 'file'; path: string } | { kind: 'url'; url: string; hints?: FeedHints };

/** the validators of an earlier response, sent back so an unchanged page costs a 304 and no body */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/**
 * Where a run keeps feeds' validators for the next run (the state store implements it). A feed
 * that has not changed then answers 304 and lists nothing, so its articles are not even looked at.
 */
export interface ValidatorStore {
  get(url: string): Validators | undefined;
  /** called once every article of the feed has been handed on */
  set(url: string, validators: Validators): void;
}

export interface FetchedInput {
  notModified?: false;
  /** file path (absolute) or the final URL after redirects */
  uri: string;
  /** what the user asked for (path or URL), for error reports */
  input: string;
  bytes: Uint8Array;
  /** text/html or text/plain */
  mediaType: 'text/html' | 'text/plain';
  /**
   * Content-Type to decode with: the header as received, except that a charset the bytes prove
   * wrong is replaced by the page's own (see charset.ts)
   */
  contentType: string | null;
  fetchedAt: string;
  /** SHA-256 of `bytes`, once computed (the runner needs it before extraction) */
  contentSha256?: string;
  /** the response's ETag and Last-Modified, for the next run's conditional request */
  etag?: string;
  lastModified?: string;
  /** a local file's size and modification time, for the next run's unchanged check */
  file?: { size: number; mtimeMs: number };
  /** what the fetch stage noticed and corrected, for the record's warnings */
  warnings?: Warning[];
}

/** the server answered 304: the page has not changed since the validators were saved */
export interface NotModifiedInput extends Validators {
  notModified: true;
  uri: string;
  input: string;
  fetchedAt: string;
}

export type FetchResult = FetchedInput | NotModifiedInput;

export interface FetchLimits {
  /** largest accepted article in bytes (after gzip decompression) */
  maxBytes: number;
  /** largest accepted feed or sitemap in bytes (the sitemap protocol allows 50 MB) */
  maxFeedBytes: number;
  /** per-request timeout for URLs: headers and body of one hop */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  /** requests in flight at once, over all hosts */
  concurrency: number;
  /** requests in flight at once to one host */
  perHostConcurrency: number;
  /** further attempts after a timeout, a connection error, a 429 or a 5xx (never after another 4xx) */
  retries: number;
  /** exponential backoff: attempt n waits a random time up to min(backoffMaxMs, backoffBaseMs · 2ⁿ) */
  backoffBaseMs: number;
  /** the longest single wait, also for Retry-After: a server asking for longer gets no retry in this run */
  backoffMaxMs: number;
  /** obey robots.txt (RFC 9309) */
  respectRobots: boolean;
  /** allow private, loopback and link-local addresses (off: a feed must not reach internal services) */
  allowPrivate: boolean;
}

export const defaultFetchLimits: FetchLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxFeedBytes: 50 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  userAgent: 'news-extract/0.1 (+https://github.com/news-extract/news-extract)',
  concurrency: 16,
  perHostConcurrency: 2,
  retries: 3,
  backoffBaseMs: 500,
  backoffMaxMs: 30_000,
  respectRobots: true,
  allowPrivate: false,
};

const WHOLE_NUMBER_LIMITS = ['maxBytes', 'maxFeedBytes', 'timeoutMs', 'concurrency', 'perHostConcurrency'] as const;
const NON_NEGATIVE_LIMITS = ['maxRedirects', 'retries', 'backoffBaseMs', 'backoffMaxMs'] as const;

/** every limit checked once, where a run is configured: a bad value is a usage error naming it, not a failure of each input */
export function checkLimits(limits: FetchLimits): FetchLimits {
  for (const key of WHOLE_NUMBER_LIMITS) {
    if (!Number.isInteger(limits[key]) || limits[key] < 1) throw new ConfigError(`fetch limit ${key} must be a whole number ≥ 1, got ${JSON.stringify(limits[key])}`);
  }
  for (const key of NON_NEGATIVE_LIMITS) {
    if (!Number.isFinite(limits[key]) || limits[key] < 0) throw new ConfigError(`fetch limit ${key} must be a number ≥ 0, got ${JSON.stringify(limits[key])}`);
  }
  if (typeof limits.userAgent !== 'string' || limits.userAgent.trim() === '') throw new ConfigError(`fetch limit userAgent must be a non-empty string, got ${JSON.stringify(limits.userAgent)}`);
  return limits;
}

export function describeInput(ref: InputRef): string {
  return ref.kind === 'file' ? ref.path : ref.url;
}
