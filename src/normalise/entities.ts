/**
 * From typed spans to the record's entities: mentions of one person, place or organisation are linked
 * within the article ("Tokayev" and "President Tokayev" are "Kassym-Jomart Tokayev"; "EU" is the
 * "European Union"), places are resolved to one gazetteer reading by the article's other places, and every
 * entity gets a key that is the same in every article.
 */
import type { Mention, Organization, Person, Place } from '../record.js';
import type { Span } from '../extract/entities/span.js';
import { foldName } from './gazetteer.js';
import { resolvePlaces } from './entities-places.js';
import { organisationAcronyms } from '../extract/rules/entities/known-organisations.js';

export function slug(name: string): string {
  return foldName(name)
    .replace(/^the /, '')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function mention(span: Span): Mention {
  return { start: span.start, end: span.end, text: span.text };
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/);
}

interface Cluster {
  spans: Span[];
  name: string;
  /** foldName(name), kept to compare without folding again */
  folded?: string;
  /** the words of `folded` */
  foldedWords?: string[];
}

/** the longest name wins; shorter forms that are its surname, given name or tail join it */
export function linkPeople(spans: readonly Span[]): Person[] {
  const people = spans.filter((s) => s.type === 'PERSON');
  const wordCount = new Map(people.map((s) => [s, wordsOf(s.text).length]));
  const byLength = [...people].sort((a, b) => wordCount.get(b)! - wordCount.get(a)! || b.text.length - a.text.length);
  const clusters: Cluster[] = [];
  for (const span of byLength) {
    const text = span.text;
    const folded = foldName(text);
    const foldedWords = wordsOf(folded);
    const candidates = clusters.filter((c) => c.folded === folded || isShortFormOf(folded, foldedWords, c.foldedWords!));
    let cluster: Cluster | undefined;
    if (candidates.length === 1) cluster = candidates[0];
    else if (candidates.length > 1) {
      // the nearest full mention before this one decides between namesakes
      cluster = candidates
        .map((c) => ({ c, d: Math.min(...c.spans.map((m) => (m.start <= span.start ? span.start - m.start : 1e9 + m.start))) }))
        .sort((a, b) => a.d - b.d)[0].c;
    }
    if (cluster) {
      cluster.spans.push(span);
      // "TOKAYEV" in a capitals heading, "Tokayev" in the text: the name is written as in the text
      if (cluster.folded === folded && cluster.name === cluster.name.toUpperCase() && text !== text.toUpperCase()) cluster.name = text;
    } else clusters.push({ spans: [span], name: text, folded, foldedWords });
  }
  return order(clusters).map((c, n) => {
    const texts = unique(c.spans.map((s) => s.text), (t) => foldName(t));
    const titles = unique(c.spans.flatMap((s) => s.titles), (t) => t.toLowerCase());
    return {
      id: `person-${n + 1}`,
      key: `person:${slug(c.name)}`,
      name: c.name,
      aliases: texts.filter((t) => foldName(t) !== foldName(c.name)),
      titles,
      mentions: sortMentions(c.spans),
    };
  });
}

function isShortFormOf(short: string, s: readonly string[], f: readonly string[]): boolean {
  if (s.length >= f.length) return false;
  const tail = f.slice(f.length - s.length).join(' ');
  if (tail === short) return true;
  return s.length === 1 && f[0] === short;
}

export function linkOrganisations(spans: readonly Span[]): Organization[] {
  const orgs = spans.filter((s) => s.type === 'ORG');
  const clusters = new Map<string, Cluster>();
  const fulls = [...orgs].sort((a, b) => b.text.length - a.text.length);
  for (const span of fulls) {
    const key = slug(span.text);
    const found = clusters.get(key) ?? [...clusters.values()].find((c) => isAcronymOf(span, c) || isShortFormIn(span, c));
    if (found) found.spans.push(span);
    else clusters.set(key, { spans: [span], name: span.text.replace(/^the\s+/i, '') });
  }
  return order([...clusters.values()]).map((c, n) => ({
    id: `org-${n + 1}`,
    key: `org:${slug(canonicalOrganisation(c.name))}`,
    name: c.name,
    aliases: unique(c.spans.map((s) => s.text)).filter((t) => t !== c.name),
    mentions: sortMentions(c.spans),
  }));
}

function isAcronymOf(span: Span, cluster: Cluster): boolean {
  if (!/^[\p{Lu}\d.&+-]{2,}$/u.test(span.text)) return false;
  const letters = span.text.replace(/[^\p{Lu}]/gu, '');
  const initials = cluster.name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  if (letters.length >= 2 && initials === letters) return true;
  return span.reason === `acronym of "${cluster.spans[0].text}"` || cluster.spans.some((s) => span.reason === `acronym of "${s.text}"`);
}

/** "SoftBank" after "SoftBank Group Corp", "the Church" after "the Church of Scientology" (reason set by pass 7) */
function isShortFormIn(span: Span, cluster: Cluster): boolean {
  return span.reason.startsWith('short form of "') && cluster.spans.some((s) => span.reason === `short form of "${s.text}"`);
}

export function linkPlaces(spans: readonly Span[], text: string): Place[] {
  const places = spans.filter((s) => s.type === 'PLACE');
  const resolved = resolvePlaces(places, text);
  const groups = new Map<string, { place: Omit<Place, 'id' | 'mentions'>; spans: Span[] }>();
  for (const { span, place } of resolved) {
    const group = groups.get(place.key);
    if (group) group.spans.push(span);
    else groups.set(place.key, { place, spans: [span] });
  }
  return byFirstMention([...groups.values()], (g) => g.spans)
    .map((g, n) => ({ id: `place-${n + 1}`, ...g.place, mentions: sortMentions(g.spans) }));
}

function order(clusters: Cluster[]): Cluster[] {
  return byFirstMention(clusters, (c) => c.spans);
}

/** groups in the order of their first mention (the first start is computed once per group, not per comparison) */
function byFirstMention<T>(groups: T[], spansOf: (group: T) => readonly Span[]): T[] {
  const first = new Map(groups.map((g) => [g, spansOf(g).reduce((min, s) => Math.min(min, s.start), Infinity)]));
  return groups.sort((a, b) => first.get(a)! - first.get(b)!);
}

function sortMentions(spans: Span[]): Mention[] {
  return [...spans].sort((a, b) => a.start - b.start).map(mention);
}

function unique<T>(items: T[], by: (t: T) => unknown = (t) => t): T[] {
  const seen = new Set<unknown>();
  return items.filter((t) => {
    const k = by(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** the full name behind a well-known acronym, so "EU" and "European Union" share a key; and the spelling "Organisation" is "Organization" */
function canonicalOrganisation(name: string): string {
  return (organisationAcronyms[name] ?? name).replace(/\bOrganisation\b/g, 'Organization');
}
