/**
 * Pass 6: capitalised spans nothing has explained yet. In news, two or three capitalised words none of which
 * is an ordinary English word or a known place ("Oluwaseun Adeyemi") are almost always a person. With an
 * ordinary word among them ("Silver Lining", "A Quiet Place") they may be a body, a title or an event:
 * measured, guessing an organisation there costs more precision than it brings recall, so they stay out.
 */
import { gazetteer } from '../../normalise/gazetteer.js';
import { nameLexicon } from '../rules/entities/common-words.js';
import { indexLexicon } from '../rules/entities/lexicon.js';
import { legalFormSuffixes, organisationObjectCues, teamCues } from '../rules/entities/organisation-words.js';
import type { Word } from './00-words.js';
import { hasPersonParticle, set } from './20-structure.js';
import { GROUP_REASON } from './organisation-short-forms.js';
import type { Span } from './span.js';

const objectCues = indexLexicon(organisationObjectCues);
const playCues = indexLexicon([teamCues]);
const legalForms = indexLexicon([legalFormSuffixes]);

/** "Leeds Rhinos", "Texas Instruments": a name that starts with a well-known place names a body, not a person */
const PLACE_PRIOR = 60;

export function classifyRemaining(spans: Span[], words: Word[]): void {
  const lexicon = nameLexicon();
  for (const span of spans) {
    if (span.misc || span.positional) continue;
    const guessedPerson = span.type === 'PERSON' && !span.certain && GUESSED_PERSON.has(span.reason);
    // "St. Louis Eagles": a place guessed from its first word alone, which the gazetteer does not know
    const guessedPlace = span.type === 'PLACE' && !span.certain && !span.places;
    if (span.type && !guessedPerson && !guessedPlace) continue;
    const inner = words.slice(span.first, span.last).filter((w) => w.capitalised || w.acronym);
    if (inner.length === 0) continue;
    if (namesAGroup(inner)) {
      set(span, 'ORG', GROUP_REASON, false);
      continue;
    }
    if (span.type) continue;
    if (theGroupNickname(span, words)) {
      set(span, 'ORG', '"the" and a capitalised plural noun: a team or band ("the Falcons")', false);
      continue;
    }
    const common = inner.filter((w) => lexicon.isCommon(w.lower) || lexicon.isDemonym(w.lower));
    const demonymLed = lexicon.isDemonym(inner[0].lower) || gazetteer().demonym(inner[0].text) !== undefined;
    if (demonymLed && common.length === inner.length) continue; // "Korean People", "South Korean"
    if (agencyNamedAfterPlace(inner)) {
      set(span, 'ORG', 'ordinary words before a country or region: an agency or body', false);
      continue;
    }
    if (inner.length < 2 || inner.length > 3 || common.length > 0) continue;
    const nameShaped = inner.every((w) => !w.acronym && /^\p{Lu}[\p{Ll}'’-]/u.test(w.text) && !/\d/.test(w.text));
    const known = (text: string) => gazetteer().lookup(text).some((p) => p.prior >= PLACE_PRIOR);
    const area = (text: string) => gazetteer().lookup(text).some((p) => p.kind === 'country' || p.kind === 'region' || p.kind === 'continent');
    const placeInside = known(inner[0].text) || known(`${inner[0].text} ${inner[1].text}`) || area(inner[inner.length - 1].text);
    // a connector inside ("Olympique de Marseille") makes a person only if it is a person's particle
    const connected = span.last - span.first > inner.length;
    if (nameShaped && !placeInside && (!connected || hasPersonParticle(words.slice(span.first, span.last)))) {
      set(span, 'PERSON', 'capitalised words that are not ordinary words', false);
    }
  }
  typeAffiliations(spans, words);
  typeObjectsOfCues(spans, words);
  untypeMeasureAcronyms(spans, words);
  typeListMembers(spans, words);
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
  const separated = (a: Span, b: Span): boolean => {
    const between = words.slice(a.last, b.first);
    return between.length >= 1 && between.length <= 2 && between.every((w) => LIST_SEPARATORS.has(w.lower)) && words[a.first].sentence === words[b.first].sentence;
  };
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    if (span.type || span.misc || span.positional || words[span.last - 1].possessive) continue;
    // "Natural Resources, Mines and Water", "L.A., NYC, & Vegas", "CBS, Inc.": a word, a place or a legal form
    const single = span.last - span.first === 1;
    if ((single && (lexicon.isWord(words[span.first].lower) || legalForms.has(words[span.first].lower))) || gazetteer().lookup(span.text).length > 0) continue;
    // "Advisory National Director Eric Butler", "Fairmont State Community and Technical College": a longer phrase goes on
    const next = words[span.last];
    if (next && (next.capitalised || (next.lower === 'and' && words[span.last + 1]?.capitalised)) && next.paragraph === words[span.first].paragraph) continue;
    const before = n > 0 && evidenced[n - 1] && separated(spans[n - 1], span);
    const after = n + 1 < spans.length && evidenced[n + 1] && separated(span, spans[n + 1]);
    if (!before && !after) continue;
    const neighbour = before ? spans[n - 1] : spans[n + 1];
    set(span, 'ORG', `listed beside the organisation "${neighbour.text}"`, false);
  }
}

/** "a 2.26 ERA", "the 98th PVI": a decimal or an ordinal before it */
const MEASURE_BEFORE = /^(?:\d+\.\d+|\d+(?:st|nd|rd|th|d))$/;

/**
 * "a 2.26 ERA", "the 93d PVI": an acronym measured or numbered is a statistic or a unit, not a body,
 * in every mention of the article ("his ERA").
 */
function untypeMeasureAcronyms(spans: Span[], words: Word[]): void {
  const measured = new Set<string>();
  for (const s of spans) if (s.last - s.first === 1 && words[s.first].acronym && MEASURE_BEFORE.test(words[s.first - 1]?.text ?? '')) measured.add(s.text);
  if (measured.size === 0) return;
  for (const s of spans) {
    if (s.type === 'ORG' && s.reason === 'acronym' && measured.has(s.text)) {
      s.type = null;
      s.reason = 'acronym after a decimal or an ordinal: a statistic or a unit';
    }
  }
}

/**
 * "Cheng Chung-tai of Civic Passion", "Amos Frumkin of the Hebrew University": a name after a person and
 * "of" or "from the" that is no known place is the body the person belongs to.
 */
function typeAffiliations(spans: Span[], words: Word[]): void {
  const lexicon = nameLexicon();
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    // "Youngspiration's Baggio Leung", "Labour's Shadow Home Secretary Yvette Cooper": a body's person
    const member = spans[n + 1];
    const ordinary = span.last - span.first === 1 && lexicon.isWord(words[span.first].lower); // "Assassin's Creed"
    if (!span.type && !span.misc && !ordinary && words[span.last - 1].possessive && member?.type === 'PERSON' && member.first <= span.last + 1 + member.titles.length * 3
      && words.slice(span.first, span.last).every((w) => !lexicon.isFirstName(w.lower) && !lexicon.isLastName(w.lower))
      && gazetteer().lookup(span.text).length === 0 && !lexicon.isDemonym(span.text.toLowerCase())) {
      set(span, 'ORG', 'a possessive before a person: the body the person belongs to', false);
      continue;
    }
    if (n === 0) continue;
    const lastWord = words[span.last - 1];
    const next = words[span.last];
    if (span.type || span.misc || lastWord.possessive) continue;
    // "of the Social Welfare constituency", "Man of the Match award", "Studio 54", "The Globe and Mail": part of a longer phrase
    // "The Globe and Mail" goes on; "Civic Passion and Raymond Chan of …" is a list of people and bodies
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
    if (span.type || !objectCues.has(cue) || continuesAsPhrase(words[span.last]) || gazetteer().lookup(span.text).length > 0) continue;
    set(span, 'ORG', `after "${cue}": ${objectCues.get(cue)!}`, false);
  }
}

