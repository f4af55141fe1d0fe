/**
 * The batch pages: the overview (index.html), one page per counted thing listing the articles that
 * mention it, the full timeline and the full article list. Pure functions from aggregates to HTML.
 */
import { top, type ArticleEntry, type BatchAggregate, type CurrencyGroup, type DatedEvent, type Group, type PlaceGroup } from './aggregate.js';
import { BATCH_CSS } from './assets.js';
import { escapeHtml, formatCount, page, plural } from './html.js';
import type { FailureDigest, RunCounts } from './inputs.js';
import { countryName, formatAmount, formatCoordinates, hasCoordinates } from './items.js';
import { MAP_HEIGHT, MAP_WIDTH, projectPoint, sphereOutline, worldMap } from './map.js';

/** where each counted thing's page is, by kind and key; things without a page are shown unlinked */
export type PageIndex = (kind: GroupKind, key: string) => string | undefined;
export type GroupKind = 'person' | 'place' | 'organization' | 'event' | 'currency';

export interface BatchPageInput {
  title: string;
  recordsPath: string;
  aggregate: BatchAggregate;
  failures: FailureDigest | null;
  run: RunCounts | null;
  invalid: { count: number; first: { line: number; reason: string }[] };
  pageOf: PageIndex;
  top: number;
  /** rows per page of the timeline pages, to link each bar to its page */
  perPage: number;
}

const INLINE_ARTICLES = 100;
const INLINE_TIMELINE = 100;

export function renderBatchPage(input: BatchPageInput): string {
  const { aggregate: agg, failures, run } = input;
  // a count the run did not record is shown as unknown, not as zero
  const cards: [string, number | null][] = [
    ['articles processed', agg.articles.length],
    ['failed', failures?.total ?? run?.failed ?? null],
    ['skipped', run?.skipped ?? null],
    ...(input.invalid.count ? [['unreadable record lines', input.invalid.count] as [string, number]] : []),
    ['mentions highlighted', agg.mentions],
    ['events', agg.events],
    ['quotes', agg.quotes],
  ];
  const body =
    '<a class="skip" href="#main">Skip to content</a>' +
    `<header><h1>${escapeHtml(input.title)}</h1><p class="meta">from ${escapeHtml(input.recordsPath)}</p></header><main id="main">` +
    `<ul class="cards" aria-label="Batch totals">${cards.map(([label, n]) => `<li><b>${n === null ? '<abbr title="not recorded by the run">–</abbr>' : formatCount(n)}</b>${escapeHtml(label)}</li>`).join('')}</ul>` +
    (run?.ok != null && run.ok !== agg.articles.length
      ? `<p class="muted">The run summary counts ${plural(run.ok, 'record')}; the records file has ${plural(agg.articles.length, 'record')}.</p>`
      : '') +
    mapSection(agg.places, input.pageOf) +
    '<div class="cols">' +
    topSection('Most mentioned people', 'person', agg.people, input) +
    topSection('Most mentioned places', 'place', agg.places, input) +
    topSection('Most mentioned organisations', 'organization', agg.organizations, input) +
    '</div><div class="cols">' +
    eventTypesSection(agg.eventTypes, input.pageOf) +
    moneySection(agg.currencies, input.pageOf) +
    '</div>' +
    timelineSection(agg, input.perPage) +
    articlesSection(agg.articles) +
    failuresSection(failures, input.invalid) +
    '</main>';
  return page({ title: input.title, css: BATCH_CSS, body });
}

