/**
 * Pass 3: gazetteer places. A span whose whole text is a gazetteer name is a place, except where the name
 * is also an ordinary word or a given name ("Union", "Victoria") and nothing around it says "place":
 * then it waits for the later passes. Which of the readings is meant is decided after the whole article
 * is read (see normalise/entities-places.ts).
 */
import { gazetteer, type GazetteerEntry } from '../../normalise/gazetteer.js';
import { nameLexicon } from '../rules/entities/common-words.js';
import { indexLexicon } from '../rules/entities/lexicon.js';
import { placePrepositions } from '../rules/entities/place-words.js';
import type { Word } from './00-words.js';
import { namesColonyOrPart } from './10-runs.js';
import { isKnownOrganisation, set } from './20-structure.js';
import type { Span } from './span.js';

const prepositions = indexLexicon([...placePrepositions, { reason: 'origin or destination', words: ['from', 'to', 'at', 'of', 'outside', 'between'] }]);
const locative = indexLexicon(placePrepositions);
/** a reading this likely (countries, continents, cities of a million) needs no help from context */
const CONFIDENT_PRIOR = 80;
/** a city of about 300,000 people: more often meant than the given name it shares */
const BIG_CITY_PRIOR = 75;

export function classifyByGazetteer(spans: Span[], words: Word[]): void {
  const lexicon = nameLexicon();
  for (const span of spans) {
    // "Soviet Union": a country or region of the gazetteer whose last word is also an organisation's head
    if (span.type === 'ORG' && span.last - span.first > 1 && !isKnownOrganisation(span.text)) {
      const country = gazetteer().lookup(span.text).filter((p) => p.kind === 'country' || p.kind === 'region');
      if (country.length > 0) {
        set(span, 'PLACE', `gazetteer: ${country[0].key}`, true);
        span.places = country;
      }
      continue;
    }
    if ((span.type && span.type !== 'PLACE') || span.misc) continue;
    // "MPs", "DJs": the plural of an acronym is no place
    if (span.last - span.first === 1 && PLURAL_ACRONYM.test(span.text)) continue;
    let places = gazetteer().lookup(span.text);
    // an all-capitals word is a country abbreviation ("US", "UAE") or no place at all ("KO" is not Kos)
    // …except in a dateline ("NAIROBI, Kenya (AP) —"), where a city is written in capitals
    const dateline = span.positional && /^[,(—–-]$/.test(words[span.last]?.text ?? '') && span.text.length >= 4;
    if (span.last - span.first === 1 && words[span.first].acronym && !dateline) places = places.filter((p) => p.kind === 'country');
    if (places.length === 0) {
      if (!span.type && namesColonyOrPart(words, span.first, span.last)) set(span, 'PLACE', 'a nationality before a country or continent: its colony or part', false, 'region');
      continue;
    }
    if (span.type === 'PLACE') {
      span.places = places;
      continue;
    }
    const single = span.last - span.first === 1;
    // "Saudi officials": a nationality word before a noun, not the country
    const next = words[span.last];
    if (single && next && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN' && lexicon.isDemonym(span.text.toLowerCase())) continue;
    const lower = span.text.toLowerCase();
    const best = places[0];
    // "Union" and "Chad" need context; "Sydney" and "Atlanta" are cities first
    const ambiguous = single && !words[span.first].acronym && !dateline
      && (lexicon.isCommon(lower) || ((lexicon.isFirstName(lower) || lexicon.isLastName(lower)) && best.prior < BIG_CITY_PRIOR && !namedAsPlace(lower)));
    if (single && isTheNamedGroup(span, words, places)) {
      span.reason = '"the" before a town\'s name heading its phrase: a people or a group, not the town';
      continue;
    }
    const confident = best.prior >= CONFIDENT_PRIOR || best.kind === 'country';
    // a name that is no ordinary word is a place wherever it stands, headings included
    if (!ambiguous) {
      set(span, 'PLACE', `gazetteer: ${best.key}`, confident);
      span.places = places;
      // a city may also be a surname in the article ("Lincoln", "Chester"): what the words around it say counts then
      if (single && best.kind === 'city' && (lexicon.isFirstName(lower) || lexicon.isLastName(lower))) span.placeContext = strongPlaceContext(span, words, spans);
      continue;
    }
    // an ordinary word that only a country's foreign spelling shares ("Island" is Iceland's) is not the country
    const countryName = best.kind === 'country' && (!lexicon.isCommon(lower) || namedAsPlace(lower) || best.name.toLowerCase() === lower);
    if (countryName && !span.positional) {
      // "Turkey", "Chad", "Jordan" written with a capital mid-sentence are countries
      set(span, 'PLACE', `gazetteer: ${best.key}`, false);
      span.places = places;
    } else if (placeContext(span, words, spans) || (countryName && followedByVerb(span, words))) {
      set(span, 'PLACE', `gazetteer with place context: ${best.key}`, false);
      span.places = places;
      span.placeContext = strongPlaceContext(span, words, spans);
    }
  }
}

const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
const PLACE_TAGS = new Set(['City', 'Region', 'Country']);
const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);

/** compromise knows the word as a city, region or country and not as a name ("Florida" is in a given-name list too) */
function namedAsPlace(lower: string): boolean {
  const tags = nameLexicon().tags(lower);
  return tags.some((t) => PLACE_TAGS.has(t)) && !tags.some((t) => PERSON_TAGS.has(t));
}

/** "in X", "X, Texas", "Atlanta, X": words around the span that say it is a place */
function placeContext(span: Span, words: Word[], spans: readonly Span[]): boolean {
  const before = words[span.first - 1];
  // "of Independence", "to Reading": an ordinary word needs a locative preposition
  const ordinary = nameLexicon().isWord(span.text.toLowerCase());
  if (before && (ordinary ? locative.has(before.lower) : prepositions.has(before.lower))) return true;
  const after = words[span.last];
  if (after && after.text === ',') {
    const next = spans.find((s) => s.first === span.last + 1);
    if (next && gazetteer().lookup(next.text).some((p) => p.kind === 'country' || p.kind === 'region')) return true;
  }
  // a list of places: "Azerbaijan, Georgia, and Türkiye"
  const listed = (s: Span | undefined) => !!s && (s.type === 'PLACE' || gazetteer().lookup(s.text).some((p) => p.prior >= CONFIDENT_PRIOR));
  const separator = (w: Word | undefined) => !!w && (w.text === ',' || w.text === 'and' || w.text === 'or');
  if (separator(before)) {
    const k = words[span.first - 2]?.text === ',' ? span.first - 2 : span.first - 1;
    if (listed(spans.find((s) => s.last === k))) return true;
  }
  if (separator(after)) {
    const k = words[span.last + 1]?.text === 'and' || words[span.last + 1]?.text === 'or' ? span.last + 2 : span.last + 1;
    if (listed(spans.find((s) => s.first === k))) return true;
  }
  return false;
}

/**
 * "in Chester", "Chester, Pennsylvania": context strong enough that a person of the article with that surname
 * does not make this mention theirs. "wrote to Chester", "Ana and Chester", "in Chester's case" are not.
 */
function strongPlaceContext(span: Span, words: Word[], spans: readonly Span[]): boolean {
  if (words[span.last - 1].possessive) return false;
  const before = words[span.first - 1];
  if (before && locative.has(before.lower)) return true;
  if (words[span.last]?.text !== ',') return false;
  const next = spans.find((s) => s.first === span.last + 1);
  return !!next && gazetteer().lookup(next.text).some((p) => p.kind === 'country' || (p.kind === 'region' && p.prior >= 60));
}

/**
 * "the Azna defended themselves", "ruler of the Azna": a town is named without "the" (GeoNames writes
 * "The Hague" whole); a word only towns have, after "the" and heading its phrase, names a people or a
 * group. Countries and regions take "the" ("the Congo", "the Ruhr"), and a name before a noun qualifies
 * it ("the Paris office"); a river after a preposition of place is not a group ("on the Potomac").
 */
const ALONG = /^(?:on|in|along|across|near|at|from|to|up|down|over|beyond|into|crossed|cross|crossing)$/;
function isTheNamedGroup(span: Span, words: Word[], places: readonly GazetteerEntry[]): boolean {
  if (words[span.first - 1]?.lower !== 'the' || places.some((p) => p.kind !== 'city' || p.prior >= CONFIDENT_PRIOR)) return false;
  // "on the Potomac", "across the Mersey": a river shares a town's name and takes "the"
  if (ALONG.test(words[span.first - 2]?.lower ?? '')) return false;
  const next = words[span.last];
  return !next || !(next.capitalised || /^\d/.test(next.text) || (/^\p{Ll}/u.test(next.text) && next.pos === 'NOUN'));
}

/** "Turkey said …": a country as the subject of a verb at the start of a sentence */
function followedByVerb(span: Span, words: Word[]): boolean {
  const next = words[span.last];
  return !!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.possessive || words[span.last - 1].possessive);
}
