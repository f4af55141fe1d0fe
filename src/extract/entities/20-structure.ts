/**
 * Pass 2: what the words of a span say by themselves. A title before it makes a person; an organisation
 * or place head word at its end ("Commission", "Sea"), or before "of" ("University of", "Gulf of"), makes
 * an organisation or a place; a name of the shape "Xxx von der Yyy", "Xxx bin Yyy" is a person.
 */
import { indexLexicon } from '../rules/entities/lexicon.js';
import { knownOrganisationGroups, nationalSocietyMovements } from '../rules/entities/known-organisations.js';
import { miscFirstWords, miscHeadGroups } from '../rules/entities/misc-words.js';
import { organisationFirstWords, organisationHeadGroups, organisationOfHeads, organisationTailPhrases, newspaperShortNames, numberedUnitHeads, stateOrganOfHeads, teamDivisionHeads } from '../rules/entities/organisation-words.js';
import { particleGroups, personOnlyParticles } from '../rules/entities/particles.js';
import { placeFirstWords, placeHeadGroups, placeOfHeads, placeQualifierGroups, type PlaceWordGroup } from '../rules/entities/place-words.js';
import { gazetteer } from '../../normalise/gazetteer.js';
import { nameLexicon } from '../rules/entities/common-words.js';
import type { PlaceKind } from '../../record.js';
import type { Word } from './00-words.js';
import type { Span } from './span.js';

const orgHeads = indexLexicon(organisationHeadGroups);
const orgOfHeads = indexLexicon(organisationOfHeads);
const stateOrgans = indexLexicon([stateOrganOfHeads]);
const unitHeads = indexLexicon([numberedUnitHeads]);
const newspapers = indexLexicon([newspaperShortNames]);
/** "65th", "3", "102d": an ordinal or a small number before a unit's name */
const UNIT_NUMBER = /^(?:\d{1,3}(?:st|nd|rd|th|d)?)$/;
/** "BBC Radio 1", "Nova Television 2": a broadcaster's channel is numbered, and the number is part of its name */
const CHANNEL_HEADS = new Set(['radio', 'television', 'tv', 'channel']);
const CHANNEL_NUMBER = /^\d{1,2}$/;
/** "Power98FM", "Mix94.5FM": a brand, its frequency and the band written as one word */
const STATION_WORD = /^\p{Lu}\p{L}*\d+(?:\.\d)?FM$/u;
const particles = indexLexicon(particleGroups);
const personParticles = indexLexicon([personOnlyParticles]);
const miscHeads = indexLexicon(miscHeadGroups);
const miscFirst = indexLexicon(miscFirstWords);
const directions = indexLexicon(placeQualifierGroups);
const knownOrganisations = indexLexicon(knownOrganisationGroups);
const nationalSocieties = indexLexicon([nationalSocietyMovements]);
/** "Hall of Fame" -> ["hall", "of", "fame"]: matched against a span's last words */
const orgTails = organisationTailPhrases.flatMap((g) => g.words.map((w) => ({ words: w.toLowerCase().split(' '), reason: g.reason })));
const orgFirst = new Map(organisationFirstWords.flatMap((g) => g.words.map((w) => [w, g.reason] as const)));

function kindIndex(groups: readonly PlaceWordGroup[]): Map<string, { kind: PlaceKind; reason: string }> {
  const index = new Map<string, { kind: PlaceKind; reason: string }>();
  for (const g of groups) for (const w of g.words) index.set(w.toLowerCase(), { kind: g.kind, reason: g.reason });
  return index;
}
const placeHeads = kindIndex(placeHeadGroups);
const placeOf = kindIndex(placeOfHeads);
const placeFirst = kindIndex(placeFirstWords);

