/**
 * The end of pass 6: organisations that the words around a name reveal once people and places are typed.
 * "X's Baggio Leung" and "Raymond Chan of X" name a person's body; "owned by X", "signed with X", "an analyst
 * at X" name the object of what bodies do; "played for Footscray" makes a place its team; a name listed beside
 * organisations is one of them. An acronym after a decimal or an ordinal ("a 2.26 ERA") is no body.
 */
import { gazetteer } from '../../normalise/gazetteer.js';
import { nameLexicon } from '../rules/entities/common-words.js';
import { indexLexicon } from '../rules/entities/lexicon.js';
import { legalFormSuffixes, organisationKindPlurals, organisationObjectCues, organisationWithTheCues, teamCues } from '../rules/entities/organisation-words.js';
import type { Word } from './00-words.js';
import { set } from './20-structure.js';
import { QUALIFIED_CODE } from './40-lexicon-names.js';
import { singularOfCapitalisedPlural } from './plurals.js';
import { listedTogether, type Span } from './span.js';

const objectCues = indexLexicon(organisationObjectCues);
const playCues = indexLexicon([teamCues]);
const legalForms = indexLexicon([legalFormSuffixes]);
const withTheCues = indexLexicon([organisationWithTheCues]);
const kindPlurals = indexLexicon([organisationKindPlurals]);

export function typeOrganisationsByContext(spans: Span[], words: Word[]): void {
  typePossessorsOfPeople(spans, words);
  typeAffiliations(spans, words);
  typeObjectsOfCues(spans, words);
  untypeMeasureAcronyms(spans, words);
  typeListMembers(spans, words);
  typeListsOfAKind(spans, words);
  typeTeamsListedWithTeams(spans, words);
}

/** the guesses a list's kind outweighs: no evidence but the words' shape ("Head Automatica" is no person) */
const SHAPE_GUESS = 'capitalised words that are not ordinary words';
const LIST_OPENERS = new Set(['like', 'including']);
/** person guesses that rest on the words' shape alone */
const PERSON_SHAPE_GUESSES = new Set([SHAPE_GUESS, 'given name']);

/**
 * "the Brisbane Lions and Kalamunda Dockers", "the Albany Hornets and Rochester Gideons": a name ending in a
 * capitalised plural, listed beside an organisation named so, is a team or band too, though its words looked like a
 * person's ("Rochester" is a given name) or like no English word. A given name that is no place before a surname
 * shaped as a plural ("Marta Hollins") still names a person.
 */
function typeTeamsListedWithTeams(spans: Span[], words: Word[]): void {
  const lexicon = nameLexicon();
  const team = (s: Span | undefined): boolean => s?.type === 'ORG' && singularOfCapitalisedPlural(words[s.last - 1]) !== null;
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    if (span.type !== 'PERSON' || span.certain || !PERSON_SHAPE_GUESSES.has(span.reason) || span.last - span.first < 2) continue;
    if (!singularOfCapitalisedPlural(words[span.last - 1])) continue;
    // "Marta Hollins" beside a team is a person; "Rochester" is a given name but also the town the team plays for
    const first = words[span.first];
    if (lexicon.isFirstName(first.lower) && gazetteer().lookup(first.text).length === 0) continue;
    const neighbour = team(spans[n - 1]) && listedTogether(words, spans[n - 1], span, LIST_SEPARATORS) ? spans[n - 1]
      : team(spans[n + 1]) && listedTogether(words, span, spans[n + 1], LIST_SEPARATORS) ? spans[n + 1] : undefined;
    if (neighbour) set(span, 'ORG', `listed beside "${neighbour.text}", named by its members too: a team or band`, false);
  }
}

const OTHER_WORDS = new Set(['other', 'several', 'many', 'some', 'various']);
const KIND_REASON = `listed with a plural noun for bodies: ${organisationKindPlurals.reason}`;

