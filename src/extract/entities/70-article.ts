/**
 * Pass 7: the article as a whole. A name recognised once is recognised everywhere in the article (also at
 * sentence starts and in headings); a person's surname or given name alone ("Tokayev", "President
 * Tokayev") is that person; an acronym defined in brackets ("... Route (TITR)") or spelled by the initials
 * of a recognised name ("EU") takes that name's type.
 */
import { nameLexicon } from '../rules/entities/common-words.js';
import { indexLexicon } from '../rules/entities/lexicon.js';
import { firmDesignationSuffixes, legalFormSuffixes, numberedUnitHeads, organisationHeadGroups, organisationOfHeads } from '../rules/entities/organisation-words.js';
import { gazetteer } from '../../normalise/gazetteer.js';
import { featureNounsInName, placeHeadGroups } from '../rules/entities/place-words.js';
import type { Word } from './00-words.js';
import { makeSpan } from './10-runs.js';
import { teamNicknames } from './organisation-short-forms.js';
import { isKnownOrganisation } from './20-structure.js';
import { set } from './20-structure.js';
import type { EntityType, Span } from './span.js';

export function applyArticleConsistency(spans: Span[], words: Word[], text: string): void {
  completeFeatureNames(spans, words, text);
  typeAcronyms(spans, words);
  nameInsideMisc(spans, words, text);
  const guessed = new Set(spans.filter((s) => s.type === 'PERSON' && s.reason.startsWith('capitalised words')).map((s) => s.text));
  let nameParts = personNameParts(spans, words);
  // "Picasso Sketches": a guessed name that starts with another person's surname and ends in a plural is that person and a noun
  let shrunk = false;
  for (const s of spans) {
    if (s.type !== 'PERSON' || !guessed.has(s.text)) continue;
    const first = words[s.first].text;
    const owner = nameParts.get(first.toLowerCase());
    const rest = words[s.last - 1].text;
    if (owner && owner !== s.text && owner.endsWith(first) && s.last - s.first === 2 && /\p{Ll}s$/u.test(rest) && !rest.includes('-')) {
      s.last = s.first + 1;
      s.end = words[s.first].end;
      s.text = first;
      s.reason = `part of the name "${owner}" used earlier in the article`;
      shrunk = true;
    }
  }
  if (shrunk) nameParts = personNameParts(spans, words);
  // the type a text was given where the evidence was best
  const byText = new Map<string, { type: EntityType; certain: boolean; span: Span }>();
  for (const s of spans) {
    if (!s.type) continue;
    // case does not matter: "TOKAYEV" in a capitals heading is "Tokayev"
    const known = byText.get(s.text.toLowerCase());
    // on equal evidence a mention whose capital says "name" explains the text better than one at a sentence start
    const better = !known || evidence(s) > evidence(known.span) || (evidence(s) === evidence(known.span) && known.span.positional && !s.positional);
    if (better) byText.set(s.text.toLowerCase(), { type: s.type, certain: s.certain, span: s });
  }
  for (const { stem, span } of [...companyShortForms(spans, words), ...teamNicknames(spans, words), ...placeShortForms(spans, words)]) {
    // the full name explains the short form better than a guess about the short form itself
    const prior = byText.get(stem);
    if (!prior || (!prior.certain && prior.span.text.toLowerCase() === stem)) byText.set(stem, { type: span.type!, certain: false, span });
  }
  for (const s of spans) {
    if (s.misc) continue;
    const key = s.text.toLowerCase();
    const known = byText.get(key);
    // "Caloi was founded in 1898 by Luigi Caloi": a surname that names a company by its own evidence stays the company
    const namesABody = known?.type === 'ORG' && known.certain && known.span.text.toLowerCase() === key;
    if (nameParts.has(key) && !(s.type === 'PERSON') && !(s.certain && s.type !== null && s.last - s.first > 1) && !s.placeContext && !namesABody) {
      const fullName = nameParts.get(key)!;
      // "Anna Paris" ... "Paris": a city name used as a surname is the person; a country stays a country
      const reading = s.places?.[0];
      const country = reading && (reading.kind === 'country' || reading.kind === 'continent');
      // a guessed name ("Anna Paris") lends its surname to a city only after it has been used
      const lends = !guessed.has(fullName) || (reading?.kind === 'city' && spans.some((p) => p.text === fullName && p.start < s.start)) || s.type !== 'PLACE';
      if ((fullName.toLowerCase() === key || s.type !== 'PLACE' || !country) && lends) {
        set(s, 'PERSON', `part of the name "${fullName}" used earlier in the article`, false);
        continue;
      }
    }
    // a guess about a short form ("Shares of SoftBank") yields to the full name it shortens, which links them
    const shortOfOrg = known?.span.type === 'ORG' && known.span.text.toLowerCase() !== key && (s.type === 'PERSON' || s.type === 'ORG') && !s.certain;
    // a person guessed from the words' shape alone ("Tam Duong") yields to what the same name was found to be elsewhere
    const yields = known !== undefined && evidence(s) === 0 && evidence(known.span) > 0;
    if (s.type && !s.positional && !shortOfOrg && !yields) continue;
    if (known && known.span !== s) {
      const shortForm = known.span.text.toLowerCase() !== key;
      set(s, known.type, shortForm ? `short form of "${known.span.text}"` : `same text as a ${known.type} elsewhere in the article`, false);
      if (known.span.places) s.places = known.span.places;
      if (known.span.placeKind) s.placeKind = known.span.placeKind;
      if (known.span.countryOf !== undefined) s.countryOf = known.span.countryOf;
    } else if (s.positional && s.type && !s.certain && s.last - s.first === 1 && s.type !== 'PLACE') {
      s.type = null;
    }
  }
  typeTeams(spans, words, text);
  typeHeadShortForms(spans, words, text);
  typeUnitNumbers(spans, words, text);
  // last, so that the short form does not lend its type to the same word elsewhere ("North")
  typeElidedPlaces(spans, words, text);
  untypeNumberedTitles(spans, words, text);
}

