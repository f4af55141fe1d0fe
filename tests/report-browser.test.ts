/**
 * The report as a reader sees it: generated pages opened from disk in a real headless Chromium
 * (Debian's package; CHROMIUM_PATH or /usr/bin/chromium), driven by playwright-core. Skipped with a
 * message where there is no Chromium.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, Mention } from '../src/record.js';
import { writeReport } from '../src/report/index.js';
import { fixturesDir } from './helpers/shared.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) console.warn(`[skip] no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH): the report's browser tests are skipped.`);

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

function mentionCount(r: ArticleRecord): number {
  return [...r.people, ...r.places, ...r.organizations].reduce((n, e) => n + e.mentions.length, 0) + r.money.length + r.quantities.length + r.dates.length;
}

function blank(id: string, text: string, title: string): ArticleRecord {
  return {
    schemaVersion: 1, id, source: { uri: `test:${id}`, fetchedAt: '2025-01-01T00:00:00Z', contentSha256: '0'.repeat(64), mediaType: 'text/plain' },
    article: { title, authors: [], publishedAt: null, language: 'en', siteName: null, canonicalUrl: null, text },
    people: [], places: [], organizations: [], money: [], quantities: [], dates: [], events: [], quotes: [], warnings: [],
  };
}

const at = (text: string, needle: string, from = 0): Mention => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`test: "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
};

/** hostile text and names, and mentions that cross each other ("New York Times" / "Times Square") */
function hostileRecord(): ArticleRecord {
  const text = 'Reporters of the New York Times Square bureau met <img src=x onerror="window.__xss=1"> Acme & Co. ' +
    '"</script><script>window.__xss=2</script>" said Jane Doe in Paris.';
  const r = blank('a'.repeat(32), text, '<script>window.__xss=3</script> Hostile & "quoted"');
  r.people = [{ id: 'person-1', key: 'jane doe', name: '<b onmouseover="window.__xss=4">Jane</b> Doe', aliases: [], titles: ['<i>Dr</i>'], mentions: [at(text, 'Jane Doe')] }];
  r.organizations = [
    { id: 'org-1', key: 'new york times', name: 'New York Times', aliases: [], mentions: [at(text, 'New York Times')] },
    { id: 'org-2', key: 'acme', name: 'Acme <img src=x onerror="window.__xss=5">', aliases: [], mentions: [at(text, '<img src=x onerror="window.__xss=1"> Acme & Co.')] },
  ];
  r.places = [
    { id: 'place-1', key: 'geonames:5128581', name: 'New York', type: 'city', countryCode: 'US', latitude: 40.7143, longitude: -74.006, mentions: [at(text, 'New York')] },
    { id: 'place-2', key: 'site:times-square', name: 'Times Square', type: 'site', countryCode: 'US', latitude: 40.758, longitude: -73.9855, mentions: [at(text, 'Times Square')] },
    { id: 'place-3', key: 'geonames:2988507', name: 'Paris', type: 'city', countryCode: 'FR', latitude: 48.8534, longitude: 2.3488, mentions: [at(text, 'Paris')] },
  ];
  const quote = at(text, '</script><script>window.__xss=2</script>');
  r.quotes = [{ id: 'quote-1', text: quote.text, start: quote.start, end: quote.end, speaker: 'person-1', speakerName: '<u>Jane</u>' }];
  r.warnings = [{ stage: 'extract', code: '<b>X</b>', message: '<img src=x onerror="window.__xss=6">' }];
  return r;
}

