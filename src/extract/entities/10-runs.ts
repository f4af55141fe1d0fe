/**
 * Pass 1: runs of capitalised words, joined across the connectors names contain ("Ursula von der Leyen",
 * "University of Texas", "Procter & Gamble Company"), then cut at titles: "European Commission President
 * Ursula von der Leyen" gives the span "European Commission" and the span "Ursula von der Leyen" with the
 * title "President". Leading function words ("The") go; a run that is only a title or a demonym goes.
 */
import { isUnambiguousIsoCurrency } from '../../normalise/currency.js';
import { gazetteer } from '../../normalise/gazetteer.js';
import { nameLexicon } from '../rules/entities/common-words.js';
import { indexLexicon } from '../rules/entities/lexicon.js';
import { nationalSocietyMovements, organisationAcronyms } from '../rules/entities/known-organisations.js';
import { miscFirstWords, miscHeadGroups } from '../rules/entities/misc-words.js';
import { leadingFunctionWords, notEntityGroups } from '../rules/entities/not-entities.js';
import { legalFormSuffixes, numberedUnitHeads, organisationFirstWords, organisationHeadGroups, organisationOfHeads, partyAdjectives, partyMemberNouns, teamDivisionHeads } from '../rules/entities/organisation-words.js';
import { particleGroups } from '../rules/entities/particles.js';
import { administrativeDivisionHeads, placeFirstWords, placeHeadGroups, placeOfHeads, routeHeads } from '../rules/entities/place-words.js';
import { ambiguousLowerCaseTitles, surnameTitles, titleGroups, titleModifiers } from '../rules/entities/titles.js';
import { BARE_APOSTROPHE, POSSESSIVE_S, type Word } from './00-words.js';
import { isPluralOfNoun } from './plurals.js';
import type { Span } from './span.js';

const titles = indexLexicon(titleGroups);
const titleFirstWords = new Set([...titles.keys()].map((t) => t.split(' ')[0]));
const modifiers = indexLexicon(titleModifiers);
const particles = indexLexicon(particleGroups);
const functionWords = indexLexicon([leadingFunctionWords]);
const calendarWords = indexLexicon([notEntityGroups[1]]);
const notEntities = indexLexicon(notEntityGroups);
// "Battle of Antietam", "Siege of Petersburg": an event named after its place is one name, not the place
const ofHeads = indexLexicon([...organisationOfHeads, ...placeOfHeads, ...organisationHeadGroups, ...placeHeadGroups, ...miscFirstWords]);
const heads = indexLexicon([...organisationHeadGroups, ...placeHeadGroups]);
const miscHeads = indexLexicon(miscHeadGroups);
const nationalSocieties = indexLexicon([nationalSocietyMovements]);
const militaryUnits = indexLexicon([numberedUnitHeads]);
const legalForms = indexLexicon([legalFormSuffixes]);
const orgHeads = indexLexicon(organisationHeadGroups);
const clubFirstWords = indexLexicon(organisationFirstWords);
const MAX_TITLE_WORDS = 4;
const placeFirstWordSet = indexLexicon(placeFirstWords);
const ambiguousLowerTitles = indexLexicon([ambiguousLowerCaseTitles]);
const routes = indexLexicon([routeHeads]);
const divisionHeads = indexLexicon([administrativeDivisionHeads]);
const parties = indexLexicon([partyAdjectives]);
const partyMembers = indexLexicon([partyMemberNouns]);

function isNameWord(w: Word | undefined): w is Word {
  // a capitalised word or an acronym starts with a cased letter: no need to look for letters
  if (!w || !(w.capitalised || w.acronym)) return false;
  if (calendarWords.has(w.lower)) return false;
  return true;
}

/**
 * In a Title-Case heading every word is capitalised, so runs are cut at function words, and a piece that
 * is not a known name or a name with a head word ("Civic Party") is cut again at ordinary words:
 * "Tokayev Meets EU Leaders In Samarkand" gives "Tokayev", "EU", "Samarkand".
 */