export function classifyByStructure(spans: Span[], words: Word[], text: string): void {
  for (const span of spans) {
    if (span.type || span.misc) continue;
    if (isCapitalisedKind(span, words) && !narrowToOwnerOfKind(span, words, text)) {
      span.misc = true;
      span.reason = 'ordinary capitalised words after "a"/"an": a kind of thing, not a name';
      continue;
    }
    if (namesADivisionOfTeams(span, words)) {
      set(span, 'ORG', teamDivisionHeads.reason, true);
      continue;
    }
    if (frequencyBeforeCallSign(span, words)) {
      takePreviousWord(span, words, text);
      set(span, 'ORG', 'a radio station named by its frequency and call sign ("882 6PR")', true);
      continue;
    }
    if (numberedTeamAfter(span, words)) {
      takeNextWord(span, words, text);
      set(span, 'ORG', 'a town and its players named by a number ("Ottawa 67s", "Philadelphia 76ers"): a team', true);
      continue;
    }
    if (namesAnAwardGiver(span, words)) {
      dropLastWord(span, words, text);
      set(span, 'ORG', 'before an award for a player ("Budweiser Man of the Match"): its sponsor or the body that gives it', true);
      continue;
    }
    const inner = words.slice(span.first, span.last);
    const names = inner.filter((w) => w.capitalised || w.acronym);
    const firstLower = inner[0].lower;
    // "Austin American-Statesman", "Fort Worth Star-Telegram": a hyphenated last word ends in its head
    const lastLower = orgHeadOfHyphenated(inner[inner.length - 1].lower);
    const ofAt = inner.findIndex((w) => /^(of|for|on)$/.test(w.text));
    const headBeforeOf = ofAt > 0 ? inner.slice(0, ofAt).map((w) => w.text).join(' ').toLowerCase() : '';
    const wordBeforeOf = ofAt > 0 ? inner[ofAt - 1].lower : '';

    const headLower = /^[IVX]+$/.test(inner[inner.length - 1].text) && inner.length > 1 ? inner[inner.length - 2].lower : lastLower;
    const tail = names.length > 1 ? orgTails.find((t) => endsWith(inner, t.words)) : undefined;
    const congressFrom = lastLower === 'congress' ? countryBefore(inner) : -1;
    if (inner.length === 1 && STATION_WORD.test(inner[0].text)) {
      set(span, 'ORG', 'a radio station named by its brand and frequency in one word ("Power98FM")', true);
    } else if (inner.length > 1 && isNationalityWord(inner[0]) && nationalSocieties.has(inner.slice(1).map((w) => w.text).join(' ').toLowerCase())) {
      set(span, 'ORG', nationalSocietyMovements.reason, true);
    } else if (knownOrganisations.has(span.text.toLowerCase())) {
      set(span, 'ORG', knownOrganisations.get(span.text.toLowerCase())!, true);
    } else if (inner.length === 1 && newspapers.has(firstLower) && words[span.first - 1]?.lower === 'the' && !inner[0].possessive && !(words[span.last]?.text === 'and' && words[span.last + 1]?.capitalised)) {
      // not "The Globe" of "The Globe and Mail"
      set(span, 'ORG', newspapers.get(firstLower)!, true);
    } else if (tail && inner.length > tail.words.length) {
      set(span, 'ORG', tail.reason, true);
    } else if (names.length > 1 && lastLower === 'conference' && CONFERENCE_PLAY.test(words[span.last]?.text ?? '')) {
      set(span, 'ORG', 'a conference whose championships are won or whose teams play: an athletic conference, a body of colleges', true);
    } else if (congressFrom >= 0) {
      for (let k = congressFrom; k > 0; k--) dropFirstWord(span, words);
      set(span, 'ORG', "a country's congress: its legislature, or a party (\"Indian National Congress\"), not a meeting", true);
    } else if (names.length > 1 && !givenNameFirst(inner) && (miscHeads.has(headLower) || miscFirst.has(firstLower))) {
      span.misc = true;
      span.reason = miscHeads.get(headLower) ?? miscFirst.get(firstLower)!;
    } else if (span.titles.length > 0 && !orgHeads.has(lastLower) && !placeHeads.has(lastLower)) {
      set(span, 'PERSON', `title: ${span.titles.join(', ')}`, true);
    } else if (ofAt > 0 && (orgOfHeads.has(headBeforeOf) || orgOfHeads.has(wordBeforeOf))) {
      set(span, 'ORG', orgOfHeads.get(headBeforeOf) ?? orgOfHeads.get(wordBeforeOf)!, true);
      if (ofAt > 1 && isNationalityWord(inner[0]) && stateOrgans.has(inner.slice(1, ofAt).map((w) => w.lower).join(' '))) dropFirstWord(span, words);
    } else if (ofAt > 0 && orgHeads.has(wordBeforeOf)) {
      set(span, 'ORG', orgHeads.get(wordBeforeOf)!, true);
    } else if (ofAt > 0 && (placeOf.has(wordBeforeOf) || placeHeads.has(wordBeforeOf))) {
      const p = placeOf.get(wordBeforeOf) ?? placeHeads.get(wordBeforeOf)!;
      set(span, 'PLACE', p.reason, true, p.kind);
    } else if (names.length === 2 && lastLower === 'front' && WAR_FRONT.test(inner[0].text)) {
      set(span, 'PLACE', 'a front line named by its direction ("the Western Front"); parties are "National", "Popular" fronts', true, 'region');
    } else if (names.length > 1 && orgFirst.has(inner[0].text) && !isRankOrKind(span, words)) {
      set(span, 'ORG', orgFirst.get(inner[0].text)!, true);
    } else if (unitHeads.has(lastLower) && UNIT_NUMBER.test(words[span.first - 1]?.text ?? '')) {
      // "the 501st Legion", "65 Fighter Wing": a unit's number makes its head a unit, though "Wing" alone is no body
      set(span, 'ORG', unitHeads.get(lastLower)!, true);
      takePreviousWord(span, words, text);
    } else if (namesANumberedUnitByAcronym(span, words)) {
      // "the 98th PVI", "93d PVI": a unit's ordinal before its acronym (not "the 5th BRICS summit", nor a place: "62d NY")
      set(span, 'ORG', 'an ordinal before an acronym that ends the phrase: a numbered unit', true);
      takePreviousWord(span, words, text);
    } else if (names.length > 1 && orgHeads.has(lastLower) && gazetteer().lookup(span.text).length === 0) {
      // "La Union" is a province: a gazetteer name is left to the gazetteer pass
      set(span, 'ORG', orgHeads.get(lastLower)!, true);
      if (CHANNEL_HEADS.has(lastLower) && CHANNEL_NUMBER.test(words[span.last]?.text ?? '')) takeNextWord(span, words, text);
    } else if (names.length > 1 && placeHeads.has(lastLower)) {
      const p = placeHeads.get(lastLower)!;
      set(span, 'PLACE', p.reason, true, p.kind);
    } else if (names.length > 1 && directions.has(firstLower) && gazetteer().lookup(inner.slice(1).map((w) => w.text).join(' ')).length > 0) {
      set(span, 'PLACE', directions.get(firstLower)!, false, 'region');
      // its country is the known place's; the coordinates are not, so the readings only lend the country
      span.countryOf = gazetteer().lookup(inner.slice(1).map((w) => w.text).join(' '))[0].countryCode;
    } else if (names.length > 1 && placeFirst.has(firstLower)) {
      const p = placeFirst.get(firstLower)!;
      set(span, 'PLACE', p.reason, false, p.kind);
    } else if (names.length > 1 && hasPersonParticle(inner)) {
      set(span, 'PERSON', 'name particle between names', true);
    }
  }
}

