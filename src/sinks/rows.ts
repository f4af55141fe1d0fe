/**
 * A record as table rows, the same for every SQL sink: one `articles` row and the rows of the tables
 * that belong to it (see migrations/001-initial.ts). Values stay JavaScript values here; each
 * dialect turns booleans and JSON into what its driver wants.
 */
import type { ArticleRecord } from '../record.js';

export type Cell = string | number | boolean | null | readonly unknown[] | Record<string, unknown>;
export type Row = Record<string, Cell>;

/** child tables in the order they are written (and emptied) */
export const ARTICLE_TABLES = [
  'people',
  'places',
  'organisations',
  'mentions',
  'money',
  'quantities',
  'dates',
  'events',
  'event_participants',
  'quotes',
] as const;

export type ArticleTable = (typeof ARTICLE_TABLES)[number];

export interface RecordRows {
  article: Row;
  /** rows without article_id: the loader adds it */
  children: Record<ArticleTable, Row[]>;
}

export function recordRows(record: ArticleRecord, loadedAt: string = new Date().toISOString()): RecordRows {
  const { article, source } = record;
  const span = (v: { id: string; text: string; start: number; end: number }) => ({ id: v.id, text: v.text, start_offset: v.start, end_offset: v.end });
  const mentionsOf = (type: string, entities: { id: string; mentions: { start: number; end: number; text: string }[] }[]) =>
    entities.flatMap((e) => e.mentions.map((m) => ({ entity_id: e.id, entity_type: type, start_offset: m.start, end_offset: m.end, text: m.text })));
  return {
    article: {
      id: record.id,
      schema_version: record.schemaVersion,
      uri: source.uri,
      fetched_at: source.fetchedAt,
      content_sha256: source.contentSha256,
      media_type: source.mediaType,
      title: article.title,
      authors: article.authors,
      published_at: article.publishedAt,
      language: article.language,
      site_name: article.siteName,
      canonical_url: article.canonicalUrl,
      text: article.text,
      warnings: record.warnings,
      loaded_at: loadedAt,
    },
    children: {
      people: record.people.map((p) => ({ id: p.id, key: p.key, name: p.name, aliases: p.aliases, titles: p.titles })),
      places: record.places.map((p) => ({
        id: p.id,
        key: p.key,
        name: p.name,
        type: p.type,
        country_code: p.countryCode,
        latitude: p.latitude,
        longitude: p.longitude,
      })),
      organisations: record.organizations.map((o) => ({ id: o.id, key: o.key, name: o.name, aliases: o.aliases })),
      mentions: [...mentionsOf('person', record.people), ...mentionsOf('place', record.places), ...mentionsOf('organisation', record.organizations)],
      money: record.money.map((m) => ({
        ...span(m),
        amount: m.amount,
        currency: m.currency,
        min: m.min ?? null,
        max: m.max ?? null,
        qualifier: m.qualifier ?? null,
        per: m.per ?? null,
      })),
      quantities: record.quantities.map((q) => ({
        ...span(q),
        value: q.value,
        unit: q.unit,
        item: q.item,
        base_value: q.baseValue ?? null,
        base_unit: q.baseUnit ?? null,
        qualifier: q.qualifier ?? null,
      })),
      dates: record.dates.map((d) => ({
        ...span(d),
        value: d.value,
        granularity: d.granularity,
        relative: d.relative ?? null,
        resolved: d.resolved ?? null,
      })),
      events: record.events.map((e) => ({
        id: e.id,
        type: e.type,
        cameo: e.cameo,
        trigger_start: e.trigger.start,
        trigger_end: e.trigger.end,
        trigger_text: e.trigger.text,
        place_id: e.place,
        date: e.date,
        amounts: e.amounts,
        evidence_start: e.evidence.start,
        evidence_end: e.evidence.end,
        confidence: e.confidence,
        negated: e.negated,
        hypothetical: e.hypothetical,
      })),
      event_participants: record.events.flatMap((e) => e.participants.map((p) => ({ event_id: e.id, entity_id: p.id, role: p.role }))),
      quotes: record.quotes.map((q) => ({ ...span(q), speaker_id: q.speaker, speaker_name: q.speakerName })),
    },
  };
}

/** JSON columns travel as text in both drivers (pg would send a JS array as a PostgreSQL array) */
export function jsonCell(value: Cell): Cell {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
}