function headingRuns(words: Word[], from: number, to: number, text: string): Span[] {
  const lexicon = nameLexicon();
  const out: Span[] = [];
  let k = from;
  while (k < to) {
    while (k < to && (!isNameWord(words[k]) || functionWords.has(lower(words[k])))) k++;
    let end = k;
    for (;;) {
      if (end < to && isNameWord(words[end]) && !functionWords.has(lower(words[end])) && !words[end - 1]?.possessive) end++;
      else if (end > k && end + 1 < to && lower(words[end]) === 'of' && ofHeads.has(lower(words[end - 1])) && isNameWord(words[end + 1])) end += 2; // "Plains Of Abraham"
      else break;
    }
    if (end <= k) break;
    const piece = words.slice(k, end);
    const known = gazetteer().lookup(piece.map((w) => w.text).join(' ')).length > 0 || heads.has(lower(piece[piece.length - 1])) || piece.some((w) => lower(w) === 'of') || isTeamDivision(piece);
    if (known && piece.length > 1) out.push(...cutRun(words, k, end, text));
    else {
      let p = k;
      while (p < end) {
        while (p < end && !words[p].acronym && lexicon.isCommon(lower(words[p]))) p++;
        let q = p;
        while (q < end && (words[q].acronym || !lexicon.isCommon(lower(words[q])))) q++;
        if (q > p) out.push(...cutRun(words, p, q, text));
        p = q;
      }
    }
    k = end;
  }
  return out;
}

const teamDivisions = indexLexicon([teamDivisionHeads]);
const DIVISION_LETTER = /^[A-H]$/;

/** "Group G — Belgium 3 – 0 Panama", "Pool B": a tournament's group is named by its head and a letter, a heading's first words or not */
function isTeamDivision(piece: readonly Word[]): boolean {
  return piece.length === 2 && teamDivisions.has(lower(piece[0])) && DIVISION_LETTER.test(piece[1].text);
}

function lower(w: Word): string {
  return w.lower;
}

/** the longest title phrase starting at word i inside [i, end), as a word count (0: none) */
function titleAt(words: Word[], i: number, end: number, runStart = -1): number {
  // "Church of Our Lady of Compassion": the Virgin Mary, not a title before a person
  if (lower(words[i]) === 'lady' && lower(words[i - 1] ?? words[i]) === 'our') return 0;
  const startsTitle = titleFirstWords.has(lower(words[i]));
  for (let k = startsTitle ? Math.min(MAX_TITLE_WORDS, end - i) : 0; k >= 1; k--) {
    const phrase = words.slice(i, i + k).map((w) => w.text).join(' ').toLowerCase();
    if (titles.has(phrase)) return k;
  }
  // a role noun opening a run before a name ("Author J.K. Rowling", "Engineer John Greiner")
  if (i === runStart && i + 1 < end && nameLexicon().isRole(lower(words[i])) && !/^(the|a|an|of|for)$/i.test(words[i - 1]?.text ?? '')
    && !words.slice(i, end).some((w) => heads.has(lower(w)))) return 1;
  return 0;
}

export function findRuns(words: Word[], text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < words.length) {
    if (words[i].heading) {
      let end = i;
      while (end < words.length && words[end].heading && words[end].paragraph === words[i].paragraph) end++;
      spans.push(...headingRuns(words, i, end, text));
      i = end;
      continue;
    }
    if (!isNameWord(words[i])) {
      i++;
      continue;
    }
    let last = i;
    let hasOf = false;
    for (;;) {
      const w = words[last];
      const company = w.possessive && last === i ? possessiveCompanyEnd(words, last) : -1;
      if (company > 0) {
        last = company;
        break;
      }
      const unit = last === i ? commandersUnitEnd(words, last) : -1;
      if (unit > 0) {
        last = unit;
        break;
      }
      const body = pluralPossessiveBodyEnd(words, last);
      if (body > 0) {
        last = body;
        break;
      }
      if (w.possessive || w.tail) break;
      const next = words[last + 1];
      if (isNameWord(next) && next.paragraph === w.paragraph && next.sentence === w.sentence && !/\n/.test(text.slice(w.end, next.start))) {
        last++;
        continue;
      }
      const nicknamed = nicknameEnd(words, i, last);
      if (nicknamed > 0) {
        last = nicknamed;
        continue;
      }
      const joined = connectorEnd(words, i, last, hasOf);
      if (joined < 0) break;
      if (/^(of|for|on)$/i.test(words[last + 1].text)) hasOf = true;
      last = joined;
    }
    if (hasOf) last = fieldListEnd(words, i, last);
    for (const span of cutRun(words, i, last + 1, text)) spans.push(span);
    i = last + 1;
  }
  return spans;
}

