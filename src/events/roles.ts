/**
 * Who took part, and where: entity mentions around a trigger get a role from their position
 * (subject before the verb, object after it), the preposition that governs them ("with" →
 * counterpart, "in" + place → the event's place) and voice ("was arrested by" → agent after "by").
 * Plural references ("the two leaders", "both sides", "they") point at participants already named.
 */
import type { Token } from '../extract/analyse.js';
import type { Participant } from '../record.js';
import { chunksOf, coordinated, governor, isPossessive, punctuationBetween, type Chunk } from './chunks.js';
import { leftFloor, nominalPredicate, rightLimit } from './clauses.js';
import type { EventContext } from './context.js';
import { PLACE_PREPOSITIONS } from './lexicon.js';
import { resolvePersonalPronoun } from './pronouns.js';
import { collectiveReferents, collectiveSubject, coordinatedVerbBefore, itSubject, personalPronounSubject, relativeAntecedent, subjectBefore } from './subjects.js';
import { PLACE_MODIFIED_TYPES, type Role } from './taxonomy.js';
import type { Trigger } from './triggers.js';

export interface RoleResult {
  participants: Participant[];
  place: string | null;
  /** the token ranges [from, to) whose dates and amounts belong to the event: its clause, and the predicate of a nominal subject */
  scope: [number, number][];
  /** exclusive token bound of the trigger's clause, for amounts */
  clauseEnd: number;
  /** whether a named agent was found */
  hasAgent: boolean;
}

const DIRECT_OBJECT_GAP = 4;
const MODIFIER_GAP = 5;

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

/** "laws banning illegal migrants": an -ing verb right after a common noun is a reduced relative whose subject is that noun */
function reducedRelative(ctx: EventContext, verb: number): boolean {
  const t = ctx.tokens[verb];
  const before = ctx.tokens[verb - 1];
  return t.lower.endsWith('ing') && !!before && before.pos === 'NOUN' && before.text === before.lower;
}

/** "his visit", "her arrest": the possessive pronoun before an event noun (over adjectives) */
function possessivePronounBefore(ctx: EventContext, noun: number, floor: number): string | null {
  let i = noun - 1;
  while (i >= floor && ctx.tokens[i].pos === 'ADJ') i--;
  const w = i >= floor ? ctx.tokens[i].lower : '';
  return w === 'his' || w === 'her' ? w : null;
}

/** "him", or "her" not followed by a noun it would possess */
function isObjectPronoun(ctx: EventContext, t: Token): boolean {
  if (t.lower === 'him') return true;
  const next = ctx.tokens[t.index + 1];
  return t.lower === 'her' && !(next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.pos === 'NUM'));
}

/** words that may stand between a modifier and its event noun: "the U.K.'s Dec. 12 election", "Hong Kong court ruling" */
const isModifierGap = (ctx: EventContext, t: Token): boolean =>
  isPossessive(t) || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN' || (t.pos === 'NOUN' && t.text === t.lower) || ctx.valueAt[t.index] >= 0;

/** the chunk that modifies or possesses an event noun ("the Hong Kong election", "Kim's visit"), if any */
function modifierOf(ctx: EventContext, chunks: readonly Chunk[], noun: number, floor: number): Chunk | undefined {
  for (let c = chunks.length - 1; c >= 0; c--) {
    const chunk = chunks[c];
    if (chunk.end > noun) continue;
    if (chunk.first < floor || noun - chunk.end > MODIFIER_GAP) return undefined;
    for (let i = chunk.end; i < noun; i++) if (!isModifierGap(ctx, ctx.tokens[i])) return undefined;
    return chunk;
  }
  return undefined;
}

/** "the U.S.-Mexico border": a place joined by a hyphen to another names a relation, not a location */
function hyphenatedPlace(ctx: EventContext, chunk: Chunk): boolean {
  const isPlaceAt = (i: number) => ctx.mentionAt[i] >= 0 && ctx.mentions[ctx.mentionAt[i]].kind === 'place';
  return (ctx.tokens[chunk.end]?.text === '-' && isPlaceAt(chunk.end + 1)) || (ctx.tokens[chunk.first - 1]?.text === '-' && isPlaceAt(chunk.first - 2));
}

/** a place phrase before the trigger opens its clause when no verb precedes it there ("In the X constituency, Y was elected") */
function openingPlace(ctx: EventContext, chunks: readonly Chunk[], floor: number, trigger: number): Chunk | undefined {
  for (const c of chunks) {
    if (c.first < floor) continue;
    if (c.end > trigger) return undefined;
    for (let i = floor; i < c.first; i++) if (ctx.tokens[i].pos === 'VERB') return undefined;
    if (c.head.kind === 'place' && PLACE_PREPOSITIONS.words.has(governor(ctx, c, floor) ?? '')) return c;
  }
  return undefined;
}

/** the first place in a range governed by a place preposition ("… to fall into Mecca's Grand Mosque") */
function placeIn(ctx: EventContext, chunks: readonly Chunk[], [from, to]: [number, number]): string | null {
  for (const c of chunks) {
    if (c.first < from || c.first >= to || c.head.kind !== 'place' || hyphenatedPlace(ctx, c)) continue;
    if (PLACE_PREPOSITIONS.words.has(governor(ctx, c, from) ?? '')) return c.head.id;
  }
  return null;
}