/** about 50,000 characters, 2,500 mentions, 100 events */
function longRecord(): ArticleRecord {
  const sentence = 'Ursula von der Leyen met Kassym-Jomart Tokayev in Samarkand on 3 April 2025 and pledged €12 billion. ';
  const text = sentence.repeat(Math.ceil(50_000 / sentence.length)).slice(0, 50_000 - (50_000 % sentence.length));
  const r = blank('b'.repeat(32), text, 'A very long article');
  const people = [{ id: 'person-1', name: 'Ursula von der Leyen' }, { id: 'person-2', name: 'Kassym-Jomart Tokayev' }];
  r.people = people.map((p) => ({ ...p, key: p.name.toLowerCase(), aliases: [], titles: [], mentions: [] }));
  r.places = [{ id: 'place-1', key: 'geonames:1216265', name: 'Samarkand', type: 'city', countryCode: 'UZ', latitude: 39.6542, longitude: 66.9597, mentions: [] }];
  for (let offset = 0, i = 0; offset < text.length; offset += sentence.length, i++) {
    for (const [n, p] of people.entries()) r.people[n]!.mentions.push(at(text, p.name, offset));
    r.places[0]!.mentions.push(at(text, 'Samarkand', offset));
    r.dates.push({ id: `date-${i + 1}`, ...at(text, '3 April 2025', offset), value: '2025-04-03', granularity: 'day' });
    r.money.push({ id: `money-${i + 1}`, ...at(text, '€12 billion', offset), amount: 12e9, currency: 'EUR' });
    if (i < 100) {
      r.events.push({
        id: `event-${i + 1}`, type: 'meeting', cameo: '04', trigger: at(text, 'met', offset), participants: [{ id: 'person-1', role: 'agent' }],
        place: 'place-1', date: '2025-04-03', amounts: [`money-${i + 1}`], evidence: { start: offset, end: offset + sentence.length - 1 },
        confidence: 0.9, negated: false, hypothetical: false,
      });
    }
  }
  return r;
}