const featureNouns = new Map(featureNounsInName.flatMap((g) => g.words.map((w) => [w, g] as const)));

/**
 * "the Huallaga river", "the Cape Verde islands", "Barker pond": a place, or a name nothing typed, followed by the
 * lower-case noun of a natural feature is that feature, noun included; first, so that the article's other mentions
 * follow the whole name. Not after "a" ("a Texas river" is one of the state's), nor a sentence-start guess.
 */
function completeFeatureNames(spans: Span[], words: Word[], text: string): void {
  for (const s of spans) {
    if (s.misc || (s.type !== 'PLACE' && (s.type !== null || s.positional))) continue;
    const noun = words[s.last];
    const feature = noun && featureNouns.get(noun.text);
    if (!feature || text.slice(s.end, noun.start) !== ' ' || words[s.last - 1].possessive) continue;
    if (/^(a|an)$/.test(words[s.first - 1]?.lower ?? '') || words.slice(s.first, s.last).some((w) => w.acronym)) continue;
    s.last++;
    s.end = noun.end;
    s.text = text.slice(s.start, s.end);
    // the feature is not the town or state it is named after ("the Ohio river")
    s.places = undefined;
    s.placeContext = true;
    set(s, 'PLACE', `${feature.reason}: "${noun.text}"`, false, feature.kind);
  }
}

/** a year or a version number: "2002", "2.0"; a bare small number is as often a channel's ("BBC Radio 1", "FOX 7") */
const EDITION = /^(?:1[89]\d\d|20\d\d|\d{1,2}\.\d{1,2})$/;

/**
 * "NASCAR 2002", "Office 2.0": a body's name followed by a year or a version number is the title of a game, a
 * product or an event, not the body. Not a score ("Leeds 3 – 1 Hull", "Leeds 3, Hull 1") and not a number that
 * counts or dates what follows ("FIFA 2018 revenue", "IBM 2 weeks ago").
 */
