/**
 * The subject of a verb trigger, by word order: the nearest chunk before the verb that no
 * preposition governs, with its conjuncts; the antecedent of a relative pronoun ("the Taliban, who
 * have long refused to negotiate"); the subject of a coordinated verb ("X met Y and signed …"); a
 * pronoun or a plural reference ("the two leaders", "they").
 */
import type { Participant } from '../record.js';
import { coordinated, governor, type Chunk } from './chunks.js';
import type { EventContext } from './context.js';
import { COLLECTIVE_NOUNS, SPEECH_VERBS } from './lexicon.js';

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** prepositions that also open a clause: "after North and South Korea exchanged fire" names the subject */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as']);
/** verbs a trigger may follow with "to" in a verb group ("have long refused to negotiate") */
const VERB_GROUP_STEPS = 6;
/** the longest apposition or relative clause between a subject and its verb */
const PARENTHETICAL_TOKENS = 14;

const isAuxLike = (ctx: EventContext, i: number): boolean => {
  const pos = ctx.tokens[i].pos;
  return pos === 'AUX' || pos === 'ADV' || pos === 'PART';
};

/** the token before the verb group of a trigger: over auxiliaries, adverbs and "refused to", "plans to" */
export function beforeVerbGroup(ctx: EventContext, verb: number, floor: number): number {
  let i = verb - 1;
  for (let steps = 0; i >= floor && steps < VERB_GROUP_STEPS; steps++) {
    if (isAuxLike(ctx, i)) i--;
    else if (ctx.tokens[i].pos === 'VERB' && ctx.tokens[i + 1]?.lower === 'to') i--;
    else break;
  }
  return i;
}

/** "Officers from the police", "members of the party": a common noun heads the phrase and the named body stands for it */
function headNounBefore(ctx: EventContext, chunk: Chunk, floor: number): boolean {
  let i = chunk.first - 1;
  while (i >= floor && ctx.tokens[i].pos === 'DET') i--;
  if (i < floor || (ctx.tokens[i].lower !== 'from' && ctx.tokens[i].lower !== 'of')) return false;
  const head = ctx.tokens[i - 1];
  if (!head || i - 1 < floor || !head.lower.endsWith('s')) return false;
  // a capitalised plural opening the sentence is tagged as a proper noun ("Officers from …")
  const noun = head.pos === 'NOUN' || (head.pos === 'PROPN' && (i - 1 === floor || ctx.tokens[i - 1].lineStart) && ctx.mentionAt[i - 1] < 0);
  return noun && (i - 2 < floor || ctx.tokens[i - 2].pos !== 'ADP');
}

/**
 * ", Kazakhstan's president," or ", who had visited Berlin," right before a verb: the opening comma of
 * that apposition or relative clause (whose names are not the subject), or -1.
 */
function parentheticalBefore(ctx: EventContext, verb: number, floor: number): number {
  const close = beforeVerbGroup(ctx, verb, floor);
  if (close <= floor || ctx.tokens[close].text !== ',') return -1;
  let descriptive = true;
  for (let i = close - 1; i >= floor && i >= close - PARENTHETICAL_TOKENS; i--) {
    const t = ctx.tokens[i];
    if (t.text === ',') {
      const first = ctx.tokens[i + 1].lower;
      return descriptive || first === 'who' || first === 'which' ? i : -1;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '.')) descriptive = false;
  }
  return -1;
}

/**
 * The subject of a verb: the nearest chunk before it that no preposition governs ("Officers from X"
 * names X; "after X exchanged" is a clause, so X is its subject), before any apposition or relative
 * clause that stands between them ("Tokayev, Kazakhstan's president, met").
 */
export function subjectBefore(ctx: EventContext, chunks: readonly Chunk[], verb: number, floor: number): Chunk[] {
  const open = parentheticalBefore(ctx, verb, floor);
  const beforeParenthetical = open >= 0 ? nearestSubject(ctx, chunks, verb, open, floor) : [];
  // "The suspect, Michael Webb, was convicted": with no name before it, the apposition names the subject
  return beforeParenthetical.length > 0 ? beforeParenthetical : nearestSubject(ctx, chunks, verb, verb, floor);
}

/** "X said the boy was welcome to come": a speech verb, or a pronoun with its auxiliary, opens another clause between a name and the verb */
function otherClauseBetween(ctx: EventContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i];
    if (t.pos === 'VERB' && SPEECH_VERBS.words.has(t.lemma.toLowerCase())) return true;
    if (t.pos === 'PRON' && ctx.tokens[i + 1]?.pos === 'AUX' && i + 1 < to) return true;
  }
  return false;
}

