/**
 * Trigger detection: verbs and nominalisations from the taxonomy, their conditions, light verbs
 * that take the type of the event noun they govern ("held talks"), and nouns absorbed by a nearby
 * trigger ("the signing of the deal" is one event).
 */
import type { Token } from '../extract/analyse.js';
import type { EventContext, Segment } from './context.js';
import { POSSESSIVE_DETERMINERS } from './lexicon.js';
import { LIGHT_VERBS, NOUN_TRIGGERS, RETYPE_WITH_MONEY, VERB_TRIGGERS, EVENT_TYPE_BY_NAME, type EventType, type TriggerRule, type TypeLookup } from './taxonomy.js';

export interface Trigger {
  /** the token that carries the event: the verb for verbs and light verbs, else the noun */
  token: number;
  /** the noun a light verb governs, or -1 */
  noun: number;
  type: EventType;
  rule: TriggerRule;
  nominal: boolean;
  segment: Segment;
  /** the rule needs a named agent; checked once roles are known */
  needsAgent: boolean;
}

const OBJECT_WINDOW = 10;
const LIGHT_WINDOW = 6;
const VALUE_BEFORE = 8;
const VALUE_AFTER = 12;

/** forms a token may be listed under: lemma, lower case, and a crude singular */
function keys(token: Token): string[] {
  const lemma = token.lemma.toLowerCase();
  const out = [lemma];
  if (token.lower !== lemma) out.push(token.lower);
  if (token.lower.endsWith('s') && token.lower.length > 3) out.push(token.lower.slice(0, -1));
  return out;
}

const NONE: TypeLookup[] = [];
const GERUND_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART']);

/** the rules listed under the token's lemma, lower case or crude singular (without allocating, as it runs on every token) */
function lookup(map: Map<string, TypeLookup[]>, token: Token): TypeLookup[] {
  const lemma = token.lemma.toLowerCase();
  return map.get(lemma) ?? (token.lower !== lemma ? map.get(token.lower) : undefined) ?? (token.lower.endsWith('s') && token.lower.length > 3 ? map.get(token.lower.slice(0, -1)) : undefined) ?? NONE;
}

const isVerb = (t: Token): boolean => t.pos === 'VERB';
const isNounLike = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN';
const isBoundary = (t: Token): boolean => t.pos === 'PUNCT' && t.text !== '-' && t.text !== '’' && t.text !== "'";

/** a capitalised noun inside a name ("the Central Asia–EU Summit") is a name, not an event noun */
function capitalisedInsideName(ctx: EventContext, t: Token, segment: Segment): boolean {
  if (t.text[0] === t.lower[0]) return false;
  return t.index > segment.firstToken && !ctx.tokens[t.index - 1].lineStart;
}

function hasValue(ctx: EventContext, segment: Segment, center: number, kinds: readonly string[]): boolean {
  const from = Math.max(segment.firstToken, center - VALUE_BEFORE);
  const to = Math.min(segment.endToken, center + VALUE_AFTER);
  for (let i = from; i < to; i++) {
    const v = ctx.valueAt[i];
    if (v >= 0 && kinds.includes(ctx.values[v].kind)) return true;
  }
  return false;
}

function objectHas(ctx: EventContext, segment: Segment, at: number, words: readonly string[]): boolean {
  const end = Math.min(segment.endToken, at + 1 + OBJECT_WINDOW);
  for (let i = at + 1; i < end; i++) {
    const t = ctx.tokens[i];
    if (t.text === ';' || t.text === '.' || (isVerb(t) && i > at + 1 && t.pos === 'VERB' && !t.lower.endsWith('ing'))) break;
    if (keys(t).some((k) => words.includes(k))) return true;
  }
  return false;
}

function sentenceHas(ctx: EventContext, segment: Segment, words: readonly string[]): boolean {
  for (let i = segment.firstToken; i < segment.endToken; i++) {
    const t = ctx.tokens[i];
    if (words.includes(t.lower) || words.includes(t.lemma.toLowerCase())) return true;
  }
  return false;
}

