/**
 * The HTML report without a browser: the overlap-safe highlighter, escaping, streaming a batch,
 * aggregates on the hand-made fixture records, and records that are broken in the ways real ones can be.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { reportCommand } from '../src/cli/commands/report.js';
import type { ArticleRecord } from '../src/record.js';
import { renderHighlighted, type HighlightSpan } from '../src/report/highlight.js';
import { escapeHtml, jsonForScript, safeHref } from '../src/report/html.js';
import { writeReport } from '../src/report/index.js';
import { fixturesDir } from './helpers/shared.js';

const recordsPath = join(fixturesDir, 'report', 'records.jsonl');
const fixtureRecords = (): ArticleRecord[] =>
  readFileSync(recordsPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ArticleRecord);

/** mentions the page must highlight: every entity mention plus one per money, quantity and date */
export function mentionCount(r: ArticleRecord): number {
  return [...r.people, ...r.places, ...r.organizations].reduce((n, e) => n + e.mentions.length, 0) + r.money.length + r.quantities.length + r.dates.length;
}

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `news-extract-${name}-`));

/** spans written as [start, end, name, layer?]; tags are <name> for a first piece, <name+> for a continuation */
function spans(list: [number, number, string, number?][]): HighlightSpan[] {
  return list.map(([start, end, name, layer = 0]) => ({ start, end, layer, open: `<${name}>`, openContinued: `<${name}+>`, close: `</${name}>` }));
}

describe('renderHighlighted', () => {
  const cases: { name: string; text: string; spans: [number, number, string, number?][]; html: string }[] = [
    { name: 'no spans, text escaped', text: 'a<b & "c"', spans: [], html: 'a&lt;b &amp; &quot;c&quot;' },
    { name: 'one span', text: 'hello world', spans: [[0, 5, 'p']], html: '<p>hello</p> world' },
    { name: 'money inside event evidence', text: 'launching a €12 billion package.', spans: [[12, 23, 'm', 1], [0, 32, 'ev', 0]], html: '<ev>launching a <m>€12 billion</m> package.</ev>' },
    { name: 'same range: lower layer outside', text: 'EU', spans: [[0, 2, 'org', 1], [0, 2, 'ev', 0]], html: '<ev><org>EU</org></ev>' },
    { name: 'same range, same layer: record order', text: 'EU', spans: [[0, 2, 'a'], [0, 2, 'b']], html: '<a><b>EU</b></a>' },
    { name: 'adjacent spans', text: 'abcd', spans: [[0, 2, 'a'], [2, 4, 'b']], html: '<a>ab</a><b>cd</b>' },
    { name: 'crossing spans: the later one continues', text: 'abcdef', spans: [[0, 4, 'a'], [2, 6, 'b']], html: '<a>ab<b>cd</b></a><b+>ef</b>' },
    { name: 'shared end', text: 'abcd', spans: [[0, 4, 'a'], [2, 4, 'b']], html: '<a>ab<b>cd</b></a>' },
    {
      name: 'crossing an inner span reopens only what was cut',
      text: 'abcdefgh',
      spans: [[0, 8, 'o'], [1, 5, 'a'], [3, 7, 'b']],
      html: '<o>a<a>bc<b>de</b></a><b+>fg</b>h</o>',
    },
    { name: 'empty, reversed and out-of-range spans are ignored', text: 'abc', spans: [[1, 1, 'x'], [2, 1, 'y'], [-1, 2, 'z'], [1, 9, 'w']], html: 'abc' },
    { name: 'astral characters are not split', text: 'a😀b', spans: [[1, 3, 'e']], html: 'a<e>😀</e>b' },
  ];
  it.each(cases)('$name', ({ text, spans: list, html }) => {
    expect(renderHighlighted(text, spans(list))).toBe(html);
  });

  it('keeps the text and opens each span once, however spans overlap', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let round = 0; round < 200; round++) {
      const text = 'x<&y'.repeat(10).slice(0, 5 + random(35));
      const list: [number, number, string, number?][] = [];
      for (let i = 0; i < random(12); i++) {
        const start = random(text.length);
        list.push([start, start + 1 + random(text.length - start), `s${i}`, random(3)]);
      }
      const html = renderHighlighted(text, spans(list));
      expect(html.replace(/<\/?s\d+\+?>/g, '')).toBe(escapeHtml(text));
      const stack: string[] = [];
      for (const [, close, name] of html.matchAll(/<(\/?)(s\d+)\+?>/g)) {
        if (close) expect(stack.pop()).toBe(name);
        else stack.push(name!);
      }
      expect(stack).toEqual([]);
      for (const [, , name] of list) expect(html.split(`<${name}>`).length - 1).toBe(1);
    }
  });
});

