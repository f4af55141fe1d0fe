/**
 * Everything one run shares between its requests: the connection pool (whose DNS lookup is the SSRF
 * guard), the per-host and global queues, and the robots.txt rules of each origin. Every URL is
 * fetched through here: guard → robots.txt → host queue → global queue → GET, retried by retry.ts.
 */
import type { Agent } from 'undici';
import { FetchError } from '../errors.js';
import { charsetFromContentType } from '../clean/decode.js';
import type { Warning } from '../record.js';
import { contentTypeForDecoding } from './charset.js';
import { gunzip } from './file.js';
import { addressPolicy, BlockedAddressError, checkLiteralHost, guardedLookup, type AddressPolicy } from './guard.js';
import { HostQueues } from './host-queue.js';
import { blockedError, httpGet, statusError, type HttpGetOptions, type HttpResponse } from './http.js';
import { withRetries } from './retry.js';
import { MAX_ROBOTS_BYTES, RobotsRules } from './robots.js';
import { checkLimits, type FetchLimits, type FetchResult, type NotModifiedInput, type Validators } from './types.js';

/** a feed or sitemap as fetched: its bytes (gzip unpacked), not yet parsed */
export interface FetchedDocument {
  notModified?: false;
  uri: string;
  bytes: Uint8Array;
  contentType: string | null;
  etag?: string;
  lastModified?: string;
}

export interface SessionOptions {
  /** which addresses may be connected to; by default public ones only, or all with allowPrivate */
  addressPolicy?: AddressPolicy;
}

const ARTICLE_ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5';
const FEED_ACCEPT = 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';
const FEED_TYPE = /^(application\/([\w.+-]*\+)?xml|text\/[\w.+-]+|application\/(x-)?gzip|application\/octet-stream)$/;

export class FetchSession {
  readonly limits: FetchLimits;
  private readonly policy: AddressPolicy;
  /** created with the first request: undici takes 0.15 s to load, which a run over local files need not pay */
  private agent: Promise<Agent> | undefined;
  private readonly queues: HostQueues;
  private readonly robots: RobotsRules | null;

  constructor(limits: FetchLimits, options: SessionOptions = {}) {
    this.limits = checkLimits(limits);
    this.policy = options.addressPolicy ?? addressPolicy(limits.allowPrivate);
    this.queues = new HostQueues(limits.concurrency, limits.perHostConcurrency);
    this.robots = limits.respectRobots
      ? new RobotsRules(limits.userAgent, (robotsUrl) =>
          // not queued: it runs inside the slot of the request it was read for
          this.retried(robotsUrl, false, async () => {
            const response = await httpGet(robotsUrl, { ...this.hopOptions(robotsUrl, false), maxBytes: MAX_ROBOTS_BYTES, accept: 'text/plain,*/*;q=0.5' });
            // a server error is worth retrying; any other status is an answer
            if (response.status === 429 || response.status >= 500) throw statusError(response, robotsUrl);
            return response;
          }),
        )
      : null;
  }

  /** an article page (HTML, XHTML or plain text); a 304 if `previous` validators still hold */
  async fetchArticle(url: string, input: string, previous?: Validators): Promise<FetchResult> {
    const response = await this.get(url, input, {
      maxBytes: this.limits.maxBytes,
      accept: ARTICLE_ACCEPT,
      validators: previous,
      refuseType: (contentType) => (mediaTypeOf(contentType) ? null : notAnArticle(contentType, url)),
    });
    if (response.status === 304) return notModified(response, input, previous);
    const contentType = response.headers.get('content-type');
    const mediaType = mediaTypeOf(contentType)!;
    const decodeWith = mediaType === 'text/html' ? contentTypeForDecoding(response.bytes, contentType) : contentType;
    return {
      uri: response.uri,
      input,
      bytes: response.bytes,
      mediaType,
      contentType: decodeWith,
      fetchedAt: new Date().toISOString(),
      ...validatorsOf(response),
      ...(decodeWith !== contentType && { warnings: [charsetWarning(contentType, decodeWith)] }),
    };
  }

