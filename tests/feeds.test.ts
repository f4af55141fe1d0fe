/**
 * Feeds and sitemaps as inputs: parsing (fixtures/feeds), expansion of feed files and feed URLs into
 * one input per article, and a 1,000-article feed run end to end against a local server, where the
 * feed's title and date fill the gaps in the pages' own metadata.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFromFetched } from '../src/article.js';
import { toNewsExtractError, type NewsExtractError } from '../src/errors.js';
import { expandInputs, fetchInput, parseFeed, type ExpandedInput, type ParsedFeed } from '../src/fetch/index.js';
import { defaultFetchLimits, describeInput, type FetchedInput, type FetchLimits, type Validators } from '../src/fetch/types.js';
import type { ArticleRecord } from '../src/record.js';
import { fixturesDir } from './helpers/shared.js';
import { articleHtml, Gauge, html, startServer, type Handler, type TestServer } from './fetch-server.js';

const feedFile = (name: string) => join(fixturesDir, 'feeds', name);
const limitsOf = (overrides: Partial<FetchLimits> = {}): FetchLimits => ({
  ...defaultFetchLimits,
  timeoutMs: 5_000,
  retries: 1,
  backoffBaseMs: 5,
  backoffMaxMs: 1_000,
  respectRobots: false,
  allowPrivate: true,
  ...overrides,
});

async function expand(args: string[], limits = limitsOf()): Promise<ExpandedInput[]> {
  const items: ExpandedInput[] = [];
  for await (const item of expandInputs(args, undefined, { limits })) items.push(item);
  return items;
}

/**
 * What the pipeline does with each input: fetch it, then make its record with the feed's hints as
 * metadata. Records are made for the inputs `extract` picks (extraction is not what is tested here).
 */
async function runAll(args: string[], limits: FetchLimits, extract: (url: string) => boolean) {
  const records: ArticleRecord[] = [];
  const fetched: FetchedInput[] = [];
  const errors: NewsExtractError[] = [];
  const work: Promise<void>[] = [];
  for await (const item of expandInputs(args, undefined, { limits })) {
    if (item.kind === 'error') {
      errors.push(item.error);
      continue;
    }
    const input = describeInput(item);
    const metadata = item.kind === 'url' ? item.hints : undefined;
    work.push(
      fetchInput(item, limits).then(
        (page) => void (extract(input) ? records.push(recordFromFetched(page, { metadata })) : fetched.push(page)),
        (error) => void errors.push(toNewsExtractError(error, input)),
      ),
    );
  }
  await Promise.all(work);
  return { records, fetched, errors };
}

const summary = (feed: ParsedFeed | null) => feed && { format: feed.format, entries: feed.entries.map((e) => [e.url, e.hints?.title ?? null, e.hints?.publishedAt ?? null]) };

describe('feeds: parsing', () => {
  it.each([
    [
      'rss2.xml',
      'https://news.example.org/local/feed.xml',
      {
        format: 'rss',
        entries: [
          ['https://news.example.org/local/2024/03/05/library.html', 'Council approves & funds the new library', '2024-03-05T07:30:00Z'],
          ['https://news.example.org/local/2024/03/06/mayor.html', 'Mayor resigns after budget vote', '2024-03-06T17:00:00Z'],
          ['https://news.example.org/local/2024/03/07/roads.html', "Relative link, resolved against the feed's address", null],
        ],
      },
    ],
    [
      'atom.xml',
      undefined,
      {
        format: 'atom',
        entries: [
          ['https://wire.example.net/2024/04/port-strike', 'Port strike ends after 3 days', '2024-04-01T09:15:00+02:00'],
          ['https://wire.example.net/2024/04/floods', 'Floods close the coastal road', '2024-04-02T11:00:00Z'],
        ],
      },
    ],
    ['rdf.xml', undefined, { format: 'rdf', entries: [['https://old.example.com/stories/1', 'Bridge reopens', '2023-11-20']] }],
    [
      'sitemap-news.xml',
      undefined,
      {
        format: 'sitemap',
        entries: [
          ['https://daily.example.com/business/2024/05/02/merger.html', 'Two banks agree to merge', '2024-05-02T18:45:00-04:00'],
          // lastmod is not a publication date
          ['https://daily.example.com/about.html', null, null],
        ],
      },
    ],
    [
      'sitemap-index.xml',
      undefined,
      {
        format: 'sitemap-index',
        entries: [
          ['https://daily.example.com/sitemap-2024-05.xml', null, null],
          ['https://daily.example.com/sitemap-2024-04.xml.gz', null, null],
        ],
      },
    ],
    ['not-a-feed.xml', undefined, null],
  ])('%s', (name, base, expected) => {
    expect(summary(parseFeed(readFileSync(feedFile(name)), null, base))).toEqual(expected);
  });

  it('refuses XML that is not well-formed, naming the feed', () => {
    expect(() => parseFeed(readFileSync(feedFile('malformed.xml')), null, 'https://x.example/feed.xml')).toThrow(/"https:\/\/x\.example\/feed\.xml" is not well-formed XML/);
  });

  it('takes an HTML page for "not a feed"', () => {
    expect(parseFeed(Buffer.from(articleHtml(1)), 'text/html', 'https://x.example/feed')).toBeNull();
  });
});

