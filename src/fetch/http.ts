/**
 * One HTTP GET, hop by hop: a timeout per hop (headers and body), a redirect limit, a hook before
 * every hop (address guard, robots.txt), a content-type check before the body is read, and a size
 * limit counted on the decoded body. Failures become FetchErrors that say whether a retry may help;
 * whether to retry is decided in retry.ts only.
 */
import type { Dispatcher, fetch } from 'undici';
import { FetchError } from '../errors.js';
import { tooLarge } from './file.js';
import { BlockedAddressError } from './guard.js';
import type { Validators } from './types.js';

export interface HttpGetOptions {
  /** what the user asked for, named in errors */
  input: string;
  /** a promise: undici is loaded with the first request (session.ts) */
  dispatcher: Promise<Dispatcher>;
  timeoutMs: number;
  maxRedirects: number;
  maxBytes: number;
  userAgent: string;
  accept: string;
  validators?: Validators;
  /** runs before each hop is requested; throws to refuse the hop */
  beforeHop?(url: URL): Promise<void> | void;
  /** for a 2xx answer: an error message if its Content-Type is refused (then the body is not read) */
  refuseType?(contentType: string | null): string | null;
}

export interface HttpResponse {
  /** the final URL, after redirects */
  uri: string;
  status: number;
  headers: Headers;
  /** the body of a 2xx answer; empty for any other status */
  bytes: Uint8Array;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
/** OpenSSL's certificate verification failures and TLS protocol errors */
const PERMANENT_TLS = /^(CERT_|ERR_TLS_CERT|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|HOSTNAME_MISMATCH$)/;

export async function httpGet(url: string, options: HttpGetOptions): Promise<HttpResponse> {
  let current = parseUrl(url, options.input);
  for (let hop = 0; hop <= options.maxRedirects; hop++) {
    await options.beforeHop?.(current);
    const signal = AbortSignal.timeout(options.timeoutMs);
    const response = await request(current, options, signal);
    const location = response.headers.get('location');
    if (REDIRECT.has(response.status) && location) {
      await discard(response);
      current = parseUrl(location, options.input, current);
      continue;
    }
    const answer = { uri: current.href, status: response.status, headers: response.headers as unknown as Headers, bytes: new Uint8Array() };
    if (response.status < 200 || response.status > 299) {
      await discard(response);
      return answer;
    }
    const refused = options.refuseType?.(response.headers.get('content-type'));
    if (refused) {
      await discard(response);
      throw new FetchError('INPUT_UNSUPPORTED', `news-extract: ${current.href} ${refused}`, options.input, false, response.status);
    }
    return { ...answer, bytes: await readLimited(response, current.href, options) };
  }
  throw new FetchError('FETCH_FAILED', `news-extract: ${url} redirected more than ${options.maxRedirects} times (last to ${current.href})`, options.input, false);
}

/** the error for a final non-2xx status: 408, 425, 429 and 5xx (but 501, 505) are worth a retry */
export function statusError(response: HttpResponse, input: string): FetchError {
  const { status } = response;
  const retryable = status === 408 || status === 425 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
  const retryAfter = retryAfterMs(response.headers.get('retry-after'));
  const wait = retryAfter === undefined ? '' : ` (Retry-After: ${response.headers.get('retry-after')})`;
  return new FetchError('FETCH_HTTP', `news-extract: ${response.uri} answered HTTP ${status}${wait}`, input, retryable, status, retryAfter);
}

type UndiciResponse = Awaited<ReturnType<typeof fetch>>;

async function request(target: URL, options: HttpGetOptions, signal: AbortSignal): Promise<UndiciResponse> {
  const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: options.accept };
  if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
  try {
    const [{ fetch }, dispatcher] = await Promise.all([import('undici'), options.dispatcher]);
    return await fetch(target, { redirect: 'manual', signal, headers, dispatcher });
  } catch (error) {
    throw transportError(error, target.href, options, 'no answer');
  }
}

async function readLimited(response: UndiciResponse, uri: string, options: HttpGetOptions): Promise<Uint8Array> {
  const { maxBytes, input } = options;
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes && !response.headers.get('content-encoding')) {
    await discard(response);
    throw tooLarge(input, declared, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body ?? []) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        await discard(response);
        throw tooLarge(input, Number.NaN, maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if ((error as FetchError).code === 'INPUT_TOO_LARGE') throw error;
    throw transportError(error, uri, options, `body not complete`, ` (${total} bytes read)`);
  }
  return Buffer.concat(chunks);
}

function transportError(error: unknown, uri: string, options: HttpGetOptions, timedOutWhat: string, progress = ''): FetchError {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof BlockedAddressError || error instanceof BlockedAddressError) {
    const blocked = (cause ?? error) as BlockedAddressError;
    return blockedError(uri, options.input, blocked);
  }
  const code = (cause as { code?: string } | undefined)?.code;
  const name = (error as Error).name;
  if (name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new FetchError('FETCH_TIMEOUT', `news-extract: ${uri}: ${timedOutWhat} within ${options.timeoutMs} ms${progress}`, options.input, true, undefined, undefined, { cause: error });
  }
  // a name that does not exist, or a certificate that does not hold, will not change on a retry;
  // a DNS server that is down (EAI_AGAIN) or a reset connection may recover
  const retryable = code !== 'ENOTFOUND' && !PERMANENT_TLS.test(code ?? '');
  return new FetchError('FETCH_FAILED', `news-extract: ${uri}: ${causeMessage(error)}${progress}`, options.input, retryable, undefined, undefined, { cause: error });
}

export function blockedError(uri: string, input: string, blocked: BlockedAddressError): FetchError {
  return new FetchError('FETCH_BLOCKED', `news-extract: ${uri} refused: ${blocked.message} (use --allow-private to allow)`, input, false);
}

function parseUrl(href: string, input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    throw new FetchError('INPUT_UNSUPPORTED', `news-extract: "${href}" is not a valid URL`, input, false);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('INPUT_UNSUPPORTED', `news-extract: "${href}" is not an http(s) URL`, input, false);
  }
  return url;
}

async function discard(response: UndiciResponse): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (header.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function causeMessage(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