function untypeNumberedTitles(spans: Span[], words: Word[], text: string): void {
  for (const s of spans) {
    if (s.type !== 'ORG' || words[s.last - 1].possessive) continue;
    const number = words[s.last];
    if (!number || !EDITION.test(number.text) || text.slice(s.end, number.start) !== ' ') continue;
    const after = words[s.last + 1];
    if (after && (/^[\p{N}–—:-]/u.test(after.text) || (/^\p{Ll}/u.test(after.text) && (after.pos === 'NOUN' || after.lower === 'ago')))) continue;
    if (after && /^\p{Lu}/u.test(after.text)) continue;
    if (after?.text === ',' && /^\p{Lu}/u.test(words[s.last + 2]?.text ?? '') && /^\d/.test(words[s.last + 3]?.text ?? '')) continue;
    s.type = null;
    s.reason = `a body's name before a year or version number: a title ("${s.text} ${number.text}")`;
  }
}

/** person guesses that rest on the words' shape alone, not on anything said about the name */
const SHAPE_GUESSES = new Set(['given name', 'given name alone', 'surname alone', 'capitalised words that are not ordinary words']);

/** how much a span's type rests on: 2 certain, 1 some evidence, 0 a guess from the words' shape */
function evidence(s: Span): number {
  if (s.certain) return 2;
  return s.type === 'PERSON' && SHAPE_GUESSES.has(s.reason) ? 0 : 1;
}

const legalForms = indexLexicon([legalFormSuffixes, firmDesignationSuffixes]);

/**
 * "SoftBank Group Corp" … "SoftBank": a company named with its legal form is named later without it. The
 * short form must still look like a name (not one ordinary word: "Apple Inc" does not make "apple" a company).
 */
function companyShortForms(spans: Span[], words: Word[]): { stem: string; span: Span }[] {
  const lexicon = nameLexicon();
  const out: { stem: string; span: Span }[] = [];
  for (const s of spans) {
    if (s.type !== 'ORG') continue;
    let last = s.last;
    while (last - 1 > s.first && legalForms.has(words[last - 1].lower)) last--;
    if (last === s.last) continue;
    const stemWords = words.slice(s.first, last).filter((w) => w.capitalised || w.acronym);
    if (stemWords.length === 0 || (stemWords.length === 1 && lexicon.isWord(stemWords[0].lower) && !stemWords[0].acronym)) continue;
    out.push({ stem: words.slice(s.first, last).map((w) => w.text).join(' ').toLowerCase(), span: s });
  }
  return out;
}

const placeHeads = indexLexicon(placeHeadGroups);

/**
 * "Elm Coulee Field" … "Elm Coulee": a place named in full with its head word is named later without it. The
 * short form must be a name of its own: no given name ("Tom Becker Park" does not make Tom Becker a place).
 */
function placeShortForms(spans: Span[], words: Word[]): { stem: string; span: Span }[] {
  const lexicon = nameLexicon();
  const out: { stem: string; span: Span }[] = [];
  for (const s of spans) {
    if (s.type !== 'PLACE' || s.last - s.first < 3 || !placeHeads.has(words[s.last - 1].lower)) continue;
    const stemWords = words.slice(s.first, s.last - 1);
    if (!stemWords.every((w) => w.capitalised && !w.acronym && !lexicon.isFirstName(w.lower) && !lexicon.isCommon(w.lower))) continue;
    out.push({ stem: stemWords.map((w) => w.text).join(' ').toLowerCase(), span: s });
  }
  return out;
}

const organisationHeads = indexLexicon([...organisationHeadGroups, ...organisationOfHeads]);

/**
 * "the Church of Scientology" … "the Church", "the Council on American-Islamic Relations" … "the Council":
 * after an organisation is named in full, "the" and its capitalised head word name it again.
 */