/**
 * "bands like Orgy, Velvet Revolver and Korn", "Poetry London, Antipodes and many other publications": the names
 * of a list whose kind a plural noun for bodies gives before ("like", "such as", "including") or after ("and
 * other …") are bodies. Places stay places; a person already recognised stays a person.
 */
function typeListsOfAKind(spans: Span[], words: Word[]): void {
  const separated = (a: Span, b: Span): boolean => listedTogether(words, a, b, LIST_SEPARATORS);
  const typeList = (from: number, step: 1 | -1): void => {
    for (let n = from; n >= 0 && n < spans.length; n += step) {
      const span = spans[n];
      if (!span.misc && !words[span.last - 1].possessive && (!span.type || (span.type === 'PERSON' && span.reason === SHAPE_GUESS)) && gazetteer().lookup(span.text).length === 0) {
        set(span, 'ORG', KIND_REASON, false);
      }
      const next = spans[n + step];
      if (!next || !(step === 1 ? separated(span, next) : separated(next, span))) break;
    }
  };
  for (let n = 0; n < spans.length; n++) {
    if (kindOpensList(spans[n], words)) typeList(n, 1);
    if (kindClosesList(spans[n], words) || (n > 0 && separated(spans[n - 1], spans[n]) && kindQualifiedByList(spans[n], words))) typeList(n, -1);
  }
}

/**
 * "the South West Trains, Southern, and First Great Western train operating companies", "the Labor or Liberal
 * parties": a list of names that qualifies a plural noun for bodies names them.
 */
function kindQualifiedByList(span: Span, words: Word[]): boolean {
  let m = span.last;
  // modifiers in between: nouns, adjectives, participles ("train operating companies")
  const modifier = (w: Word | undefined): boolean => !!w && /^\p{Ll}/u.test(w.text) && !kindPlurals.has(w.lower)
    && (w.pos === 'NOUN' || w.pos === 'ADJ' || (w.pos === 'VERB' && w.lower.endsWith('ing')));
  while (m < span.last + 3 && modifier(words[m])) m++;
  return kindPlurals.has(words[m]?.lower ?? '');
}

/**
 * "bands like X", "bands such as X", "bands, including X", "such bands as X", "the religious schools X and Y":
 * the list's kind before its first name
 */
function kindOpensList(span: Span, words: Word[]): boolean {
  let k = words[span.first - 1]?.lower === 'the' ? span.first - 2 : span.first - 1;
  if (kindPlurals.has(words[k]?.lower ?? '')) return true;
  if (words[k]?.lower === 'as' && kindPlurals.has(words[k - 1]?.lower ?? '') && words[k - 2]?.lower === 'such') return true;
  if (words[k]?.lower === 'as' && words[k - 1]?.lower === 'such') k--;
  else if (!LIST_OPENERS.has(words[k]?.lower ?? '')) return false;
  if (words[k - 1]?.text === ',') k--;
  return k > 0 && kindPlurals.has(words[k - 1].lower);
}

/** "X, Y and many other publications", "X, and several other bands": the list's kind after its last name */
function kindClosesList(span: Span, words: Word[]): boolean {
  let m = words[span.last]?.text === ',' ? span.last + 1 : span.last;
  if (words[m]?.lower !== 'and' && words[m]?.lower !== 'or') return false;
  m++;
  while (OTHER_WORDS.has(words[m]?.lower ?? '') && m < span.last + 5) m++;
  return words[m - 1]?.lower === 'other' && kindPlurals.has(words[m]?.lower ?? '');
}

const LIST_SEPARATORS = new Set([',', '/', 'and', 'or', '&']);

/**
 * "Orgy, Velvet Revolver, and Linkin Park", "Yes, Gentle Giant, Kansas": an unexplained name listed beside
 * organisations is one of them. The neighbour must have been typed by evidence of its own, not by the list.
 */