describe('escaping', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`" onmouseover='x'`, '&quot; onmouseover=&#39;x&#39;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
  ])('escapeHtml(%j)', (input, output) => expect(escapeHtml(input)).toBe(output));

  it('keeps JSON inside a script element from closing it', () => {
    const json = jsonForScript({ label: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ label: '</script><script>alert(1)</script>' });
  });

  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>', null],
    ['/etc/passwd', null],
    [null, null],
  ])('safeHref(%j)', (input, output) => expect(safeHref(input)).toBe(output));
});

describe('writeReport on the fixture batch', async () => {
  const out = tmp('report');
  const summary = await writeReport(recordsPath, out);
  const records = fixtureRecords();
  const index = readFileSync(join(out, 'index.html'), 'utf8');
  /** the counts after a top-list entry's link, e.g. "7 mentions, 2 articles" */
  const countsOf = (label: string) => new RegExp(`>${label}</a> <span class="muted">([^<]*)</span>`).exec(index)?.[1];

  it('counts articles, failures from errors.jsonl and skips from summary.json', () => {
    expect(summary).toMatchObject({ articles: 3, failed: 2, skipped: 1, invalidLines: 0, recordsWithOffsetProblems: 0 });
    expect(index).toContain('<li><b>3</b>articles processed</li><li><b>2</b>failed</li><li><b>1</b>skipped</li>');
    expect(summary.mentions).toBe(records.reduce((n, r) => n + mentionCount(r), 0));
    expect(summary.events).toBe(records.reduce((n, r) => n + r.events.length, 0));
  });

  it('writes one page per article, named by record id, with one first-piece mark per mention', () => {
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(records.map((r) => `${r.id}.html`).sort());
    for (const r of records) {
      const html = readFileSync(join(out, 'articles', `${r.id}.html`), 'utf8');
      expect(html.match(/<mark class="m t-\w+" /g)?.length).toBe(mentionCount(r));
    }
  });

  it('aggregates entities across articles by key', () => {
    expect(countsOf('European Union')).toBe('7 mentions, 2 articles');
    expect(countsOf('Kazakhstan')).toBe('9 mentions, 1 article');
  });

  it('totals money by ISO currency', () => {
    for (const total of ['22,000,000,000 EUR', '2,400,000,000 USD', '3,000,000,000 KES', '500,000,000 BRL']) expect(index).toContain(total);
  });

  it('draws one marker per distinct place with coordinates', () => {
    const located = new Set(records.flatMap((r) => r.places.filter((p) => p.latitude !== null && p.longitude !== null).map((p) => p.key)));
    expect(index.match(/<circle class="marker"/g)?.length).toBe(located.size);
  });

  it('lists dated events in date order and links them to their article page', () => {
    const dates = [...index.matchAll(/<tr><td>(\d{4}(?:-\d\d){0,2})<\/td>/g)].map((m) => m[1]);
    expect(dates).toEqual(['2017', '2024-05-05', '2025-03-12', '2025-04-03', '2026-01']);
    expect(index).toContain(`articles/${records[0]!.id}.html#k=event-1`);
  });

  it('links each counted thing to a page of the articles that mention it', () => {
    const href = /<a href="(entities\/organization-\d+\.html)">European Union<\/a>/.exec(index)?.[1];
    const entity = readFileSync(join(out, href!), 'utf8');
    for (const r of records.filter((r) => r.organizations.some((o) => o.key === 'european union'))) {
      expect(entity).toContain(`../articles/${r.id}.html#k=org-`);
    }
  });

  it('escapes text from records and failures and never links a javascript: URL', () => {
    const flood = readFileSync(join(out, 'articles', `${records[2]!.id}.html`), 'utf8');
    expect(flood).toContain('<title>Floods displace 120,000 in southern Brazil &lt;live&gt;</title>');
    expect(flood).not.toContain('javascript:');
    expect(index).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(index).not.toContain('<script>');
  });

  it('replaces its own earlier report in the same folder', async () => {
    writeFileSync(join(out, 'articles', 'stale.html'), 'old');
    await writeReport(recordsPath, out);
    expect(readdirSync(join(out, 'articles'))).not.toContain('stale.html');
  });
});

