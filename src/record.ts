/**
 * The record contract (schemaVersion 1). The TypeBox schemas are the single source of truth:
 * the TypeScript types are derived from them and `schema/record.schema.json` is generated from
 * them (`npm run schema`), so the published schema and the code cannot drift apart.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Offset = Type.Integer({ minimum: 0, description: 'JavaScript string index into article.text' });

export const MentionSchema = Type.Object(
  {
    start: Offset,
    end: Type.Integer({ minimum: 0, description: 'exclusive end index into article.text' }),
    text: Type.String({ description: 'article.text.slice(start, end)' }),
  },
  { title: 'Mention', additionalProperties: false },
);

export const PersonSchema = Type.Object(
  {
    id: Type.String({ description: 'unique within the record, e.g. "person-1"' }),
    key: Type.String({ description: 'stable across articles: normalised name' }),
    name: Type.String({ description: 'the fullest name used in the article, without titles' }),
    aliases: Type.Array(Type.String(), { description: 'other names used for the same person' }),
    titles: Type.Array(Type.String(), { description: 'titles and honorifics, e.g. "President"' }),
    mentions: Type.Array(MentionSchema),
  },
  { title: 'Person', additionalProperties: false },
);

export const PlaceType = Type.Union(
  ['country', 'region', 'city', 'continent', 'water', 'site', 'other'].map((t) => Type.Literal(t)),
);

export const PlaceSchema = Type.Object(
  {
    id: Type.String(),
    key: Type.String({ description: 'stable across articles: e.g. "geonames:1216265" or "country:KZ"' }),
    name: Type.String(),
    type: PlaceType,
    countryCode: Nullable(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' })),
    latitude: Nullable(Type.Number({ minimum: -90, maximum: 90 })),
    longitude: Nullable(Type.Number({ minimum: -180, maximum: 180 })),
    mentions: Type.Array(MentionSchema),
  },
  { title: 'Place', additionalProperties: false },
);

export const OrganizationSchema = Type.Object(
  {
    id: Type.String(),
    key: Type.String({ description: 'stable across articles: normalised name' }),
    name: Type.String(),
    aliases: Type.Array(Type.String(), { description: 'acronyms and short forms, e.g. "EU"' }),
    mentions: Type.Array(MentionSchema),
  },
  { title: 'Organization', additionalProperties: false },
);

const Qualifier = Nullable(
  Type.Union(['approximately', 'at least', 'at most', 'more than', 'less than', 'up to', 'exactly'].map((q) => Type.Literal(q))),
);

export const MoneySchema = Type.Object(
  {
    id: Type.String(),
    text: Type.String(),
    start: Offset,
    end: Offset,
    amount: Nullable(Type.Number({ description: 'the amount in currency units; null for a range without a point value' })),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217' }),
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    qualifier: Type.Optional(Qualifier),
    per: Type.Optional(Nullable(Type.String({ description: 'rate denominator, e.g. "barrel", "hour"' }))),
  },
  { title: 'Money', additionalProperties: false },
);

export const QuantitySchema = Type.Object(
  {
    id: Type.String(),
    text: Type.String(),
    start: Offset,
    end: Offset,
    value: Type.Number(),
    unit: Nullable(Type.String({ description: 'canonical unit name, null for counted things' })),
    item: Nullable(Type.String({ description: 'what is measured or counted' })),
    baseValue: Type.Optional(Nullable(Type.Number())),
    baseUnit: Type.Optional(Nullable(Type.String())),
    qualifier: Type.Optional(Qualifier),
  },
  { title: 'Quantity', additionalProperties: false },
);

export const DateGranularity = Type.Union(
  ['day', 'month', 'year', 'decade', 'week', 'quarter', 'century'].map((g) => Type.Literal(g)),
);

export const DateSchema = Type.Object(
  {
    id: Type.String(),
    text: Type.String(),
    start: Offset,
    end: Offset,
    value: Nullable(Type.String({ description: 'ISO 8601 (2025-04-03, 2025-04, 2025, 199X...); null when unresolved' })),
    granularity: DateGranularity,
    relative: Type.Optional(Type.Boolean()),
    resolved: Type.Optional(Type.Boolean({ description: 'false for a relative date with no publication date to anchor it' })),
  },
  { title: 'DateValue', additionalProperties: false },
);

export const ParticipantSchema = Type.Object(
  {
    id: Type.String({ description: 'a person, organisation or place id of this record' }),
    role: Type.Union(['agent', 'counterpart', 'target', 'beneficiary'].map((r) => Type.Literal(r))),
  },
  { additionalProperties: false },
);

export const EventSchema = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    cameo: Nullable(Type.String({ description: 'CAMEO root code, e.g. "04" consult' })),
    trigger: MentionSchema,
    participants: Type.Array(ParticipantSchema),
    place: Nullable(Type.String({ description: 'place id' })),
    date: Nullable(Type.String({ description: 'ISO 8601' })),
    amounts: Type.Array(Type.String(), { description: 'money and quantity ids' }),
    evidence: Type.Object({ start: Offset, end: Offset }, { additionalProperties: false }),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
    negated: Type.Boolean(),
    hypothetical: Type.Boolean(),
  },
  { title: 'Event', additionalProperties: false },
);

export const QuoteSchema = Type.Object(
  {
    id: Type.String(),
    text: Type.String({ description: 'the quotation without its quotation marks' }),
    start: Offset,
    end: Offset,
    speaker: Nullable(Type.String({ description: 'person or organisation id' })),
    speakerName: Nullable(Type.String()),
  },
  { title: 'Quote', additionalProperties: false },
);

export const WarningSchema = Type.Object(
  {
    stage: Type.String({ description: 'fetch, clean, extract, normalise, events or sink' }),
    code: Type.String(),
    message: Type.String(),
  },
  { title: 'Warning', additionalProperties: false },
);

export const SourceSchema = Type.Object(
  {
    uri: Type.String(),
    fetchedAt: Type.String({ format: 'date-time' }),
    contentSha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    mediaType: Type.String(),
  },
  { additionalProperties: false },
);

export const ArticleSchema = Type.Object(
  {
    title: Nullable(Type.String()),
    authors: Type.Array(Type.String()),
    publishedAt: Nullable(Type.String({ description: 'ISO 8601 date or date-time' })),
    language: Nullable(Type.String()),
    siteName: Nullable(Type.String()),
    canonicalUrl: Nullable(Type.String()),
    text: Type.String(),
  },
  { additionalProperties: false },
);

export const RecordSchema = Type.Object(
  {
    schemaVersion: Type.Literal(1),
    id: Type.String({ pattern: '^[0-9a-f]{32}$' }),
    source: SourceSchema,
    article: ArticleSchema,
    people: Type.Array(PersonSchema),
    places: Type.Array(PlaceSchema),
    organizations: Type.Array(OrganizationSchema),
    money: Type.Array(MoneySchema),
    quantities: Type.Array(QuantitySchema),
    dates: Type.Array(DateSchema),
    events: Type.Array(EventSchema),
    quotes: Type.Array(QuoteSchema),
    warnings: Type.Array(WarningSchema),
  },
  {
    $id: 'https://github.com/news-extract/news-extract/schema/record.schema.json',
    title: 'news-extract article record',
    additionalProperties: false,
  },
);

export type Mention = Static<typeof MentionSchema>;
export type Person = Static<typeof PersonSchema>;
export type Place = Static<typeof PlaceSchema>;
export type PlaceKind = Static<typeof PlaceType>;
export type Organization = Static<typeof OrganizationSchema>;
export type Money = Static<typeof MoneySchema>;
export type Quantity = Static<typeof QuantitySchema>;
export type DateValue = Static<typeof DateSchema>;
export type DateGranularityName = Static<typeof DateGranularity>;
export type Participant = Static<typeof ParticipantSchema>;
export type NewsEvent = Static<typeof EventSchema>;
export type Quote = Static<typeof QuoteSchema>;
export type Warning = Static<typeof WarningSchema>;
export type Source = Static<typeof SourceSchema>;
export type ArticleMeta = Static<typeof ArticleSchema>;
export type ArticleRecord = Static<typeof RecordSchema>;
