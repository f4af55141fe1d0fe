/**
 * What the article page highlights: every entity and value of a record as one item with a key, a
 * type, the normalised value in words (shown on hover and focus) and its mentions.
 */
import type { ArticleRecord, DateValue, Money, Place, Quantity } from '../record.js';
import { formatCount } from './html.js';

export const MENTION_TYPES = ['person', 'place', 'organization', 'money', 'quantity', 'date'] as const;
export type MentionType = (typeof MENTION_TYPES)[number];

export const TYPE_LABELS: Record<MentionType, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organisation',
  money: 'Money',
  quantity: 'Quantity',
  date: 'Date',
};

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ReportItem {
  /** the record's id for the entity or value, unique on the page */
  key: string;
  type: MentionType;
  label: string;
  /** the normalised value, one fact a line */
  details: string[];
  mentions: Span[];
}

/** All items of a record, in record order, people first. Duplicate ids get a suffix so keys stay unique. */
export function itemsOf(record: ArticleRecord): ReportItem[] {
  const items: ReportItem[] = [
    ...record.people.map((p): ReportItem => ({
      key: p.id,
      type: 'person',
      label: p.name,
      details: [p.titles.length ? `titles: ${p.titles.join(', ')}` : '', p.aliases.length ? `also: ${p.aliases.join(', ')}` : ''],
      mentions: p.mentions,
    })),
    ...record.places.map((p): ReportItem => ({ key: p.id, type: 'place', label: p.name, details: placeDetails(p), mentions: p.mentions })),
    ...record.organizations.map((o): ReportItem => ({
      key: o.id,
      type: 'organization',
      label: o.name,
      details: [o.aliases.length ? `also: ${o.aliases.join(', ')}` : ''],
      mentions: o.mentions,
    })),
    ...record.money.map((m): ReportItem => ({ key: m.id, type: 'money', label: m.text, details: moneyDetails(m), mentions: [m] })),
    ...record.quantities.map((q): ReportItem => ({ key: q.id, type: 'quantity', label: q.text, details: quantityDetails(q), mentions: [q] })),
    ...record.dates.map((d): ReportItem => ({ key: d.id, type: 'date', label: d.text, details: dateDetails(d), mentions: [d] })),
  ];
  const seen = new Set<string>();
  for (const item of items) {
    let key = item.key;
    for (let n = 2; seen.has(key); n++) key = `${item.key}~${n}`;
    seen.add(key);
    item.key = key;
    item.details = item.details.filter(Boolean);
    if (item.mentions.length > 1) item.details.push(`${formatCount(item.mentions.length)} mentions`);
  }
  return items;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const countryNames = new Map<string, string>();

/** "Uzbekistan" for "UZ" (from the runtime's CLDR data); the code itself if it is unknown */
export function countryName(code: string | null): string | null {
  if (!code) return null;
  let name = countryNames.get(code);
  if (name === undefined) {
    try {
      name = regionNames.of(code) ?? code;
    } catch {
      name = code;
    }
    countryNames.set(code, name);
  }
  return name;
}

function placeDetails(p: Place): string[] {
  return [
    `type: ${p.type}`,
    p.countryCode ? `country: ${countryName(p.countryCode)} (${p.countryCode})` : '',
    hasCoordinates(p) ? `coordinates: ${formatCoordinates(p.latitude, p.longitude)}` : 'coordinates: unknown',
    `key: ${p.key}`,
  ];
}

export function hasCoordinates(p: Pick<Place, 'latitude' | 'longitude'>): p is { latitude: number; longitude: number } {
  return typeof p.latitude === 'number' && typeof p.longitude === 'number' && Number.isFinite(p.latitude) && Number.isFinite(p.longitude);
}

export function formatCoordinates(latitude: number, longitude: number): string {
  const lat = `${Math.abs(latitude).toFixed(4)}° ${latitude < 0 ? 'S' : 'N'}`;
  const lon = `${Math.abs(longitude).toFixed(4)}° ${longitude < 0 ? 'W' : 'E'}`;
  return `${lat}, ${lon}`;
}

const amountFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** "12,000,000,000 EUR": the amount in full with its ISO 4217 code */
export function formatAmount(amount: number, currency: string): string {
  return `${amountFormat.format(amount)} ${currency}`;
}

function moneyDetails(m: Money): string[] {
  const range = m.min !== undefined || m.max !== undefined
    ? `range: ${m.min !== undefined ? amountFormat.format(m.min) : '…'} – ${m.max !== undefined ? amountFormat.format(m.max) : '…'} ${m.currency}`
    : '';
  return [
    m.amount !== null ? `amount: ${formatAmount(m.amount, m.currency)}` : `currency: ${m.currency}`,
    range,
    m.qualifier ? `qualifier: ${m.qualifier}` : '',
    m.per ? `per ${m.per}` : '',
  ];
}

function quantityDetails(q: Quantity): string[] {
  return [
    `value: ${amountFormat.format(q.value)}${q.unit ? ` ${q.unit}` : ''}`,
    q.item ? `of: ${q.item}` : '',
    q.baseValue != null && q.baseUnit ? `= ${amountFormat.format(q.baseValue)} ${q.baseUnit}` : '',
    q.qualifier ? `qualifier: ${q.qualifier}` : '',
  ];
}

function dateDetails(d: DateValue): string[] {
  return [
    d.value !== null ? `ISO: ${d.value}` : 'ISO: unresolved',
    `granularity: ${d.granularity}`,
    d.relative ? `relative${d.resolved === false ? ', not anchored' : ''}` : '',
  ];
}