export function assignRoles(ctx: EventContext, trigger: Trigger, triggerTokens: ReadonlySet<number>, previous: readonly Participant[][]): RoleResult {
  const { segment, type } = trigger;
  const at = trigger.token;
  const chunks = chunksOf(ctx, segment);
  const floor = leftFloor(ctx, segment, at);
  const scanFrom = (trigger.noun >= 0 ? trigger.noun : at) + 1;
  const clauseEnd = rightLimit(ctx, segment, scanFrom, trigger.nominal, triggerTokens);
  const scope: [number, number][] = [[floor, clauseEnd]];
  const participants: Participant[] = [];
  let place: string | null = null;
  const add = (id: string, role: Role) => {
    if (!participants.some((p) => p.id === id)) participants.push({ id, role });
  };
  const objectRole = type.object;

  // before the trigger: the subject of a verb, or the possessor / modifier of a noun
  if (trigger.nominal) {
    const modifier = modifierOf(ctx, chunks, at, floor);
    const possessive = modifier ? null : possessivePronounBefore(ctx, at, floor);
    const possessor = possessive ? resolvePersonalPronoun(ctx, at, possessive) : null;
    if (possessor) add(possessor.id, type.possessor ?? type.prepositions.of ?? 'agent');
    else if (modifier && modifier.head.kind === 'place' && PLACE_MODIFIED_TYPES.has(type.type)) place = modifier.head.id;
    else if (modifier) add(modifier.head.id, type.possessor ?? type.prepositions.of ?? 'agent');
  } else {
    const shared = coordinatedVerbBefore(ctx, at, floor);
    // "was convicted and sentenced": a verb coordinated with a passive is passive too
    const passive = isPassive(ctx, at, floor) || (shared >= 0 && ctx.tokens[at].lower.endsWith('ed') && isPassive(ctx, shared, floor));
    const subjectRole: Role = passive ? objectRole : 'agent';
    if (collectiveSubject(ctx, at, floor)) {
      collectiveReferents(ctx, at, previous).forEach((id, i) => add(id, type.symmetric && i > 0 ? 'counterpart' : subjectRole));
    } else {
      const pronoun = personalPronounSubject(ctx, at, floor);
      const person = pronoun ? resolvePersonalPronoun(ctx, at, pronoun) : null;
      const relative = relativeAntecedent(ctx, chunks, at, floor);
      const it = itSubject(ctx, chunks, at, floor);
      const subject = person || reducedRelative(ctx, at) ? [] : relative.length > 0 ? relative : it.length > 0 ? it : subjectBefore(ctx, chunks, shared >= 0 ? shared : at, floor);
      if (person) add(person.id, subjectRole);
      subject.forEach((c, i) => add(c.head.id, type.symmetric && i > 0 && !passive ? 'counterpart' : subjectRole));
    }
  }

  // "imprisoned her for twelve years": an object pronoun is the person it stands for
  const objectPronoun = !trigger.nominal ? ctx.tokens[scanFrom] : undefined;
  if (objectPronoun && isObjectPronoun(ctx, objectPronoun)) {
    const person = resolvePersonalPronoun(ctx, at, objectPronoun.lower);
    if (person) add(person.id, objectRole);
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
    else if (prep && PLACE_PREPOSITIONS.words.has(prep) && head.kind === 'place' && (!(prep in type.prepositions) || prep === 'at')) role = 'place';
    else if (prep === 'to' && head.kind === 'place' && type.type === 'visit') role = 'place';
    else if (prep && prep in type.prepositions && (trigger.nominal || prep !== 'of')) role = type.prepositions[prep];
    else if (!prep && !trigger.nominal && chunk.first - scanFrom <= DIRECT_OBJECT_GAP && !punctuationBetween(ctx, scanFrom, chunk.first)) role = type.type === 'visit' && head.kind === 'place' ? 'place' : objectRole;
    if (role === 'place' && hyphenatedPlace(ctx, chunk)) role = null;
    if (role === 'place') {
      if (!place) place = head.id;
    } else if (role) add(head.id, role);
    lastRole = role;
    lastChunk = chunk;
  }

  // "In the New Territories West constituency, X was elected": a place phrase opening the clause
  if (!place) {
    const opening = openingPlace(ctx, chunks, floor, at);
    if (opening && !participants.some((p) => p.id === opening.head.id)) place = opening.head.id;
  }

  // "A storm yesterday caused a crane to fall into …", "the meeting, set to take place in …"
  if (trigger.nominal) {
    const predicate = nominalPredicate(ctx, segment, at, triggerTokens);
    if (predicate) {
      scope.push(predicate);
      place ??= placeIn(ctx, chunks, predicate);
    }
  }

  // peers: "talks between X and Y" names no agent, the first named is one
  if (type.symmetric && !participants.some((p) => p.role === 'agent') && participants.length >= 2) participants[0].role = 'agent';
  const withoutPlace = participants.filter((p) => p.id !== place);
  return { participants: withoutPlace, place, scope, clauseEnd, hasAgent: withoutPlace.some((p) => p.role === 'agent') };
}