function typeListMembers(spans: Span[], words: Word[]): void {
  // a neighbour typed by its words or its context, not by the bare shape of an acronym
  const evidenced = spans.map((s) => s.type === 'ORG' && s.reason !== 'acronym');
  const lexicon = nameLexicon();
  const separated = (a: Span, b: Span): boolean => listedTogether(words, a, b, LIST_SEPARATORS);
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    // "Ubisoft, Microsoft, and PlayStation VR …": a sentence's first name that is no ordinary word is listed like any other
    const ordinaryAtStart = span.positional && words.slice(span.first, span.last).some((w) => lexicon.isCommon(w.lower));
    if (span.type || span.misc || ordinaryAtStart || words[span.last - 1].possessive) continue;
    // "Natural Resources, Mines and Water", "L.A., NYC, & Vegas", "CBS, Inc.": a word, a place or a legal form
    const single = span.last - span.first === 1;
    if ((single && (lexicon.isWord(words[span.first].lower) || legalForms.has(words[span.first].lower))) || gazetteer().lookup(span.text).length > 0) continue;
    // "Advisory National Director Eric Butler", "Fairmont State Community and Technical College": a longer phrase goes on
    const next = words[span.last];
    if (next && (next.capitalised || (next.lower === 'and' && words[span.last + 1]?.capitalised)) && next.paragraph === words[span.first].paragraph) continue;
    const before = n > 0 && evidenced[n - 1] && separated(spans[n - 1], span);
    const after = n + 1 < spans.length && evidenced[n + 1] && separated(span, spans[n + 1]);
    if (!before && !after) continue;
    // "Hopefully, Walmart will …": at a sentence start one comma makes no list; a third member does
    if (span.positional && !(n + 2 < spans.length && separated(spans[n + 1], spans[n + 2]))) continue;
    const neighbour = before ? spans[n - 1] : spans[n + 1];
    // at a sentence start the list is the only evidence, and it holds there as well
    set(span, 'ORG', `listed beside the organisation "${neighbour.text}"`, span.positional);
  }
}

/** "a 2.26 ERA", "his 3rd ERA title": a decimal or an ordinal before it (a noun before it is pass 4's `QUALIFIED_CODE`;
 * an ordinal before an acronym that ends the phrase is a numbered unit, "the 98th PVI", pass 2) */
const MEASURE_BEFORE = /^(?:\d+\.\d+|\d+(?:st|nd|rd|th|d))$/;

/**
 * "a 2.26 ERA", "his 3rd ERA title", "beatmania IIDX": an acronym measured, numbered or qualified by a noun is a
 * statistic or a model, not a body, in every mention of the article ("his ERA").
 */
function untypeMeasureAcronyms(spans: Span[], words: Word[]): void {
  const measured = new Set<string>();
  for (const s of spans) {
    if (s.last - s.first !== 1 || !words[s.first].acronym) continue;
    if (s.reason === QUALIFIED_CODE || MEASURE_BEFORE.test(words[s.first - 1]?.text ?? '')) measured.add(s.text);
  }
  if (measured.size === 0) return;
  for (const s of spans) {
    if (s.type === 'ORG' && s.reason === 'acronym' && measured.has(s.text)) {
      s.type = null;
      s.reason = 'acronym after a decimal or an ordinal: a statistic or a unit';
    }
  }
}

/**
 * "Youngspiration's Baggio Leung", "Labour's Shadow Home Secretary Yvette Cooper": an unexplained name
 * owning a person (right after it, titles allowed) is the body the person belongs to, unless it is a
 * person's name, a place, a people or one ordinary word ("Assassin's Creed").
 */
