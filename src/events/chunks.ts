/**
 * Noun phrases of entity mentions ("chunks") and what governs them: the preposition before a chunk,
 * coordination ("X and Y", "X, 42, and his wife Y") and the possessive or title that joins two
 * mentions into one ("European Commission President Ursula von der Leyen", "Mecca's Grand Mosque").
 */
import type { Token } from '../extract/analyse.js';
import { mentionsIn, type EntityMention, type EventContext, type Segment } from './context.js';
import { POSSESSIVE_DETERMINERS, PREPOSITIONS } from './lexicon.js';

/** a noun phrase of entity mentions; its head is the mention that names what the phrase refers to */
export interface Chunk {
  first: number;
  /** exclusive */
  end: number;
  head: EntityMention;
}

const MAX_TITLE_GAP = 3;
const GOVERNOR_STEPS = 8;
const APPOSITION_STEPS = 6;
const COORDINATION_GAP = 7;
const POSSESSIVES = new Set(["'s", '’s', "'", '’']);

export const isPossessive = (t: Token): boolean => POSSESSIVES.has(t.lower);

export const isTitleToken = (t: Token): boolean => ((t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') && t.text[0] !== t.lower[0]) || isPossessive(t);

const chunkCache = new WeakMap<EventContext, (readonly Chunk[] | undefined)[]>();

/** the chunks of a segment, grouped once per segment */
export function chunksOf(ctx: EventContext, segment: Segment): readonly Chunk[] {
  let cache = chunkCache.get(ctx);
  if (!cache) chunkCache.set(ctx, (cache = []));
  return (cache[segment.index] ??= groupChunks(ctx, segment));
}

function onlyTitlesBetween(ctx: EventContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTitleToken(ctx.tokens[i])) return false;
  return true;
}

/**
 * An organisation or place right before a person is the person's affiliation ("Columbus Police
 * Department spokesman Matt Harris"); a place with a possessive before another place or an
 * organisation is where that one is ("Mecca's Grand Mosque", "Saudi Arabia's Civil Defense Authority").
 */
function groupChunks(ctx: EventContext, segment: Segment): Chunk[] {
  const chunks: Chunk[] = [];
  for (const m of mentionsIn(ctx, segment)) {
    const last = chunks[chunks.length - 1];
    if (last && m.firstToken < last.end) continue;
    const affiliation = last && m.kind === 'person' && last.head.kind !== 'person' && m.firstToken - last.end <= MAX_TITLE_GAP && onlyTitlesBetween(ctx, last.end, m.firstToken);
    const located = last && m.kind !== 'person' && last.head.kind === 'place' && m.firstToken === last.end + 1 && isPossessive(ctx.tokens[last.end]);
    if (affiliation || located) {
      last.end = m.endToken;
      last.head = m;
      continue;
    }
    chunks.push({ first: m.firstToken, end: m.endToken, head: m });
  }
  return chunks;
}

const chunkOfMention = (m: EntityMention): Chunk => ({ first: m.firstToken, end: m.endToken, head: m });

/**
 * The preposition governing a chunk, looking back over determiners, adjectives and titles, over a
 * first conjunct ("between his government and the Taliban"), over an apposition of places ("from
 * Sydney, Australia") and over a described apposition ("by its largest shareholder, Japanese
 * technology company SoftBank").
 */
export function governor(ctx: EventContext, chunk: Chunk, floor: number): string | null {
  let crossedAnd = false;
  for (let i = chunk.first - 1, steps = 0; i >= floor && steps < GOVERNOR_STEPS; i--, steps++) {
    const t = ctx.tokens[i];
    if (PREPOSITIONS.words.has(t.lower)) return t.lower;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || isTitleToken(t) || t.pos === 'NOUN') continue;
    if (t.lower === 'and' && !crossedAnd) {
      crossedAnd = true;
      continue;
    }
    if (crossedAnd && (t.pos === 'PRON' || t.pos === 'PROPN')) continue;
    if (t.text === ',' && i > floor) {
      const before = ctx.mentionAt[i - 1];
      if (before >= 0 && ctx.mentions[before].kind === 'place') return governor(ctx, chunkOfMention(ctx.mentions[before]), floor);
      if (before < 0 && enclosed(ctx, chunk)) return appositionGovernor(ctx, i, floor);
    }
    return null;
  }
  return null;
}

/** an apposition is closed by a comma or ends its sentence ("by its shareholder, X, last month") */
function enclosed(ctx: EventContext, chunk: Chunk): boolean {
  const next = ctx.tokens[chunk.end];
  return !next || next.lineStart || next.text === ',' || next.text === '.' || next.text === ';';
}

/**
 * "by its largest shareholder, X": the preposition of the common noun phrase that X restates; a
 * phrase opening the sentence ("At the ceremony, X announced") is an adverbial, not an apposition.
 */
function appositionGovernor(ctx: EventContext, comma: number, floor: number): string | null {
  let nouns = 0;
  for (let i = comma - 1; i >= floor && i >= comma - APPOSITION_STEPS; i--) {
    const t = ctx.tokens[i];
    if (PREPOSITIONS.words.has(t.lower)) return nouns > 0 && i > ctx.segments[ctx.segmentOf[i]].firstToken ? t.lower : null;
    if (t.pos === 'NOUN') nouns++;
    else if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || POSSESSIVE_DETERMINERS.words.has(t.lower))) return null;
  }
  return null;
}

export function punctuationBetween(ctx: EventContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.tokens[i].pos === 'PUNCT') return true;
  return false;
}

/**
 * "X and Y", "X, Y and Z", and over appositions of age, office or relation: "Thomas Sam, 42, and his
 * wife Manju Sam", "Macron, the French president, and Scholz" (a longer gap needs "and").
 */
export function coordinated(ctx: EventContext, previous: Chunk | undefined, chunk: Chunk): boolean {
  if (!previous || chunk.first - previous.end > COORDINATION_GAP) return false;
  let and = false;
  let other = false;
  for (let i = previous.end; i < chunk.first; i++) {
    const t = ctx.tokens[i];
    if (t.lower === 'and' || t.lower === '&') and = true;
    else if (t.lower !== ',' && t.lower !== 'the') {
      if (!(t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVE_DETERMINERS.words.has(t.lower) || (t.pos === 'NOUN' && t.text === t.lower))) return false;
      other = true;
    }
  }
  return chunk.first - previous.end <= 2 ? !other : and;
}
