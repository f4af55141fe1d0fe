/**
 * Who said it: attribution patterns around a quotation, tried in order —
 *   after it:  “…,” said X · “…,” X said · “…” – X · “…,” according to X (also on the next line)
 *   before it: X said: “…” · X told reporters that “…” · according to X, “…”
 * The speaker phrase resolves to the person (else organisation) mentioned in it, to the last person
 * named for "he"/"she", or to an entity whose name or alias matches its proper nouns.
 */
import type { Token } from '../extract/analyse.js';
import { tokenAtOrAfter, type EventContext } from './context.js';
import { QUOTE_DASHES, SPEECH_VERBS } from './lexicon.js';
import { findQuoteSpans } from './quotes.js';
import { chunksOf } from './chunks.js';
import { resolvePersonalPronoun } from './pronouns.js';
import { subjectBefore } from './subjects.js';

export interface Speaker {
  id: string | null;
  name: string | null;
}

const NP_LIMIT = 12;
const SUBJECT_LIMIT = 8;
const AFTER_LIMIT = 20;
const BEFORE_LIMIT = 25;
const QUOTE_MARKS = new Set(['“', '”', '"', '«', '»', '„']);
const NOT_NAME_POS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'PUNCT', 'NUM']);

/** a speech verb; its -ing form may be tagged as an adjective ("whilst promising a “formal update”") */
const isSpeechVerb = (t: Token | undefined): boolean => {
  if (!t) return false;
  if (t.pos === 'VERB') return SPEECH_VERBS.words.has(t.lemma.toLowerCase()) || SPEECH_VERBS.words.has(t.lower);
  if (t.pos !== 'ADJ' || !t.lower.endsWith('ing')) return false;
  const stem = t.lower.slice(0, -3);
  return SPEECH_VERBS.words.has(stem) || SPEECH_VERBS.words.has(`${stem}e`);
};

const openingCache = new WeakMap<EventContext, Map<number, number>>();

/** offset of a closing quotation mark → offset of its opening mark, for every quotation of the article */
function openingOfClosing(ctx: EventContext): Map<number, number> {
  let map = openingCache.get(ctx);
  if (!map) {
    map = new Map();
    for (const span of findQuoteSpans(ctx.text)) if (!span.unclosed) map.set(span.close, span.open);
    openingCache.set(ctx, map);
  }
  return map;
}

const nameIndexCache = new WeakMap<EventContext, Map<string, string>>();

/**
 * lower-cased names and aliases of people and organisations → entity id (places say nothing); people
 * first, so a person wins a shared name; then surnames, then any other part of a person's name
 * ("Liu" of "Liu Xiaming", where the family name comes first)
 */
function nameIndex(ctx: EventContext): Map<string, string> {
  let index = nameIndexCache.get(ctx);
  if (index) return index;
  index = new Map();
  const speakers = [...ctx.entities.values()].filter((e) => e.kind !== 'place').sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person'));
  const people = speakers.filter((e) => e.kind === 'person');
  const add = (name: string, id: string) => {
    if (!index!.has(name.toLowerCase())) index!.set(name.toLowerCase(), id);
  };
  for (const e of speakers) for (const n of [e.name, ...e.aliases]) add(n, e.id);
  for (const e of people) add(e.name.split(' ').pop()!, e.id);
  for (const e of people) for (const part of e.name.split(' ').slice(0, -1)) if (part.length > 1) add(part, e.id);
  nameIndexCache.set(ctx, index);
  return index;
}

function named(ctx: EventContext, id: string | null, fallback: string | null): Speaker {
  if (!id) return { id: null, name: fallback };
  return { id, name: ctx.entities.get(id)?.name ?? fallback };
}

