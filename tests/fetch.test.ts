/**
 * Fetching against a local server that misbehaves on purpose. Every case asserts what ends up in the
 * record or the error (code, message, retryable) and how often the server was asked, never timing.
 * The server is on 127.0.0.1, so these runs pass allowPrivate (the guard has its own cases below).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordFromFetched } from '../src/article.js';
import { FetchError, toNewsExtractError, type NewsExtractError } from '../src/errors.js';
import { FetchSession, fetchInput, isPublicAddress, withRetries } from '../src/fetch/index.js';
import { statusError, type HttpResponse } from '../src/fetch/http.js';
import { RobotsRules } from '../src/fetch/robots.js';
import { retryWait } from '../src/fetch/retry.js';
import { defaultFetchLimits, type FetchLimits } from '../src/fetch/types.js';
import type { ArticleRecord } from '../src/record.js';
import { articleHtml, Gauge, html, sleep, startServer, type Handler, type TestServer } from './fetch-server.js';

const TIMEOUT = 300;
/** small waits so the suite is fast; a fresh object per call is a fresh session (queues, robots.txt) */
const limitsOf = (overrides: Partial<FetchLimits> = {}): FetchLimits => ({
  ...defaultFetchLimits,
  timeoutMs: TIMEOUT,
  retries: 2,
  backoffBaseMs: 5,
  backoffMaxMs: 2_000,
  respectRobots: false,
  allowPrivate: true,
  userAgent: 'news-extract-test/1.0 (+https://example.org/bot)',
  ...overrides,
});

type Result = { record: ArticleRecord; error?: undefined } | { record?: undefined; error: NewsExtractError };

async function run(url: string, overrides: Partial<FetchLimits> = {}): Promise<Result> {
  try {
    return { record: recordFromFetched(await fetchInput({ kind: 'url', url }, limitsOf(overrides))) };
  } catch (error) {
    return { error: toNewsExtractError(error, url) };
  }
}

const page = articleHtml(1);
const fails = (times: number, status: number, headers: Record<string, string> = {}): Handler => (_req, res, hit) => {
  if (hit <= times) res.writeHead(status, headers).end(`failure ${hit}`);
  else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
};
const resetBeforeHeaders = (times: number): Handler => (req, res, hit) => {
  if (hit <= times) req.socket.destroy();
  else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
};
const fiftyMegabytes = 50 * 1024 * 1024;
const megabyte = Buffer.alloc(1024 * 1024, 'a');
/** 50 MB of spaces in about 50 KB */
const gzipBomb = gzipSync(Buffer.alloc(fiftyMegabytes, ' '));