function nearestSubject(ctx: EventContext, chunks: readonly Chunk[], verb: number, limit: number, floor: number): Chunk[] {
  for (let c = chunks.length - 1; c >= 0; c--) {
    const chunk = chunks[c];
    if (chunk.end > limit || chunk.first < floor) continue;
    if (otherClauseBetween(ctx, chunk.end, limit)) return [];
    const prep = governor(ctx, chunk, floor);
    const subordinator = prep !== null && SUBORDINATORS.has(prep) && beforeVerbGroup(ctx, verb, floor) === chunk.end - 1;
    if (prep && !subordinator && !((prep === 'from' || prep === 'of') && headNounBefore(ctx, chunk, floor))) continue;
    return conjuncts(ctx, chunks, c);
  }
  return [];
}

/**
 * A chunk with the chunks coordinated before it ("X, Y and Z"); names joined by commas alone are an
 * apposition ("Co-founder of Google, Sergey Brin, met"), so only the last one counts.
 */
function conjuncts(ctx: EventContext, chunks: readonly Chunk[], c: number): Chunk[] {
  const group = [chunks[c]];
  for (let k = c; k > 0 && coordinated(ctx, chunks[k - 1], chunks[k]); k--) group.unshift(chunks[k - 1]);
  const from = group[0].end;
  for (let i = from; i < chunks[c].first; i++) if (ctx.tokens[i].lower === 'and' || ctx.tokens[i].lower === '&') return group;
  return [chunks[c]];
}

/** "the Taliban, who have long refused to negotiate": the chunk a relative pronoun right before the verb group stands for */
export function relativeAntecedent(ctx: EventContext, chunks: readonly Chunk[], verb: number, floor: number): Chunk[] {
  let i = beforeVerbGroup(ctx, verb, floor);
  if (i < floor || !RELATIVE_PRONOUNS.has(ctx.tokens[i].lower)) return [];
  i--;
  if (i >= floor && ctx.tokens[i].text === ',') i--;
  const c = chunks.findIndex((chunk) => chunk.end === i + 1);
  return c < 0 ? [] : conjuncts(ctx, chunks, c);
}

/** "X met Y and signed …", "agreed to inject … and to fund …": the verb whose subject the trigger shares */
export function coordinatedVerbBefore(ctx: EventContext, verb: number, floor: number): number {
  let i = verb - 1;
  while (i >= floor && isAuxLike(ctx, i)) i--;
  if (i < floor || ctx.tokens[i].lower !== 'and') return -1;
  for (let k = i - 1; k >= floor; k--) if (ctx.tokens[k].pos === 'VERB') return k;
  return -1;
}

/** "the two leaders", "both sides", "they" right before the trigger (over auxiliaries and adverbs) */
export function collectiveSubject(ctx: EventContext, trigger: number, floor: number): boolean {
  let i = trigger - 1;
  while (i >= floor && isAuxLike(ctx, i)) i--;
  if (i < floor) return false;
  const t = ctx.tokens[i];
  if (t.lower === 'they') return true;
  if (!COLLECTIVE_NOUNS.words.has(t.lower)) return false;
  const before = ctx.tokens[i - 1]?.lower;
  const before2 = ctx.tokens[i - 2]?.lower;
  return before === 'both' || before === 'two' || (before === 'the' && i - 1 >= floor) || before2 === 'both';
}

/** "he" or "she" right before the trigger, or null */
export function personalPronounSubject(ctx: EventContext, trigger: number, floor: number): string | null {
  let i = trigger - 1;
  while (i >= floor && isAuxLike(ctx, i)) i--;
  const w = i >= floor ? ctx.tokens[i].lower : '';
  return w === 'he' || w === 'she' ? w : null;
}

/** "North Korea stated it would attack": "it" right after a speech verb is that verb's subject when a body or place */
export function itSubject(ctx: EventContext, chunks: readonly Chunk[], trigger: number, floor: number): Chunk[] {
  let i = trigger - 1;
  while (i >= floor && isAuxLike(ctx, i)) i--;
  if (i < floor || ctx.tokens[i].lower !== 'it') return [];
  let verb = i - 1;
  if (verb >= floor && ctx.tokens[verb].lower === 'that') verb--;
  if (verb < floor || ctx.tokens[verb].pos !== 'VERB' || !SPEECH_VERBS.words.has(ctx.tokens[verb].lemma.toLowerCase())) return [];
  const before = subjectBefore(ctx, chunks, verb, floor);
  return before.length === 1 && before[0].head.kind !== 'person' ? before : [];
}

/** people (or organisations) a plural reference points at: the last event with two or more, else the last two people named */
export function collectiveReferents(ctx: EventContext, token: number, previous: readonly Participant[][]): string[] {
  for (let i = previous.length - 1; i >= 0; i--) {
    const ids = previous[i].map((p) => p.id).filter((id) => ctx.entities.get(id)?.kind !== 'place');
    if (ids.length >= 2) return ids;
  }
  const ids: string[] = [];
  for (let i = ctx.lastPersonAt[token]; i >= 0 && ids.length < 2; i--) {
    const m = ctx.mentions[i];
    if (m.endToken <= token && m.kind === 'person' && !ids.includes(m.id)) ids.unshift(m.id);
  }
  return ids.length === 2 ? ids : [];
}