/**
 * "As an Air Division, it …", "a Specialist Group of the Society", "a Scout Museum inaugurated in 2007":
 * a name is one of its kind, so "a" before ordinary words capitalised for their importance makes them a
 * kind, not a name ("a Putnam Fellow", "a Parker Fly Delux" guitar). Not when a noun follows: "a Supreme
 * Court justice" uses the name as a modifier; nor a place ("a United States Representative").
 */
function isCapitalisedKind(span: Span, words: Word[]): boolean {
  const before = words[span.first - 1];
  if (!before || (before.text !== 'a' && before.text !== 'an') || span.last - span.first < 2) return false;
  const inner = words.slice(span.first, span.last);
  if (inner.some((w) => w.acronym || w.possessive) || gazetteer().lookup(span.text).length > 0) return false;
  const next = words[span.last];
  // "an Edward Steichen and Andy Warhol exhibit": names joined before the noun they qualify
  if (next && /^(and|or|&)$/.test(next.text) && words[span.last + 1]?.capitalised) return false;
  return !(next && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN');
}

/**
 * "a Specialist Group of the British Computer Society": the kind is not a name, but what it belongs to after
 * "of the" is; the span becomes that owner. Returns false when no owner follows.
 */
function narrowToOwnerOfKind(span: Span, words: Word[], text: string): boolean {
  const at = words.slice(span.first, span.last).findIndex((w) => w.text === 'of');
  const owner = span.first + at + 2;
  if (at < 1 || words[owner - 1].text !== 'the' || owner >= span.last) return false;
  span.first = owner;
  span.start = words[owner].start;
  span.text = text.slice(span.start, span.end);
  return true;
}

const WAR_FRONT = /^(?:Western|Eastern|Northern|Southern)$/;
/** what follows an athletic conference, never a meeting: "Southwest Conference championships", "Big East Conference play" */
const CONFERENCE_PLAY = /^(?:championships?|titles?|champions?|standings|play|rivals?|teams|schools|opponents?|tournament|football|basketball|baseball)$/;
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)$/i;