const routes: Record<string, Handler> = {
  '/ok': html(page),
  '/slow-headers': async (_req, res) => {
    await sleep(TIMEOUT * 4);
    if (!res.destroyed) res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  },
  '/slow-body': async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>The council');
    // a byte now and then: never idle long enough for an idle timeout, never done within the request's
    while (!res.destroyed) {
      res.write(' ');
      await sleep(20);
    }
  },
  '/500-then-200': fails(1, 500),
  '/503-always': fails(99, 503),
  '/429-retry-after': fails(1, 429, { 'retry-after': '1' }),
  '/429-retry-after-long': fails(1, 429, { 'retry-after': '3600' }),
  '/404': fails(99, 404),
  '/reset-then-200': resetBeforeHeaders(1),
  '/reset-always': resetBeforeHeaders(99),
  '/reset-mid-body': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
    res.write(page.slice(0, 200), () => req.socket.destroy());
  },
  '/loop-a': (_req, res) => res.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (_req, res) => res.writeHead(302, { location: '/loop-a' }).end(),
  '/bad-location': (_req, res) => res.writeHead(302, { location: 'http://[not-an-address/' }).end(),
  '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/moved': (_req, res) => res.writeHead(301, { location: '/moved-again' }).end(),
  '/moved-again': (_req, res) => res.writeHead(307, { location: '/ok' }).end(),
  '/huge-declared': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(fiftyMegabytes) });
    res.write(megabyte);
  },
  '/huge-chunked': async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    for (let sent = 0; sent < fiftyMegabytes && !res.destroyed; sent += megabyte.length) {
      if (!res.write(megabyte)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
    }
    res.end();
  },
  '/gzip-bomb': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipBomb),
  '/image': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])),
  '/rss-as-article': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>'),
  '/png-labelled-html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
  // the header's charset is wrong; the page's <meta> is right
  '/latin1-says-utf8': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(iconv.encode(articleHtml(2, { charset: 'windows-1252' }).replace('the mayor said', 'the café owner Zoë said'), 'windows-1252')),
  '/latin1-says-utf8-no-meta': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(iconv.encode(articleHtml(3).replace('<meta charset="utf-8">', '').replace('the mayor said', 'the café owner Zoë said'), 'windows-1252')),
  // a UTF-8 page with one stray Latin-1 byte stays UTF-8
  '/utf8-with-a-stray-byte': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(Buffer.concat([Buffer.from(articleHtml(5).replace('the mayor said', 'the café owner Zoë said')), Buffer.from([0xe9])])),
  '/utf8-says-latin1': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from(articleHtml(4).replace('the mayor said', 'the café owner Zoë said'), 'utf8')),
  '/user-agent': html(page),
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer(routes);
});
afterAll(() => server.close());

