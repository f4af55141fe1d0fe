/**
 * Who took part, and where: entity mentions around a trigger get a role from their position
 * (subject before the verb, object after it), the preposition that governs them ("with" →
 * counterpart, "in" + place → the event's place) and voice ("was arrested by" → agent after "by").
 * Plural references ("the two leaders", "both sides", "they") point at participants already named.
 */
import type { Token } from '../extract/analyse.js';
import type { Participant } from '../record.js';
import { mentionsIn, type EntityMention, type EventContext, type Segment } from './context.js';
import { COLLECTIVE_NOUNS, PLACE_PREPOSITIONS, PREPOSITIONS, SPEECH_VERBS } from './lexicon.js';
import { PLACE_MODIFIED_TYPES, type Role } from './taxonomy.js';
import type { Trigger } from './triggers.js';

/** a noun phrase of entity mentions: "European Commission President Ursula von der Leyen" */
export interface Chunk {
  first: number;
  end: number;
  head: EntityMention;
}

export interface RoleResult {
  participants: Participant[];
  place: string | null;
  /** exclusive token bound of the trigger's clause, for amounts */
  clauseEnd: number;
  /** whether a named agent was found */
  hasAgent: boolean;
}

const MAX_TITLE_GAP = 3;
const DIRECT_OBJECT_GAP = 4;
const CLAUSE_STOPS = new Set([';', ':', '“', '”', '"', '«', '»', '(', ')']);
const NEW_CLAUSE = new Set(['and', 'but', 'while', 'which', 'who', 'as', 'after', 'before', 'when', 'although', 'though', 'whose']);
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'while', 'whereas', 'because', 'although']);

const isTitleToken = (t: Token): boolean =>
  ((t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') && t.text[0] !== t.lower[0]) || t.lower === "'s" || t.lower === '’s';

const chunkCache = new WeakMap<EventContext, (readonly Chunk[] | undefined)[]>();

/** group a segment's mentions into chunks (once per segment); an organisation or place right before a person is its affiliation */
export function chunksOf(ctx: EventContext, segment: Segment): readonly Chunk[] {
  let cache = chunkCache.get(ctx);
  if (!cache) chunkCache.set(ctx, (cache = []));
  return (cache[segment.index] ??= groupChunks(ctx, segment));
}

function groupChunks(ctx: EventContext, segment: Segment): Chunk[] {
  const chunks: Chunk[] = [];
  for (const m of mentionsIn(ctx, segment)) {
    const last = chunks[chunks.length - 1];
    if (last && m.firstToken < last.end) continue;
    if (last && m.kind === 'person' && last.head.kind !== 'person' && m.firstToken - last.end <= MAX_TITLE_GAP) {
      let titles = true;
      for (let i = last.end; i < m.firstToken; i++) if (!isTitleToken(ctx.tokens[i])) titles = false;
      if (titles) {
        last.end = m.endToken;
        last.head = m;
        continue;
      }
    }
    chunks.push({ first: m.firstToken, end: m.endToken, head: m });
  }
  return chunks;
}

/**
 * The preposition governing a chunk, looking back over determiners, adjectives and titles, over a
 * first conjunct ("between his government and the Taliban") and over an apposition of places
 * ("from Sydney, Australia").
 */
function governor(ctx: EventContext, chunk: Chunk, floor: number): string | null {
  let crossedAnd = false;
  for (let i = chunk.first - 1, steps = 0; i >= floor && steps < 8; i--, steps++) {
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
      if (before >= 0 && ctx.mentions[before].kind === 'place') {
        const m = ctx.mentions[before];
        return governor(ctx, { first: m.firstToken, end: m.endToken, head: m }, floor);
      }
    }
    return null;
  }
  return null;
}

function punctuationBetween(ctx: EventContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.tokens[i].pos === 'PUNCT') return true;
  return false;
}

/** "X and Y", "X, Y and Z": the chunk coordinated with the one before it */
function coordinated(ctx: EventContext, previous: Chunk | undefined, chunk: Chunk): boolean {
  if (!previous || chunk.first - previous.end > 2) return false;
  for (let i = previous.end; i < chunk.first; i++) {
    const w = ctx.tokens[i].lower;
    if (w !== 'and' && w !== ',' && w !== 'the' && w !== '&') return false;
  }
  return true;
}