function conditionHolds(ctx: EventContext, segment: Segment, at: number, rule: TriggerRule): boolean {
  const when = rule.when;
  if (!when) return true;
  if (when.objectNotIn && objectHas(ctx, segment, at, when.objectNotIn)) return false;
  if (when.sentenceHas && !sentenceHas(ctx, segment, when.sentenceHas)) return false;
  if (when.sentenceNotHas && sentenceHas(ctx, segment, when.sentenceNotHas)) return false;
  if (when.next && !when.next.includes(ctx.tokens[at + 1]?.lower ?? '')) return false;
  if (when.notNext && when.notNext.includes(ctx.tokens[at + 1]?.lower ?? '')) return false;
  if (when.notPrevious && when.notPrevious.includes(ctx.tokens[at - 1]?.lower ?? '')) return false;
  if (when.nextButOneNotVerb && ctx.tokens[at + 2]?.pos === 'VERB') return false;
  if (when.objectIn && !objectHas(ctx, segment, at, when.objectIn)) return false;
  if (when.money && !hasValue(ctx, segment, at, ['money'])) return false;
  if (when.value && !hasValue(ctx, segment, at, ['money', 'quantity'])) return false;
  return true;
}

/** the verb an -ing form comes from, which the tagger may have left as a noun lemma ("firing" → fire, "shooting" → shoot) */
function verbOfGerund(token: Token): TypeLookup[] {
  const stem = token.lower.slice(0, -3);
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : null;
  return VERB_TRIGGERS.get(stem) ?? VERB_TRIGGERS.get(`${stem}e`) ?? (doubled ? VERB_TRIGGERS.get(doubled) : undefined) ?? NONE;
}

/** "a marching band", "early-voting states", "Pochettino's sacking": an -ing word after a determiner or modifier is a noun, not a verb */
function gerundAsVerb(ctx: EventContext, t: Token): boolean {
  if (!(t.pos === 'NOUN' && t.lower.endsWith('ing') && t.lower.length > 5) || lookup(NOUN_TRIGGERS, t).length > 0) return false;
  const before = ctx.tokens[t.index - 1];
  return !before || !(GERUND_MODIFIERS.has(before.pos) || before.text === '-' || before.lower === "'s" || before.lower === '’s');
}

/**
 * "publicly-funded royals", "Apple-sanctioned uses": a participle joined by a hyphen to the word
 * before it and modifying a noun after it is an adjective describing the noun, not an event
 */
function compoundModifier(ctx: EventContext, t: Token): boolean {
  const [hyphen, before, after] = [ctx.tokens[t.index - 1], ctx.tokens[t.index - 2], ctx.tokens[t.index + 1]];
  if (!hyphen || !before || !after || hyphen.text !== '-' || hyphen.start !== before.end || hyphen.end !== t.start) return false;
  return /(ed|en)$/.test(t.lower) && (after.pos === 'NOUN' || after.pos === 'PROPN' || (after.pos === 'VERB' && after.lower.endsWith('s')));
}

function match(ctx: EventContext, segment: Segment, t: Token): TypeLookup | null {
  if (ctx.mentionAt[t.index] >= 0 || compoundModifier(ctx, t)) return null;
  const gerund = gerundAsVerb(ctx, t);
  const verbal = isVerb(t) || gerund;
  const verbs = verbal ? lookup(VERB_TRIGGERS, t) : NONE;
  const candidates = verbal ? (verbs.length > 0 || !gerund ? verbs : verbOfGerund(t)) : isNounLike(t) && !capitalisedInsideName(ctx, t, segment) ? lookup(NOUN_TRIGGERS, t) : [];
  for (const candidate of candidates) if (conditionHolds(ctx, segment, t.index, candidate.rule)) return candidate;
  return null;
}