/** the reasons of person guesses a group name may overturn: they rest on the words' shape alone */
const GUESSED_PERSON = new Set(['given name', 'capitalised words that are not ordinary words']);

/**
 * "Boston Braves", "Neo Democrats", "Sacramento River Cats": a name whose last word is the plural of an ordinary
 * noun names its members, as teams, bands and parties do. A surname that looks like a plural ("Tom Hanks",
 * "Bill Gates") follows a given name; a nationality plural ("Afghans") is not a group.
 */
function namesAGroup(inner: Word[]): boolean {
  if (inner.length < 2 || inner.length > 4) return false;
  const lexicon = nameLexicon();
  const last = inner[inner.length - 1];
  const plural = /^\p{Lu}\p{Ll}+s$/u.test(last.text) && !last.text.endsWith('ss');
  if (!plural || lexicon.isDemonym(last.lower) || gazetteer().demonym(last.text) !== undefined) return false;
  const singular = last.lower.endsWith('ies') ? `${last.lower.slice(0, -3)}y` : last.lower.slice(0, -1);
  // SUBTLEX writes "Eagle" and "Democrat" with a capital, so a capitalised entry counts, unless it is a name
  // "crystal" is also a given name, so isWord rather than isCommon: the surname shape is checked before the plural
  const noun = lexicon.isWord(singular) || (lexicon.isCapitalisedWord(singular) && !lexicon.isFirstName(singular) && !lexicon.isLastName(singular) && !lexicon.isLastName(last.lower));
  if (!noun) return false;
  const first = inner[0];
  const prefix = inner.slice(0, -1).map((w) => w.text).join(' ');
  // "St. Louis Cardinals", "Tampa Bay Devil Rays": after a known place that is no given name, the words are no person's
  const placePrefix = (inner.length > 2 && gazetteer().lookup(prefix).length > 0)
    || (!lexicon.isFirstName(first.lower) && gazetteer().lookup(first.text).some((p) => p.prior >= PLACE_PRIOR));
  if (!placePrefix && inner.slice(0, -1).some((w) => w.acronym || lexicon.isFirstName(w.lower))) return false;
  // "Boston Braves", "Neo Democrats": the members are named after a place or a name; ordinary words before a
  // plural are a heading or a title more often than a body ("Special Events", "Middle Ages")
  const named = placePrefix || gazetteer().lookup(first.text).length > 0 || gazetteer().lookup(prefix).length > 0 || (!lexicon.isWord(first.lower) && !lexicon.isDemonym(first.lower) && gazetteer().demonym(first.text) === undefined);
  if (!named) return false;
  return gazetteer().lookup(inner.map((w) => w.text).join(' ')).length === 0;
}