/**
 * "Nicholson's Limited", "Nicholson's Broadcasting Service Pty Ltd": a founder's possessive, ordinary words and a
 * legal form are one company's name. Not a place's or a nation's ("Japan's Toshiba Corp"), nor before another
 * name ("Buffett's Berkshire Hathaway Inc"). Returns the index of the last word of the legal form, or -1.
 */
function possessiveCompanyEnd(words: Word[], owner: number): number {
  const w = words[owner];
  if (w.acronym || !POSSESSIVE_S.has(words[owner + 1]?.text ?? '') || isNationality(w) || gazetteer().lookup(w.text).length > 0) return -1;
  const lexicon = nameLexicon();
  let k = owner + 2;
  while (k < owner + 5 && isNameWord(words[k]) && !legalForms.has(lower(words[k])) && lexicon.isCommon(lower(words[k]))) k++;
  if (!isNameWord(words[k]) || !legalForms.has(lower(words[k]))) return -1;
  while (isNameWord(words[k + 1]) && legalForms.has(lower(words[k + 1]))) k++;
  return isNameWord(words[k + 1]) ? -1 : k;
}

/** the units named after their commander ("Howe's Brigade"): not an army or a force, which a country has */
const COMMANDED_UNITS = new Set(['brigade', 'division', 'corps', 'regiment', 'battalion', 'squadron', 'legion']);

/**
 * "Howe's Brigade of Couch's Division": a unit named after its commander takes the commander's possessive into its
 * name. Returns the index of the unit's head, or -1.
 */
function commandersUnitEnd(words: Word[], owner: number): number {
  const w = words[owner];
  if (!w.possessive || w.acronym || !POSSESSIVE_S.has(words[owner + 1]?.text ?? '')) return -1;
  const head = words[owner + 2];
  if (!isNameWord(head) || !COMMANDED_UNITS.has(lower(head)) || isNameWord(words[owner + 3])) return -1;
  return gazetteer().lookup(w.text).length === 0 && !isNationality(w) ? owner + 2 : -1;
}

const MINISTRIES = new Set(['department', 'ministry']);

/**
 * "Department of Natural Resources, Mines and Water", "Ministry of Culture, Sports and Tourism": a ministry named by
 * a list of its fields (ordinary words, capitalised) goes on over the list to its last field. Returns the run's new
 * last word, `last` when no such list follows.
 */
function fieldListEnd(words: Word[], first: number, last: number): number {
  const ofAt = words.slice(first, last + 1).findIndex((w) => lower(w) === 'of');
  if (ofAt < 1 || !MINISTRIES.has(lower(words[first + ofAt - 1]))) return last;
  const lexicon = nameLexicon();
  const field = (w: Word | undefined) => isNameWord(w) && !w.acronym && lexicon.isCommon(lower(w));
  let k = last;
  while (words[k + 1]?.text === ',' && field(words[k + 2])) {
    k += 2;
    while (field(words[k + 1])) k++;
  }
  if (k === last && words[k + 1]?.text !== ',') return last;
  const and = words[k + 1]?.text === ',' ? k + 2 : k + 1;
  if (lower(words[and] ?? words[k]) !== 'and' || !field(words[and + 1])) return last;
  k = and + 1;
  while (field(words[k + 1])) k++;
  return isNameWord(words[k + 1]) ? last : k;
}

/**
 * "Ratepayers' Association", "Teachers' Union": the members in the plural possessive, then the body's head, are one
 * name. Returns the index of the head, or -1 ("Devil Rays' Manager Lou Piniella", "Seven Years' War").
 */
function pluralPossessiveBodyEnd(words: Word[], owner: number): number {
  if (!/s$/.test(words[owner].text) || !BARE_APOSTROPHE.has(words[owner + 1]?.text ?? '')) return -1;
  let k = owner + 2;
  while (k < owner + 4 && isNameWord(words[k + 1]) && !orgHeads.has(lower(words[k]))) k++;
  return isNameWord(words[k]) && orgHeads.has(lower(words[k])) && !isNameWord(words[k + 1]) ? k : -1;
}