/** resolve the tokens [from, to) of a speaker phrase */
function resolvePhrase(ctx: EventContext, from: number, to: number, quoteOpenToken: number): Speaker | null {
  // "Will Moy, chief executive of … Full Fact, told": a person or name heading the phrase before an
  // apposition, not a body inside it (while "President of the Commission, Ursula von der Leyen" is hers)
  for (let i = from + 1; i < to; i++) {
    if (ctx.tokens[i].text !== ',') continue;
    const head = resolveWords(ctx, from, i, quoteOpenToken);
    const person = head?.id ? ctx.entities.get(head.id)?.kind === 'person' : !!head?.name && nameWord(ctx, ctx.tokens[i - 1]);
    if (person) return head;
    break;
  }
  return resolveWords(ctx, from, to, quoteOpenToken);
}

/** a capitalised word the tagger took for a verb or common word, inside a name ("Will Moy", "Mark Tedeschi") */
const nameWord = (ctx: EventContext, t: Token): boolean =>
  t.pos === 'PROPN' || (t.text[0] !== t.lower[0] && !NOT_NAME_POS.has(t.pos) && ctx.tokens[t.index + 1]?.pos === 'PROPN' && !t.lineStart);

function resolveWords(ctx: EventContext, from: number, to: number, quoteOpenToken: number): Speaker | null {
  let org: string | null = null;
  for (let i = from; i < to; i++) {
    const m = ctx.mentionAt[i];
    if (m < 0) continue;
    const mention = ctx.mentions[m];
    if (mention.kind === 'person') return named(ctx, mention.id, mention.name);
    if (mention.kind === 'organization' && !org) org = mention.id;
  }
  // proper nouns not recognised as a mention: match them against known names and aliases
  const run: Token[] = [];
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i];
    if (nameWord(ctx, t) || (run.length > 0 && (t.text === '-' || t.lower === 'von' || t.lower === 'der' || t.lower === 'de'))) run.push(t);
    else if (run.length > 0) break;
  }
  if (run.length > 0) {
    const index = nameIndex(ctx);
    for (let k = 0; k < run.length; k++) {
      const candidate = ctx.text.slice(run[k].start, run[run.length - 1].end).toLowerCase();
      const id = index.get(candidate);
      if (id) return named(ctx, id, null);
    }
  }
  if (org) return named(ctx, org, null);
  const first = ctx.tokens[from];
  if (first && (first.lower === 'he' || first.lower === 'she') && to - from === 1) {
    const person = resolvePersonalPronoun(ctx, quoteOpenToken, first.lower);
    return person ? named(ctx, person.id, person.name) : { id: null, name: null };
  }
  if (run.length > 0) return { id: null, name: ctx.text.slice(run[0].start, run[run.length - 1].end) };
  return null;
}

/** end of a speaker phrase after a verb or dash: the sentence or line ends, or a clause starts */
function phraseEnd(ctx: EventContext, from: number): number {
  const limit = Math.min(ctx.tokens.length, from + NP_LIMIT);
  for (let i = from; i < limit; i++) {
    const t = ctx.tokens[i];
    if (i > from && t.lineStart) return i;
    if (t.text === '.' || t.text === ';' || t.text === ':' || QUOTE_MARKS.has(t.text) || t.lower === 'who' || t.lower === 'in' || t.lower === 'at' || t.lower === 'on' || t.lower === 'during' || t.lower === 'when' || t.lower === 'after' || t.lower === 'before' || (t.pos === 'VERB' && i > from)) return i;
  }
  return limit;
}

/** the pronoun right before a speech verb ("he said", "she added") */
function pronounBefore(ctx: EventContext, verb: number, floor: number): string | null {
  let i = verb - 1;
  while (i >= floor && (ctx.tokens[i].pos === 'ADV' || ctx.tokens[i].pos === 'AUX')) i--;
  return i >= floor && ctx.tokens[i].pos === 'PRON' ? ctx.tokens[i].lower : null;
}

/** a token of a place mention: a recogniser may type an unknown person's name as a place */
const inPlace = (ctx: EventContext, i: number): boolean => ctx.mentionAt[i] >= 0 && ctx.mentions[ctx.mentionAt[i]].kind === 'place';