describe('feeds: publication dates', () => {
  const rssWith = (pubDate: string) =>
    Buffer.from(`<rss version="2.0"><channel><title>t</title><item><title>A</title><link>https://e.com/a</link><pubDate>${pubDate}</pubDate></item></channel></rss>`);

  it.each([
    ['19 Nov 2019', '2019-11-19'],
    ['Tue, 19 Nov 2019 10:00:00 GMT', '2019-11-19T10:00:00Z'],
    ['Tue, 19 Nov 2019 23:30:00 +0100', '2019-11-19T22:30:00Z'],
    ['2019-11-19T23:30:00+01:00', '2019-11-19T23:30:00+01:00'],
  ])('%s is %s whatever the machine\'s time zone', (pubDate, expected) => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      expect(parseFeed(rssWith(pubDate), null, 'https://e.com/feed.xml')?.entries[0].hints?.publishedAt).toBe(expected);
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
    }
  });
});

describe('feeds: local feed files', () => {
  it('expands a feed file into its articles, and reports what it cannot use', async () => {
    const items = await expand([feedFile('rss2.xml'), feedFile('atom.xml'), feedFile('malformed.xml'), feedFile('not-a-feed.xml')]);
    const shown = items.map((item) => (item.kind === 'error' ? `${item.error.code} ${item.input}` : `${item.kind} ${describeInput(item)} ${JSON.stringify(item.kind === 'url' ? item.hints : null)}`));
    expect(shown).toEqual([
      'url https://news.example.org/local/2024/03/05/library.html {"title":"Council approves & funds the new library","publishedAt":"2024-03-05T07:30:00Z"}',
      'url https://news.example.org/local/2024/03/06/mayor.html {"title":"Mayor resigns after budget vote","publishedAt":"2024-03-06T17:00:00Z"}',
      // a file has no address to resolve a relative link against
      'INPUT_UNSUPPORTED /local/2024/03/07/roads.html',
      'url https://wire.example.net/2024/04/port-strike {"title":"Port strike ends after 3 days","publishedAt":"2024-04-01T09:15:00+02:00"}',
      'url https://wire.example.net/2024/04/floods {"title":"Floods close the coastal road","publishedAt":"2024-04-02T11:00:00Z"}',
      `PARSE_FAILED ${feedFile('malformed.xml')}`,
      `INPUT_UNSUPPORTED ${feedFile('not-a-feed.xml')}`,
    ]);
  });
});