function link(href: string | undefined, label: string): string {
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

function mapSection(places: Map<string, PlaceGroup>, pageOf: PageIndex): string {
  const located = [...places].filter(([, p]) => hasCoordinates(p)).sort(([, a], [, b]) => b.mentions - a.mentions);
  const { countries } = worldMap();
  const markers = located.map(([key, p]) => {
    const xy = projectPoint(p.longitude!, p.latitude!);
    if (!xy) return '';
    const r = Math.min(14, 2.5 + Math.sqrt(p.mentions)).toFixed(1);
    const where = p.countryCode && p.type !== 'country' ? `, ${countryName(p.countryCode)}` : '';
    const label = `${p.label}${where}: ${plural(p.mentions, 'mention')} in ${plural(p.articles.length, 'article')}`;
    const circle = `<circle class="marker" cx="${xy[0]}" cy="${xy[1]}" r="${r}" data-key="${escapeHtml(key)}"><title>${escapeHtml(label)}</title></circle>`;
    const href = pageOf('place', key);
    return href ? `<a href="${escapeHtml(href)}" aria-label="${escapeHtml(label)}">${circle}</a>` : circle;
  });
  return (
    `<h2 id="map-title">Places on the map <span class="muted">(${plural(located.length, 'place')} with coordinates)</span></h2>` +
    `<figure><svg class="map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" aria-labelledby="map-title">` +
    `<path class="sphere" d="${sphereOutline()}"/><path class="land" d="${countries}"/>${markers.join('')}</svg>` +
    '<figcaption class="muted">Marker size grows with the number of mentions. Map data: Natural Earth via world-atlas.</figcaption></figure>'
  );
}

function topSection(heading: string, kind: GroupKind, groups: Map<string, Group>, input: BatchPageInput): string {
  const rows = top(groups, input.top);
  if (rows.length === 0) return `<section><h2>${heading}</h2><p class="muted">None.</p></section>`;
  return (
    `<section><h2>${heading}</h2><ol class="top">` +
    rows.map(([key, g]) => `<li>${link(input.pageOf(kind, key), g.label)} <span class="muted">${plural(g.mentions, 'mention')}, ${plural(g.articles.length, 'article')}</span></li>`).join('') +
    `</ol>${groups.size > rows.length ? `<p class="muted">${formatCount(groups.size - rows.length)} more not shown.</p>` : ''}</section>`
  );
}

function eventTypesSection(types: Map<string, Group>, pageOf: PageIndex): string {
  const rows = [...types].sort(([, a], [, b]) => b.mentions - a.mentions || a.label.localeCompare(b.label));
  return (
    '<section><h2>Events by type</h2>' +
    (rows.length === 0
      ? '<p class="muted">No events.</p>'
      : '<table><thead><tr><th scope="col">type</th><th scope="col" class="num">events</th><th scope="col" class="num">articles</th></tr></thead><tbody>' +
        rows.map(([key, g]) => `<tr><td>${link(pageOf('event', key), g.label)}</td><td class="num">${formatCount(g.mentions)}</td><td class="num">${formatCount(g.articles.length)}</td></tr>`).join('') +
        '</tbody></table>') +
    '</section>'
  );
}

function moneySection(currencies: Map<string, CurrencyGroup>, pageOf: PageIndex): string {
  const rows = [...currencies].sort(([, a], [, b]) => b.mentions - a.mentions || a.label.localeCompare(b.label));
  return (
    '<section><h2>Money by currency</h2>' +
    (rows.length === 0
      ? '<p class="muted">No amounts of money.</p>'
      : '<table><thead><tr><th scope="col">currency</th><th scope="col" class="num">total stated</th><th scope="col" class="num">amounts</th><th scope="col" class="num">articles</th></tr></thead><tbody>' +
        rows.map(([key, g]) =>
          `<tr><td>${link(pageOf('currency', key), g.label)}</td><td class="num">${escapeHtml(formatAmount(g.total, g.label))}</td>` +
          `<td class="num">${formatCount(g.mentions)}${g.withoutAmount ? ` (${formatCount(g.withoutAmount)} ranges)` : ''}</td><td class="num">${formatCount(g.articles.length)}</td></tr>`,
        ).join('') +
        '</tbody></table><p class="muted">Totals add every amount as stated in each article; the same sum reported twice counts twice.</p>') +
    '</section>'
  );
}

/** "2025-04" for a date with a month, "2025" for a year (or decade-like "199X"), as the bucket of a bar */
function bucketOf(date: string, byYear: boolean): string {
  const month = /^(\d{4}-\d{2})/.exec(date);
  if (month && !byYear) return month[1]!;
  return date.slice(0, 4);
}

interface Timeline {
  byYear: boolean;
  /** bucket, events in it, and the timeline page its first event is on */
  buckets: { bucket: string; count: number; page: number }[];
  /** the bucket of each event, in date order */
  bucketOfEvent: string[];
}

/** events already in date order; months when they span a few years, years otherwise */
function timeline(events: DatedEvent[], perPage: number): Timeline {
  let first = Infinity;
  let last = -Infinity;
  for (const e of events) {
    const year = Number(e.date.slice(0, 4));
    if (Number.isFinite(year)) [first, last] = [Math.min(first, year), Math.max(last, year)];
  }
  const byYear = last - first > 6;
  const buckets: Timeline['buckets'] = [];
  const bucketOfEvent = events.map((e, i) => {
    const bucket = bucketOf(e.date, byYear);
    if (buckets.at(-1)?.bucket === bucket) buckets.at(-1)!.count++;
    else buckets.push({ bucket, count: 1, page: Math.floor(i / perPage) + 1 });
    return bucket;
  });
  return { byYear, buckets, bucketOfEvent };
}

function timelineChart({ byYear, buckets }: Timeline): string {
  const height = 150;
  const max = buckets.reduce((m, b) => Math.max(m, b.count), 1);
  const step = Math.min(60, (MAP_WIDTH - 20) / buckets.length);
  const labelEvery = Math.ceil(buckets.length / 16);
  const bars = buckets.map(({ bucket, count, page: n }, i) => {
    const h = Math.max(2, Math.round(((height - 40) * count) / max));
    const x = 10 + i * step;
    const label = `${bucket}: ${plural(count, 'event')}`;
    return (
      `<a href="${pagedFile('timeline', n)}#t-${escapeHtml(bucket)}" aria-label="${escapeHtml(label)}"><rect x="${x.toFixed(1)}" y="${height - 20 - h}" width="${Math.max(1, step - 2).toFixed(1)}" height="${h}"><title>${escapeHtml(label)}</title></rect></a>` +
      (i % labelEvery === 0 ? `<text x="${x.toFixed(1)}" y="${height - 4}">${escapeHtml(bucket)}</text>` : '')
    );
  });
  return `<svg class="bars" viewBox="0 0 ${MAP_WIDTH} ${height}" width="${MAP_WIDTH}" height="${height}" aria-label="Dated events per ${byYear ? 'year' : 'month'}">${bars.join('')}</svg>`;
}

function timelineSection(agg: BatchAggregate, perPage: number): string {
  const events = agg.sortDatedEvents();
  if (events.length === 0) return '<h2>Timeline of dated events</h2><p class="muted">No dated events.</p>';
  const listed = events.slice(0, INLINE_TIMELINE);
  return (
    `<h2 id="timeline">Timeline of dated events <span class="muted">(${plural(events.length, 'event')})</span></h2>${timelineChart(timeline(events, perPage))}` +
    timelineTable(listed, agg.articles) +
    `<p><a href="timeline.html">${events.length > listed.length ? `All ${plural(events.length, 'dated event')}` : 'Timeline page'}</a></p>`
  );
}

function timelineRow(e: DatedEvent, a: ArticleEntry): string {
  return `<tr><td>${escapeHtml(e.date)}</td><td>${escapeHtml(e.type)}${e.summary ? ` <span class="muted">${escapeHtml(e.summary)}</span>` : ''}</td>` +
    `<td><a href="${escapeHtml(`${a.file}#k=${encodeURIComponent(e.eventId)}`)}">${escapeHtml(a.title)}</a></td></tr>`;
}

const TIMELINE_HEAD = '<table><thead><tr><th scope="col">date</th><th scope="col">event</th><th scope="col">article</th></tr></thead><tbody>';

function timelineTable(events: DatedEvent[], articles: ArticleEntry[]): string {
  return `${TIMELINE_HEAD}${events.map((e) => timelineRow(e, articles[e.article]!)).join('')}</tbody></table>`;
}

export interface PageFile {
  /** relative to the report folder */
  file: string;
  html: string;
}

/** rows per page of a long list: a table of a thousand rows still opens at once */
export const ROWS_PER_PAGE = 1000;

/** "timeline.html", "timeline-2.html", …: the first page keeps the plain name */
function pagedFile(base: string, n: number): string {
  return n === 1 ? `${base}.html` : `${base}-${n}.html`;
}

function pager(base: string, n: number, pages: number): string {
  if (pages < 2) return '';
  const name = base.slice(base.lastIndexOf('/') + 1);
  const links = Array.from({ length: pages }, (_, i) =>
    i + 1 === n ? `<a aria-current="page">${i + 1}</a>` : `<a href="${escapeHtml(pagedFile(name, i + 1))}">${i + 1}</a>`,
  );
  return `<nav class="pager" aria-label="Pages">Page ${links.join(' ')}</nav>`;
}

/** The dated events in date order, a thousand a page, grouped under month or year headings. */
export function renderTimelinePages(title: string, agg: BatchAggregate, perPage = ROWS_PER_PAGE): PageFile[] {
  const events = agg.sortDatedEvents();
  const line = timeline(events, perPage);
  const chart = events.length ? timelineChart(line) : '<p class="muted">No dated events.</p>';
  const pages = Math.max(1, Math.ceil(events.length / perPage));
  const seen = new Set<string>();
  const files: PageFile[] = [];
  for (let n = 1; n <= pages; n++) {
    const parts: string[] = [];
    let open = '';
    for (let i = (n - 1) * perPage; i < Math.min(events.length, n * perPage); i++) {
      const bucket = line.bucketOfEvent[i]!;
      if (bucket !== open) {
        if (open) parts.push('</tbody></table>');
        const first = !seen.has(bucket);
        seen.add(bucket);
        parts.push(`<h3${first ? ` id="t-${escapeHtml(bucket)}"` : ''}>${escapeHtml(bucket)}${first ? '' : ' (continued)'}</h3>${TIMELINE_HEAD}`);
        open = bucket;
      }
      const e = events[i]!;
      parts.push(timelineRow(e, agg.articles[e.article]!));
    }
    if (open) parts.push('</tbody></table>');
    const nav = pager('timeline', n, pages);
    const body =
      `<header><nav><a href="index.html">← Batch report</a></nav><h1>Timeline of dated events</h1><p class="meta">${escapeHtml(title)} · ${plural(events.length, 'event')}</p></header>` +
      `<main id="main">${chart}${nav}${parts.join('')}${nav}</main>`;
    files.push({ file: pagedFile('timeline', n), html: page({ title: `Timeline${n > 1 ? ` (page ${n})` : ''} — ${title}`, css: BATCH_CSS, body }) });
  }
  return files;
}

const ARTICLES_HEAD = '<table><thead><tr><th scope="col">article</th><th scope="col">site</th><th scope="col">published</th><th scope="col" class="num">mentions</th><th scope="col" class="num">events</th><th scope="col" class="num">warnings</th></tr></thead><tbody>';

function articleTable(articles: ArticleEntry[]): string {
  return (
    ARTICLES_HEAD +
    articles.map((a) =>
      `<tr><td><a href="${escapeHtml(a.file)}">${escapeHtml(a.title)}</a></td><td>${escapeHtml(a.siteName ?? '')}</td><td>${escapeHtml(a.publishedAt ?? '')}</td>` +
      `<td class="num">${formatCount(a.mentions)}</td><td class="num">${formatCount(a.events)}</td><td class="num">${formatCount(a.warnings)}</td></tr>`,
    ).join('') +
    '</tbody></table>'
  );
}

function articlesSection(articles: ArticleEntry[]): string {
  return (
    `<h2 id="articles">Articles <span class="muted">(${formatCount(articles.length)})</span></h2>` +
    (articles.length === 0
      ? '<p class="muted">No records.</p>'
      : articles.length <= INLINE_ARTICLES
        ? articleTable(articles)
        : `<p><a href="articles.html">All ${plural(articles.length, 'article')}</a></p>`)
  );
}

/** Every article in batch order, a thousand a page. */
export function renderArticlesPages(title: string, articles: ArticleEntry[], perPage = ROWS_PER_PAGE): PageFile[] {
  const pages = Math.max(1, Math.ceil(articles.length / perPage));
  return Array.from({ length: pages }, (_, i) => {
    const n = i + 1;
    const nav = pager('articles', n, pages);
    const body =
      `<header><nav><a href="index.html">← Batch report</a></nav><h1>Articles</h1><p class="meta">${escapeHtml(title)} · ${plural(articles.length, 'article')}</p></header>` +
      `<main id="main">${nav}${articleTable(articles.slice(i * perPage, n * perPage))}${nav}</main>`;
    return { file: pagedFile('articles', n), html: page({ title: `Articles${n > 1 ? ` (page ${n})` : ''} — ${title}`, css: BATCH_CSS, body }) };
  });
}

function failuresSection(failures: FailureDigest | null, invalid: BatchPageInput['invalid']): string {
  let html = '<h2 id="failures">Failed inputs</h2>';
  if (!failures) html += '<p class="muted">No errors.jsonl beside the records.</p>';
  else if (failures.total === 0) html += '<p class="muted">None.</p>';
  else {
    html +=
      `<p>${[...failures.byCode].sort(([, a], [, b]) => b - a).map(([code, n]) => `${escapeHtml(code)}: ${formatCount(n)}`).join(' · ')}</p>` +
      '<table><thead><tr><th scope="col">input</th><th scope="col">code</th><th scope="col">message</th><th scope="col">at</th></tr></thead><tbody>' +
      failures.rows.map((f) => `<tr><td>${escapeHtml(f.input)}</td><td>${escapeHtml(f.code)}</td><td>${escapeHtml(f.message)}</td><td>${escapeHtml(f.at)}</td></tr>`).join('') +
      '</tbody></table>' +
      (failures.total > failures.rows.length ? `<p class="muted">${formatCount(failures.total - failures.rows.length)} more in errors.jsonl.</p>` : '');
  }
  if (invalid.count) {
    html +=
      `<h2 id="invalid">Unreadable record lines <span class="muted">(${formatCount(invalid.count)})</span></h2><ul>` +
      invalid.first.map((i) => `<li>line ${i.line}: ${escapeHtml(i.reason)}</li>`).join('') +
      '</ul>';
  }
  return html;
}

export interface GroupPageInput {
  title: string;
  kind: GroupKind;
  group: Group;
  articles: ArticleEntry[];
  /** the first page's path without ".html", e.g. "entities/place-3" */
  base: string;
  perPage?: number;
}

const KIND_LABELS: Record<GroupKind, string> = { person: 'Person', place: 'Place', organization: 'Organisation', event: 'Event type', currency: 'Currency' };

/** The pages of one person, place, organisation, event type or currency: the articles it appears in. */
export function renderGroupPages({ title, kind, group, articles, base, perPage = ROWS_PER_PAGE }: GroupPageInput): PageFile[] {
  const facts: string[] = [];
  if (kind === 'place') {
    const p = group as PlaceGroup;
    facts.push(`type: ${p.type}`);
    if (p.countryCode) facts.push(`country: ${countryName(p.countryCode)} (${p.countryCode})`);
    if (hasCoordinates(p)) facts.push(`coordinates: ${formatCoordinates(p.latitude, p.longitude)}`);
  }
  if (kind === 'currency') facts.push(`total stated: ${formatAmount((group as CurrencyGroup).total, group.label)}`);
  const unit = kind === 'event' ? 'event' : kind === 'currency' ? 'amount' : 'mention';
  facts.push(`${plural(group.mentions, unit)} in ${plural(group.articles.length, 'article')}`);
  const pages = Math.max(1, Math.ceil(group.articles.length / perPage));
  return Array.from({ length: pages }, (_, p) => {
    const n = p + 1;
    const rows: string[] = [];
    for (let i = p * perPage; i < Math.min(group.articles.length, n * perPage); i++) {
      const a = articles[group.articles[i]!]!;
      rows.push(`<tr><td><a href="${escapeHtml(`../${a.file}#k=${encodeURIComponent(group.anchors[i]!)}`)}">${escapeHtml(a.title)}</a></td><td>${escapeHtml(a.publishedAt ?? '')}</td><td class="num">${formatCount(group.counts[i]!)}</td></tr>`);
    }
    const nav = pager(base, n, pages);
    const body =
      `<header><nav><a href="../index.html">← Batch report</a></nav><p class="meta">${KIND_LABELS[kind]}</p><h1>${escapeHtml(group.label)}</h1>` +
      `<p class="meta">${escapeHtml(facts.join(' · '))}</p></header><main id="main">${nav}` +
      `<table><thead><tr><th scope="col">article</th><th scope="col">published</th><th scope="col" class="num">${unit}s</th></tr></thead><tbody>${rows.join('')}</tbody></table>${nav}</main>`;
    return { file: pagedFile(base, n), html: page({ title: `${group.label}${n > 1 ? ` (page ${n})` : ''} — ${title}`, css: BATCH_CSS, body }) };
  });
}
