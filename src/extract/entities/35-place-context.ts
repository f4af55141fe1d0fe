/**
 * Pass 3b: what the sentence says a name is, before given-name guesses can make it a person. "Bredholt is
 * a small village in Norfolk", "Ravensgate, a market town near the coast", "the villages of Kemrou and
 * Dalassa", "Tilden, Nebraska", "in Lorraine": the name is a place, whatever else its word may be.
 */
import { gazetteer } from '../../normalise/gazetteer.js';
import { nameLexicon } from '../rules/entities/common-words.js';
import { indexLexicon } from '../rules/entities/lexicon.js';
import { placeDefinitionNouns, placeMotionVerbs, placeNounsAfter, placeSituatedWords } from '../rules/entities/place-words.js';
import type { PlaceKind } from '../../record.js';
import type { Word } from './00-words.js';
import { set } from './20-structure.js';
import { isPluralOfNoun } from './plurals.js';
import type { Span } from './span.js';

const definitionNouns = new Map<string, PlaceKind>(placeDefinitionNouns.flatMap((g) => g.words.map((w) => [w, g.kind] as const)));
const definitionReasons = indexLexicon(placeDefinitionNouns);
/** nouns after a name that say what kind of place it is; a person's "camp" or "base" is their following, a device's "port" a socket */
const placeNouns = new Map(placeNounsAfter.flatMap((g) => g.words.filter((w) => w !== 'camp' && w !== 'base' && w !== 'port').map((w) => [w, g] as const)));
const situatedWords = indexLexicon([placeSituatedWords]);
const motionVerbs = indexLexicon([placeMotionVerbs]);
/** how many modifiers may stand between the article and the noun ("a small market town") */
const MAX_MODIFIERS = 4;

export function classifyByPlaceContext(spans: Span[], words: Word[]): void {
  const lexicon = nameLexicon();
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    if (span.type === 'PLACE' && !span.certain && isTeamNamedAfterPlace(span, words)) {
      set(span, 'ORG', 'a place name before the plural of a noun: a team ("St. Louis Cardinals")', false);
      continue;
    }
    if (span.type || span.misc) continue;
    const defined = definedAsPlace(span, words);
    if (defined) {
      set(span, 'PLACE', `${definitionReasons.get(defined.noun)}: "${defined.noun}"`, false, defined.kind);
      span.placeContext = true;
      continue;
    }
    if (situatedAsPlace(span, words)) {
      set(span, 'PLACE', `${situatedWords.get(words[span.last + 1].lower)}: "${words[span.last + 1].text}"`, false, 'other');
      span.placeContext = true;
      continue;
    }
    // "the Tam Duong prison", "the Karagandy region": the kind of place right after the name ("the Biden camp" is no place)
    const after = words[span.last];
    const noun = after ? placeNouns.get(after.text) : undefined;
    const nameWords = words.slice(span.first, span.last);
    // "the USB port": an acronym before a kind-of-place noun is no place
    if (noun && !words[span.last - 1].possessive && !span.positional && !nameWords.some((w) => w.acronym) && !nameWords.every((w) => lexicon.isCommon(w.lower))) {
      set(span, 'PLACE', `${noun.reason}: "${after.text}"`, false, noun.kind);
      span.placeContext = true;
      continue;
    }
    const listed = settlementList(span, words, spans, n);
    if (listed) {
      set(span, 'PLACE', `after "${listed}"`, false, 'city');
      span.placeContext = true;
      continue;
    }
    if (span.last - span.first > 3 || span.positional || nameWords.some((w) => w.acronym || w.possessive)) continue;
    if (inList(span, words) && listedWithPlaces(span, words, spans, n)) {
      set(span, 'PLACE', 'in a list of places after a preposition of place', false, 'other');
      span.placeContext = true;
      continue;
    }
    const area = areaAfterComma(span, words, spans, n);
    if (area !== undefined && (span.last - span.first === 1 || isPlaceShapedName(nameWords))) {
      set(span, 'PLACE', 'followed by its country or region', false, 'city');
      span.countryOf = area;
      span.placeContext = true;
      continue;
    }
    // "North Bexwell", "South Kordofan": a direction before a name that is no word and no person's name
    if (span.last - span.first === 2 && isDirectionPlace(words[span.first], words[span.first + 1])) {
      set(span, 'PLACE', 'a direction before a name: part of a place', false, 'region');
      continue;
    }
    if (span.last - span.first !== 1) continue;
    const word = words[span.first];
    // "in Lorraine", "near Lyle": a given name alone after a locative preposition is a place
    const before = words[span.first - 1];
    if (before && (before.lower === 'in' || before.lower === 'near') && lexicon.isFirstName(word.lower) && !lexicon.isWord(word.lower)) {
      set(span, 'PLACE', `given name after "${before.lower}": a place`, false, 'other');
      span.placeContext = true;
      continue;
    }
    const motion = !word.acronym && !word.possessive && !lexicon.isCommon(word.lower) ? motionBefore(span, words) : null;
    if (motion) {
      set(span, 'PLACE', `after "${motion}": ${motionVerbs.get(motion.split(' ')[0])}`, false, 'other');
      span.placeContext = true;
    }
  }
}

