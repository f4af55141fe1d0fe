/**
 * What the batch page needs, gathered one record at a time: counts per entity key, event type and
 * currency, each with the articles that mention it, dated events for the timeline, and one short
 * row per article. Records themselves are not kept.
 */
import type { ArticleRecord } from '../record.js';
import { hasCoordinates } from './items.js';

export interface ArticleEntry {
  /** page path relative to the report folder, e.g. "articles/<id>.html" */
  file: string;
  id: string;
  title: string;
  publishedAt: string | null;
  siteName: string | null;
  mentions: number;
  events: number;
  warnings: number;
}

/** One thing counted across the batch, with the articles it appears in (indexes into `articles`). */
export interface Group {
  label: string;
  mentions: number;
  articles: number[];
  /** per article: the item id on that page, to open it selected */
  anchors: string[];
  /** per article: how often it appears there */
  counts: number[];
}

export interface PlaceGroup extends Group {
  type: string;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface CurrencyGroup extends Group {
  total: number;
  /** amounts that are ranges without a point value: not in the total */
  withoutAmount: number;
}

export interface DatedEvent {
  date: string;
  type: string;
  article: number;
  eventId: string;
  summary: string;
}

export class BatchAggregate {
  readonly articles: ArticleEntry[] = [];
  readonly people = new Map<string, Group>();
  readonly places = new Map<string, PlaceGroup>();
  readonly organizations = new Map<string, Group>();
  readonly eventTypes = new Map<string, Group>();
  readonly currencies = new Map<string, CurrencyGroup>();
  readonly datedEvents: DatedEvent[] = [];
  private datedEventsSorted = -1;
  mentions = 0;
  events = 0;
  quotes = 0;

  /** dated events by date (ISO strings sort as dates), then in batch order */
  sortDatedEvents(): DatedEvent[] {
    if (this.datedEventsSorted !== this.datedEvents.length) {
      this.datedEvents.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.article - b.article));
      this.datedEventsSorted = this.datedEvents.length;
    }
    return this.datedEvents;
  }

  add(record: ArticleRecord, entry: ArticleEntry): void {
    const article = this.articles.push(entry) - 1;
    this.mentions += entry.mentions;
    this.events += record.events.length;
    this.quotes += record.quotes.length;
    const names = new Map<string, string>();
    for (const p of record.people) {
      names.set(p.id, p.name);
      count(this.people, p.key || p.name, () => group(p.name), article, p.id, p.mentions.length);
    }
    for (const p of record.places) {
      names.set(p.id, p.name);
      const place = count(this.places, p.key || p.name, () => ({ ...group(p.name), type: p.type, countryCode: p.countryCode, latitude: null, longitude: null }), article, p.id, p.mentions.length);
      if (place.latitude === null && hasCoordinates(p)) {
        place.latitude = p.latitude;
        place.longitude = p.longitude;
      }
    }
    for (const o of record.organizations) {
      names.set(o.id, o.name);
      count(this.organizations, o.key || o.name, () => group(o.name), article, o.id, o.mentions.length);
    }
    for (const m of record.money) {
      const currency = count(this.currencies, m.currency, () => ({ ...group(m.currency), total: 0, withoutAmount: 0 }), article, m.id, 1);
      if (typeof m.amount === 'number' && Number.isFinite(m.amount)) currency.total += m.amount;
      else currency.withoutAmount++;
    }
    for (const e of record.events) {
      count(this.eventTypes, e.type, () => group(e.type), article, e.id, 1);
      if (e.date) {
        const who = e.participants.map((p) => names.get(p.id) ?? p.id);
        const where = e.place ? names.get(e.place) ?? e.place : null;
        const summary = [who.join(', '), where ? `in ${where}` : ''].filter(Boolean).join(' ');
        this.datedEvents.push({ date: e.date, type: e.type, article, eventId: e.id, summary });
      }
    }
  }
}

function group(label: string): Group {
  return { label, mentions: 0, articles: [], anchors: [], counts: [] };
}

/** Adds `n` appearances of `key` in article `article` (articles arrive in order, one at a time). */
function count<G extends Group>(map: Map<string, G>, key: string, create: () => G, article: number, anchor: string, n: number): G {
  let g = map.get(key);
  if (!g) map.set(key, (g = create()));
  g.mentions += n;
  const last = g.articles.length - 1;
  if (last >= 0 && g.articles[last] === article) g.counts[last]! += n;
  else {
    g.articles.push(article);
    g.anchors.push(anchor);
    g.counts.push(n);
  }
  return g;
}

/** The `limit` groups with most mentions (then most articles, then by label). */
export function top<G extends Group>(map: Map<string, G>, limit: number): [string, G][] {
  return [...map]
    .sort(([, a], [, b]) => b.mentions - a.mentions || b.articles.length - a.articles.length || a.label.localeCompare(b.label))
    .slice(0, limit);
}