/**
 * A run of proper nouns outside any mention that ends right before a verb (over adverbs and
 * auxiliaries). A run typed as a place counts when a common noun describes it as someone
 * ("professor Marc Lamont Hill commented"): a place has no profession.
 */
function nameRightBefore(ctx: EventContext, verb: number, floor: number): Speaker | null {
  let end = verb;
  while (end - 1 >= floor && (ctx.tokens[end - 1].pos === 'ADV' || ctx.tokens[end - 1].pos === 'AUX')) end--;
  const runStart = (joins: (i: number) => boolean): number => {
    let first = end;
    while (first - 1 >= floor && ctx.tokens[first - 1].pos === 'PROPN' && joins(first - 1)) first--;
    return first;
  };
  const unknown = runStart((i) => ctx.mentionAt[i] < 0);
  if (end - unknown >= 2) return resolvePhrase(ctx, unknown, end, verb);
  const typedAsPlace = runStart((i) => ctx.mentionAt[i] < 0 || inPlace(ctx, i));
  const description = ctx.tokens[typedAsPlace - 1];
  const described = typedAsPlace - 1 >= floor && description.pos === 'NOUN' && description.text === description.lower;
  return described && end - typedAsPlace >= 2 ? { id: null, name: ctx.text.slice(ctx.tokens[typedAsPlace].start, ctx.tokens[end - 1].end) } : null;
}

/** the speaker of a speech verb: "X said", "X, the mayor, said", "he said" (subject), else "said X" (inverted) */
function speakerOfVerb(ctx: EventContext, verb: number, floor: number, ceiling: number, openToken: number): Speaker | null {
  const pronoun = pronounBefore(ctx, verb, floor);
  if (pronoun === 'he' || pronoun === 'she') {
    const person = resolvePersonalPronoun(ctx, openToken, pronoun);
    return person ? named(ctx, person.id, person.name) : null;
  }
  if (pronoun) return null; // "it said", "they said": the quote before decides
  const segment = ctx.segments[ctx.segmentOf[verb]];
  if (segment) {
    // "Jeff Rathke, the State Department Spokesperson, said": the person, not the body in the apposition
    const chunks = chunksOf(ctx, segment).filter((c) => c.end <= verb && c.first >= Math.max(floor, segment.firstToken));
    const person = chunks.filter((c) => c.head.kind === 'person').pop();
    if (person) return named(ctx, person.head.id, person.head.name);
    // "American academic Marc Lamont Hill commented": a name no recogniser knew, right before the verb
    const unknown = nameRightBefore(ctx, verb, Math.max(floor, segment.firstToken));
    if (unknown) return unknown;
    const subject = subjectBefore(ctx, chunks, verb, Math.max(floor, segment.firstToken));
    const head = subject[subject.length - 1]?.head;
    if (head && head.kind !== 'place') return named(ctx, head.id, head.name);
  }
  const before = resolvePhrase(ctx, Math.max(floor, segment?.firstToken ?? 0, verb - SUBJECT_LIMIT), verb, openToken);
  if (before) return before;
  return resolvePhrase(ctx, verb + 1, Math.min(ceiling, phraseEnd(ctx, verb + 1)), openToken);
}