  /** a feed or sitemap; gzip data (sitemap.xml.gz) is unpacked */
  async fetchDocument(url: string, input: string, previous?: Validators): Promise<FetchedDocument | NotModifiedInput> {
    const response = await this.get(url, input, {
      maxBytes: this.limits.maxFeedBytes,
      accept: FEED_ACCEPT,
      validators: previous,
      refuseType: (contentType) => (contentType === null || FEED_TYPE.test(baseType(contentType)) ? null : `is "${contentType}", not a feed or sitemap`),
    });
    if (response.status === 304) return notModified(response, input, previous);
    const gzipped = response.bytes[0] === 0x1f && response.bytes[1] === 0x8b;
    return {
      uri: response.uri,
      bytes: gzipped ? gunzip(input, response.bytes, this.limits.maxFeedBytes) : response.bytes,
      contentType: gzipped ? null : response.headers.get('content-type'),
      ...validatorsOf(response),
    };
  }

  /** closes idle connections; in-flight requests finish first */
  async close(): Promise<void> {
    if (this.agent) await (await this.agent).close();
  }

  private dispatcher(): Promise<Agent> {
    const { timeoutMs } = this.limits;
    this.agent ??= import('undici').then(({ Agent }) => new Agent({
      connect: { lookup: guardedLookup(this.policy), timeout: timeoutMs },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    }));
    return this.agent;
  }

  private async get(url: string, input: string, options: Pick<HttpGetOptions, 'maxBytes' | 'accept' | 'validators' | 'refuseType'>): Promise<HttpResponse> {
    const hopOptions = this.hopOptions(input, true);
    // the first hop is checked before the retry loop: a refusal by the guard or robots.txt is not retried now
    if (URL.canParse(url)) await hopOptions.beforeHop?.(new URL(url));
    return this.retried(url, true, async () => {
      const response = await httpGet(url, { ...hopOptions, ...options });
      const ok = (response.status >= 200 && response.status < 300) || (response.status === 304 && options.validators);
      if (!ok) throw statusError(response, input);
      return response;
    });
  }

  /** one request with retries, in its host's queue if queued; a Retry-After pauses the whole host */
  private retried<T>(url: string, queued: boolean, attempt: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    return withRetries(() => (queued ? this.queues.run(host, attempt) : attempt()), this.limits, {
      onRetry: (error) => {
        const retryAfterMs = error instanceof FetchError ? error.retryAfterMs : undefined;
        if (retryAfterMs) this.queues.pause(host, retryAfterMs);
      },
    });
  }

  private hopOptions(input: string, checkRobots: boolean): Omit<HttpGetOptions, 'maxBytes' | 'accept'> {
    return {
      input,
      dispatcher: this.dispatcher(),
      timeoutMs: this.limits.timeoutMs,
      maxRedirects: this.limits.maxRedirects,
      userAgent: this.limits.userAgent,
      beforeHop: async (url) => {
        try {
          checkLiteralHost(url, this.policy);
        } catch (error) {
          throw blockedError(url.href, input, error as BlockedAddressError);
        }
        if (checkRobots) await this.robots?.check(url, input);
      },
    };
  }
}

const sessions = new WeakMap<FetchLimits, FetchSession>();

/** the session of a run: one per limits object, so a run's requests share queues, robots.txt and connections */
export function sessionFor(limits: FetchLimits): FetchSession {
  let session = sessions.get(limits);
  if (!session) {
    session = new FetchSession(limits);
    sessions.set(limits, session);
  }
  return session;
}

/** text/html, text/plain, or null for a type that is not an article; no header at all is taken as HTML */
export function mediaTypeOf(contentType: string | null): 'text/html' | 'text/plain' | null {
  const type = contentType === null ? 'text/html' : baseType(contentType);
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'text/html';
  if (type === 'text/plain') return 'text/plain';
  return null;
}

function charsetWarning(received: string | null, used: string | null): Warning {
  const message = `the Content-Type header says charset=${charsetFromContentType(received)}, but the bytes are ${charsetFromContentType(used)}: decoded as ${charsetFromContentType(used)}`;
  return { stage: 'fetch', code: 'CHARSET_CORRECTED', message };
}

function notAnArticle(contentType: string | null, url: string): string {
  const feedHint = /xml/.test(baseType(contentType)) ? ` (if it is a feed, give it as feed:${url})` : '';
  return `is "${contentType}", not an HTML or text article${feedHint}`;
}

function baseType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

function notModified(response: HttpResponse, input: string, previous: Validators | undefined): NotModifiedInput {
  const current = validatorsOf(response);
  return { notModified: true, uri: response.uri, input, fetchedAt: new Date().toISOString(), etag: current.etag ?? previous?.etag, lastModified: current.lastModified ?? previous?.lastModified };
}

function validatorsOf(response: HttpResponse): Validators {
  const validators: Validators = {};
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  return validators;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