describe('feeds: over HTTP', () => {
  const ARTICLES = 1000;
  let server: TestServer;
  const gauge = new Gauge();
  const rss = (items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>${items.join('')}</channel></rss>`;
  const item = (n: number, link: string) => `<item><title>Feed title ${n}</title><link>${link}</link><pubDate>Mon, 0${(n % 9) + 1} Apr 2024 10:00:00 GMT</pubDate></item>`;
  const urlset = (paths: string[]) => `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${server.url(p)}</loc></url>`).join('')}</urlset>`;
  const xml = (body: () => string | Buffer, type = 'application/rss+xml'): Handler => (_req, res) => res.writeHead(200, { 'content-type': type }).end(body());

  beforeAll(async () => {
    const routes: Record<string, Handler> = {
      // every 100th link is a page that is gone; even pages have no title or date of their own
      '/big/feed.xml': xml(() => rss(Array.from({ length: ARTICLES }, (_, n) => item(n, n % 100 === 99 ? `/gone/${n}` : `/a/${n}`)))),
      '/sitemap-index.xml': xml(
        () => `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${['/s1.xml', '/s2.xml.gz', '/s3-missing.xml'].map((p) => `<sitemap><loc>${server.url(p)}</loc></sitemap>`).join('')}</sitemapindex>`,
        'application/xml',
      ),
      '/s1.xml': xml(() => urlset(['/a/1', '/a/2']), 'text/xml'),
      '/s2.xml.gz': xml(() => gzipSync(urlset(['/a/3'])), 'application/x-gzip'),
      '/news/feed': html(articleHtml(7)),
      '/latest?format=json': html(''),
      '/export': xml(() => rss([item(5, '/a/5')]), 'application/octet-stream'),
      '/versioned.rss': (req, res) => {
        if (req.headers['if-none-match'] === '"feed-v1"') res.writeHead(304).end();
        else res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"feed-v1"' }).end(rss([item(1, '/a/1'), item(2, '/a/2')]));
      },
    };
    for (let n = 0; n < ARTICLES; n++) routes[`/a/${n}`] = html(articleHtml(n, { bare: n % 2 === 0 }));
    server = await startServer(routes, gauge);
  });
  afterAll(() => server.close());

  it(`processes a feed listing ${ARTICLES} articles: feed metadata fills gaps, gone pages are errors`, async () => {
    // records for one page in ten (and the pages looked at below); the other pages are checked as fetched
    const extract = (url: string) => /\/(\d*0|11)$/.test(url);
    const { records, fetched, errors } = await runAll([server.url('/big/feed.xml')], limitsOf({ perHostConcurrency: 4 }), extract);
    expect(records).toHaveLength(101);
    expect(fetched).toHaveLength(889);
    for (const page of fetched) expect(Buffer.from(page.bytes).toString()).toContain(`a budget of $${Number(page.uri.split('/').pop()) + 1} million`);
    expect(errors.map((e) => `${e.code} ${e.input?.replace(server.origin, '')}`).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `FETCH_HTTP /gone/${i * 100 + 99}`).sort(),
    );
    expect(new Set(records.map((r) => r.id)).size).toBe(101);
    const byPath = new Map(records.map((r) => [new URL(r.source.uri).pathname, r]));
    // a bare page takes the feed's title and date; a page with its own keeps them
    expect(byPath.get('/a/10')!.article).toMatchObject({ title: 'Feed title 10', publishedAt: '2024-04-02T10:00:00Z' });
    expect(byPath.get('/a/11')!.article).toMatchObject({ title: 'Council story 11', publishedAt: '2024-03-03T08:00:00Z' });
    expect(byPath.get('/a/10')!.article.text).toContain('approved a budget of $11 million');
    expect(gauge.max).toBeLessThanOrEqual(4);
    expect(server.hits('/big/feed.xml')).toBe(1);
  });

  it('follows a sitemap index into its sitemaps (gzip too) and reports the one that is missing', async () => {
    const items = await expand([server.url('/sitemap-index.xml')]);
    expect(items.map((i) => (i.kind === 'error' ? `${i.error.code} ${i.input}` : describeInput(i)).replace(server.origin, ''))).toEqual([
      '/a/1',
      '/a/2',
      '/a/3',
      'FETCH_HTTP /s3-missing.xml',
    ]);
  });

  it.each([
    ['a URL named like a feed that is an HTML page is taken as an article', '/news/feed', ['/news/feed']],
    ['a URL not named like a feed is an article', '/latest?format=json', ['/latest?format=json']],
    ['"feed:" marks any URL as a feed', 'feed:/export', ['/a/5']],
  ])('%s', async (_what, path, expected) => {
    const arg = path.startsWith('feed:') ? `feed:${server.url(path.slice(5))}` : server.url(path);
    const items = await expand([arg]);
    expect(items.map((i) => (i.kind === 'error' ? i.error.message : describeInput(i).replace(server.origin, '')))).toEqual(expected);
  });

  it('asks for an unchanged feed conditionally on the next run, which then lists nothing', async () => {
    const saved = new Map<string, Validators>();
    const store = { get: (url: string) => saved.get(url), set: (url: string, validators: Validators) => void saved.set(url, validators) };
    const limits = limitsOf();
    const expandWithStore = async () => {
      const items: string[] = [];
      for await (const item of expandInputs([server.url('/versioned.rss')], undefined, { limits, validators: store })) items.push(item.kind === 'error' ? item.error.code : describeInput(item));
      return items.map((i) => i.replace(server.origin, ''));
    };
    expect(await expandWithStore()).toEqual(['/a/1', '/a/2']);
    expect(saved.get(server.url('/versioned.rss'))).toEqual({ etag: '"feed-v1"' });
    expect(await expandWithStore()).toEqual([]);
    expect(server.headers('/versioned.rss').map((h) => h['if-none-match'] ?? null)).toEqual([null, '"feed-v1"']);
  });

  it('refuses a feed on a private address unless allowed', async () => {
    const [item] = await expand([server.url('/big/feed.xml')], limitsOf({ allowPrivate: false }));
    expect(item).toMatchObject({ kind: 'error', input: server.url('/big/feed.xml'), error: { code: 'FETCH_BLOCKED' } });
  });
});