describe('fetch: what a misbehaving server leaves in the records and errors', () => {
  it.each([
    // path, code, message, retryable, requests the server saw
    ['/slow-headers', 'FETCH_TIMEOUT', /no answer within 300 ms \(gave up after 3 attempts\)/, true, 3],
    ['/slow-body', 'FETCH_TIMEOUT', /body not complete within 300 ms \(\d+ bytes read\) \(gave up after 3 attempts\)/, true, 3],
    ['/503-always', 'FETCH_HTTP', /answered HTTP 503 \(gave up after 3 attempts\)/, true, 3],
    ['/429-retry-after-long', 'FETCH_HTTP', /HTTP 429 \(Retry-After: 3600\) \(the server asks to wait 3600 s, longer than the 2000 ms limit: not retried in this run\)/, true, 1],
    ['/404', 'FETCH_HTTP', /answered HTTP 404$/, false, 1],
    ['/reset-always', 'FETCH_FAILED', /(ECONNRESET|UND_ERR_SOCKET|other side closed).*gave up after 3 attempts/, true, 3],
    ['/reset-mid-body', 'FETCH_FAILED', /\(\d+ bytes read\) \(gave up after 3 attempts\)/, true, 3],
    ['/loop-a', 'FETCH_FAILED', /redirected more than 5 times/, false, 3],
    ['/bad-location', 'INPUT_UNSUPPORTED', /"http:\/\/\[not-an-address\/" is not a valid URL/, false, 1],
    ['/to-file', 'INPUT_UNSUPPORTED', /"file:\/\/\/etc\/passwd" is not an http\(s\) URL/, false, 1],
    ['/huge-declared', 'INPUT_TOO_LARGE', /is 52428800 bytes, over the 10485760-byte limit/, false, 1],
    // (time enough to read the 10 MB that are allowed, however busy the machine)
    ['/huge-chunked', 'INPUT_TOO_LARGE', /is more than over the 10485760-byte limit/, false, 1, { timeoutMs: 20_000 }],
    ['/gzip-bomb', 'INPUT_TOO_LARGE', /is more than over the 10485760-byte limit/, false, 1, { timeoutMs: 20_000 }],
    ['/image', 'INPUT_UNSUPPORTED', /is "image\/png", not an HTML or text article$/, false, 1],
    ['/rss-as-article', 'INPUT_UNSUPPORTED', /is "application\/rss\+xml", not an HTML or text article \(if it is a feed, give it as feed:http/, false, 1],
    ['/png-labelled-html', 'INPUT_BINARY', /the page is binary \(PNG\)/, false, 1],
  ] as Array<[string, string, RegExp, boolean, number, Partial<FetchLimits>?]>)('%s → %s', async (path, code, message, retryable, requests, overrides) => {
    const { record, error } = await run(server.url(path), overrides);
    expect(record).toBeUndefined();
    expect(error).toMatchObject({ code, retryable, input: server.url(path) });
    expect(error!.message).toMatch(message);
    // the redirect loop counts its hops on /loop-a only (a → b → a → b → a → b → a)
    expect(server.hits(path)).toBe(path === '/loop-a' ? 3 : requests);
  });

  it.each([
    ['/500-then-200', 2],
    ['/429-retry-after', 2],
    ['/reset-then-200', 2],
  ])('%s recovers on a retry and yields the full record', async (path, requests) => {
    const { record, error } = await run(server.url(path));
    expect(error).toBeUndefined();
    expect(record!.article.title).toBe('Council story 1');
    expect(record!.article.text).toContain('approved a budget of $2 million');
    expect(record!.money.length).toBeGreaterThan(0);
    expect(server.hits(path)).toBe(requests);
  });

  it('does not retry when retries is 0', async () => {
    const { error } = await run(server.url('/503-always') + '?once', { retries: 0 });
    expect(error).toMatchObject({ code: 'FETCH_HTTP', retryable: true });
    expect(error!.message).toMatch(/answered HTTP 503$/);
  });

  it('follows redirects and records the final URL', async () => {
    const { record } = await run(server.url('/moved'));
    expect(record!.source.uri).toBe(server.url('/ok'));
    expect(record!.article.text).toContain('Springfield');
  });

  it.each([
    ['/latin1-says-utf8', 'a wrong UTF-8 header loses to the page’s <meta charset=windows-1252>', 'charset=utf-8, but the bytes are windows-1252'],
    ['/latin1-says-utf8-no-meta', 'a wrong UTF-8 header on a page that declares nothing falls back to windows-1252', 'charset=utf-8, but the bytes are windows-1252'],
    ['/utf8-says-latin1', 'a Latin-1 header on valid UTF-8 text is taken as UTF-8', 'charset=iso-8859-1, but the bytes are utf-8'],
    ['/utf8-with-a-stray-byte', 'a UTF-8 header on UTF-8 text with one bad byte is kept', null],
  ])('%s: %s', async (path, _what, warning) => {
    const { record, error } = await run(server.url(path));
    expect(error).toBeUndefined();
    expect(record!.article.text).toContain('the café owner Zoë said');
    expect(record!.article.text).not.toMatch(/\uFFFD|Ã/);
    const fetched = await fetchInput({ kind: 'url', url: server.url(path) }, limitsOf());
    expect(fetched.warnings?.map((w) => w.message) ?? []).toEqual(warning ? [expect.stringContaining(warning)] : []);
  });

  it('sends the configured User-Agent', async () => {
    await run(server.url('/user-agent'), { userAgent: 'custom-agent/2.0' });
    expect(server.headers('/user-agent').at(-1)?.['user-agent']).toBe('custom-agent/2.0');
  });
});

/** a self-signed certificate for 127.0.0.1, made with the openssl command line if there is one */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } | null {
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-tls-'));
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return made.status === 0 ? { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) } : null;
}
const certificate = selfSignedCertificate();

