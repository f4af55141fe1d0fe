/**
 * Pass 5: what the words around an unknown span say. A place noun after it ("at the Kuirektykol site",
 * "the Karagandy region"), a location preposition before a lone unknown name, or "X-based" makes a place;
 * a speech verb after it or "according to" before it makes a person when the name looks like one;
 * apposition ("the telecoms firm X", "X, the state oil company,", "X, 54,") and company nouns after it
 * ("X shares") type it as its description says.
 */
import { gazetteer } from '../../normalise/gazetteer.js';
import { nameLexicon } from '../rules/entities/common-words.js';
import { indexLexicon } from '../rules/entities/lexicon.js';
import { broadcastStationNouns, namesWithTheCues, organisationCompoundDescriptors, organisationDescriptors, organisationNounsAfter, organisationPossessions, partyAdjectives, partyMemberNouns, registeredNameHeads, teamNounsAfter, unitNounsAfter } from '../rules/entities/organisation-words.js';
import { placeNounsAfter, placePrepositions, type PlaceWordGroup } from '../rules/entities/place-words.js';
import { speechVerbGroups } from '../rules/entities/speech-verbs.js';
import type { PlaceKind } from '../../record.js';
import { POSSESSIVE_S, type Word } from './00-words.js';
import { set } from './20-structure.js';
import type { Span } from './span.js';

const speechVerbs = indexLexicon(speechVerbGroups);

function kinds(groups: readonly PlaceWordGroup[]): Map<string, { kind: PlaceKind; reason: string }> {
  const index = new Map<string, { kind: PlaceKind; reason: string }>();
  for (const g of groups) for (const w of g.words) index.set(w, { kind: g.kind, reason: g.reason });
  return index;
}
// a person's or a side's "camp" or "base" is their following ("the pro-Beijing camp"), as in pass 3b
const placeNouns = kinds(placeNounsAfter.map((g) => ({ ...g, words: g.words.filter((w) => w !== 'camp' && w !== 'base') })));
const locationPrepositions = indexLexicon(placePrepositions);
const orgDescriptors = indexLexicon(organisationDescriptors);
const orgCompounds = indexLexicon([organisationCompoundDescriptors]);
const stationNouns = indexLexicon([broadcastStationNouns]);
const orgNounsAfter = indexLexicon(organisationNounsAfter);
const orgPossessions = indexLexicon([organisationPossessions]);
const partyMembers = indexLexicon([partyMemberNouns]);
const withTheCues = indexLexicon(namesWithTheCues);
const partyWords = indexLexicon([partyAdjectives]);
const registeredHeads = indexLexicon([registeredNameHeads]);
const teamNouns = indexLexicon([teamNounsAfter]);
const unitNouns = indexLexicon([unitNounsAfter]);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'by', 'from', 'to', 'who', 'whose', 'that', 'which']);
const SETTLEMENT_OF = /^(city|town|village|province|region|district|state|island|port|capital) of$/;