describe('writeReport on broken input', () => {
  it('reports unreadable lines and bad offsets, and still shows the rest', async () => {
    const dir = tmp('broken');
    const [seed] = fixtureRecords();
    const badOffsets = structuredClone(seed!);
    badOffsets.id = 'f'.repeat(32);
    badOffsets.people[0]!.mentions.push({ start: 999_999, end: 1_000_003, text: 'Nobody' });
    badOffsets.places[0]!.mentions[0]!.text = 'Tashkent';
    const sparse = { id: 'e'.repeat(32), article: { text: 'Only text, nothing extracted.' } };
    const lines = [JSON.stringify(seed), '{"truncated": ', '', JSON.stringify({ id: 'x' }), JSON.stringify(badOffsets), JSON.stringify(sparse)];
    writeFileSync(join(dir, 'records.jsonl'), lines.join('\n') + '\n');
    const summary = await writeReport(join(dir, 'records.jsonl'), join(dir, 'site'));
    expect(summary).toMatchObject({ articles: 3, invalidLines: 2, recordsWithOffsetProblems: 1, failed: 0, skipped: 0 });
    const index = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
    expect(index).toContain('line 2: not JSON');
    // no errors.jsonl and no summary.json: failures and skips are unknown, not zero
    expect(index).toContain('<li><b><abbr title="not recorded by the run">–</abbr></b>failed</li><li><b><abbr title="not recorded by the run">–</abbr></b>skipped</li>');
    expect(index).toContain('line 4: no article.text');
    const page = readFileSync(join(dir, 'site', 'articles', `${'f'.repeat(32)}.html`), 'utf8');
    expect(page).toContain('outside the text');
    expect(page).toContain('the record says &quot;Tashkent&quot;');
    expect(page.match(/<mark class="m t-\w+" /g)?.length).toBe(mentionCount(seed!));
    expect(readFileSync(join(dir, 'site', 'articles', `${'e'.repeat(32)}.html`), 'utf8')).toContain('Nothing was extracted');
  });

  it('names a missing records file', async () => {
    await expect(writeReport(join(tmp('missing'), 'records.jsonl'), tmp('missing-out'))).rejects.toThrow(/news-extract: report: no records file at ".*records\.jsonl"/);
  });
});

describe('writeReport streams a large batch', () => {
  it('keeps counts exact over 300 records and splits long lists into pages', async () => {
    const dir = tmp('large');
    const [seed] = fixtureRecords();
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) lines.push(JSON.stringify({ ...seed, id: i.toString(16).padStart(32, '0') }));
    writeFileSync(join(dir, 'records.jsonl'), lines.join('\n') + '\n');
    let reported = 0;
    const site = join(dir, 'site');
    const summary = await writeReport(join(dir, 'records.jsonl'), site, { rowsPerPage: 100, onArticle: (n) => (reported = n) });
    expect(reported).toBe(300);
    expect(summary.articles).toBe(300);
    expect(summary.mentions).toBe(300 * mentionCount(seed!));
    expect(readdirSync(join(site, 'articles'))).toHaveLength(300);
    const read = (file: string) => readFileSync(join(site, file), 'utf8');
    const index = read('index.html');
    expect(/>Kazakhstan<\/a> <span class="muted">([^<]*)</.exec(index)?.[1]).toBe('2,700 mentions, 300 articles');
    expect(index).toContain('<a href="articles.html">All 300 articles</a>');
    for (const file of ['articles.html', 'articles-2.html', 'articles-3.html']) expect(read(file).match(/<tr><td><a href="articles\//g)).toHaveLength(100);
    expect(read('articles-2.html')).toContain('<a href="articles.html">1</a> <a aria-current="page">2</a> <a href="articles-3.html">3</a>');
    // 600 dated events over 2017 and 2025: six timeline pages; the 2025 bar opens the page its first event is on
    expect(readdirSync(site).filter((f) => f.startsWith('timeline'))).toHaveLength(6);
    expect(index).toContain('<a href="timeline-4.html#t-2025"');
    expect(read('timeline-4.html')).toContain('<h3 id="t-2025">2025</h3>');
    expect(read('timeline-5.html')).toContain('<h3>2025 (continued)</h3>');
    const kazakhstan = /<a href="(entities\/place-\d+)\.html">Kazakhstan<\/a>/.exec(index)![1]!;
    expect(read(`${kazakhstan}-3.html`).match(/<tr><td><a href="\.\.\/articles\//g)).toHaveLength(100);
  });
});

describe('news-extract report (command line)', () => {
  it('writes the site and prints where it is', async () => {
    const out = join(tmp('cli'), 'site');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await reportCommand().exitOverride().parseAsync([recordsPath, '-o', out, '--top', '2', '--title', 'Morning batch'], { from: 'user' });
      expect(String(stderr.mock.calls.at(-1)?.[0])).toBe(`news-extract: report of 3 articles (2 failed, 1 skipped): ${join(out, 'index.html')}\n`);
    } finally {
      stderr.mockRestore();
    }
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<h1>Morning batch</h1>');
    expect(index.match(/<h2>Most mentioned people<\/h2><ol class="top">(.*?)<\/ol>/)?.[1]?.match(/<li>/g)).toHaveLength(2);
  });

  it.each([['--top', '0'], ['--top', 'many']])('rejects %s %s', async (option, value) => {
    const command = reportCommand().exitOverride().configureOutput({ writeErr: () => {} });
    await expect(command.parseAsync([recordsPath, option, value], { from: 'user' })).rejects.toThrow(/expected a whole number ≥ 1/);
  });
});