describe.skipIf(!certificate)('fetch: TLS', () => {
  it('does not retry a certificate that does not verify', async () => {
    let hits = 0;
    const tls = createHttpsServer(certificate!, (_req, res) => {
      hits++;
      res.end(page);
    });
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/story`;
    const { error } = await run(url);
    expect(error).toMatchObject({ code: 'FETCH_FAILED', retryable: false });
    expect(error!.message).toMatch(/SELF_SIGNED|CERT/);
    expect(hits).toBe(0);
    tls.closeAllConnections();
    await new Promise((resolve) => tls.close(resolve));
  });
});

describe('fetch: conditional requests', () => {
  let conditional: TestServer;
  beforeAll(async () => {
    conditional = await startServer({
      '/article': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Tue, 05 Mar 2024 08:00:00 GMT') {
          res.writeHead(304, { etag: '"v1"' }).end();
        } else {
          res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'last-modified': 'Tue, 05 Mar 2024 08:00:00 GMT' }).end(page);
        }
      },
    });
  });
  afterAll(() => conditional.close());

  it('exposes ETag and Last-Modified, and answers a re-run with notModified', async () => {
    const limits = limitsOf();
    const ref = { kind: 'url' as const, url: conditional.url('/article') };
    const first = await fetchInput(ref, limits);
    expect(first).toMatchObject({ etag: '"v1"', lastModified: 'Tue, 05 Mar 2024 08:00:00 GMT' });
    expect(first.notModified).toBeFalsy();

    for (const previous of [{ etag: first.etag }, { lastModified: first.lastModified }]) {
      const again = await fetchInput(ref, limits, { previous });
      expect(again).toMatchObject({ notModified: true, uri: ref.url, etag: '"v1"' });
      expect('bytes' in again).toBe(false);
    }
    const changed = await fetchInput(ref, limits, { previous: { etag: '"v0"' } });
    expect(changed.notModified).toBeFalsy();
    expect(conditional.headers('/article').map((h) => h['if-none-match'] ?? null)).toEqual([null, '"v1"', null, '"v0"']);
  });
});

describe('fetch: robots.txt', () => {
  let site: TestServer;
  let broken: TestServer;
  beforeAll(async () => {
    site = await startServer({
      '/robots.txt': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n\nUser-agent: news-extract-test\nDisallow: /no-bots/\n'),
      '/news/story': html(page),
      '/private/story': html(page),
      '/no-bots/story': html(page),
    });
    broken = await startServer({ '/robots.txt': fails(99, 503), '/story': html(page) });
  });
  afterAll(() => Promise.all([site.close(), broken.close()]));

  it('obeys robots.txt, read once per origin, and names the rule that refused', async () => {
    const limits = limitsOf({ respectRobots: true });
    const fetchOne = (path: string) => fetchInput({ kind: 'url', url: site.url(path) }, limits).then(
      () => 'fetched',
      (error: NewsExtractError) => `${error.code}: ${error.message}`,
    );
    expect(await fetchOne('/news/story')).toBe('fetched');
    expect(await fetchOne('/no-bots/story')).toMatch(/^FETCH_BLOCKED: .*disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt \(line 5\) for "news-extract-test"/);
    // our own group replaces the * group (RFC 9309), so /private/ is allowed to us
    expect(await fetchOne('/private/story')).toBe('fetched');
    expect(site.hits('/robots.txt')).toBe(1);
    expect(site.hits('/no-bots/story')).toBe(0);
  });

  it('treats an unreadable robots.txt (5xx) as "disallow all", retryable', async () => {
    const { error } = await run(broken.url('/story'), { respectRobots: true });
    expect(error).toMatchObject({ code: 'FETCH_BLOCKED', retryable: true });
    expect(error!.message).toMatch(/robots\.txt answered HTTP 503, which means "disallow all" until it can be read: http:.*\/story not fetched$/);
    expect(broken.hits('/story')).toBe(0);
    expect(broken.hits('/robots.txt')).toBe(3);
  });

  it('ignores robots.txt when told to', async () => {
    const { record } = await run(broken.url('/story'), { respectRobots: false });
    expect(record!.article.title).toBe('Council story 1');
  });

  it.each([
    ['an hour', 1, 1025],
    ['a day and an hour', 25, 1],
  ])('holding 1,024 origins, a new one %s (%i h) later leaves %i held', async (_later, hours, held) => {
    // a worker process meets many origins once each: their rules must not stay for its whole life
    let now = Date.UTC(2025, 3, 1);
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const rules = new RobotsRules('news-extract-test', async () => ({ status: 404 }) as HttpResponse);
      const visit = (host: string) => rules.check(new URL(`http://${host}.test/story`), host);
      for (let i = 0; i < 1024; i++) await visit(`site-${i}`);
      now += hours * 60 * 60 * 1000;
      await visit('later');
      expect(rules.size).toBe(held);
    } finally {
      clock.mockRestore();
    }
  });

  it('takes a missing robots.txt (404) as "allow all"', async () => {
    const { record } = await run(server.url('/ok'), { respectRobots: true });
    expect(record!.article.title).toBe('Council story 1');
    expect(server.hits('/robots.txt')).toBeGreaterThan(0);
  });
});