/**
 * "a consensus 1st Team All-American", "BMX and Racing Bicycles": a club prefix after an ordinal is a rank,
 * and one before the plural of an ordinary noun is a kind of thing ("FC Basel", "Team Sky" name one body).
 */
function isRankOrKind(span: Span, words: Word[]): boolean {
  if (ORDINAL.test(words[span.first - 1]?.text ?? '')) return true;
  const last = words[span.last - 1];
  return span.last - span.first === 2 && /^\p{Lu}\p{Ll}+s$/u.test(last.text) && nameLexicon().isCommon(last.lower.slice(0, -1));
}

function orgHeadOfHyphenated(lower: string): string {
  const dash = lower.lastIndexOf('-');
  if (dash < 0 || orgHeads.has(lower)) return lower;
  const tail = lower.slice(dash + 1);
  return orgHeads.has(tail) ? tail : lower;
}

/** a session's ordinal before the country ("Twenty-fourth United States Congress"): not part of the body's name */
const SESSION_ORDINAL = /^(?:\d+(?:st|nd|rd|th)|(?:\p{L}+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+ieth))$/iu;

/**
 * "United States Congress", "Philippine Congress", "Indian National Congress": the index where a country or its
 * nationality (and "National") starts, before the last word, after session ordinals only; -1 when the words
 * before are something else ("Party Congress", "World Congress of Cardiology").
 */
function countryBefore(inner: Word[]): number {
  let k = 0;
  while (k < inner.length - 2 && SESSION_ORDINAL.test(inner[k].text)) k++;
  const before = inner.slice(k, -1);
  const national = before.length > 1 && before[before.length - 1].lower === 'national' ? before.slice(0, -1) : before;
  if (national.length === 0) return -1;
  const name = national.map((w) => w.text).join(' ');
  const country = gazetteer().lookup(name).some((p) => p.kind === 'country') || (national.length === 1 && isNationalityWord(national[0]));
  return country ? k : -1;
}

function isNationalityWord(w: Word): boolean {
  return w.capitalised && !w.acronym && (nameLexicon().isDemonym(w.lower) || gazetteer().demonym(w.text) !== undefined);
}

/** "65th" + "Air Division" → "65th Air Division" */
function takePreviousWord(span: Span, words: Word[], text: string): void {
  span.first--;
  span.start = words[span.first].start;
  span.text = text.slice(span.start, span.end);
}

const teamDivisions = indexLexicon([teamDivisionHeads]);
const DIVISION_MARK = /^(?:[A-H]|I{1,3}|IV)$/;

/**
 * "Group G", "Pool B", "NCAA Division II": a league's division or a tournament's group is named by a letter or a
 * numeral after its head; not "Group A streptococcus", where a noun follows.
 */