function afterQuote(ctx: EventContext, closeToken: number, openToken: number): Speaker | null {
  let i = closeToken + 1;
  while (i < ctx.tokens.length && (ctx.tokens[i].text === ',' || ctx.tokens[i].text === '’' || ctx.tokens[i].text === "'")) i++;
  const t = ctx.tokens[i];
  if (!t || t.text === '.' || QUOTE_MARKS.has(t.text)) return null;
  // on the next line only an attribution line continues it ("said X", "– X")
  const nextLine = t.lineStart;
  if (nextLine && !(QUOTE_DASHES.words.has(t.text) || isSpeechVerb(t))) return null;
  if (QUOTE_DASHES.words.has(t.text)) return resolvePhrase(ctx, i + 1, phraseEnd(ctx, i + 1), openToken);
  if (t.lower === 'according' && ctx.tokens[i + 1]?.lower === 'to') return resolvePhrase(ctx, i + 2, phraseEnd(ctx, i + 2), openToken);
  if (isSpeechVerb(t)) return resolvePhrase(ctx, i + 1, phraseEnd(ctx, i + 1), openToken);
  // "X said", "X, editor at the Gazette, said", "the minister told reporters"; verbs inside an
  // apposition between commas are part of it ("X, chief executive of the London-based website, told")
  const limit = Math.min(ctx.tokens.length, i + AFTER_LIMIT);
  let apposition = false;
  for (let k = i; k < limit; k++) {
    const w = ctx.tokens[k];
    if ((k > i && w.lineStart) || w.text === '.' || w.text === ';' || QUOTE_MARKS.has(w.text)) return null;
    if (w.text === ',' && k > i) apposition = !apposition;
    if (isSpeechVerb(w)) {
      const pronoun = pronounBefore(ctx, k, i);
      if (pronoun === 'he' || pronoun === 'she') {
        const person = resolvePersonalPronoun(ctx, openToken, pronoun);
        return person ? named(ctx, person.id, person.name) : null;
      }
      return resolvePhrase(ctx, i, k, openToken);
    }
    if (w.pos === 'VERB' && !apposition) return null;
  }
  return null;
}

/** "X said: “…”", "according to X, “…”", "X told reporters that “…”" in the same sentence, or a line ending with ':' */
function beforeQuote(ctx: EventContext, openToken: number): Speaker | null {
  const open = ctx.tokens[openToken];
  if (!open) return null;
  const floor = Math.max(0, openToken - BEFORE_LIMIT);
  // a quotation on the line after "X said:" or "X commented," belongs to that line's sentence
  const previous = ctx.tokens[openToken - 1];
  const colonLine = !!previous && open.lineStart && (previous.text === ':' || (previous.text === ',' && isSpeechVerb(ctx.tokens[openToken - 2])));
  const home = ctx.segmentOf[colonLine ? openToken - 1 : openToken];
  for (let i = openToken - 1; i >= floor; i--) {
    const t = ctx.tokens[i];
    // an earlier quotation in the same sentence is stepped over ("promising a “formal update” …: “…”")
    const opening = QUOTE_MARKS.has(t.text) ? openingOfClosing(ctx).get(t.start) : undefined;
    if (opening !== undefined && opening >= ctx.tokens[floor].start) {
      i = tokenAtOrAfter(ctx.tokens, opening);
      continue;
    }
    if (QUOTE_MARKS.has(t.text)) return null;
    // only cross a line break when that line ends with ':' ("X said:\n“…”")
    if (ctx.tokens[i + 1].lineStart && !(i + 1 === openToken && colonLine)) return null;
    if (ctx.segmentOf[i] !== home) return null;
    if (t.text === '.' || t.text === '?' || t.text === '!') return null;
    if (t.lower === 'according' && ctx.tokens[i + 1]?.lower === 'to') return resolvePhrase(ctx, i + 2, Math.min(openToken, phraseEnd(ctx, i + 2)), openToken);
    // "in the words of the Crown prosecutor, Mark Tedeschi, “…”"
    if (t.lower === 'words' && ctx.tokens[i + 1]?.lower === 'of') return resolvePhrase(ctx, i + 2, openToken, openToken);
    if (isSpeechVerb(t)) return speakerOfVerb(ctx, i, floor, openToken, openToken);
  }
  return null;
}

export interface AttributionInput {
  /** offsets of the opening and closing marks */
  open: number;
  close: number;
}

/** the speaker of one quote piece, or null when no pattern binds */
export function attribute(ctx: EventContext, quote: AttributionInput): Speaker | null {
  const openToken = tokenAtOrAfter(ctx.tokens, quote.open);
  const closeToken = tokenAtOrAfter(ctx.tokens, quote.close);
  const closing = ctx.tokens[closeToken];
  const closed = closing && closing.start === quote.close;
  return (closed ? afterQuote(ctx, closeToken, openToken) : null) ?? beforeQuote(ctx, openToken);
}
