/**
 * The one place that decides whether and when a failed request is tried again (as Crawlee's
 * BasicCrawler does): only errors marked `retryable` (timeouts, connection errors, 429, 5xx), at most
 * `retries` more times, after an exponential backoff with full jitter, or after the server's
 * Retry-After when it gives one. A Retry-After longer than `backoffMaxMs` is honoured by not
 * retrying in this run at all.
 */
import { FetchError, NewsExtractError } from '../errors.js';

export interface RetryPolicy {
  retries: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export interface RetryHooks {
  /** called before each wait, e.g. to pause the whole host while it asked for a pause */
  onRetry?(error: NewsExtractError, waitMs: number, attempt: number): void;
  /** [0, 1), Math.random by default */
  random?(): number;
}

export async function withRetries<T>(attempt: (attemptNumber: number) => Promise<T>, policy: RetryPolicy, hooks: RetryHooks = {}): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const wait = retryWait(error, n, policy, hooks.random ?? Math.random);
      if (wait.giveUp) throw wait.error;
      hooks.onRetry?.(error as NewsExtractError, wait.ms, n + 1);
      await sleep(wait.ms);
    }
  }
}

type Wait = { giveUp: false; ms: number } | { giveUp: true; error: unknown };

/** how long to wait before attempt n + 1, or the error to report */
export function retryWait(error: unknown, n: number, policy: RetryPolicy, random: () => number): Wait {
  if (!(error instanceof NewsExtractError) || !error.retryable) return { giveUp: true, error };
  const retryAfterMs = error instanceof FetchError ? error.retryAfterMs : undefined;
  if (retryAfterMs !== undefined && retryAfterMs > policy.backoffMaxMs) {
    const asked = `the server asks to wait ${Math.ceil(retryAfterMs / 1000)} s, longer than the ${policy.backoffMaxMs} ms limit: not retried in this run`;
    return { giveUp: true, error: withNote(error, asked) };
  }
  if (n >= policy.retries) {
    return { giveUp: true, error: n === 0 ? error : withNote(error, `gave up after ${n + 1} attempts`) };
  }
  const backoff = random() * Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** n);
  return { giveUp: false, ms: Math.max(backoff, retryAfterMs ?? 0) };
}

function withNote(error: NewsExtractError, note: string): NewsExtractError {
  const message = `${error.message} (${note})`;
  if (error instanceof FetchError) {
    return new FetchError(error.code, message, error.input ?? '', error.retryable, error.status, error.retryAfterMs, { cause: error.cause });
  }
  return new NewsExtractError(error.code, message, error.input, error.retryable, { cause: error.cause });
}

export function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