function typeHeadShortForms(spans: Span[], words: Word[], text: string): void {
  const named = new Map<string, Span>();
  for (const s of spans) {
    if (s.type !== 'ORG' || s.last - s.first < 2) continue;
    // the head ends the name or comes before its "of" ("Church of Scientology", "Australian League of Rights")
    const of = words.slice(s.first + 1, s.last).findIndex((w) => /^(of|on|for)$/.test(w.lower));
    const beforeOf = of >= 0 ? words[s.first + of] : undefined;
    const head = organisationHeads.has(words[s.last - 1].lower) ? words[s.last - 1] : beforeOf && organisationHeads.has(beforeOf.lower) ? beforeOf : undefined;
    if (head && !named.has(head.lower)) named.set(head.lower, s);
  }
  if (named.size === 0) return;
  const added: Span[] = [];
  for (const w of words) {
    const full = named.get(w.lower);
    if (!full || full.start >= w.start || !w.capitalised || w.positional || w.acronym || words[w.index - 1]?.lower !== 'the') continue;
    if (words[w.index + 1]?.capitalised && words[w.index + 1].paragraph === w.paragraph) continue; // "the Council Chamber": another name
    const existing = spans.find((s) => s.first <= w.index && s.last > w.index);
    if (existing && (existing.type || existing.last - existing.first > 1)) continue;
    const span = existing ?? makeSpan(words, w.index, w.index + 1, text, []);
    set(span, 'ORG', `short form of "${full.text}"`, false);
    if (!existing) added.push(span);
  }
  if (added.length === 0) return;
  spans.push(...added);
  spans.sort((a, b) => a.start - b.start);
}

const unitHeads = indexLexicon([numberedUnitHeads]);
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th|d)$/;

/** lower-case nouns for a regiment-sized unit: an article that uses them tells of units named by their number */
const REGIMENT_NOUNS = new Set(['regiment', 'regiments', 'battalion', 'battalions', 'brigade', 'brigades', 'squadron', 'squadrons']);
/** an ordinal no day of a month has ("the 139th"; "the 20th" may be a date) */
const UNIT_ONLY_ORDINAL = /^(?:3[2-9]|[4-9]\d|\d{3})(?:st|nd|rd|th|d)$/;

/**
 * "the 65th Air Division" … "the 65th participated": a military unit named in full with its number is named
 * again by "the" and the number alone. Not before a noun ("the 65th anniversary") or another name. In an article
 * that speaks of "the regiment", "the 139th" alone is the unit too, when its number is no day of a month.
 */
function typeUnitNumbers(spans: Span[], words: Word[], text: string): void {
  const units = new Map<string, Span>();
  for (const s of spans) {
    if (s.type === 'ORG' && s.last - s.first >= 2 && ORDINAL.test(words[s.first].text) && unitHeads.has(words[s.last - 1].lower)) units.set(words[s.first].text, s);
  }
  let regimentNounSeen: boolean | undefined; // asked once, and only when an ordinal no full name explains turns up
  const speaksOfUnits = (): boolean => (regimentNounSeen ??= words.some((x) => REGIMENT_NOUNS.has(x.lower)));
  const added: Span[] = [];
  for (const w of words) {
    const full = units.get(w.text);
    if (!full && !UNIT_ONLY_ORDINAL.test(w.text)) continue;
    const next = words[w.index + 1];
    if (words[w.index - 1]?.lower !== 'the' || (next && (next.capitalised || next.acronym || next.pos === 'NOUN' || /^\d/.test(next.text)))) continue;
    if (spans.some((s) => s.first <= w.index && s.last > w.index)) continue;
    if (!full && !speaksOfUnits()) continue;
    const span = makeSpan(words, w.index, w.index + 1, text, []);
    span.positional = false;
    set(span, 'ORG', full ? `short form of "${full.text}"` : 'an ordinal alone in an article about regiments: a unit named by its number', false);
    added.push(span);
  }
  added.push(...numberedSquadrons(words, text, speaksOfUnits));
  if (added.length === 0) return;
  spans.push(...added);
  spans.sort((a, b) => a.start - b.start);
}

