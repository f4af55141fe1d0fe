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
import { lastPersonBefore } from './roles.js';

export interface Speaker {
  id: string | null;
  name: string | null;
}

const NP_LIMIT = 12;
const SUBJECT_LIMIT = 8;
const BEFORE_LIMIT = 25;
const QUOTE_MARKS = new Set(['“', '”', '"', '«', '»', '„']);

const isSpeechVerb = (t: Token | undefined): boolean =>
  !!t && t.pos === 'VERB' && (SPEECH_VERBS.words.has(t.lemma.toLowerCase()) || SPEECH_VERBS.words.has(t.lower));

const nameIndexCache = new WeakMap<EventContext, Map<string, string>>();

/** lower-cased names and aliases → entity id (people first, so a person wins a shared name) */
function nameIndex(ctx: EventContext): Map<string, string> {
  let index = nameIndexCache.get(ctx);
  if (index) return index;
  index = new Map();
  const ordered = [...ctx.entities.values()].sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person'));
  for (const e of ordered) {
    for (const n of [e.name, ...e.aliases]) if (!index.has(n.toLowerCase())) index.set(n.toLowerCase(), e.id);
  }
  nameIndexCache.set(ctx, index);
  return index;
}

function named(ctx: EventContext, id: string | null, fallback: string | null): Speaker {
  if (!id) return { id: null, name: fallback };
  return { id, name: ctx.entities.get(id)?.name ?? fallback };
}

/** resolve the tokens [from, to) of a speaker phrase */
function resolvePhrase(ctx: EventContext, from: number, to: number, quoteOpenToken: number): Speaker | null {
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
    if (t.pos === 'PROPN' || (run.length > 0 && (t.text === '-' || t.lower === 'von' || t.lower === 'der' || t.lower === 'de'))) run.push(t);
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
    const person = lastPersonBefore(ctx, quoteOpenToken);
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

function afterQuote(ctx: EventContext, closeToken: number, openToken: number): Speaker | null {
  let i = closeToken + 1;
  if (i >= ctx.tokens.length) return null;
  // a new line only continues the attribution when it opens with the attribution itself
  while (i < ctx.tokens.length && (ctx.tokens[i].text === ',' || ctx.tokens[i].text === '.')) i++;
  const t = ctx.tokens[i];
  if (!t) return null;
  if (QUOTE_DASHES.words.has(t.text)) return resolvePhrase(ctx, i + 1, phraseEnd(ctx, i + 1), openToken);
  if (t.lower === 'according' && ctx.tokens[i + 1]?.lower === 'to') return resolvePhrase(ctx, i + 2, phraseEnd(ctx, i + 2), openToken);
  if (isSpeechVerb(t)) return resolvePhrase(ctx, i + 1, phraseEnd(ctx, i + 1), openToken);
  // "X said", "the minister told reporters"
  const limit = Math.min(ctx.tokens.length, i + SUBJECT_LIMIT);
  for (let k = i; k < limit; k++) {
    const w = ctx.tokens[k];
    if (k > i && w.lineStart) return null;
    if (w.text === '.' || w.text === ';' || QUOTE_MARKS.has(w.text)) return null;
    if (isSpeechVerb(w) && k > i) return resolvePhrase(ctx, i, k, openToken);
    if (w.pos === 'VERB') return null;
  }
  return null;
}

/** "X said: “…”", "according to X, “…”", "X told reporters that “…”" in the same sentence, or a line ending with ':' */
function beforeQuote(ctx: EventContext, openToken: number): Speaker | null {
  const open = ctx.tokens[openToken];
  let floor = Math.max(0, openToken - BEFORE_LIMIT);
  for (let i = openToken - 1; i >= floor; i--) {
    const t = ctx.tokens[i];
    if (QUOTE_MARKS.has(t.text)) return null;
    // only cross a line break when that line ends with ':' ("X said:\n“…”")
    if (ctx.tokens[i + 1].lineStart && !(i + 1 === openToken && t.text === ':')) return null;
    if (t.sentence !== open.sentence && t.text !== ':') floor = i;
    if (t.lower === 'according' && ctx.tokens[i + 1]?.lower === 'to') return resolvePhrase(ctx, i + 2, phraseEnd(ctx, i + 2), openToken);
    if (isSpeechVerb(t)) {
      // inverted "said X:" or the subject before the verb
      let s = i - 1;
      while (s >= floor && (ctx.tokens[s].pos === 'ADV' || ctx.tokens[s].pos === 'AUX')) s--;
      let k = s;
      while (k >= floor && k > s - SUBJECT_LIMIT && !(ctx.tokens[k].text === '.' || ctx.tokens[k].text === ',' || ctx.tokens[k].pos === 'VERB' || QUOTE_MARKS.has(ctx.tokens[k].text) || ctx.tokens[k + 1]?.lineStart && k < s)) k--;
      const subject = s >= floor ? resolvePhrase(ctx, k + 1, s + 1, openToken) : null;
      if (subject) return subject;
      return resolvePhrase(ctx, i + 1, Math.min(openToken, phraseEnd(ctx, i + 1)), openToken);
    }
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