describe('fetch: private addresses are refused unless allowed', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.9', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['8.8.8.8', true],
    ['93.184.216.34', true],
    ['2001:4860:4860::8888', true],
  ])('%s public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it.each([
    ['an IP literal', () => server.url('/ok'), /127\.0\.0\.1 is a private, loopback or link-local address \(use --allow-private to allow\)/],
    ['a name resolving to loopback (checked in the socket’s DNS lookup)', () => server.url('/ok').replace('127.0.0.1', 'localhost'), /localhost resolves to (127\.0\.0\.1|::1), a private/],
    ['a decimal IPv4 literal', () => server.url('/ok').replace('127.0.0.1', '2130706433'), /127\.0\.0\.1 is a private/],
    ['an IPv6 literal', () => server.url('/ok').replace('127.0.0.1', '[::1]'), /::1 is a private/],
    ['IPv4 inside IPv6', () => server.url('/ok').replace('127.0.0.1', '[::ffff:127.0.0.1]'), /::ffff:7f00:1 is a private/],
  ])('refuses %s without connecting', async (_what, url, message) => {
    const before = server.hits('/ok');
    const { error } = await run(url(), { allowPrivate: false });
    expect(error).toMatchObject({ code: 'FETCH_BLOCKED', retryable: false });
    expect(error!.message).toMatch(message);
    expect(server.hits('/ok')).toBe(before);
  });

  it('checks every redirect hop', async () => {
    const hop = await startServer({
      '/to-metadata': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/to-loopback-name': (_req, res) => res.writeHead(302, { location: `http://localhost:${new URL(server.origin).port}/ok` }).end(),
    });
    // this session may reach the test server's own address only
    const session = new FetchSession(limitsOf(), { addressPolicy: (address) => address === '127.0.0.1' || isPublicAddress(address) });
    const before = server.hits('/ok');
    const errors = await Promise.all(
      ['/to-metadata', '/to-loopback-name'].map((path) => session.fetchArticle(hop.url(path), hop.url(path)).catch((error: NewsExtractError) => error)),
    );
    expect(errors[0]).toMatchObject({ code: 'FETCH_BLOCKED', message: expect.stringMatching(/169\.254\.169\.254 is a private/) });
    // localhost may resolve to 127.0.0.1 only (allowed here) or to ::1 as well (refused)
    if (!('code' in errors[1]) || errors[1].code !== 'FETCH_BLOCKED') expect(server.hits('/ok')).toBe(before + 1);
    else expect(errors[1].message).toMatch(/localhost resolves to ::1/);
    await Promise.all([hop.close(), session.close()]);
  });
});