function isPassive(ctx: EventContext, verb: number, floor: number): boolean {
  const t = ctx.tokens[verb];
  // a participle: "was arrested", "were shot"; never the progressive "is launching"
  if (t.lower.endsWith('ing') || (t.lower === t.lemma.toLowerCase() && !t.lower.endsWith('ed'))) return false;
  for (let i = verb - 1; i >= floor && i >= verb - 3; i--) {
    const p = ctx.tokens[i];
    if (p.pos === 'ADV' || p.pos === 'PART') continue;
    return (p.pos === 'AUX' && (p.lemma === 'be' || p.lemma === 'get')) || p.lower === 'been' || p.lower === 'being';
  }
  return false;
}

/** "the two leaders", "both sides", "they" right before the trigger (over auxiliaries and adverbs) */
function collectiveSubject(ctx: EventContext, trigger: number, floor: number): boolean {
  let i = trigger - 1;
  while (i >= floor && (ctx.tokens[i].pos === 'AUX' || ctx.tokens[i].pos === 'ADV' || ctx.tokens[i].pos === 'PART')) i--;
  if (i < floor) return false;
  const t = ctx.tokens[i];
  if (t.lower === 'they') return true;
  if (!COLLECTIVE_NOUNS.words.has(t.lower)) return false;
  const before = ctx.tokens[i - 1]?.lower;
  const before2 = ctx.tokens[i - 2]?.lower;
  return before === 'both' || before === 'two' || (before === 'the' && i - 1 >= floor) || before2 === 'both';
}

function personalPronounSubject(ctx: EventContext, trigger: number, floor: number): boolean {
  let i = trigger - 1;
  while (i >= floor && (ctx.tokens[i].pos === 'AUX' || ctx.tokens[i].pos === 'ADV' || ctx.tokens[i].pos === 'PART')) i--;
  return i >= floor && (ctx.tokens[i].lower === 'he' || ctx.tokens[i].lower === 'she');
}

/** the most recent person mentioned before a token */
export function lastPersonBefore(ctx: EventContext, token: number): EntityMention | null {
  const i = ctx.lastPersonAt[Math.min(token, ctx.tokens.length)];
  return i >= 0 ? ctx.mentions[i] : null;
}