const OPENING_QUOTE = /^["“]$/;
const CLOSING_QUOTE = /^["”]$/;

/**
 * William "Buckshot" May, Harold "Junior" Theriault: a nickname in quotes between a given name and a
 * surname belongs to the name. Returns the index of the surname, or -1.
 */
function nicknameEnd(words: Word[], first: number, last: number): number {
  if (!nameLexicon().isFirstName(lower(words[first])) || !OPENING_QUOTE.test(words[last + 1]?.text ?? '')) return -1;
  let k = last + 2;
  while (k < last + 4 && isNameWord(words[k]) && !words[k].possessive) k++;
  const surname = words[k + 1];
  if (k === last + 2 || !CLOSING_QUOTE.test(words[k]?.text ?? '') || !isNameWord(surname) || functionWords.has(lower(surname))) return -1;
  return surname.sentence === words[first].sentence && surname.paragraph === words[first].paragraph ? k + 1 : -1;
}

/** the index of the name word a connector after `last` leads to, or -1 when the run ends here */
function connectorEnd(words: Word[], first: number, last: number, hasOf: boolean): number {
  const w = words[last];
  let k = last + 1;
  const connector: Word[] = [];
  while (k < words.length && connector.length < 3 && !isNameWord(words[k]) && /^[\p{Ll}&]/u.test(words[k].text) && words[k].sentence === w.sentence) {
    connector.push(words[k]);
    k++;
  }
  const target = words[k];
  if (connector.length === 0 || !isNameWord(target) || target.paragraph !== w.paragraph) return -1;
  const c = connector.map(lower).join(' ');
  // a title with "of" inside ("Secretary of State") stays one piece
  const titleStart = words.slice(first, last + 1).findIndex((_, n) => titleAt(words, first + n, k + 1) === k + 1 - (first + n));
  if (titleStart >= 0) return k;
  if (connector.every((x) => particles.has(lower(x))) && !w.acronym && !target.acronym) return k;
  // "Anna Berg & Tom Weiss" are two people; "Bill & Melinda Gates Foundation" is one body
  if (c === '&') return last > first && nameLexicon().isFirstName(lower(target)) && nameLexicon().isFirstName(lower(words[first])) ? -1 : k;
  if (/^(of|for|of the|for the|de|de la|del|des|du|di)$/.test(c)) {
    // "the Swiss Super League for FC Basel": what a body is for is a field, not a team; "for" + a team is the sentence's
    if (c.startsWith('for') && namesATeam(words, k)) return -1;
    if (c === 'of' && namesDivisionOfPlace(words, first, last, k)) return -1;
    if (c.startsWith('of') && namesUnitOfUnit(words, last, k)) return -1;
    return ofHeads.has(lower(w)) || hasOf || (c === 'of' && runsIntoMemberTitle(words, k)) ? k : -1;
  }
  if (c === 'on') return orgHeads.has(lower(w)) && !/^\d/.test(words[k + 1]?.text ?? '') ? k : -1; // "Council on Foreign Relations", not "Club on May 15"
  if (c === 'upon' || c === 'on the' || c === 'am' || c === 'an der' || c === 'sur') {
    // "Newcastle upon Tyne", "Frankfurt am Main": only a known place joins this way
    return gazetteer().lookup(words.slice(first, k + 1).map((x) => x.text).join(' ')).length > 0 ? k : -1;
  }
  if (c === 'and' || c === 'and the') {
    let end = k;
    while (isNameWord(words[end + 1]) && words[end + 1].sentence === w.sentence) end++;
    // "X Institute and Y University" are two names; "Union of Atheists and Agnostics" is one
    if (hasOf && !words.slice(k, end + 1).some((x) => heads.has(lower(x)))) return k;
    // "House of Commons Science and Technology Committee": two fields before one body's head
    const right = words.slice(k, end + 1);
    if (c === 'and' && right.length <= 3 && orgHeads.has(lower(words[end])) && !heads.has(lower(w)) && !w.acronym && nameLexicon().isCommon(lower(w))
      && right.slice(0, -1).every((x) => !x.acronym && nameLexicon().isCommon(lower(x)))) return k;
    // "Securities and Exchange Commission", "Food and Drug Administration": one body named by two fields
    const left = words.slice(first, last + 1);
    // …but "Big Band and Twilite Orchestra" are two ensembles: a body's head in the singular ends the first
    const leftIsBody = orgHeads.has(lower(w)) && !isPluralOfNoun(w);
    if (c === 'and' && orgHeads.has(lower(words[end])) && left.length <= 2 && !leftIsBody && left.every((x) => !x.acronym && nameLexicon().isCommon(lower(x)))) {
      if (gazetteer().lookup(left.map((x) => x.text).join(' ')).length === 0) return k;
    }
    // "Portland and Ogdensburg Railroad": a route named after the places at its two ends
    if (c === 'and' && last === first && right.length <= 3 && routes.has(lower(words[end])) && !w.acronym && !nameLexicon().isCommon(lower(w))) return k;
    const whole = words.slice(first, end + 1).map((x) => x.text).join(' ');
    return gazetteer().lookup(whole).length > 0 ? k : -1;
  }
  return -1;
}

/** "a former United Farmers of Ontario MPP": the name after "of" runs into a member's title, so the words before name a party */
function runsIntoMemberTitle(words: Word[], k: number): boolean {
  let end = k;
  while (end - k < 3 && isNameWord(words[end + 1]) && words[end + 1].sentence === words[k].sentence) end++;
  return end > k && partyMembers.has(lower(words[end]));
}

/**
 * "Chittoor District of Andhra Pradesh", "Lviv Oblast of Ukraine": a division already named by its own name and
 * its head, then "of" and a known place or another division, is two places. "Metropolitan Borough of Wirral" names the borough by
 * the words after "of": an ordinary word before the head keeps the name whole.
 */
function namesDivisionOfPlace(words: Word[], first: number, last: number, k: number): boolean {
  if (last === first || !divisionHeads.has(lower(words[last]))) return false;
  if (words.slice(first, last).some((w) => w.acronym || nameLexicon().isCommon(lower(w)))) return false;
  let end = k;
  while (end - k < 3 && isNameWord(words[end + 1]) && words[end + 1].sentence === words[k].sentence) end++;
  return divisionHeads.has(lower(words[end])) || gazetteer().lookup(words.slice(k, end + 1).map((w) => w.text).join(' ')).length > 0;
}

/**
 * "Division of the IV Corps of the Army of the Potomac": a military unit, then "of" and another unit, is two
 * names, the unit and the larger one it belongs to (news names "IV Corps" and "the Army of the Potomac" alone).
 */
function namesUnitOfUnit(words: Word[], last: number, k: number): boolean {
  if (!militaryUnits.has(lower(words[last]))) return false;
  let end = k;
  while (end - k < 4 && isNameWord(words[end + 1]) && words[end + 1].sentence === words[k].sentence) end++;
  return militaryUnits.has(lower(words[end]));
}

/**
 * a team's name starts at `k`: a club prefix that is no English word ("FC Basel", "AC Milan"), or a place and the
 * capitalised plural of a noun ("St. Louis Eagles", "Boston Bruins")
 */
function namesATeam(words: Word[], k: number): boolean {
  const lexicon = nameLexicon();
  const first = words[k];
  if (clubFirstWords.has(lower(first)) && !lexicon.isWord(lower(first)) && isNameWord(words[k + 1])) return true;
  let end = k;
  while (end - k < 4 && isNameWord(words[end + 1]) && words[end + 1].sentence === first.sentence) end++;
  if (end === k) return false;
  if (!isPluralOfNoun(words[end])) return false;
  return gazetteer().lookup(words.slice(k, end).map((x) => x.text).join(' ')).length > 0;
}

/** cut a run at its titles and leading function words into the spans that name something */
function cutRun(words: Word[], from: number, to: number, text: string): Span[] {
  const out: Span[] = [];
  if (to - from > 1 && gazetteer().lookup(words.slice(from, to).map((w) => w.text).join(' ')).length > 0) return [makeSpan(words, from, to, text, [])];
  const champion = championAt(words, from, to);
  if (champion > 0) return [...cutRun(words, from, champion, text), ...cutRun(words, champion + 1, to, text)];
  while (from < to && functionWords.has(lower(words[from])) && !words[from].possessive && !namesAllSaints(words, from) && !isKnownBodyAcronym(words[from])) from++;
  // "Senior Anna Kowalska", "Yesterday Kazakhstan": an ordinary word capitalised by the sentence start
  if (to - from > 1 && words[from].positional && startsName(words, from + 1, to) && !isTeamDivision(words.slice(from, to))) from++;
  // "Texan Jane Miller", "Danish Television": a nationality before a name qualifies it
  // …but "British Red Cross" is the society of a movement, named by its nation
  const namesNationalSociety = () => nationalSocieties.has(words.slice(from + 1, to).map((w) => w.text).join(' ').toLowerCase());
  if (to - from > 1 && isNationality(words[from]) && gazetteer().lookup(words.slice(from, to).map((w) => w.text).join(' ')).length === 0 && !namesNationalSociety()) {
    const next = words[from + 1];
    const lone = to - from === 2 && !heads.has(lower(next)) && !nameLexicon().isCommon(lower(next));
    if ((nameLexicon().isFirstName(lower(next)) || lone) && !namesColonyOrPart(words, from, to)) from++;
  }
  if (from >= to) return out;
  const endsWithHead = heads.has(lower(words[to - 1])) && to - from > 1;
  let segmentStart = from;
  let pendingTitles: string[] = [];
  const before = words[from - 1];
  if (before && titles.has(lower(before)) && /^\p{Ll}/u.test(before.text) && !ambiguousLowerTitles.has(before.text)) pendingTitles.push(before.text);
  let p = from;
  while (p < to) {
    const k = endsWithHead && p === from ? 0 : titleAt(words, p, to, from);
    if (k === 0 || !namesAPerson(words, p + k, to) || isSurnameAfterGivenName(words, from, p, k, to)) {
      p++;
      continue;
    }
    // a title ends the span before it, and gives the words after it a person
    let titleFrom = p;
    while (titleFrom > segmentStart && modifiers.has(lower(words[titleFrom - 1]))) titleFrom--;
    if (titleFrom > segmentStart) {
      const left = makeSpan(words, segmentStart, titleFrom, text, pendingTitles);
      if (!isModifierOnly(left)) out.push(left);
      pendingTitles = [];
    }
    pendingTitles.push(text.slice(words[p].start, words[p + k - 1].end));
    p += k;
    segmentStart = p;
    // "President of the European Commission": the title's complement is not the person
    if (p < to && /^(of|for)$/i.test(words[p].text)) {
      pendingTitles = [];
      while (p < to && !isNameWord(words[p])) p++;
      segmentStart = p;
    }
  }
  if (segmentStart < to) out.push(...splitAtGivenName(words, segmentStart, to, text, pendingTitles));
  return out.filter((s) => !isModifierOnly(s) && !(s.last - s.first === 1 && isNotAnEntityWord(s.text) && !namesPartyOfMember(words, s) && !isKnownBodyAcronym(words[s.first])));
}

const surnamesOfTitles = indexLexicon([surnameTitles]);

/**
 * "Carole King", "Alexander Pope": a run of a given name and a one-word title that is also a surname names a person
 * ("LA Sheriff" is an acronym; "Art Director" no surname; "Felipe, King of Spain": a title with its complement)
 */
function isSurnameAfterGivenName(words: Word[], from: number, p: number, k: number, to: number): boolean {
  const given = words[from];
  return k === 1 && p === from + 1 && to === p + 1 && surnamesOfTitles.has(lower(words[p])) && given.capitalised && !given.acronym
    && nameLexicon().isFirstName(lower(given)) && words[to]?.lower !== 'of';
}

/** "WHO say …", "(WHO)": a well-known body's acronym that is also a function word; not in a line written in capitals */
function isKnownBodyAcronym(word: Word): boolean {
  return word.acronym && !word.heading && Object.hasOwn(organisationAcronyms, word.text);
}

/** "a Liberal member", "the Liberal caucus": a party's adjective right before its member names the party */
function namesPartyOfMember(words: Word[], span: Span): boolean {
  return parties.has(lower(words[span.first])) && partyMembers.has(words[span.last]?.lower ?? '');
}

const CHAMPION = new Set(['champion', 'champions']);

/**
 * "the NFL Champion Baltimore Colts", "Premier League Champions Liverpool": what a winner won, then the winner;
 * the word between is neither's name. Not "UEFA Champions League", "Champions Trophy": a body's or event's head follows it.
 */
function championAt(words: Word[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) {
    if (CHAMPION.has(lower(words[k])) && !heads.has(lower(words[k + 1])) && !miscHeads.has(lower(words[k + 1]))) return k;
  }
  return -1;
}

/** "All Souls College", "All Saints Church": named after the feasts, whose "All" is part of the name */
function namesAllSaints(words: Word[], k: number): boolean {
  return lower(words[k]) === 'all' && /^(saints|souls)$/.test(lower(words[k + 1] ?? words[k]));
}

/** a listed common word or acronym, or an ISO 4217 currency code ("KZT" is the tenge, not a body) */
function isNotAnEntityWord(word: string): boolean {
  return notEntities.has(word.toLowerCase()) || isUnambiguousIsoCurrency(word);
}

/**
 * "ambassador to the United States Kofi Mensah", "University of Ghana Ama Owusu": a place or
 * an organisation name run into a person's name is cut before the given name.
 */
function splitAtGivenName(words: Word[], from: number, to: number, text: string, spanTitles: string[]): Span[] {
  const lexicon = nameLexicon();
  // "Pakistan Boy Scouts Association": a name that ends in a body's head word is one body ("Fort Worth Star-Telegram")
  if (orgHeads.has(lower(words[to - 1])) || orgHeads.has(lower(words[to - 1]).split('-').pop()!)) return [makeSpan(words, from, to, text, spanTitles)];
  // "Water Council Amara Diallo", "Minister of Health Lina Haddad": a body or a field, then a two-word name
  if (to - from >= 3) {
    const p = to - 2;
    const left = words.slice(from, p);
    const right = words.slice(p, to);
    // "Council on Foreign Affairs Mira Salem": a body named "X on/of Y" before a two-word name
    const leftIsBody = heads.has(lower(left[left.length - 1])) || left.every((w) => lexicon.isCommon(lower(w)) || /^(of|for|the|on)$/.test(w.text))
      || (orgHeads.has(lower(left[0])) && /^(of|on|for)$/.test(left[1]?.text ?? ''));
    // a given name first lets the surname be a place name too ("Mira Salem")
    const notPlace = (w: Word) => gazetteer().lookup(w.text).length === 0;
    const rightIsPerson = right.every((w) => w.capitalised && !w.acronym && !heads.has(lower(w)) && !lexicon.isCommon(lower(w)))
      && notPlace(right[0]) && (notPlace(right[1]) || lexicon.isFirstName(lower(right[0])));
    // "Liberal Party of Nova Scotia", "House of Luiz Caloi": after "of" the words complete the body's name
    const complement = /^(of|for|the|on)$/.test(left[left.length - 1].text);
    if (leftIsBody && rightIsPerson && !complement && left.some((w) => w.capitalised)) {
      return [makeSpan(words, from, p, text, []), makeSpan(words, p, to, text, spanTitles)];
    }
  }
  // "Tampa Bay Area": a given name that starts a place's head phrase does not start a person
  const headed = heads.has(lower(words[to - 1]));
  for (let p = from + 1; p < to - 1 && !headed; p++) {
    if (!words[p].capitalised || !isNameWord(words[p + 1]) || !lexicon.isFirstName(lower(words[p]))) continue;
    const left = words.slice(from, p).map((w) => w.text).join(' ');
    const place = gazetteer().lookup(left)[0];
    // …but "Mount Stuart", "Camp David": a place's first word before a given name names the place after it
    const placeFirst = p - from === 1 && placeFirstWordSet.has(lower(words[from]));
    if (((place && (place.prior >= 80 || p - from > 1)) || heads.has(lower(words[p - 1])) || words[p - 1].acronym) && !placeFirst) {
      return [makeSpan(words, from, p, text, []), makeSpan(words, p, to, text, spanTitles)];
    }
  }
  return [makeSpan(words, from, to, text, spanTitles)];
}

function startsName(words: Word[], from: number, to: number): boolean {
  const lexicon = nameLexicon();
  const first = lower(words[from - 1]);
  const ordinary = lexicon.isCommon(first) || isSentenceAdverb(words[from - 1]);
  if (words[from - 1].acronym || !ordinary || lexicon.isFirstName(first) || heads.has(first) || titles.has(first)) return false;
  if (gazetteer().lookup(words.slice(from - 1, to).map((w) => w.text).join(' ')).length > 0) return false;
  const rest = words.slice(from, to);
  if (rest.every((w) => w.capitalised && !w.acronym && !lexicon.isCommon(lower(w)) && !heads.has(lower(w)))) return true; // "Apparently Hitzig"
  return (to - from >= 2 && lexicon.isFirstName(lower(words[from]))) || gazetteer().lookup(rest.map((w) => w.text).join(' ')).some((p) => p.prior >= 80);
}

/**
 * "Apparently", "Unfortunately": SUBTLEX writes such adverbs with the capital of the sentence they open, so the
 * frequency list does not call them ordinary words; the tagger's adverb ending in "-ly" is one
 */
function isSentenceAdverb(w: Word): boolean {
  return w.pos === 'ADV' && w.lower.endsWith('ly');
}

/** "Minnesotan", "Queenslanders": a place name with a demonym suffix, when the lexicons do not list it */
export function isDerivedDemonym(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+?)(ers?|ians?|ans?|ns?|ites?|is|ese)$/u.exec(word);
  if (!m) return false;
  const stem = m[1];
  const kinds = (name: string) => gazetteer().lookup(name).some((p) => p.kind === 'country' || p.kind === 'region' || p.kind === 'continent');
  return kinds(stem) || kinds(`${stem}a`) || kinds(`${stem}e`) || kinds(`${stem}y`);
}

/**
 * "French Sudan", "German Europe": a nationality before a country or continent names a colony or the nation's part of
 * it, one place; not before a noun it qualifies ("the German Europe minister").
 */
export function namesColonyOrPart(words: readonly Word[], from: number, to: number): boolean {
  const place = words[from + 1];
  if (to - from !== 2 || place.possessive || !isNationality(words[from])) return false;
  const after = words[to];
  if (after && /^\p{Ll}/u.test(after.text) && after.pos === 'NOUN') return false;
  return gazetteer().lookup(place.text).some((p) => p.kind === 'country' || p.kind === 'continent');
}

function isNationality(w: Word): boolean {
  if (!w.capitalised || w.acronym) return false;
  if (gazetteer().lookup(w.text).some((p) => p.kind === 'country' || p.kind === 'region')) return false;
  // "Susan" is no people of Şuşa: a given name is not taken for a derived demonym
  return nameLexicon().isDemonym(lower(w)) || gazetteer().demonym(w.text) !== undefined || (isDerivedDemonym(w.text) && !nameLexicon().isFirstName(lower(w)));
}

/** after a title: a name, not more ordinary words ("Major League Baseball", "General Motors") */
function namesAPerson(words: Word[], p: number, to: number): boolean {
  if (p >= to) return true; // a trailing title is dropped
  const w = words[p];
  if (/^(of|for)$/i.test(w.text)) return true;
  if (words.slice(p, to).some((x) => heads.has(lower(x)))) return false; // "Doctor Who Fan Society"
  const lexicon = nameLexicon();
  return particles.has(lower(w)) || lexicon.isFirstName(lower(w)) || !lexicon.isCommon(lower(w)) || (p + 1 < to && !lexicon.isCommon(lower(words[to - 1])));
}

/** a demonym or qualifier left of a title ("Kazakh President", "Former President") names nobody */
function isModifierOnly(span: Span): boolean {
  if (span.last - span.first !== 1) return false;
  const word = span.text.toLowerCase();
  if (modifiers.has(word)) return true;
  // "Kazakh", "Afghans" name nobody; "Philippines" looks like a plural demonym but is a country
  const demonym = nameLexicon().isDemonym(word) || gazetteer().demonym(span.text) !== undefined;
  return demonym && !gazetteer().lookup(span.text).some((p) => p.kind === 'country' || p.kind === 'region' || p.kind === 'continent');
}

export function makeSpan(words: Word[], first: number, last: number, text: string, spanTitles: string[]): Span {
  const start = words[first].start;
  const end = words[last - 1].end;
  let positional = true;
  for (let k = first; k < last; k++) if (isNameWord(words[k]) && !words[k].positional) positional = false;
  return { first, last, start, end, text: text.slice(start, end), titles: spanTitles, positional, type: null, reason: '', certain: false };
}