function typePossessorsOfPeople(spans: Span[], words: Word[]): void {
  const lexicon = nameLexicon();
  for (let n = 0; n + 1 < spans.length; n++) {
    const span = spans[n];
    const member = spans[n + 1];
    if (span.type || span.misc || !words[span.last - 1].possessive || member.type !== 'PERSON' || member.first > span.last + 1 + member.titles.length * 3) continue;
    const inner = words.slice(span.first, span.last);
    if (inner.length === 1 && lexicon.isWord(inner[0].lower)) continue;
    if (inner.some((w) => lexicon.isFirstName(w.lower) || lexicon.isLastName(w.lower)) || gazetteer().lookup(span.text).length > 0 || lexicon.isDemonym(span.text.toLowerCase())) continue;
    set(span, 'ORG', 'a possessive before a person: the body the person belongs to', false);
  }
}

/**
 * "Cheng Chung-tai of Civic Passion", "Amos Frumkin of the Hebrew University": a name after a person and
 * "of" or "from the" that is no known place is the body the person belongs to.
 */
function typeAffiliations(spans: Span[], words: Word[]): void {
  for (let n = 1; n < spans.length; n++) {
    const span = spans[n];
    const lastWord = words[span.last - 1];
    const next = words[span.last];
    if (span.type || span.misc || lastWord.possessive) continue;
    // part of a longer phrase: "of the Social Welfare constituency", "Man of the Match award", "Studio 54",
    // "The Globe and Mail" ("Civic Passion and Raymond Chan of …" is a list of a body and a person)
    const andName = next?.lower === 'and' && words[span.last + 1]?.capitalised && spans[n + 1]?.first === span.last + 1 && spans[n + 1].type !== 'PERSON';
    if (continuesAsPhrase(next) || andName) continue;
    if (span.last - span.first === 1 && nameLexicon().isCommon(lastWord.lower)) continue;
    let k = span.first - 1;
    if (words[k]?.lower === 'the') k--;
    const connector = words[k]?.lower;
    if (connector !== 'of' && !(connector === 'from' && k === span.first - 2)) continue;
    const person = spans[n - 1];
    if (person.type !== 'PERSON' || person.last !== k || words[person.last - 1].possessive) continue;
    if (gazetteer().lookup(span.text).length > 0) continue;
    set(span, 'ORG', `after a person and "${connector}": the body the person belongs to`, false);
  }
}

/** "owned by X", "signed with the X", "a member of X": a name that is the object of what bodies do */
function typeObjectsOfCues(spans: Span[], words: Word[]): void {
  let previous: Span | undefined;
  for (const span of spans) {
    const cued = previous;
    previous = undefined;
    if (span.misc || span.positional) continue;
    let k = span.first;
    if (words[k - 1]?.lower === 'the') k--;
    const cue = k >= 2 ? `${words[k - 2].lower} ${words[k - 1].lower}` : '';
    // "played with Footscray and North Melbourne": the second of a pair after the cue
    const paired = cued && words[span.first - 1]?.lower === 'and' && cued.last === span.first - 1;
    if (span.type === 'PLACE' && (playCues.has(cue) || (paired && cued.reason.startsWith('team:')))) {
      set(span, 'ORG', `team: ${playCues.get(cue) ?? playCues.get('played for')!}`, false);
      previous = span;
      continue;
    }
    // "a member of the Apollo 10 crew": the name goes on as a longer phrase
    const verb = k === span.first - 1 ? words[k - 1]?.lower ?? '' : '';
    const reason = objectCues.get(cue) ?? withTheCues.get(verb);
    if (span.type || !reason || continuesAsPhrase(words[span.last]) || gazetteer().lookup(span.text).length > 0) continue;
    set(span, 'ORG', `after "${objectCues.has(cue) ? cue : `${verb} the`}": ${reason}`, false);
  }
}

/** "the New Territories West geographical constituency", "Fan Expo Canada 2016": the name goes on as a longer phrase */
function continuesAsPhrase(next: Word | undefined): boolean {
  return !!next && /^[\p{Ll}\p{N}]/u.test(next.text) && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADP' && next.pos !== 'CCONJ' && next.pos !== 'PRON';
}