function namesADivisionOfTeams(span: Span, words: Word[]): boolean {
  const n = span.last - span.first;
  if (n < 2 || !DIVISION_MARK.test(words[span.last - 1].text) || !teamDivisions.has(words[span.last - 2].lower)) return false;
  const next = words[span.last];
  return !(next && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN');
}

/** "6PR", "3AW": a call sign, a digit and capitals */
const CALL_SIGN = /^\d\p{Lu}{2,3}$/u;

/** "882 6PR", "1116 3AW": the AM frequency in kHz before a call sign is part of the station's name */
function frequencyBeforeCallSign(span: Span, words: Word[]): boolean {
  if (span.last - span.first !== 1 || !CALL_SIGN.test(words[span.first].text)) return false;
  const before = words[span.first - 1];
  if (!before || !/^\d{3,4}$/.test(before.text) || before.end + 1 !== words[span.first].start) return false;
  const khz = Number(before.text);
  return khz >= 531 && khz <= 1710;
}

const UNIT_ORDINAL = /^\d{1,3}(?:st|nd|rd|th|d)$/;

function namesANumberedUnitByAcronym(span: Span, words: Word[]): boolean {
  const w = words[span.first];
  if (span.last - span.first !== 1 || !w.acronym || !/^\p{Lu}{3,5}$/u.test(w.text) || !UNIT_ORDINAL.test(words[span.first - 1]?.text ?? '')) return false;
  if (words[span.first - 1].end + 1 !== w.start) return false;
  const next = words[span.last];
  if (next && (next.capitalised || (/^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ')))) return false;
  return gazetteer().lookup(w.text).length === 0;
}

/** "67s", "76ers", "49ers": a team's players named by a number */
const NUMBERED_PLAYERS = /^\d{2}(?:er)?s$/;

function numberedTeamAfter(span: Span, words: Word[]): boolean {
  const next = words[span.last];
  if (!next || !NUMBERED_PLAYERS.test(next.text) || next.start !== span.end + 1) return false;
  // "Paris 60s fashion": a decade before a noun
  const after = words[span.last + 1];
  if (after && /^\p{Ll}/u.test(after.text) && (after.pos === 'NOUN' || after.pos === 'ADJ')) return false;
  return gazetteer().lookup(span.text).some((p) => p.kind === 'city');
}

const AWARD_WINNERS = new Set(['man', 'player', 'rookie', 'coach', 'manager', 'goalkeeper', 'team']);
const AWARD_PERIODS = new Set(['match', 'game', 'week', 'month', 'season', 'year', 'tournament', 'series']);

/**
 * "the Budweiser Man of the Match award", "the Barclays Player of the Month": the name before an award for a player
 * is its sponsor or the body that gives it (the award itself is not reported).
 */
function namesAnAwardGiver(span: Span, words: Word[]): boolean {
  if (span.last - span.first < 2 || !AWARD_WINNERS.has(words[span.last - 1].lower) || words[span.last]?.lower !== 'of') return false;
  const period = words[span.last + 1]?.lower === 'the' ? words[span.last + 2] : words[span.last + 1];
  return !!period && period.capitalised && AWARD_PERIODS.has(period.lower) && !words[span.last - 2].possessive;
}

function dropLastWord(span: Span, words: Word[], text: string): void {
  span.last--;
  span.end = words[span.last - 1].end;
  span.text = text.slice(span.start, span.end);
}

/** "BBC Radio" + "1" → "BBC Radio 1" */
function takeNextWord(span: Span, words: Word[], text: string): void {
  span.last++;
  span.end = words[span.last - 1].end;
  span.text = text.slice(span.start, span.end);
}

/** "Greek Ministry of Culture" → "Ministry of Culture" */
function dropFirstWord(span: Span, words: Word[]): void {
  span.first++;
  span.start = words[span.first].start;
  span.text = span.text.slice(span.start - words[span.first - 1].start);
}

function endsWith(inner: Word[], phrase: readonly string[]): boolean {
  const from = inner.length - phrase.length;
  return from >= 0 && phrase.every((w, n) => inner[from + n].lower === w);
}

export function set(span: Span, type: Span['type'], reason: string, certain: boolean, placeKind?: PlaceKind): void {
  span.type = type;
  span.reason = reason;
  span.certain = certain;
  if (placeKind) span.placeKind = placeKind;
}

/**
 * "Ursula von der Leyen", "Mohammed bin Salman": particles that only people carry. Romance particles
 * ("de", "des", "da") also join place and club names ("Olympique de Marseille", "Parc des Princes"), so
 * they make a person only after a given name and before a word that is no place.
 */
export function hasPersonParticle(inner: Word[]): boolean {
  const lexicon = nameLexicon();
  const at = inner.findIndex((w, n) => n > 0 && n < inner.length - 1 && particles.has(w.lower) && /^\p{Ll}/u.test(w.text));
  if (at < 0) return false;
  if (personParticles.has(inner[at].lower)) return true;
  const given = inner[0].lower.split(/[-‐]/)[0];
  return lexicon.isFirstName(given) && gazetteer().lookup(inner[inner.length - 1].text).length === 0;
}

/** one of the organisations of known-organisations.ts ("NATO", "World Health Organization") */
export function isKnownOrganisation(text: string): boolean {
  return knownOrganisations.has(text.toLowerCase());
}

/** "Nathan Law", "Grace Bill": two words, a given name that is no ordinary word first — a person, not a law */
function givenNameFirst(inner: Word[]): boolean {
  const first = inner[0].lower;
  return inner.length === 2 && nameLexicon().isFirstName(first) && !nameLexicon().isWord(first);
}