/** "fled to Abra", "fled again to Abra", "marched from Poolesville": the verb of going and its preposition, or null */
function motionBefore(span: Span, words: Word[]): string | null {
  const preposition = words[span.first - 1];
  if (!preposition || (preposition.lower !== 'to' && preposition.lower !== 'from')) return null;
  let verb = words[span.first - 2];
  if (verb?.pos === 'ADV') verb = words[span.first - 3];
  return verb && motionVerbs.has(verb.lower) ? `${verb.lower} ${preposition.lower}` : null;
}

/**
 * "St. Louis Cardinals", "San Jose Sharks": a name typed a place by its first word ("St.", "San",
 * "Fort") that ends in the plural of an ordinary noun names the team or band, as "Boston Braves" does.
 */
function isTeamNamedAfterPlace(span: Span, words: Word[]): boolean {
  if (span.last - span.first < 2 || span.places) return false;
  return isPluralOfNoun(words[span.last - 1]);
}

/**
 * several words before ", Texas": no ordinary word ("Group B"), and no person's name ("Ann Lee, Texas" reads as
 * a person's home): a given name counts only when a surname or another given name follows it ("Den Haag" is no person)
 */
function isPlaceShapedName(nameWords: Word[]): boolean {
  const lexicon = nameLexicon();
  if (nameWords.some((w) => lexicon.isCommon(w.lower))) return false;
  const last = nameWords[nameWords.length - 1];
  return !nameWords.some((w) => lexicon.isFirstName(w.lower)) || !(lexicon.isLastName(last.lower) || lexicon.isFirstName(last.lower));
}

function isDirectionPlace(direction: Word, name: Word): boolean {
  const lexicon = nameLexicon();
  // "South Korean", "West African", "North Dakotans" qualify or name people; "South Texas-sized" describes
  if (lexicon.isDemonym(name.lower) || gazetteer().demonym(name.text) !== undefined || /(ans?|ese|ish|ic|ers?)$/.test(name.lower) || /-\p{Ll}/u.test(name.text)) return false;
  return COMPASS.has(direction.text) && name.capitalised && !name.acronym && !name.possessive && !lexicon.isWord(name.lower)
    && !lexicon.isFirstName(name.lower) && !lexicon.isLastName(name.lower) && !lexicon.tags(name.lower).some((t) => t === 'Person' || t === 'Organization' || t === 'SportsTeam');
}

const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower']);