/**
 * "No. 18 later moved north, No. 120 to Western Australia": in an article about squadrons or regiments, "No." and a
 * number that no noun or name follows is a unit named by its number ("No. 1 seed", "No. 10 Downing Street" are not).
 */
function numberedSquadrons(words: Word[], text: string, speaksOfUnits: () => boolean): Span[] {
  const found: Span[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    if (words[k].text !== 'No.' || !/^\d{1,3}$/.test(words[k + 1].text)) continue;
    const after = words[k + 2];
    if (after && (after.capitalised || after.acronym || after.pos === 'NOUN' || /^\d/.test(after.text))) continue;
    if (!speaksOfUnits()) break;
    const span = makeSpan(words, k, k + 2, text, []);
    span.positional = false;
    set(span, 'ORG', '"No." and a number in an article about squadrons or regiments: a unit named by its number', false);
    found.push(span);
  }
  return found;
}

/** between two places, a result: "Sweden defeated South Korea", "Tunisia lost 1 – 2 to England", "Belgium 3 – 0 Panama" */
const MATCH_RESULT = /^\s+(?:(?:beat|beats|defeated|defeats|edged|thrashed|routed|overcame|drew(?: \d+\s*[–-]\s*\d+)? with|lost(?: \d+\s*[–-]\s*\d+)? to|loses to)(?:\s+\p{Ll}+)?|\d+\s*[–-]\s*\d+)\s+$/u;
/** a player's or coach's club right before the name: "played for", "signed with", "coached" */
const PLAYS_FOR = /\b(?:(?:play(?:s|ed|ing)?|appear(?:s|ed|ing)?)(?: \d+ (?:games|matches|seasons))? (?:for|with)|signed (?:for|with)|coached|captained)\s+(?:the\s+)?$/u;
const AGAINST = /\b(?:los(?:t|ing|es) to|beat(?:s|ing)?|defeat(?:s|ed|ing)|against|over)\s+(?:the\s+)?$/u;
const SCORE_AFTER = /^\s+\d+\s*[–-]\s*\d+\b/u;
/** a score: what tells a match from a war ("Israel defeated Egypt") */
const SCORE = /\d+\s*[–-]\s*\d+/;

/**
 * Sports reports name teams by their country or city: "Sweden defeated South Korea 1 – 0", "Belgium 3 – 0
 * Panama". A place that plays a match with a score in the article is its team in every mention there
 * ("Sweden had more possession"), as news annotation conventions (CoNLL, GUM) have it.
 */
function typeTeams(spans: Span[], words: Word[], text: string): void {
  const keyOf = (s: Span): string => s.places?.[0]?.key ?? s.text.toLowerCase();
  // "played with Footscray" (pass 6) … "his career at Footscray": the team of pass 6 is the team everywhere
  const teams = new Set<string>(spans.filter((s) => s.type === 'ORG' && s.places && s.reason.startsWith('team:')).map(keyOf));
  const places = spans.filter((s) => s.type === 'PLACE');
  // "played 26 games for Lausanne", "signed with Coburg", "coached North Melbourne": a club named by its town
  for (let n = 0; n < places.length; n++) {
    const p = places[n];
    const lead = text.slice(Math.max(0, p.start - 40), p.start);
    const listed = n > 0 && teams.has(keyOf(places[n - 1])) && /^\s*(,|and|,\s*and)\s*$/.test(text.slice(places[n - 1].end, p.start));
    // "losing to Leeds 31-7", "beat Bristol 2 – 1": a town the match was against, with the score
    const against = AGAINST.test(lead) && SCORE_AFTER.test(text.slice(p.end, p.end + 12));
    if ((PLAYS_FOR.test(lead) || listed || against) && p.places?.[0]?.kind !== 'country' && p.placeKind !== 'water') teams.add(keyOf(p));
  }
  for (let n = 1; n < places.length; n++) {
    const [a, b] = [places[n - 1], places[n]];
    if (words[a.first].sentence !== words[b.last - 1].sentence || !MATCH_RESULT.test(text.slice(a.end, b.start))) continue;
    const sentence = words.filter((w) => w.sentence === words[a.first].sentence);
    if (!SCORE.test(text.slice(sentence[0].start, sentence[sentence.length - 1].end))) continue;
    teams.add(keyOf(a));
    teams.add(keyOf(b));
  }
  if (teams.size === 0) return;
  for (const s of places) {
    const kind = s.places?.[0]?.kind ?? s.placeKind;
    if (teams.has(keyOf(s)) && kind !== 'continent' && kind !== 'water') set(s, 'ORG', 'a country or city that plays a match in the article: its team', false);
  }
  typeTeamsByNationality(spans, words, text, teams);
}