/**
 * The event noun a light verb governs: within a few tokens, before any punctuation, verb or object
 * pronoun ("called it a crash" calls something a crash; "held their talks" holds them).
 */
function governedNoun(ctx: EventContext, segment: Segment, verb: number, found: Map<number, TypeLookup>): number {
  const end = Math.min(segment.endToken, verb + 1 + LIGHT_WINDOW);
  for (let i = verb + 1; i < end; i++) {
    const t = ctx.tokens[i];
    if (found.has(i) && !isVerb(t) && found.get(i)!.rule.as === 'noun') return i;
    if (isBoundary(t) || isVerb(t) || ctx.mentionAt[i] >= 0 || (t.pos === 'PRON' && !POSSESSIVE_DETERMINERS.words.has(t.lower))) return -1;
  }
  return -1;
}

const ABSORB_GAP = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN', 'SYM']);
const ABSORB_WINDOW = 8;
const CLAUSE_CLOSERS = new Set([';', ':', '“', '”', '"', '(', ')']);
/** an event noun after these is an event of its own, not the verb's complement ("met X during his visit") */
const TEMPORAL_LINKS = new Set(['during', 'after', 'before', 'since', 'amid', 'following', 'ahead']);
const ABSORB_LINKS = new Set(['of', 'on', 'about', 'over', 'for', 'to']);

/** a noun right after another trigger is its topic or its restatement ("the signing of the deal") */
function absorbed(ctx: EventContext, previous: number, noun: number): boolean {
  if (noun - previous > ABSORB_WINDOW) return false;
  for (let i = previous + 1; i < noun; i++) {
    const t = ctx.tokens[i];
    if (!(ABSORB_GAP.has(t.pos) || ABSORB_LINKS.has(t.lower))) return false;
  }
  return true;
}

export function findTriggers(ctx: EventContext): Trigger[] {
  const triggers: Trigger[] = [];
  for (const segment of ctx.segments) {
    const found = new Map<number, TypeLookup>();
    for (let i = segment.firstToken; i < segment.endToken; i++) {
      const m = match(ctx, segment, ctx.tokens[i]);
      if (m) found.set(i, m);
    }
    // light verbs also govern nouns that are not triggers by themselves
    const consumed = new Set<number>();
    let previous = -1;
    // a verb trigger whose clause is still open: event nouns in it are its complements ("arrested X on charges")
    let openVerb = false;
    for (let i = segment.firstToken; i < segment.endToken; i++) {
      const t = ctx.tokens[i];
      const own = found.get(i);
      if (consumed.has(i)) continue;
      if (CLAUSE_CLOSERS.has(t.text) || TEMPORAL_LINKS.has(t.lower) || (isVerb(t) && !own)) openVerb = false;
      if (isVerb(t) && LIGHT_VERBS.has(t.lemma.toLowerCase())) {
        const noun = governedNoun(ctx, segment, i, found);
        if (noun >= 0) {
          const target = found.get(noun)!;
          consumed.add(noun);
          triggers.push({ token: i, noun, type: target.type, rule: target.rule, nominal: false, segment, needsAgent: !!target.rule.when?.agent });
          previous = noun;
          openVerb = true;
          continue;
        }
      }
      if (!own) continue;
      const nominal = own.rule.as === 'noun';
      if (nominal && (openVerb || (previous >= 0 && absorbed(ctx, previous, i)))) {
        previous = i;
        continue;
      }
      let type = own.type;
      const retype = RETYPE_WITH_MONEY[type.type];
      if (retype && hasValue(ctx, segment, i, ['money'])) type = EVENT_TYPE_BY_NAME.get(retype)!;
      triggers.push({ token: i, noun: -1, type, rule: own.rule, nominal, segment, needsAgent: !!own.rule.when?.agent });
      previous = i;
      openVerb = !nominal && !own.rule.when?.agent;
    }
  }
  return triggers;
}
