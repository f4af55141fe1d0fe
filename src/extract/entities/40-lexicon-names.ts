/**
 * Pass 4: names known by their words. compromise's lexicon knows organisations, teams and famous people
 * by name; a given name (compromise's and the @stdlib English lists) before other capitalised words makes a
 * person; an acronym is an organisation unless it is a place (US, UAE) or an abbreviation of a common noun.
 */
import { gazetteer } from '../../normalise/gazetteer.js';
import { nameLexicon } from '../rules/entities/common-words.js';
import { indexLexicon } from '../rules/entities/lexicon.js';
import { namedAfterPersonHeads } from '../rules/entities/misc-words.js';
import { notEntityGroups } from '../rules/entities/not-entities.js';
import { organisationDescriptors, organisationHeadGroups, personnelNounsAfter } from '../rules/entities/organisation-words.js';
import { placeHeadSurnames, placeQualifierGroups } from '../rules/entities/place-words.js';
import type { Word } from './00-words.js';
import { set } from './20-structure.js';
import type { Span } from './span.js';

const notEntities = indexLexicon(notEntityGroups);
const orgHeads = indexLexicon(organisationHeadGroups);
const directions = indexLexicon(placeQualifierGroups);
const surnameHeads = indexLexicon([placeHeadSurnames]);
const HALL_OF_FAME = /\bHall of Fame$/;
const namedAfterPerson = indexLexicon([namedAfterPersonHeads]);
const orgDescriptors = indexLexicon(organisationDescriptors);
const personnel = indexLexicon([personnelNounsAfter]);

/** the reason of an organisation or team compromise's lexicon knows ("Toronto Blue Jays") */
export const LEXICON_ORGANISATION = 'compromise lexicon: organisation';

/**
 * "his lifetime ERA", "beatmania IIDX", "the game RACE 07": an acronym right after a lower-case
 * noun is a code that the noun qualifies (a statistic, a model, a kind), not a body's name. A noun for a
 * body ("the militant group ISIS") describes one; adjectives are left alone ("the federal EPA").
 */
export const QUALIFIED_CODE = 'acronym qualified by the noun before it: a code, not a body';

function isQualifiedCode(words: Word[], at: number): boolean {
  const before = words[at - 1];
  if (!before || before.capitalised || before.pos !== 'NOUN') return false;
  return !orgDescriptors.has(before.lower);
}

/**
 * "Anna Marie Field", "professor Anna Field": given names (two, or one after a title) before a place head
 * that is also an English surname. A place so named has an ordinary word before its head ("Capitol Hill",
 * "Forest Park") or is a known place ("Beverly Hills").
 */
function isPersonWithPlaceSurname(span: Span, inner: Word[]): boolean {
  if (inner.length < (span.titles.length > 0 ? 2 : 3) || !inner.every((w) => w.capitalised && !w.acronym)) return false;
  const lexicon = nameLexicon();
  if (!surnameHeads.has(inner[inner.length - 1].lower)) return false;
  const before = inner.slice(0, -1);
  if (!lexicon.isFirstName(before[0].lower) || before.some((w) => lexicon.isWord(w.lower))) return false;
  if (before.length > 1 && lexicon.isLastName(before[before.length - 1].lower)) return false; // "Tom Becker Park"-like
  return gazetteer().lookup(span.text).length === 0 && !gazetteer().lookup(before[0].text).some((p) => p.prior >= 80);
}