export function classifyByContext(spans: Span[], words: Word[]): void {
  const lexicon = nameLexicon();
  for (const span of spans) {
    const cue = nameWithTheCue(span, words);
    if (cue) {
      takeInThe(span, words);
      set(span, 'ORG', cue, true);
      continue;
    }
    if (namesAShopByPossessive(span, words)) {
      takeInPossessive(span, words);
      set(span, 'ORG', 'a possessive that owns nothing: a shop, bar or firm named after its founder', true);
      continue;
    }
    // "The Fairfax Connector is a public bus service": a definition outweighs a guess from a given name
    const defined = isNameShapeGuess(span) ? definedAsBody(span, words) : null;
    if (defined) {
      set(span, 'ORG', defined, true);
      continue;
    }
    if (namedByDescriptor(span, words)) {
      set(span, 'ORG', `after "${words[span.first - 1].text}": a name guessed a person's by its words`, false);
      continue;
    }
    if (span.type || span.misc) continue;
    const inner = words.slice(span.first, span.last);
    const lastWord = inner[inner.length - 1];
    const after = words[span.last];
    const commonOnly = inner.every((w) => lexicon.isCommon(w.lower));
    if (lastWord.tail === 'based' || lastWord.tail === 'born') {
      if (!commonOnly) set(span, 'PLACE', `"-${lastWord.tail}" names a place`, false, 'other');
      continue;
    }
    if (after && placeNouns.has(after.text) && !lastWord.possessive && !commonOnly && !span.positional) {
      const p = placeNouns.get(after.text)!;
      set(span, 'PLACE', `${p.reason}: "${after.text}"`, false, p.kind);
      continue;
    }
    // "in Tororo", "near Kisumu": a lone unknown name after a location preposition
    const before = words[span.first - 1];
    if (inner.length === 1 && !span.positional && before && locationPrepositions.has(before.text) && !lastWord.acronym && !lastWord.possessive
      && !lexicon.isWord(lastWord.lower) && !lexicon.isFirstName(lastWord.lower) && !lexicon.isDemonym(lastWord.lower)) {
      set(span, 'PLACE', `after "${before.text}"`, false, 'other');
      continue;
    }
    // "two miles north of Hornsea", "between Caernarfon and Dinas": a lone unknown name placed by a direction or beside a place
    const placedBy = inner.length === 1 && !span.positional && !lastWord.acronym && !lastWord.possessive && !lexicon.isWord(lastWord.lower)
      && !lexicon.isFirstName(lastWord.lower) && !lexicon.isDemonym(lastWord.lower) ? placedByRoute(span, words, spans) : null;
    if (placedBy) {
      set(span, 'PLACE', placedBy, false, 'other');
      continue;
    }
    // "Tororo, Uganda", "Bridgeport, Connecticut": an unknown name before a comma and a country or region
    const area = areaAfterComma(span, words, spans);
    if (area !== undefined && inner.length === 1 && !commonOnly && !span.positional && !inner.some((w) => w.acronym) && !lexicon.isFirstName(inner[0].lower)) {
      set(span, 'PLACE', 'followed by its country or region', false, 'city');
      span.countryOf = area;
      continue;
    }
    const described = describedAs(span, words);
    // "Inexplicably, the club …": an adverb capitalised by the sentence start describes nothing ("Apple, a giant …" does)
    if (described && !(span.positional && inner.length === 1 && inner[0].pos === 'ADV')) {
      set(span, described.type, described.reason, true); // evidence that holds at a sentence start too
      continue;
    }
    const before2 = words.slice(Math.max(0, span.first - 2), span.first).map((w) => w.lower).join(' ');
    const speaker = (after && speechVerbs.has(after.lower) && !lastWord.possessive) || before2 === 'according to' || /^(said|says|told)$/.test(words[span.first - 1]?.text ?? '');
    // a lone unknown word opening a sentence with "said" ("Amazon said") is as often a company as a person:
    // there a surname alone counts once its full name has been used, which the article pass sees
    const personShaped = inner.length > 1 || !span.positional || lexicon.isLastName(lastWord.lower) || lexicon.isFirstName(lastWord.lower);
    if (speaker && !commonOnly && personShaped && inner.every((w) => w.capitalised && !w.acronym)) {
      set(span, 'PERSON', 'subject of a speech verb', true); // holds at a sentence start too: "Tom Hanks said"
      continue;
    }
    if (namedByOccupation(span, words)) set(span, 'PERSON', `after the occupation "${words[span.first - 1].text}"`, false);
    else if (namesAFamily(span, words)) set(span, 'PERSON', '"the X family": the surname of its members', false);
  }
}