/** "X is a (small) village", "X, a town in …", "X was a prison": the noun the sentence defines the name by */
function definedAsPlace(span: Span, words: Word[]): { noun: string; kind: PlaceKind } | null {
  const verb = words[span.last];
  if (!verb || words[span.last - 1].possessive) return null;
  let k = span.last + 1;
  // apposition (", a town in …") needs a preposition after the noun, or it may be a title ("…, a town councillor")
  if (verb.text !== ',' && !/^(is|was|are|were)$/.test(verb.lower)) return null;
  if (!/^(a|an|the)$/.test(words[k]?.lower ?? '')) return null;
  k++;
  for (let m = 0; m <= MAX_MODIFIERS && k < words.length; m++, k++) {
    const w = words[k];
    if (!/^[\p{Ll}-]+$/u.test(w.text)) return null;
    const kind = definitionNouns.get(w.lower);
    if (kind) {
      const next = words[k + 1];
      // "a city councillor", "a village elder": the noun qualifies the real head
      if (next && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN') continue;
      if (verb.text === ',' && !(next && /^(in|of|on|near|north|south|east|west|outside|close|at|and)$/.test(next.lower))) return null;
      return { noun: w.lower, kind };
    }
  }
  return null;
}

/** "Kelmora, situated at the confluence …", "Dunmere, located near the border": where the name lies, said in apposition */
function situatedAsPlace(span: Span, words: Word[]): boolean {
  if (words[span.last]?.text !== ',' || words[span.last - 1].possessive) return false;
  return situatedWords.has(words[span.last + 1]?.lower ?? '') && words[span.last + 2]?.pos === 'ADP';
}

const SETTLEMENTS_OF = /^(villages?|towns?|city|cities|hamlets?|communes?|municipality|municipalities|settlements?|province|provinces|districts?|islands?|region|parish|parishes|county|counties|suburbs?) of$/;

/** "the town of Tororo", "the villages of Kemrou and Dalassa", "the towns of A, B and C": every name of the list */
function settlementList(span: Span, words: Word[], spans: Span[], n: number): string | null {
  // the cheap test first: the list, or "of", right before the span
  const prev = words[span.first - 1]?.lower;
  if (prev !== 'of' && !LIST_SEPARATORS.has(prev ?? '')) return null;
  let first = span.first;
  for (let m = n; m > 0; m--) {
    const sep = words.slice(spans[m - 1].last, spans[m].first);
    if (sep.length === 0 || sep.length > 2 || !sep.every((w) => w.text === ',' || w.lower === 'and' || w.lower === 'or')) break;
    first = spans[m - 1].first;
  }
  const of2 = words.slice(Math.max(0, first - 2), first).map((w) => w.lower).join(' ');
  return SETTLEMENTS_OF.test(of2) ? of2 : null;
}

const LIST_SEPARATORS = new Set([',', 'and', 'or']);

/** a separator of a list right before or after the span: the cheap test before the list is walked */
function inList(span: Span, words: Word[]): boolean {
  return LIST_SEPARATORS.has(words[span.first - 1]?.lower ?? '') || LIST_SEPARATORS.has(words[span.last]?.lower ?? '');
}

/**
 * "to Hethersby and Portsmouth", "between Kemrou and Dalassa, Morocco": an unknown name in a list that a
 * preposition of place opens, beside a gazetteer place. Names that lists of people are made of (given names,
 * surnames) are left to the other rules.
 */
function listedWithPlaces(span: Span, words: Word[], spans: Span[], n: number): boolean {
  const lexicon = nameLexicon();
  if (words.slice(span.first, span.last).some((w) => lexicon.isWord(w.lower) || lexicon.isFirstName(w.lower) || lexicon.isLastName(w.lower))) return false;
  const joined = (a: Span, b: Span): boolean => {
    const between = words.slice(a.last, b.first);
    return between.length > 0 && between.length <= 2 && between.every((w) => w.text === ',' || w.lower === 'and' || w.lower === 'or');
  };
  let first = n;
  while (first > 0 && joined(spans[first - 1], spans[first])) first--;
  let last = n;
  while (last + 1 < spans.length && joined(spans[last], spans[last + 1])) last++;
  if (first === last || !LIST_PREPOSITIONS.test(words[spans[first].first - 1]?.lower ?? '')) return false;
  // a list ends with "and" or "or" before its last name; "in Peru, Quechuan is …" is a clause after a place
  if (!words.slice(spans[last - 1].last, spans[last].first).some((w) => w.lower === 'and' || w.lower === 'or')) return false;
  for (let k = first; k <= last; k++) if (k !== n && spans[k].type === 'PLACE' && spans[k].places) return true;
  return false;
}

const LIST_PREPOSITIONS = /^(in|to|from|between|near|at|towards|toward|via|through)$/;

/** the country code of a country or region named right after the span and a comma, closing the phrase */
function areaAfterComma(span: Span, words: Word[], spans: Span[], n: number): string | null | undefined {
  if (words[span.last]?.text !== ',') return undefined;
  const next = spans[n + 1];
  // "Den Haag, the Netherlands": countries whose name takes "the" keep it after the comma (regions do not)
  const withThe = words[span.last + 1]?.lower === 'the';
  if (!next || next.first !== span.last + (withThe ? 2 : 1) || next.type !== 'PLACE' || !next.places) return undefined;
  const areas = next.places.filter((p) => p.kind === 'country' || (!withThe && p.kind === 'region' && p.prior >= 60));
  const area = areas[0];
  const closing = words[next.last];
  // the region closes the phrase: "Tilden, Nebraska, and …", not "Ruiz, Panama coach"
  if (!area || words[next.last - 1].possessive || (closing && (/^[\p{Lu}\p{N}]/u.test(closing.text) || closing.pos === 'NOUN'))) return undefined;
  // "Montana" is a US state and a Bulgarian province: the article's places decide, when the whole text is linked
  return areas.every((p) => p.countryCode === area.countryCode) ? area.countryCode : null;
}