export function classifyByLexicon(spans: Span[], words: Word[]): void {
  const lexicon = nameLexicon();
  const abbreviations = new Map<string, boolean>();
  // only here, where a given name makes a person: a place's accents ("León") keep it a place for the gazetteer pass
  const isGivenName = (lower: string): boolean => lexicon.isFirstName(lower) || lexicon.isAccentedFirstName(lower);
  for (const span of spans) {
    if (span.type === 'PLACE' && isPersonWithPlaceSurname(span, words.slice(span.first, span.last))) {
      set(span, 'PERSON', 'given names before a surname that is also a place head word', true);
      continue;
    }
    // "the Curling Hall of Fame": a body that elects and honours people, not the building it keeps
    if (span.type === 'PLACE' && HALL_OF_FAME.test(span.text)) {
      set(span, 'ORG', 'a hall of fame: a body that honours people', true);
      continue;
    }
    if (span.type || span.misc) continue;
    const inner = words.slice(span.first, span.last);
    const lower = span.text.toLowerCase().replace(/[’]/g, "'");
    const tags = lexicon.tags(lower);
    if (tags.includes('Organization') || tags.includes('SportsTeam')) {
      // "Visa" at a sentence start is the word; "Microsoft" is the company wherever it stands
      if (!span.positional || inner.length > 1 || !lexicon.isWord(lower)) set(span, 'ORG', LEXICON_ORGANISATION, inner.length > 1 || !lexicon.isWord(lower));
      continue;
    }
    if (tags.includes('Person') && inner.length > 1) {
      set(span, 'PERSON', 'compromise lexicon: person', true);
      continue;
    }
    const single = inner.length === 1;
    if (single && notEntities.has(lower)) {
      span.reason = notEntities.get(lower)!;
      continue;
    }
    if (single && inner[0].acronym) {
      // "IE9", "XVII", "UNLESS": versions, numerals and shouted words are not bodies
      if (/\d/.test(span.text) && !/[+&]/.test(span.text)) continue;
      if (/^[IVXLC]+$/.test(span.text) || (span.text.length > 4 && lexicon.isCommon(lower))) continue;
      if (isQualifiedCode(words, span.first)) {
        span.reason = QUALIFIED_CODE;
        continue;
      }
      // two letters ("KO", "EP") or dotted ("L.A.") are too often something else: they need the article pass to link them
      const letters = span.text.replace(/[^\p{Lu}]/gu, '');
      // "an SS officer", "IS fighters": before its personnel a short acronym names the force (places are typed already)
      if (letters.length === 2 && !span.text.includes('.') && personnel.has(words[span.last]?.lower ?? '') && gazetteer().lookup(span.text).length === 0) {
        set(span, 'ORG', personnelNounsAfter.reason, false);
        continue;
      }
      if (letters.length < 3 || span.text.includes('.')) {
        span.reason = 'short acronym: typed only when linked to a name';
        continue;
      }
      // each acronym is looked for once an article, however often it is named
      let term = abbreviations.get(letters);
      if (term === undefined) abbreviations.set(letters, (term = abbreviatesTerm(words, letters)));
      if (term) {
        span.reason = TERM_ABBREVIATION;
        continue;
      }
      set(span, 'ORG', 'acronym', false);
      continue;
    }
    const place = gazetteer().lookup(span.text).length > 0;
    if (single && !span.positional && !inner[0].acronym && !inner[0].possessive && isGivenName(lower) && !lexicon.isWord(lower) && !place) {
      set(span, 'PERSON', 'given name alone', false);
      continue;
    }
    if (single && !span.positional && !inner[0].acronym && lexicon.isLastName(lower) && !lexicon.isWord(lower) && !place) {
      set(span, 'PERSON', 'surname alone', false);
      continue;
    }
    const names = inner.filter((w) => w.capitalised);
    const given = names[0]?.lower.split(/[-‐]/)[0] ?? '';
    const surname = names[names.length - 1]?.lower ?? '';
    // "Tom Hanks" and "Harry Styles" are people; "Grace Church Road" and "Major Road" are not; "West" and
    // "North" before a name make a part of a place, not a given name; "Ryder Cup" is a trophy
    const nameLike = (!lexicon.isWord(given) || !lexicon.isCommon(surname)) && !orgHeads.has(given) && !lexicon.isDemonym(surname) && !lexicon.isDemonym(lower)
      && !directions.has(given) && !namedAfterPerson.has(surname)
      && (!gazetteer().lookup(names[names.length - 1].text).some((p) => p.kind === 'country' || p.kind === 'region' || p.kind === 'continent')
        || lexicon.isLastName(surname) || lexicon.tags(surname).includes('Person')); // "Michael Jordan"
    if (names.length >= 2 && names.length <= 4 && isGivenName(given) && nameLike && !names.some((w) => w.acronym)) {
      set(span, 'PERSON', 'given name', false);
      continue;
    }
    if (names.length >= 2 && (/^\p{Lu}\.$/u.test(names[1].text) || (/^(\p{Lu}\.){1,2}$/u.test(names[0].text) && !names[names.length - 1].acronym && gazetteer().lookup(names[0].text).length === 0))) {
      set(span, 'PERSON', 'initials', false);
      continue;
    }
  }
}

const TERM_ABBREVIATION = 'the initials of a term the article writes in lower case: an abbreviation, not a body';
const TERM_WORDS = new Set(['NOUN', 'ADJ']);

/**
 * "iodine deficiency disorders" … "IDD", "a bungalow park" … "BP": an acronym whose letters begin a run of lower-case
 * nouns and adjectives in the article abbreviates that term. A body's name is written with capitals ("World Health
 * Organization"), and a run with a verb or a function word in it ("not yet called", "each unit") is no term.
 */
function abbreviatesTerm(words: Word[], letters: string): boolean {
  const initials = letters.toLowerCase();
  next: for (let k = 0; k + initials.length <= words.length; k++) {
    for (let j = 0; j < initials.length; j++) {
      const w = words[k + j];
      if (w.lower[0] !== initials[j] || !TERM_WORDS.has(w.pos) || (w.capitalised && !(j === 0 && w.positional))) continue next;
    }
    return true;
  }
  return false;
}
