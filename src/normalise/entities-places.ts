/**
 * Which reading of a place name the article means, and where a place the gazetteer does not know lies.
 * A reading scores its prior (countries and continents first, then cities by size) plus the support of
 * the article's unambiguous places and nationality words: the same country nearby, or a bordering country ("Georgia" beside
 * Azerbaijan is the country; beside Atlanta, the US state). A place outside the gazetteer takes the
 * country of the nearest gazetteer place in its paragraph, else the article's most named country.
 */
import type { Place } from '../record.js';
import type { Span } from '../extract/entities/span.js';
import { gazetteer, type GazetteerEntry } from './gazetteer.js';
import { slug } from './entities.js';

const SAME_PARAGRAPH = 60;
const SAME_ARTICLE = 30;
const NEIGHBOUR_PARAGRAPH = 40;
const NEIGHBOUR_ARTICLE = 15;

export interface ResolvedPlace {
  span: Span;
  place: Omit<Place, 'id' | 'mentions'>;
}

interface Anchor {
  countryCode: string;
  start: number;
  paragraph: number;
  text: string;
}

export function resolvePlaces(spans: readonly Span[], text: string): ResolvedPlace[] {
  const paragraphOf = paragraphIndex(text);
  // places that can only be read one way anchor the others
  const anchors: Anchor[] = [];
  for (const s of spans) {
    const readings = s.places ?? [];
    const top = readings[0];
    if (!top?.countryCode) continue;
    const unambiguous = readings.length === 1 || top.kind === 'country' || readings.every((r) => r.countryCode === top.countryCode);
    if (unambiguous) anchors.push({ countryCode: top.countryCode, start: s.start, paragraph: paragraphOf(s.start), text: s.text });
  }
  // "Russian President … Moscow": nationality words support their country too
  for (const m of text.matchAll(/\p{Lu}\p{Ll}{2,}/gu)) {
    const countryCode = gazetteer().demonym(m[0]);
    if (countryCode && gazetteer().lookup(m[0]).length === 0) anchors.push({ countryCode, start: m.index, paragraph: paragraphOf(m.index), text: m[0] });
  }
  const articleCountries = new Map<string, number>();
  for (const a of anchors) articleCountries.set(a.countryCode, (articleCountries.get(a.countryCode) ?? 0) + 1);

  const chosen = new Map<string, GazetteerEntry>();
  const resolved = spans.map((span) => {
    const readings = span.places ?? [];
    if (readings.length === 0) return null;
    const entry = chosen.get(span.text) ?? best(readings, span, anchors, paragraphOf);
    chosen.set(span.text, entry);
    return { span, place: fromEntry(entry) };
  });
  // a place outside the gazetteer takes its country from the places around it once they are read, the
  // ambiguous ones included ("Kelmscott Abbas, Montana": Montana read as the US state)
  const located: Anchor[] = resolved.flatMap((r) => (r?.place.countryCode ? [{ countryCode: r.place.countryCode, start: r.span.start, paragraph: paragraphOf(r.span.start), text: r.span.text }] : []));
  return spans.map((span, n) => resolved[n] ?? { span, place: unknownPlace(span, [...located, ...anchors], articleCountries, paragraphOf) });
}

function best(readings: readonly GazetteerEntry[], span: Span, anchors: Anchor[], paragraphOf: (i: number) => number): GazetteerEntry {
  const paragraph = paragraphOf(span.start);
  const others = anchors.filter((a) => a.text !== span.text);
  let top = readings[0];
  let topScore = -Infinity;
  for (const r of readings.slice(0, 20)) {
    let score = r.prior;
    if (r.countryCode) {
      if (others.some((a) => a.countryCode === r.countryCode && a.paragraph === paragraph)) score += SAME_PARAGRAPH;
      else if (others.some((a) => a.countryCode === r.countryCode)) score += SAME_ARTICLE;
      if (r.kind === 'country') {
        const borders = gazetteer().borders(r.countryCode);
        if (others.some((a) => borders.includes(a.countryCode) && a.paragraph === paragraph)) score += NEIGHBOUR_PARAGRAPH;
        else if (others.some((a) => borders.includes(a.countryCode))) score += NEIGHBOUR_ARTICLE;
      }
    }
    if (score > topScore) {
      top = r;
      topScore = score;
    }
  }
  return top;
}

function fromEntry(entry: GazetteerEntry): Omit<Place, 'id' | 'mentions'> {
  return {
    key: entry.key,
    name: entry.name,
    type: entry.kind,
    countryCode: entry.countryCode,
    latitude: entry.latitude,
    longitude: entry.longitude,
  };
}

function unknownPlace(span: Span, anchors: Anchor[], countries: Map<string, number>, paragraphOf: (i: number) => number): Omit<Place, 'id' | 'mentions'> {
  const paragraph = paragraphOf(span.start);
  const near = anchors
    .filter((a) => a.paragraph === paragraph)
    .sort((a, b) => Math.abs(a.start - span.start) - Math.abs(b.start - span.start))[0];
  const mostNamed = [...countries.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    key: `place:${slug(span.text)}`,
    name: span.text,
    type: span.placeKind ?? 'other',
    countryCode: span.countryOf ?? near?.countryCode ?? mostNamed,
    latitude: null,
    longitude: null,
  };
}

function paragraphIndex(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