/** people (or organisations) a plural reference points at: the last event with two or more, else the last two people named */
function collectiveReferents(ctx: EventContext, token: number, previous: readonly Participant[][]): string[] {
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

function leftFloor(ctx: EventContext, segment: Segment, trigger: number): number {
  for (let i = trigger - 1; i >= segment.firstToken; i--) if (CLAUSE_STOPS.has(ctx.tokens[i].text)) return i + 1;
  return segment.firstToken;
}

function rightLimit(ctx: EventContext, segment: Segment, from: number, nominal: boolean, triggerTokens: ReadonlySet<number>): number {
  for (let i = from; i < segment.endToken; i++) {
    const t = ctx.tokens[i];
    if (CLAUSE_STOPS.has(t.text) || RELATIVES.has(t.lower) || triggerTokens.has(i)) return i;
    if (t.text === ',' && NEW_CLAUSE.has(ctx.tokens[i + 1]?.lower ?? '')) return i;
    if (t.pos === 'VERB' && SPEECH_VERBS.words.has(t.lower)) return i;
    if (nominal && (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) return i;
  }
  return segment.endToken;
}

/** the subject of a verb: the nearest chunk before it that no preposition governs ("Officers from X" names X) */
export function subjectBefore(ctx: EventContext, chunks: readonly Chunk[], verb: number, floor: number): Chunk[] {
  for (let c = chunks.length - 1; c >= 0; c--) {
    const chunk = chunks[c];
    if (chunk.end > verb || chunk.first < floor) continue;
    const prep = governor(ctx, chunk, floor);
    if (prep && !((prep === 'from' || prep === 'of') && headNounBefore(ctx, chunk, floor))) continue;
    const group = [chunk];
    for (let k = c; k > 0 && coordinated(ctx, chunks[k - 1], chunks[k]); k--) group.unshift(chunks[k - 1]);
    return group;
  }
  return [];
}

/** "Officers from the police", "members of the party": a common noun heads the phrase and the named body stands for it */
function headNounBefore(ctx: EventContext, chunk: Chunk, floor: number): boolean {
  let i = chunk.first - 1;
  while (i >= floor && ctx.tokens[i].pos === 'DET') i--;
  if (i < floor || (ctx.tokens[i].lower !== 'from' && ctx.tokens[i].lower !== 'of')) return false;
  const head = ctx.tokens[i - 1];
  return !!head && i - 1 >= floor && head.pos === 'NOUN' && head.lower.endsWith('s') && (i - 2 < floor || ctx.tokens[i - 2].pos !== 'ADP');
}

/** "X met Y and signed …": the second verb shares the first one's subject */
function coordinatedVerbBefore(ctx: EventContext, verb: number, floor: number): number {
  let i = verb - 1;
  while (i >= floor && (ctx.tokens[i].pos === 'ADV' || ctx.tokens[i].pos === 'AUX')) i--;
  if (i < floor || ctx.tokens[i].lower !== 'and') return -1;
  for (let k = i - 1; k >= floor; k--) if (ctx.tokens[k].pos === 'VERB') return k;
  return -1;
}

export function assignRoles(ctx: EventContext, trigger: Trigger, triggerTokens: ReadonlySet<number>, previous: readonly Participant[][]): RoleResult {
  const { segment, type } = trigger;
  const at = trigger.token;
  const chunks = chunksOf(ctx, segment);
  const floor = leftFloor(ctx, segment, at);
  const scanFrom = (trigger.noun >= 0 ? trigger.noun : at) + 1;
  const clauseEnd = rightLimit(ctx, segment, scanFrom, trigger.nominal, triggerTokens);
  const participants: Participant[] = [];
  let place: string | null = null;
  const add = (id: string, role: Role) => {
    if (!participants.some((p) => p.id === id)) participants.push({ id, role });
  };
  const objectRole = type.object;

  // before the trigger: the subject of a verb, or the possessor / modifier of a noun
  if (trigger.nominal) {
    const before = chunks.filter((c) => c.end <= at && at - c.end <= 2 && c.first >= floor);
    const modifier = before[before.length - 1];
    if (modifier && modifier.head.kind === 'place' && PLACE_MODIFIED_TYPES.has(type.type)) place = modifier.head.id;
    else if (modifier) add(modifier.head.id, type.prepositions.of ?? 'agent');
  } else {
    const passive = isPassive(ctx, at, floor);
    const subjectRole: Role = passive ? objectRole : 'agent';
    if (collectiveSubject(ctx, at, floor)) {
      collectiveReferents(ctx, at, previous).forEach((id, i) => add(id, type.symmetric && i > 0 ? 'counterpart' : subjectRole));
    } else if (personalPronounSubject(ctx, at, floor)) {
      const person = lastPersonBefore(ctx, at);
      if (person) add(person.id, subjectRole);
    } else {
      const shared = coordinatedVerbBefore(ctx, at, floor);
      const subject = subjectBefore(ctx, chunks, shared >= 0 ? shared : at, floor);
      subject.forEach((c, i) => add(c.head.id, type.symmetric && i > 0 && !passive ? 'counterpart' : subjectRole));
    }
  }

  // after the trigger: objects and prepositional phrases up to the end of the clause
  let lastRole: Role | 'place' | null = null;
  let lastChunk: Chunk | undefined;
  for (const chunk of chunks) {
    if (chunk.first < scanFrom || chunk.first >= clauseEnd) continue;
    const head = chunk.head;
    const prep = governor(ctx, chunk, scanFrom);
    let role: Role | 'place' | null = null;
    if (!prep && lastRole && coordinated(ctx, lastChunk, chunk)) role = lastRole === 'place' ? null : lastRole;
    else if (prep && PLACE_PREPOSITIONS.words.has(prep) && head.kind === 'place' && !(prep in type.prepositions)) role = 'place';
    else if (prep === 'to' && head.kind === 'place' && type.type === 'visit') role = 'place';
    else if (prep && prep in type.prepositions && (trigger.nominal || prep !== 'of')) role = type.prepositions[prep];
    else if (!prep && !trigger.nominal && chunk.first - scanFrom <= DIRECT_OBJECT_GAP && !punctuationBetween(ctx, scanFrom, chunk.first)) role = type.type === 'visit' && head.kind === 'place' ? 'place' : objectRole;
    if (role === 'place') {
      if (!place) place = head.id;
    } else if (role) add(head.id, role);
    lastRole = role;
    lastChunk = chunk;
  }

  // "In the New Territories West constituency, X was elected": a place phrase opening the clause
  if (!place) {
    const opening = chunks.find((c) => c.first >= floor && c.end <= at && c.head.kind === 'place' && PLACE_PREPOSITIONS.words.has(governor(ctx, c, floor) ?? ''));
    if (opening && !participants.some((p) => p.id === opening.head.id)) place = opening.head.id;
  }

  // peers: "talks between X and Y" names no agent, the first named is one
  if (type.symmetric && !participants.some((p) => p.role === 'agent') && participants.length >= 2) participants[0].role = 'agent';
  const withoutPlace = participants.filter((p) => p.id !== place);
  return { participants: withoutPlace, place, clauseEnd, hasAgent: withoutPlace.some((p) => p.role === 'agent') };
}
