/**
 * Fetches one article URL: a per-request timeout, a redirect limit, a size limit and a content-type
 * check. Errors say whether they are worth retrying; the runner decides whether to retry.
 */
import { FetchError } from '../errors.js';
import { tooLarge } from './file.js';
import type { FetchedInput, FetchLimits } from './types.js';

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export async function fetchArticleUrl(url: string, limits: FetchLimits): Promise<FetchedInput> {
  let current = url;
  for (let hop = 0; hop <= limits.maxRedirects; hop++) {
    const response = await request(current, url, limits);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      current = new URL(location, current).toString();
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchError('FETCH_HTTP', `news-extract: ${current} answered HTTP ${response.status}`, url, RETRYABLE_STATUS.has(response.status), response.status, retryAfterMs(response.headers.get('retry-after')));
    }
    const contentType = response.headers.get('content-type');
    const mediaType = mediaTypeOf(contentType);
    if (!mediaType) {
      await response.body?.cancel();
      throw new FetchError('INPUT_UNSUPPORTED', `news-extract: ${current} is "${contentType}", not an HTML or text article`, url, false, response.status);
    }
    const bytes = await readLimited(response, url, limits.maxBytes);
    return { uri: current, input: url, bytes, mediaType, contentType, fetchedAt: new Date().toISOString() };
  }
  throw new FetchError('FETCH_FAILED', `news-extract: ${url} redirected more than ${limits.maxRedirects} times`, url, false);
}

async function request(target: string, input: string, limits: FetchLimits): Promise<Response> {
  try {
    return await fetch(target, {
      redirect: 'manual',
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: { 'user-agent': limits.userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    const reason = timedOut ? `no answer within ${limits.timeoutMs} ms` : causeMessage(error);
    throw new FetchError(timedOut ? 'FETCH_TIMEOUT' : 'FETCH_FAILED', `news-extract: ${target}: ${reason}`, input, true, undefined, undefined, { cause: error });
  }
}

async function readLimited(response: Response, input: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(input, declared, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body ?? []) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw tooLarge(input, Number.NaN, maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if ((error as FetchError).code === 'INPUT_TOO_LARGE') throw error;
    throw new FetchError('FETCH_FAILED', `news-extract: ${input}: body interrupted: ${causeMessage(error)}`, input, true, response.status, undefined, { cause: error });
  }
  return Buffer.concat(chunks);
}

export function mediaTypeOf(contentType: string | null): FetchedInput['mediaType'] | null {
  const type = (contentType ?? 'text/html').split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'text/html';
  if (type === 'text/plain') return 'text/plain';
  return null;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function causeMessage(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