/**
 * "Belgium 3 – 0 Panama" … "putting the Belgians in the lead": where a country plays a match, "the" and the plural
 * of its nationality name its team (the nationality alone is no span of the earlier passes).
 */
function typeTeamsByNationality(spans: Span[], words: Word[], text: string, teams: ReadonlySet<string>): void {
  const added: Span[] = [];
  for (const w of words) {
    if (!w.capitalised || w.positional || !w.text.endsWith('s') || words[w.index - 1]?.lower !== 'the') continue;
    const code = gazetteer().demonym(w.text);
    if (!code || !teams.has(`country:${code}`) || spans.some((s) => s.first <= w.index && s.last > w.index)) continue;
    const span = makeSpan(words, w.index, w.index + 1, text, []);
    set(span, 'ORG', 'the plural of the nationality of a country that plays a match in the article: its team', false);
    added.push(span);
  }
  if (added.length === 0) return;
  spans.push(...added);
  spans.sort((a, b) => a.start - b.start);
}

/**
 * "North and South Korea", "Upper and Lower Austria": the first name shares its last words with the second
 * and leaves them out. The lone word is a place when, completed by them, the gazetteer knows it.
 */
function typeElidedPlaces(spans: Span[], words: Word[], text: string): void {
  const added: Span[] = [];
  for (const full of spans) {
    if (full.type !== 'PLACE' || full.last - full.first < 2 || full.first < 2) continue;
    const lone = words[full.first - 2];
    if (!/^(and|or|&)$/.test(words[full.first - 1].lower) || !lone.capitalised || lone.acronym) continue;
    const rest = words.slice(full.first + 1, full.last).map((w) => w.text).join(' ');
    const places = gazetteer().lookup(`${lone.text} ${rest}`);
    if (places.length === 0) continue;
    const existing = spans.find((s) => s.first <= lone.index && s.last > lone.index);
    if (existing && (existing.certain || existing.last - existing.first > 1)) continue;
    const span = existing ?? makeSpan(words, lone.index, lone.index + 1, text, []);
    set(span, 'PLACE', `"${lone.text} ${rest}" written short before "${full.text}"`, false, places[0].kind);
    span.places = places;
    span.positional = false;
    if (!existing) added.push(span);
  }
  if (added.length === 0) return;
  spans.push(...added);
  spans.sort((a, b) => a.start - b.start);
}

