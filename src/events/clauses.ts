/**
 * Where a trigger's clause begins and ends, from punctuation and function words (no parser): roles,
 * the place, the date and amounts of an event are read only inside it.
 */
import type { EventContext, Segment } from './context.js';
import { SPEECH_VERBS } from './lexicon.js';

export const CLAUSE_STOPS: ReadonlySet<string> = new Set([';', ':', '“', '”', '"', '«', '»', '(', ')']);
/** after a comma these open a new clause ("…, and police said", "…, which …") */
const NEW_CLAUSE = new Set(['and', 'but', 'while', 'which', 'who', 'as', 'after', 'before', 'when', 'although', 'though', 'whose']);
/** these open a new clause wherever they stand */
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'while', 'whereas', 'because', 'although']);
/** followed by a verb they open an adverbial clause with its own event ("after stopping his vehicle near …") */
const SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'since', 'by', 'without', 'upon', 'until']);
/** between a nominal subject and its verb ("A storm yesterday caused", "the meeting, set to take place") */
const SUBJECT_GAP = 3;
/** between a nominal subject with a complement and its verb ("Talks between Russia and Ukraine were") */
const COMPLEMENT_GAP = 8;
const NOUN_COMPLEMENTS = new Set(['of', 'between', 'with', 'on', 'against', 'by']);
const COMPLEMENT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'PRON', 'PART']);

/** these open a subordinate clause: its subject, place and date are its own ("…, because dignitaries wanted to meet") */
const SUBORDINATE_OPENERS = new Set(['because', 'although', 'though', 'whereas', 'unless', 'when', 'while']);

/** the first token of the trigger's clause: after the last ; : quotation mark, bracket or subordinator before it */
export function leftFloor(ctx: EventContext, segment: Segment, trigger: number): number {
  for (let i = trigger - 1; i >= segment.firstToken; i--) if (CLAUSE_STOPS.has(ctx.tokens[i].text) || SUBORDINATE_OPENERS.has(ctx.tokens[i].lower)) return i + 1;
  return segment.firstToken;
}

/** a subordinator followed by a verb ("after leaving", "while stopping") */
function adverbialClause(ctx: EventContext, i: number): boolean {
  if (!SUBORDINATORS.has(ctx.tokens[i].lower)) return false;
  const next = ctx.tokens[i + 1];
  return !!next && (next.pos === 'VERB' || next.pos === 'AUX');
}

/**
 * The exclusive end of the clause after a trigger: a clause stop, a relative or adverbial clause,
 * another trigger, a speech verb; for a nominal also its own verb ("the talks ended …").
 */
export function rightLimit(ctx: EventContext, segment: Segment, from: number, nominal: boolean, triggerTokens: ReadonlySet<number>): number {
  for (let i = from; i < segment.endToken; i++) {
    const t = ctx.tokens[i];
    if (CLAUSE_STOPS.has(t.text) || RELATIVES.has(t.lower) || triggerTokens.has(i) || adverbialClause(ctx, i)) return i;
    if (t.text === ',' && NEW_CLAUSE.has(ctx.tokens[i + 1]?.lower ?? '')) return i;
    if (t.pos === 'VERB' && SPEECH_VERBS.words.has(t.lower)) return i;
    if (nominal && (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) return i;
  }
  return segment.endToken;
}

/**
 * A nominal that is the subject of its clause takes the place and date of its predicate: "A storm
 * yesterday caused a crane to fall into Mecca's Grand Mosque", "the first meeting set to take place
 * in Christchurch on May 16", "The election was held on Sunday". Returns the predicate's token range,
 * or null when a verb does not follow the nominal closely.
 */
export function nominalPredicate(ctx: EventContext, segment: Segment, noun: number, triggerTokens: ReadonlySet<number>): [number, number] | null {
  let verb = -1;
  let complement = false;
  for (let i = noun + 1; i < segment.endToken && i <= noun + 1 + (complement ? COMPLEMENT_GAP : SUBJECT_GAP); i++) {
    const t = ctx.tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      verb = i;
      break;
    }
    // "Talks between Russia and Ukraine were held …", "The meeting of the two leaders took place …"
    if (i === noun + 1 && NOUN_COMPLEMENTS.has(t.lower)) complement = true;
    else if (!(t.pos === 'ADV' || ctx.valueAt[i] >= 0 || (complement && COMPLEMENT_POS.has(t.pos)))) return null;
  }
  if (verb < 0 || SPEECH_VERBS.words.has(ctx.tokens[verb].lower)) return null;
  for (let i = verb + 1; i < segment.endToken; i++) {
    const t = ctx.tokens[i];
    if (t.text === ',' || CLAUSE_STOPS.has(t.text) || RELATIVES.has(t.lower) || triggerTokens.has(i) || adverbialClause(ctx, i)) return [verb, i];
  }
  return [verb, segment.endToken];
}