describe('fetch: politeness limits', () => {
  it('never has more than perHostConcurrency requests at one host, nor more than concurrency in all', async () => {
    const total = new Gauge();
    const slowPage: Handler = async (_req, res) => {
      await sleep(10);
      res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    };
    const hosts = await Promise.all([1, 2, 3].map(() => startServer({ '/a': slowPage }, new Gauge(total))));
    const limits = limitsOf({ perHostConcurrency: 2, concurrency: 3 });
    const urls = hosts.flatMap((host) => Array.from({ length: 12 }, (_, i) => `${host.url('/a')}?n=${i}`));
    const fetched = await Promise.all(urls.map((url) => fetchInput({ kind: 'url', url }, limits)));
    expect(fetched.map((f) => f.uri)).toEqual(urls);
    for (const host of hosts) expect(host.gauge.max).toBeLessThanOrEqual(2);
    expect(total.max).toBeLessThanOrEqual(3);
    await Promise.all(hosts.map((host) => host.close()));
  });

  it('rejects bad limits with the value', () => {
    expect(() => new FetchSession(limitsOf({ perHostConcurrency: 0 }))).toThrow(/perHostConcurrency must be a whole number ≥ 1, got 0/);
    expect(() => new FetchSession(limitsOf({ retries: -1 }))).toThrow(/retries must be a number ≥ 0, got -1/);
  });

  it.each([
    ['a retryable error', new FetchError('FETCH_FAILED', 'news-extract: x: ECONNRESET', 'x', true), 4, /ECONNRESET \(gave up after 4 attempts\)/],
    ['a final error', new FetchError('FETCH_HTTP', 'news-extract: x answered HTTP 404', 'x', false, 404), 1, /HTTP 404$/],
    ['an error that is not ours', new Error('bug'), 1, /^bug$/],
  ])('retries %s %i time(s) in all', async (_what, error, attempts, message) => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(error);
    };
    await expect(withRetries(failing, { retries: 3, backoffBaseMs: 1, backoffMaxMs: 5 })).rejects.toThrow(message);
    expect(calls).toBe(attempts);
  });

  const retryable = (retryAfterMs?: number) => new FetchError('FETCH_HTTP', 'news-extract: x answered HTTP 503', 'x', true, 503, retryAfterMs);
  it.each([
    // error, attempt n, expected wait (random() = 1, the ceiling) or the message given up with
    ['backoff doubles', retryable(), 0, 100],
    ['backoff doubles', retryable(), 3, 800],
    ['backoff is capped', retryable(), 5, 1000],
    ['Retry-After is waited for', retryable(600), 0, 600],
    ['Retry-After over the cap is not retried', retryable(5000), 0, /asks to wait 5 s, longer than the 1000 ms limit: not retried in this run\)$/],
    ['the last attempt gives up', retryable(), 9, /\(gave up after 10 attempts\)$/],
    ['a final error is not retried', new FetchError('FETCH_HTTP', 'news-extract: x answered HTTP 404', 'x', false, 404), 0, /HTTP 404$/],
  ] as const)('retryWait: %s', (_what, error, n, expected) => {
    const wait = retryWait(error, n, { retries: 9, backoffBaseMs: 100, backoffMaxMs: 1000 }, () => 1);
    if (typeof expected === 'number') expect(wait).toEqual({ giveUp: false, ms: expected });
    else expect(wait.giveUp && (wait.error as Error).message).toMatch(expected);
  });

  it.each([
    ['seconds', () => '120', 120_000, 120_000],
    // (an HTTP date has whole seconds, and the clock moves on)
    ['an HTTP date', () => new Date(Date.now() + 60_000).toUTCString(), 1, 60_000],
    ['neither', () => 'soon', undefined, undefined],
  ])('reads Retry-After as %s', (_what, header, low, high) => {
    const error = statusError({ uri: 'http://x/', status: 429, headers: new Headers({ 'retry-after': header() }), bytes: new Uint8Array() }, 'x');
    if (low === undefined) expect(error.retryAfterMs).toBeUndefined();
    else expect(error.retryAfterMs).toBeGreaterThanOrEqual(low), expect(error.retryAfterMs).toBeLessThanOrEqual(high!);
  });
});