function initials(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function typeAcronyms(spans: Span[], words: Word[]): void {
  const named = spans.filter((s) => s.type && s.last - s.first >= 2);
  const namedInitials = named.map((d) => initials(d.text));
  // "Long Name (ACR)": the bracket right after a recognised name defines the acronym for the whole article
  const defined = new Map<string, Span>();
  for (const s of spans) {
    if (s.last - s.first !== 1 || !words[s.first].acronym || words[s.first - 1]?.text !== '(') continue;
    const definer = spans.find((d) => d.last === s.first - 1 && d.type);
    if (definer && !defined.has(s.text)) defined.set(s.text, definer);
  }
  for (const s of spans) {
    if (s.last - s.first !== 1 || !words[s.first].acronym) continue;
    const letters = s.text.replace(/[^\p{Lu}]/gu, '');
    const match = defined.get(s.text) ?? (letters.length >= 2 ? named[namedInitials.indexOf(letters)] : undefined);
    if (match && match.type && (!s.certain || s.type === match.type)) {
      set(s, match.type, `acronym of "${match.text}"`, false);
      if (match.places) s.places = match.places;
      if (match.placeKind) s.placeKind = match.placeKind;
    }
  }
}

/**
 * "Google Science Fair", "NASA T-shirt", "FIFA World Cup": an event or product named after a body keeps
 * that body's name as a mention, when the article or the lexicons know it.
 */
function nameInsideMisc(spans: Span[], words: Word[], text: string): void {
  const known = new Map<string, EntityType>();
  for (const s of spans) if (s.type && s.certain) known.set(s.text, s.type);
  const lexicon = nameLexicon();
  for (const s of [...spans]) {
    if (!s.misc) continue;
    for (let end = s.last - 1; end > s.first; end--) {
      const prefix = text.slice(words[s.first].start, words[end - 1].end);
      const tags = lexicon.tags(prefix.toLowerCase());
      const type = known.get(prefix) ?? (tags.includes('Organization') || isKnownOrganisation(prefix) ? 'ORG' : personPrefix(words, s.first, end) ? 'PERSON' : undefined);
      if (!type) continue;
      const inner = makeSpan(words, s.first, end, text, []);
      set(inner, type, `name of the body behind "${s.text}"`, false);
      spans.push(inner);
      break;
    }
  }
  spans.sort((a, b) => a.start - b.start);
}

/** "Clara Whitfield Literacy Programme", "Nelson Mandela Day": a given name and a surname open the name */
function personPrefix(words: Word[], first: number, end: number): boolean {
  if (end - first !== 2) return false;
  const lexicon = nameLexicon();
  const [given, surname] = [words[first], words[first + 1]];
  // "Arthur C. Clarke Award": an initial is not the surname
  return lexicon.isFirstName(given.lower) && !lexicon.isWord(given.lower) && /^\p{Lu}\p{Ll}+/u.test(surname.text) && !lexicon.isCommon(surname.lower)
    && gazetteer().lookup(surname.text).length === 0;
}

/** every form a person of the article may be named by later: full name, surname (with particles), given name */
function personNameParts(spans: Span[], words: Word[]): Map<string, string> {
  const lexicon = nameLexicon();
  const nameParts = new Map<string, string>();
  for (const p of spans) {
    if (p.type !== 'PERSON' || p.last - p.first < 2) continue;
    const parts = p.text.split(/\s+/);
    nameParts.set(p.text.toLowerCase(), p.text);
    nameParts.set(parts[parts.length - 1].toLowerCase(), p.text);
    const particle = parts.findIndex((x, n) => n > 0 && /^\p{Ll}/u.test(x));
    if (particle > 0) nameParts.set(parts.slice(particle).join(' ').toLowerCase(), p.text);
    if (lexicon.isFirstName(parts[0].toLowerCase())) nameParts.set(parts[0].toLowerCase(), p.text);
  }
  // "the Nelson Mandela Foundation … Mandela's legacy": a person named inside a body's or an event's name lends the surname
  for (const s of spans) {
    if (!(s.misc || s.type === 'ORG') || s.last - s.first < 3) continue;
    const [given, surname] = words.slice(s.first, s.last);
    if (!lexicon.isFirstName(given.lower) || !surname.capitalised || lexicon.isCommon(surname.lower)) continue;
    if (!nameParts.has(surname.lower)) nameParts.set(surname.lower, `${given.text} ${surname.text}`);
  }
  return nameParts;
}