const WITH_POSSESSIVE = /['’]s$/;
/** what may follow a possessive that owns nothing: a punctuation mark, a conjunction, a verb of being or becoming */
const AFTER_ELIDED_OWNED = new Set([',', '.', ';', ':', ')', '!', '?', 'and', 'or', 'was', 'became']);
/** "a friend of Smith's", "the choice was Smith's": the possessive's noun is understood from the sentence */
const BEFORE_ELIDED_OWNED = new Set(['of', 'is', 'was', 'are', 'were']);

/**
 * "often played at Miller's, the bar …", "Thalhimer's became Hecht's", "anchors: Ivey's and JC Penney": a name
 * whose possessive owns nothing is a shop, bar or firm named after its founder, and the "'s" is part of its name.
 * Places ("London's, Paris's") and ordinary words ("the Hottest Venue's") are left alone.
 */
function namesAShopByPossessive(span: Span, words: Word[]): boolean {
  if (span.misc || (span.type && !isNameShapeGuess(span))) return false;
  const inner = words.slice(span.first, span.last);
  const last = inner[inner.length - 1];
  // wink keeps "Miller's" before a comma as one word; "Ivey 's" and "Miller's and" are two
  const joined = WITH_POSSESSIVE.test(last.text);
  if (!joined && !(last.possessive && POSSESSIVE_S.has(words[span.last]?.text ?? ''))) return false;
  const next = words[joined ? span.last : span.last + 1];
  if (inner.length > 3 || !next || !AFTER_ELIDED_OWNED.has(next.lower) || BEFORE_ELIDED_OWNED.has(words[span.first - 1]?.lower ?? '')) return false;
  const lexicon = nameLexicon();
  const bare = inner.map((w) => w.lower.replace(WITH_POSSESSIVE, ''));
  if (inner.some((w) => w.acronym || !w.capitalised) || bare.every((w) => lexicon.isCommon(w) && !lexicon.isLastName(w))) return false;
  const name = span.text.replace(WITH_POSSESSIVE, '');
  return !lexicon.isDemonym(name.toLowerCase()) && gazetteer().lookup(name).length === 0;
}

/**
 * "the band The Stands", "an album by The Triffids", "the drummer of The Zutons": a capital "The" mid-sentence
 * after a cue for a band or a paper opens the name (the article is never capitalised there), and so it does
 * before a society's, company's or university's head ("worked for The Aerospace Corporation"). A guess from the
 * words' shape yields; a place or a person found by other evidence does not.
 */
function nameWithTheCue(span: Span, words: Word[]): string | null {
  const the = words[span.first - 1];
  if (!the || the.text !== 'The' || the.positional || span.start - the.end !== 1 || span.misc) return null;
  if (span.type && span.type !== 'ORG' && !isNameShapeGuess(span)) return null;
  const one = words[span.first - 2]?.lower ?? '';
  const reason = withTheCues.get(one) ?? withTheCues.get(`${words[span.first - 3]?.lower ?? ''} ${one}`);
  if (reason) return `"The" after a cue: ${reason}`;
  // "worked for The Aerospace Corporation", "a division of The Disabilities Trust"
  const registered = span.type === 'ORG' && words.slice(span.first, span.last).some((w) => registeredHeads.has(w.lower));
  return registered ? registeredNameHeads.reason : null;
}

/** the span takes in the "The" right before it, one space apart (nameWithTheCue) */
function takeInThe(span: Span, words: Word[]): void {
  const the = words[span.first - 1];
  span.first--;
  span.start = the.start;
  span.text = `${the.text} ${span.text}`;
}

/** the span goes on over its "'s" ("Miller's", or "Ivey 's" in text whose tokens were joined by spaces) */
function takeInPossessive(span: Span, words: Word[]): void {
  if (WITH_POSSESSIVE.test(span.text)) return;
  const possessive = words[span.last];
  span.text += (possessive.start > span.end ? ' ' : '') + possessive.text;
  span.end = possessive.end;
  span.last++;
}

/**
 * "the singer Nâdiy", "his fellow countryman Adelson": a lower-case noun for what a person does or is, right before
 * a name that is no word and no place, names the person.
 */
function namedByOccupation(span: Span, words: Word[]): boolean {
  const lexicon = nameLexicon();
  const before = words[span.first - 1];
  if (!before || before.capitalised || !lexicon.isRole(before.lower) || span.positional) return false;
  const inner = words.slice(span.first, span.last);
  if (inner.length > 3 || inner.some((w) => !w.capitalised || w.acronym || w.possessive || lexicon.isCommon(w.lower))) return false;
  // "many people Wikinews observed": the name is the subject of a clause about the people
  const next = words[span.last];
  return !(next && (next.pos === 'VERB' || next.pos === 'AUX')) && gazetteer().lookup(span.text).length === 0;
}

/**
 * "the Caloi family", "the Assad family": a capitalised word between "the" and "family" is the surname its members
 * share (a company named after its founder is named so too, but not with "family").
 */
function namesAFamily(span: Span, words: Word[]): boolean {
  const word = words[span.first];
  if (span.last - span.first !== 1 || word.acronym || word.possessive || words[span.last]?.lower !== 'family' || words[span.first - 1]?.lower !== 'the') return false;
  return !nameLexicon().isCommon(word.lower) && gazetteer().lookup(word.text).length === 0;
}

/** the guesses of pass 4 that rest on a given name or surname alone, which a noun before the name outweighs */
const NAME_SHAPE_GUESSES = new Set(['given name', 'given name alone', 'surname alone']);

/**
 * "the band Gigi", "the label Decca": a name that looks like a person's after a noun for a body is the body.
 * Not when a verb follows: "the company Anna founded" is a person's company.
 */
function isNameShapeGuess(span: Span): boolean {
  return span.type === 'PERSON' && !span.certain && NAME_SHAPE_GUESSES.has(span.reason);
}

function namedByDescriptor(span: Span, words: Word[]): boolean {
  if (!isNameShapeGuess(span) || words[span.last - 1].possessive) return false;
  const before = words[span.first - 1];
  const next = words[span.last];
  // "operator George Hauser", "producer Ann Lee": a noun for a body that is also a person's occupation is their title
  if (!before || !(orgDescriptors.has(before.text) || stationNouns.has(before.text)) || nameLexicon().isRole(before.lower)) return false;
  return !next || (next.pos !== 'VERB' && next.pos !== 'AUX' && !next.capitalised);
}

/**
 * Apposition: "the telecoms firm Safaricom", "Petrobras, the state-controlled oil company,", "the town of
 * Tororo", "Paes, 54,", "Abiy, who …".
 */
function describedAs(span: Span, words: Word[]): { type: 'ORG' | 'PLACE' | 'PERSON'; reason: string } | null {
  const lexicon = nameLexicon();
  const before = words[span.first - 1];
  const lastWord = words[span.last - 1];
  // "second team All-American": a noun for a body after an ordinal is a rank, not the body
  const ranked = RANK.test(words[span.first - 2]?.text ?? '');
  if (before && (orgDescriptors.has(before.text) || stationNouns.has(before.text)) && !lastWord.possessive && !ranked) return { type: 'ORG', reason: `after "${before.text}"` };
  if (before?.text === ',' && indefiniteDescriptorBefore(span, words)) return { type: 'ORG', reason: `after "${words[span.first - 2].text} ,"` };
  const called = calledByDescriptor(span, words);
  if (called) return { type: 'ORG', reason: called };
  const next = words[span.last];
  // "Localist group Civic Passion": a name after the noun is what it describes
  if (next && orgNounsAfter.has(next.text) && !words[span.last + 1]?.capitalised && !lastWord.possessive && span.last - span.first === 1 && !lexicon.isFirstName(lastWord.lower)
    && !lexicon.isWord(lastWord.lower) && !lexicon.isDemonym(lastWord.lower)) {
    return { type: 'ORG', reason: `followed by "${next.text}"` };
  }
  // "the Gardes Lafayette regiment": two or three words no lexicon knows before a noun for a unit
  if (next && unitNouns.has(next.lower) && span.last - span.first > 1 && span.last - span.first <= 3 && !lastWord.possessive && !span.positional
    && words.slice(span.first, span.last).every((w) => w.capitalised && !lexicon.isFirstName(w.lower) && !lexicon.isWord(w.lower))) {
    return { type: 'ORG', reason: `followed by "${next.text}": ${unitNounsAfter.reason}` };
  }
  if (next && teamNouns.has(next.text) && namesATownsTeam(span, words)) return { type: 'ORG', reason: `before "${next.text}": ${teamNounsAfter.reason}` };
  // "a former United Farmers of Ontario MPP": a name joined over "of" before a member's title (pass 1) names the party
  const joinedOverOf = () => words.slice(span.first + 1, span.last - 1).some((w) => w.lower === 'of');
  if (next && partyMembers.has(next.lower) && partyAfterNationality(span, words)) narrowToLastWord(span, words);
  if (next && partyMembers.has(next.lower) && (namesAParty(span, words) || joinedOverOf())) return { type: 'ORG', reason: `before "${next.text}": ${partyMemberNouns.reason}` };
  // "Ubisoft's founder", "Safaricom's shares": the possessive word is its own word after the name
  const owned = lastWord.possessive ? words[span.last + 1] : undefined;
  if (owned && orgPossessions.has(owned.lower) && !lexicon.isFirstName(lastWord.lower) && !lexicon.isLastName(lastWord.lower) && !nameWords(span, words).every((w) => lexicon.isCommon(w.lower))) {
    return { type: 'ORG', reason: `"'s ${owned.text}"` };
  }
  const of2 = words.slice(Math.max(0, span.first - 2), span.first).map((w) => w.lower).join(' ');
  if (SETTLEMENT_OF.test(of2)) return { type: 'PLACE', reason: `after "${of2}"` };
  const after = words[span.last];
  const defined = definedAsBody(span, words);
  if (defined) return { type: 'ORG', reason: defined };
  // "6PR was founded by …", "the band were formed in 1986": a body is founded or formed; a town that is, is in the gazetteer
  if (after && COPULA.has(after.lower) && FOUNDED.test(words[span.last + 1]?.lower ?? '') && !lastWord.possessive
    && !nameWords(span, words).every((w) => lexicon.isCommon(w.lower))) {
    return { type: 'ORG', reason: `"${after.text} ${words[span.last + 1].text}"` };
  }
  if (after?.text !== ',') return null;
  // ", the state-controlled oil company,", ", a trade group whose …": the head noun of the apposition, met
  // before any preposition (", a spokesman for the company" describes a person)
  const det = words[span.last + 1];
  if (det && /^(the|a|an|his|her|their|its)$/i.test(det.text)) {
    for (let k = span.last + 2; k < Math.min(words.length, span.last + 6); k++) {
      const w = words[k];
      // "Swift, her former label Big Machine, …": the noun describes the name after it, not the one before
      if (orgDescriptors.has(w.text) && words[k + 1]?.capitalised) break;
      if (orgDescriptors.has(w.text)) return { type: 'ORG', reason: `described as a ${w.text}` };
      if (/^[,.;:]$/.test(w.text) || PREPOSITIONS.has(w.lower) || w.capitalised) break;
    }
    // ", a Richmond -based jazz fusion band": names may qualify the head too (describingHead)
    const head = /^(a|an)$/i.test(det.text) ? describingHead(words, span.last + 2, span.last + 8) : null;
    if (head) return { type: 'ORG', reason: `described as a ${head}` };
  }
  const names = words.slice(span.first, span.last);
  const nameShaped = names.every((w) => w.capitalised && !w.acronym && !lexicon.isCommon(w.lower));
  const second = words[span.last + 1];
  if (nameShaped && second && (/^\d{1,3}$/.test(second.text) && words[span.last + 2]?.text === ',' || /^who$/i.test(second.text))) {
    return { type: 'PERSON', reason: second.text === 'who' ? 'followed by ", who"' : 'followed by an age' };
  }
  return null;
}

/** "a band called Squirrell", "a new party named Forward", "a firm called \"Vendo\"": a body's noun, then what it is called */
function calledByDescriptor(span: Span, words: Word[]): string | null {
  let k = span.first - 1;
  if (OPENING_QUOTE.test(words[k]?.text ?? '')) k--;
  const verb = words[k]?.lower;
  const noun = words[k - 1];
  if ((verb !== 'called' && verb !== 'named') || !noun || !orgDescriptors.has(noun.text) || words[span.last - 1].possessive) return null;
  // "a (new) band called": the noun is indefinite; "which the band named X" is the band naming something else
  for (let j = k - 2; j >= k - 4 && j >= 0 && /^\p{Ll}/u.test(words[j].text); j--) {
    if (words[j].lower === 'a' || words[j].lower === 'an') return `a ${noun.text} ${verb} so`;
  }
  return null;
}
const OPENING_QUOTE = /^[“"‘']$/;

/**
 * "by American rock band , Eels", "A driving Jazz band , Blue Indigo performed …": an indefinite noun for a body
 * and a comma, then its name. Not after "the band ," or "his company ,", nor after a verb's object ("After leaving a
 * band, Smith …"): there the comma ends a phrase and the name is the clause's subject.
 */
function indefiniteDescriptorBefore(span: Span, words: Word[]): boolean {
  const noun = words[span.first - 2];
  if (!noun || !orgDescriptors.has(noun.text)) return false;
  for (let j = span.first - 3; j >= span.first - 6 && j >= 0; j--) {
    const w = words[j];
    // "With a new band , Zappolo toured": a preposition opening the sentence sets the scene for the clause's subject
    if (INDEFINITE_OPENERS.has(w.lower)) return !w.positional;
    // "A driving Jazz band , X performed": the phrase opens the clause; "After leaving a band , X" is a verb's object
    if (w.lower === 'a' || w.lower === 'an') {
      const before = words[j - 1];
      return !(before && before.sentence === w.sentence && (before.pos === 'VERB' || before.pos === 'AUX' || (before.pos === 'ADP' && before.positional)));
    }
    if (/^[,.;:()]$/.test(w.text) || w.pos === 'DET' || w.pos === 'PRON' || w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADP') return false;
  }
  return false;
}
/** prepositions after which a noun without a determiner is indefinite: "by American rock band X" */
const INDEFINITE_OPENERS = new Set(['by', 'with', 'from', 'for']);

/** "Crazyhead are an English punk rock band", "Flexport is a logistics startup": a copula and the head noun */
function definedAsBody(span: Span, words: Word[]): string | null {
  const after = words[span.last];
  if (!after || !COPULA.has(after.lower) || !/^(a|an)$/.test(words[span.last + 1]?.lower ?? '') || words[span.last - 1].possessive) return null;
  const head = describingHead(words, span.last + 2, span.last + 9);
  return head ? `"${after.text} a … ${head}"` : null;
}

/**
 * "a Labour MP", "a Liberal-Labour candidate": one capitalised word mid-sentence, neither a place ("the Kenora
 * MPP"), a nationality ("Scottish MPs") nor a person's name, before a party's member.
 */
function namesAParty(span: Span, words: Word[]): boolean {
  const lexicon = nameLexicon();
  const word = words[span.first];
  if (span.last - span.first !== 1 || span.positional || !word.capitalised || word.acronym || word.possessive) return false;
  // "a Liberal member": the adjective of a party's members, which a town may share ("Liberal", Kansas)
  if (partyWords.has(word.lower)) return true;
  if (lexicon.isFirstName(word.lower) || lexicon.isLastName(word.lower) || lexicon.isDemonym(word.lower) || gazetteer().demonym(word.text) !== undefined) return false;
  return gazetteer().lookup(word.text).length === 0;
}

/** "Perth Glory", "Chicago Fire": a known town (one or two words) and one capitalised word that is no place */
function namesATownsTeam(span: Span, words: Word[]): boolean {
  const inner = words.slice(span.first, span.last);
  const last = inner[inner.length - 1];
  if (inner.length < 2 || inner.length > 3 || !last.capitalised || last.acronym || last.possessive || span.positional) return false;
  const town = inner.slice(0, -1).map((w) => w.text).join(' ');
  return gazetteer().lookup(town).some((p) => p.kind === 'city') && gazetteer().lookup(last.text).length === 0;
}

/**
 * "Former Western Australian Labor MP", "Scottish Labour MSP": a nationality before the party's word before its
 * member says where the member sits; the party is the last word alone.
 */
function partyAfterNationality(span: Span, words: Word[]): boolean {
  if (span.last - span.first < 2) return false;
  const nationality = words[span.last - 2];
  return nameLexicon().isDemonym(nationality.lower) || gazetteer().demonym(nationality.text) !== undefined;
}

function narrowToLastWord(span: Span, words: Word[]): void {
  const last = words[span.last - 1];
  span.first = span.last - 1;
  span.start = last.start;
  span.text = last.text;
  span.positional = last.positional;
}

const COPULA = new Set(['is', 'are', 'was', 'were']);
const RANK = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)$/i;
const FOUNDED = /^(?:founded|formed|co-founded)$/;

/**
 * The organisation noun that heads the words from `from` ("an English punk rock band", "a Richmond-based
 * jazz fusion band", "a Bungalow park developer"): modifiers may be any words, names too ("English" is no
 * demonym to the lexicons); the noun must end the phrase ("a band member" is a person).
 */
function describingHead(words: Word[], from: number, to: number): string | null {
  for (let k = from; k < Math.min(words.length, to); k++) {
    const w = words[k];
    // "a public bus service provided by …": the compound's last noun is the head
    const compound = orgCompounds.has(`${w.lower} ${words[k + 1]?.lower}`);
    if (compound) k++;
    if (compound || orgDescriptors.has(w.text)) {
      const next = words[k + 1];
      const ends = !next || /^[,.;:()!?]$/.test(next.text) || PREPOSITIONS.has(next.lower) || /^(and|or|that|which|whose|formed|founded|based|operated|owned|run|provided|launched|established|headquartered)$/.test(next.lower);
      return ends ? words.slice(compound ? k - 1 : k, k + 1).map((x) => x.text).join(' ') : null;
    }
    if (/^[,.;:()]$/.test(w.text) || PREPOSITIONS.has(w.lower)) return null;
  }
  return null;
}

const COMPASS_OF = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of$/;

/**
 * "north of Whitebirk", "from Poolesville to Sandy Hook", "between Caernarfon and Dinas": a point of the
 * compass names a place, and so does a route whose other end is one ("from Smith to Jones" is not a route
 * unless a place ends it).
 */
function placedByRoute(span: Span, words: Word[], spans: Span[]): string | null {
  const before2 = words.slice(Math.max(0, span.first - 2), span.first).map((w) => w.lower).join(' ');
  if (COMPASS_OF.test(before2)) return `after "${before2}"`;
  const before = words[span.first - 1]?.lower;
  const after = words[span.last]?.lower;
  const isPlace = (s: Span | undefined) => s?.type === 'PLACE';
  if ((before === 'from' && after === 'to') || (before === 'between' && after === 'and')) {
    if (isPlace(spans.find((s) => s.first === span.last + 1))) return `"${before} X ${after}" a place`;
  }
  if (before === 'to' || before === 'and') {
    const partner = spans.find((s) => s.last === span.first - 1);
    const opener = partner ? words[partner.first - 1]?.lower : undefined;
    if (isPlace(partner) && ((before === 'to' && opener === 'from') || (before === 'and' && opener === 'between'))) return `"${opener} a place ${before} X"`;
  }
  return null;
}

function nameWords(span: Span, words: Word[]): Word[] {
  return words.slice(span.first, span.last).filter((w) => w.capitalised || w.acronym);
}

/** the country code of a country or region named right after the span and a comma, closing the phrase */
function areaAfterComma(span: Span, words: Word[], spans: Span[]): string | null | undefined {
  if (words[span.last]?.text !== ',') return undefined;
  const next = spans.find((s) => s.first === span.last + 1);
  if (!next || next.type !== 'PLACE' || !next.places) return undefined;
  const area = next.places.find((p) => p.kind === 'country' || p.kind === 'region');
  const closing = words[next.last];
  if (!area || words[next.last - 1].possessive || (closing && /^[\p{Lu}\p{N}]/u.test(closing.text))) return undefined;
  return area.countryCode;
}
