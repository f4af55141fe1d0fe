/**
 * Pass 6: capitalised spans nothing has explained yet. In news, two or three capitalised words none of which
 * is an ordinary English word or a known place ("Oluwaseun Adeyemi") are almost always a person. With an
 * ordinary word among them ("Silver Lining", "A Quiet Place") they may be a body, a title or an event:
 * measured, guessing an organisation there costs more precision than it brings recall, so they stay out
 * unless their context names a body: "the Falcons", "X's Baggio Leung", "Raymond Chan of X", "owned by X",
 * "played for X", a list of organisations.
 */
import { gazetteer } from '../../normalise/gazetteer.js';
import { nameLexicon } from '../rules/entities/common-words.js';
import { indexLexicon } from '../rules/entities/lexicon.js';
import { miscHeadGroups } from '../rules/entities/misc-words.js';
import type { Word } from './00-words.js';
import { hasPersonParticle, set } from './20-structure.js';
import { typeOrganisationsByContext } from './organisation-context.js';
import { singularOfCapitalisedPlural } from './plurals.js';
import { GROUP_REASON } from './organisation-short-forms.js';
import { listedTogether, type Span } from './span.js';

/** "Leeds Rhinos", "Texas Instruments": a name that starts with a well-known place names a body, not a person */
const PLACE_PRIOR = 60;
const miscHeads = indexLexicon(miscHeadGroups);

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
  typeOrganisationsByContext(spans, words);
  typeAliases(spans, words);
  typePeopleLists(spans, words);
}

const PEOPLE_LIST_SEPARATORS = new Set([',', 'and', '&']);

/**
 * "Romelu Lukaku, Yannick Carrasco, and Dries Mertens": a name of two or three capitalised words listed beside a
 * person is a person too, though one of its words is an ordinary word ("Dries", "Starry"). One word alone
 * ("Anna and Lorraine") is left to the other rules.
 */
function typePeopleLists(spans: Span[], words: Word[]): void {
  const lexicon = nameLexicon();
  const beside = (a: Span | undefined, b: Span | undefined): boolean => !!a && !!b && listedTogether(words, a, b, PEOPLE_LIST_SEPARATORS);
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    const inner = words.slice(span.first, span.last);
    if (span.type || span.misc || span.positional || inner.length < 2 || inner.length > 3) continue;
    if (inner.some((w) => !w.capitalised || w.acronym || (w.possessive && w !== inner[inner.length - 1])) || inner.every((w) => lexicon.isCommon(w.lower))) continue;
    const before = spans[n - 1]?.type === 'PERSON' && beside(spans[n - 1], span);
    const after = spans[n + 1]?.type === 'PERSON' && beside(span, spans[n + 1]);
    if (!before && !after) continue;
    // "Brampton Spider-Gwen": a known place first is a place's name or a team's
    const placeFirst = gazetteer().lookup(inner[0].text).some((p) => p.prior >= PLACE_PRIOR);
    if (!placeFirst && gazetteer().lookup(span.text).length === 0) set(span, 'PERSON', 'listed beside a person', false);
  }
}

/**
 * "Adilson Tavares Varela, commonly known as Cabral,": the other name a name is known by names the same kind of
 * thing. Only an unexplained name takes the type.
 */
function typeAliases(spans: Span[], words: Word[]): void {
  for (let n = 1; n < spans.length; n++) {
    const alias = spans[n];
    if (alias.type || alias.misc || words[alias.first - 1]?.lower !== 'as' || words[alias.first - 2]?.lower !== 'known') continue;
    let k = alias.first - 3;
    if (words[k]?.pos === 'ADV') k--;
    const named = spans[n - 1];
    if (words[k]?.text !== ',' || named.last !== k || !named.type) continue;
    set(alias, named.type, `another name of "${named.text}" ("known as")`, false);
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
  const singular = singularOfCapitalisedPlural(last);
  if (!singular || lexicon.isDemonym(last.lower) || gazetteer().demonym(last.text) !== undefined) return false;
  // SUBTLEX writes "Eagle" and "Democrat" with a capital, so a capitalised entry counts, unless it is a name
  // "crystal" is also a given name, so isWord rather than isCommon: the surname shape is checked before the plural
  const noun = lexicon.isWord(singular) || (lexicon.isCapitalisedWord(singular) && !lexicon.isFirstName(singular) && !lexicon.isLastName(singular) && !lexicon.isLastName(last.lower));
  const first = inner[0];
  const prefix = inner.slice(0, -1).map((w) => w.text).join(' ');
  // "St. Louis Cardinals", "Tampa Bay Devil Rays": after a known place that is no given name, the words are no person's
  const placePrefix = (inner.length > 2 && gazetteer().lookup(prefix).length > 0)
    || (!lexicon.isFirstName(first.lower) && gazetteer().lookup(first.text).some((p) => p.prior >= PLACE_PRIOR));
  // "Vancouver Canucks": after a known place, a plural that is no English word and no surname names the team's members too
  if (!noun && !(placePrefix && !lexicon.isWord(last.lower) && !lexicon.isFirstName(singular) && !lexicon.isLastName(singular) && !lexicon.isLastName(last.lower))) return false;
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
  const singular = singularOfCapitalisedPlural(w);
  if (!singular) return false;
  const lexicon = nameLexicon();
  if (lexicon.isDemonym(w.lower) || gazetteer().demonym(w.text) !== undefined || gazetteer().lookup(w.text).length > 0) return false;
  // only nouns written in lower case: a word mostly capitalised in SUBTLEX ("Goth", "Saracen") names a people
  return lexicon.isWord(singular);
}

/**
 * "Hitwise UK", "Intercord Japan": one word that is no English word, no name and no place before a country (not a
 * region, which places are named in) is a company's branch there; a person's surname can be a country ("Michael
 * Jordan"), after a given name.
 */
function isBrandBeforeCountry(head: Word[]): boolean {
  const lexicon = nameLexicon();
  const w = head[0];
  return head.length === 1 && !w.acronym && !lexicon.isWord(w.lower) && !lexicon.isFirstName(w.lower) && !lexicon.isLastName(w.lower)
    && !lexicon.isDemonym(w.lower) && gazetteer().demonym(w.text) === undefined && gazetteer().lookup(w.text).length === 0;
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
    // "Corporate America", "World War II Hungary": an adjective or a period before a country describes it; an agency is named by its field
    if (head.some((w) => lexicon.tags(w.lower).includes('Adjective') || miscHeads.has(w.lower) || /^[IVX]+$/.test(w.text))) return false;
    return head.every((w) => lexicon.isWord(w.lower) && !lexicon.isDemonym(w.lower)) || head.every((w) => gazetteer().lookup(w.text).some((p) => p.kind === 'country' || p.kind === 'region'))
      || (isBrandBeforeCountry(head) && k === inner.length - 1 && gazetteer().lookup(tail).some((p) => p.kind === 'country'));
  }
  return false;
}

