/**
 * Version 1: one table per kind of thing in a record, every row keyed by the record id
 * (`article_id`) so a record is replaced as a whole. Column names follow the record's fields in
 * snake_case; offsets are `start_offset`/`end_offset` because END is reserved in SQL.
 */
import type { ColumnDef, Migration } from './types.js';

/** money, quantities, dates and quotes are spans of the text */
const span: ColumnDef[] = [
  { name: 'id', type: 'text', notNull: true },
  { name: 'text', type: 'text', notNull: true },
  { name: 'start_offset', type: 'integer', notNull: true },
  { name: 'end_offset', type: 'integer', notNull: true },
];

export const initial: Migration = {
  version: 1,
  name: 'initial',
  reason: 'the record contract of schemaVersion 1 as queryable tables',
  steps: [
    {
      createTable: {
        name: 'articles',
        primaryKey: ['id'],
        columns: [
          { name: 'id', type: 'text', notNull: true },
          { name: 'schema_version', type: 'integer', notNull: true },
          { name: 'uri', type: 'text', notNull: true },
          { name: 'fetched_at', type: 'text', notNull: true },
          { name: 'content_sha256', type: 'text', notNull: true },
          { name: 'media_type', type: 'text', notNull: true },
          { name: 'title', type: 'text' },
          { name: 'authors', type: 'json', notNull: true },
          { name: 'published_at', type: 'text' },
          { name: 'language', type: 'text' },
          { name: 'site_name', type: 'text' },
          { name: 'canonical_url', type: 'text' },
          { name: 'text', type: 'text', notNull: true },
          { name: 'warnings', type: 'json', notNull: true },
          { name: 'loaded_at', type: 'text', notNull: true },
        ],
      },
    },
    {
      createTable: {
        name: 'people',
        ofArticle: true,
        primaryKey: ['article_id', 'id'],
        columns: [
          { name: 'id', type: 'text', notNull: true },
          { name: 'key', type: 'text', notNull: true },
          { name: 'name', type: 'text', notNull: true },
          { name: 'aliases', type: 'json', notNull: true },
          { name: 'titles', type: 'json', notNull: true },
        ],
      },
    },
    {
      createTable: {
        name: 'places',
        ofArticle: true,
        primaryKey: ['article_id', 'id'],
        columns: [
          { name: 'id', type: 'text', notNull: true },
          { name: 'key', type: 'text', notNull: true },
          { name: 'name', type: 'text', notNull: true },
          { name: 'type', type: 'text', notNull: true },
          { name: 'country_code', type: 'text' },
          { name: 'latitude', type: 'real' },
          { name: 'longitude', type: 'real' },
        ],
      },
    },
    {
      createTable: {
        name: 'organisations',
        ofArticle: true,
        primaryKey: ['article_id', 'id'],
        columns: [
          { name: 'id', type: 'text', notNull: true },
          { name: 'key', type: 'text', notNull: true },
          { name: 'name', type: 'text', notNull: true },
          { name: 'aliases', type: 'json', notNull: true },
        ],
      },
    },
    {
      createTable: {
        name: 'mentions',
        ofArticle: true,
        primaryKey: ['article_id', 'entity_id', 'start_offset', 'end_offset'],
        columns: [
          { name: 'entity_id', type: 'text', notNull: true },
          { name: 'entity_type', type: 'text', notNull: true },
          { name: 'start_offset', type: 'integer', notNull: true },
          { name: 'end_offset', type: 'integer', notNull: true },
          { name: 'text', type: 'text', notNull: true },
        ],
      },
    },
    {
      createTable: {
        name: 'money',
        ofArticle: true,
        primaryKey: ['article_id', 'id'],
        columns: [
          ...span,
          { name: 'amount', type: 'real' },
          { name: 'currency', type: 'text', notNull: true },
          { name: 'min', type: 'real' },
          { name: 'max', type: 'real' },
          { name: 'qualifier', type: 'text' },
          { name: 'per', type: 'text' },
        ],
      },
    },
    {
      createTable: {
        name: 'quantities',
        ofArticle: true,
        primaryKey: ['article_id', 'id'],
        columns: [
          ...span,
          { name: 'value', type: 'real', notNull: true },
          { name: 'unit', type: 'text' },
          { name: 'item', type: 'text' },
          { name: 'base_value', type: 'real' },
          { name: 'base_unit', type: 'text' },
          { name: 'qualifier', type: 'text' },
        ],
      },
    },
    {
      createTable: {
        name: 'dates',
        ofArticle: true,
        primaryKey: ['article_id', 'id'],
        columns: [
          ...span,
          { name: 'value', type: 'text' },
          { name: 'granularity', type: 'text', notNull: true },
          { name: 'relative', type: 'boolean' },
          { name: 'resolved', type: 'boolean' },
        ],
      },
    },
    {
      createTable: {
        name: 'events',
        ofArticle: true,
        primaryKey: ['article_id', 'id'],
        columns: [
          { name: 'id', type: 'text', notNull: true },
          { name: 'type', type: 'text', notNull: true },
          { name: 'cameo', type: 'text' },
          { name: 'trigger_start', type: 'integer', notNull: true },
          { name: 'trigger_end', type: 'integer', notNull: true },
          { name: 'trigger_text', type: 'text', notNull: true },
          { name: 'place_id', type: 'text' },
          { name: 'date', type: 'text' },
          { name: 'amounts', type: 'json', notNull: true },
          { name: 'evidence_start', type: 'integer', notNull: true },
          { name: 'evidence_end', type: 'integer', notNull: true },
          { name: 'confidence', type: 'real', notNull: true },
          { name: 'negated', type: 'boolean', notNull: true },
          { name: 'hypothetical', type: 'boolean', notNull: true },
        ],
      },
    },
    {
      createTable: {
        name: 'event_participants',
        ofArticle: true,
        primaryKey: ['article_id', 'event_id', 'entity_id', 'role'],
        columns: [
          { name: 'event_id', type: 'text', notNull: true },
          { name: 'entity_id', type: 'text', notNull: true },
          { name: 'role', type: 'text', notNull: true },
        ],
      },
    },
    {
      createTable: {
        name: 'quotes',
        ofArticle: true,
        primaryKey: ['article_id', 'id'],
        columns: [
          ...span,
          { name: 'speaker_id', type: 'text' },
          { name: 'speaker_name', type: 'text' },
        ],
      },
    },
    { createIndex: { name: 'articles_published_at', table: 'articles', columns: ['published_at'] } },
    { createIndex: { name: 'people_key', table: 'people', columns: ['key'] } },
    { createIndex: { name: 'places_key', table: 'places', columns: ['key'] } },
    { createIndex: { name: 'organisations_key', table: 'organisations', columns: ['key'] } },
    { createIndex: { name: 'mentions_entity', table: 'mentions', columns: ['entity_type', 'entity_id'] } },
    { createIndex: { name: 'money_currency', table: 'money', columns: ['currency'] } },
    { createIndex: { name: 'events_type', table: 'events', columns: ['type'] } },
    { createIndex: { name: 'event_participants_entity', table: 'event_participants', columns: ['article_id', 'entity_id'] } },
  ],
};