describe.skipIf(!hasChromium)('the report in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-report-browser-'));
  const site = join(dir, 'site');
  const fixture = readFileSync(join(fixturesDir, 'report', 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ArticleRecord);
  const records = [...fixture, hostileRecord(), longRecord()];
  const [seed] = fixture as [ArticleRecord];
  let browser: Browser;
  const offline: string[] = [];

  const url = (path: string) => pathToFileURL(join(site, path)).href;
  const articleUrl = (r: ArticleRecord, hash = '') => `${url(`articles/${r.id}.html`)}${hash}`;

  let shared: Page | undefined;
  /** one tab for the whole file (a new one per test costs more than the test); each open is a fresh load */
  async function open(address: string): Promise<Page> {
    if (!shared) {
      shared = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      shared.on('pageerror', (error) => offline.push(`page error: ${error.message}`));
      // nothing may come from the network: every request must be for a file of the report
      await shared.route('**/*', (route) => {
        const requested = route.request().url();
        if (requested.startsWith('file:') || requested.startsWith('data:')) return route.continue();
        offline.push(requested);
        return route.abort();
      });
    }
    await shared.goto('about:blank');
    await shared.goto(address);
    return shared;
  }

  const selectedKeys = (page: Page) => page.$$eval('#text mark.m.sel:not(.cont)', (els) => els.map((e) => (e as HTMLElement).dataset.k));

  beforeAll(async () => {
    writeFileSync(join(dir, 'records.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    await writeReport(join(dir, 'records.jsonl'), site);
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(records.map((r) => [r.article.title, r] as const))('highlights one span per mention and keeps the text: %s', async (_title, record) => {
    const page = await open(articleUrl(record));
    expect(await page.locator('#text mark.m:not(.cont)').count()).toBe(mentionCount(record));
    expect(await page.locator('#text').evaluate((e) => e.textContent)).toBe(record.article.text);
  });

  it('clicking a mention marks every mention of its entity, clicking again clears', async () => {
    const page = await open(articleUrl(seed));
    const person = seed.people.find((p) => p.name === 'Ursula von der Leyen')!;
    await page.locator(`#text mark[data-k="${person.id}"]`).first().click();
    expect(await selectedKeys(page)).toEqual(person.mentions.map(() => person.id));
    await expect.poll(() => page.locator('#status').textContent()).toBe(`Ursula von der Leyen: ${person.mentions.length} mentions highlighted`);
    await page.locator(`#text mark[data-k="${person.id}"]`).last().click();
    expect(await selectedKeys(page)).toEqual([]);
  });

  it('the side panel selects an entity too, and the URL carries the selection', async () => {
    const page = await open(articleUrl(seed));
    const kazakhstan = seed.places.find((p) => p.name === 'Kazakhstan')!;
    await page.locator(`#panel button[data-k="${kazakhstan.id}"]`).click();
    expect(await selectedKeys(page)).toHaveLength(kazakhstan.mentions.length);
    expect(await page.locator(`#panel button[data-k="${kazakhstan.id}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).hash).toBe(`#k=${kazakhstan.id}`);

    const eu = seed.organizations.find((o) => o.name === 'European Union')!;
    const linked = await open(articleUrl(seed, `#k=${eu.id}`));
    expect(await selectedKeys(linked)).toHaveLength(eu.mentions.length);
  });

  it.each([
    ['money', 'money-1', ['12,000,000,000 EUR']],
    ['place', 'place-1', ['Samarkand — Place', 'country: Uzbekistan (UZ)', '39.6542° N, 66.9597° E']],
    ['person', 'person-1', ['Kassym-Jomart Tokayev — Person', 'titles: President', 'also: Tokayev']],
    ['date', 'date-1', ['ISO: 2025-04-03', 'granularity: day']],
    ['quantity', 'quantity-1', ['1,000,000 tonne', 'of: rare earths', '= 1,000,000,000 kilogram']],
  ])('hover and focus show the normalised value of a %s', async (_type, key, expected) => {
    const page = await open(articleUrl(seed));
    const mark = page.locator(`#text mark[data-k="${key}"]`).first();
    await mark.hover();
    for (const line of expected) await expect.poll(() => page.locator('#tip').innerText()).toContain(line);
    await page.mouse.move(0, 0);
    await expect.poll(() => page.locator('#tip').isHidden()).toBe(true);
    await mark.focus();
    expect(await page.locator('#tip').isVisible()).toBe(true);
    expect(await mark.getAttribute('aria-describedby')).toBe('tip');
    for (const line of expected) expect(await page.locator('#tip').innerText()).toContain(line);
  });

  it('works with the keyboard: Tab reaches the mentions, Enter selects, Escape clears', async () => {
    const page = await open(articleUrl(seed));
    let focused: { tag: string; key?: string } = { tag: '' };
    for (let i = 0; i < 30 && focused.tag !== 'MARK'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => ({ tag: document.activeElement!.tagName, key: (document.activeElement as HTMLElement).dataset.k }));
    }
    expect(focused).toEqual({ tag: 'MARK', key: 'date-1' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await selectedKeys(page)).toEqual(seed.people[0]!.mentions.map(() => 'person-1'));
    await page.keyboard.press('Escape');
    expect(await selectedKeys(page)).toEqual([]);
  });

  it('the legend hides and shows a type from the keyboard', async () => {
    const page = await open(articleUrl(seed));
    const background = () => page.locator('#text mark.t-place').first().evaluate((e) => getComputedStyle(e).backgroundColor);
    const shown = await background();
    await page.locator('.legend input[value="place"]').focus();
    await page.keyboard.press('Space');
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await page.keyboard.press('Space');
    expect(await background()).toBe(shown);
  });

  it('a dated event on the batch timeline opens its article with the evidence highlighted', async () => {
    const page = await open(url('index.html'));
    const meeting = seed.events.find((e) => e.date === '2025-04-03')!;
    await page.locator(`#timeline ~ table a[href$="${seed.id}.html#k=${meeting.id}"]`).click();
    await page.waitForURL(new RegExp(`#k=${meeting.id}$`));
    expect(await page.$$eval('#text .ev.sel', (els) => els.map((e) => e.textContent).join(''))).toBe(seed.article.text.slice(meeting.evidence.start, meeting.evidence.end));
    expect(await page.locator('#status').textContent()).toBe('meeting event: evidence highlighted');
  });

  it('an event or a quote highlights its evidence, with the mentions inside it', async () => {
    const page = await open(articleUrl(seed));
    const text = seed.article.text;
    const investment = seed.events.find((e) => e.amounts.includes('money-1'))!;
    await page.locator(`#panel button[data-k="${investment.id}"]`).click();
    const evidence = await page.$$eval('#text .ev.sel', (els) => els.map((e) => e.textContent).join(''));
    expect(evidence).toBe(text.slice(investment.evidence.start, investment.evidence.end));
    expect(await page.locator('#text .ev.sel mark[data-k="money-1"]').count()).toBe(1);
    expect(await page.locator('#text .tr.sel').textContent()).toBe(investment.trigger.text);

    const quote = seed.quotes[0]!;
    await page.locator(`#panel button[data-k="${quote.id}"]`).click();
    expect(await page.locator('#text .ev.sel').count()).toBe(0);
    expect(await page.$$eval('#text .qt.sel', (els) => els.map((e) => e.textContent).join(''))).toBe(quote.text);
  });

  it('escapes hostile text everywhere and renders crossing mentions', async () => {
    const record = hostileRecord();
    const page = await open(articleUrl(record));
    await page.locator('#text mark[data-k="person-1"]').hover();
    expect(await page.locator('#tip').innerText()).toContain('<b onmouseover="window.__xss=4">Jane</b> Doe');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#text img, h1 b, #panel img, #panel b b').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe(record.article.title);
    // "Times Square" starts inside "New York Times": it is split, its second piece a continuation
    expect(await page.$$eval('#text mark[data-k="place-2"]', (els) => els.map((e) => [e.textContent, e.classList.contains('cont')]))).toEqual([['Times', false], [' Square', true]]);
  });

  it('a 50,000-character article: every mention is highlighted and an entity with 500 mentions is selected', async () => {
    const record = records.at(-1)!;
    const page = await open(articleUrl(record));
    await page.locator('#text mark[data-k="person-2"]').nth(250).click();
    expect(await selectedKeys(page)).toHaveLength(record.people[1]!.mentions.length);
  });

  it('the batch map has one marker per place with coordinates, each linking to its articles', async () => {
    const page = await open(url('index.html'));
    const located = new Set(records.flatMap((r) => r.places.filter((p) => p.latitude !== null && p.longitude !== null).map((p) => p.key)));
    expect(await page.locator('svg.map circle.marker').count()).toBe(located.size);
    expect(new Set(await page.$$eval('svg.map circle.marker', (els) => els.map((e) => e.getAttribute('data-key'))))).toEqual(located);
    await page.locator('svg.map circle.marker[data-key="geonames:1216265"]').click();
    await page.waitForURL(/entities\/place-\d+\.html$/);
    expect(await page.locator('h1').textContent()).toBe('Samarkand');
    const articles = await page.$$eval('main a', (els) => els.map((e) => e.textContent));
    expect(articles.sort()).toEqual([seed.article.title, 'A very long article'].sort());
    await page.locator('main a', { hasText: seed.article.title! }).click();
    await page.waitForURL(/#k=place-1$/);
    expect(await selectedKeys(page)).toEqual(['place-1']);
  });

  it.each([
    ['the seed article page with a selection', () => articleUrl(seed, '#k=person-2')],
    ['the hostile article page', () => articleUrl(hostileRecord())],
    ['the batch page', () => url('index.html')],
    ['a place page', () => url('entities/place-1.html')],
    ['the timeline page', () => url('timeline.html')],
  ])('passes axe-core WCAG 2 A/AA checks, colour contrast included: %s', async (_name, address) => {
    const page = await open(address());
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(result).toEqual([]);
  });

  it('loaded nothing from the network and raised no script error', () => {
    expect(offline).toEqual([]);
  });
});