const CLOSING_QUOTE = /^[”"’']$/;

/**
 * "the Falcons", "the Pirates": mid-sentence, "the" and one capitalised plural of an ordinary noun names a
 * team or a band by its members. Peoples ("the Goths") are demonyms or no English noun; "the Battles of …"
 * is a noun phrase.
 */
function theGroupNickname(span: Span, words: Word[]): boolean {
  if (span.last - span.first !== 1) return false;
  const w = words[span.first];
  if (w.acronym || w.possessive || words[span.first - 1]?.text !== 'the' || words[span.last]?.lower === 'of') return false;
  // "Takin' It to the Streets", "Dancing with the Stars": the end of a quoted title; "the Refugees in Towns Project"
  const next = words[span.last];
  const afterNext = words[span.last + 1];
  if (next && (CLOSING_QUOTE.test(next.text) || (/^[.,;:!?]$/.test(next.text) && CLOSING_QUOTE.test(afterNext?.text ?? '')))) return false;
  if (next && /^(in|for|on|at)$/.test(next.lower) && afterNext?.capitalised) return false;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(w.text) || w.text.endsWith('ss')) return false;
  const lexicon = nameLexicon();
  if (lexicon.isDemonym(w.lower) || gazetteer().demonym(w.text) !== undefined || gazetteer().lookup(w.text).length > 0) return false;
  const singular = w.lower.endsWith('ies') ? `${w.lower.slice(0, -3)}y` : w.lower.slice(0, -1);
  // only nouns written in lower case: a word mostly capitalised in SUBTLEX ("Goth", "Saracen") names a people
  return lexicon.isWord(singular);
}

/** "Statistics Canada", "Bank Indonesia", "Sport England": ordinary words naming a country's agency or body */
function agencyNamedAfterPlace(inner: Word[]): boolean {
  if (inner.length < 2) return false;
  const lexicon = nameLexicon();
  for (let k = 1; k < inner.length; k++) {
    const tail = inner.slice(k).map((w) => w.text).join(' ');
    if (k === inner.length - 1 && (lexicon.isWord(tail.toLowerCase()) || /^[IVX]+$/.test(tail))) continue; // "New Territories West"
    const area = gazetteer().lookup(tail).some((p) => p.kind === 'country' || p.kind === 'region');
    if (!area) continue;
    const head = inner.slice(0, k);
    return head.every((w) => lexicon.isWord(w.lower) && !lexicon.isDemonym(w.lower)) || head.every((w) => gazetteer().lookup(w.text).some((p) => p.kind === 'country' || p.kind === 'region'));
  }
  return false;
}

/** "the New Territories West geographical constituency", "Fan Expo Canada 2016": the name goes on as a longer phrase */
function continuesAsPhrase(next: Word | undefined): boolean {
  return !!next && /^[\p{Ll}\p{N}]/u.test(next.text) && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADP' && next.pos !== 'CCONJ' && next.pos !== 'PRON';
}
