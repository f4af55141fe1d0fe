/**
 * Event records from triggers: roles, place, date, amounts, modality and a confidence, one record
 * per event. A definite nominal that only refers back to an event already recorded ("the meeting",
 * "their discussions") adds no new record.
 */
import type { NewsEvent, Participant } from '../record.js';
import { valuesIn, type EventContext, type ValueMention } from './context.js';
import { DEFINITE_ANAPHORA, STREET_WORDS } from './lexicon.js';
import { modalityOf } from './modality.js';
import { assignRoles } from './roles.js';
import type { TriggerCondition } from './taxonomy.js';
import type { Trigger } from './triggers.js';

const VALUE_BEFORE_NOUN = 8;
/** a date this close to the start of the clause opens it ("In early October 2019, …") */
const OPENING_DATE_TOKENS = 3;
/** a nominal with its own complement ("the signing of", "talks between") introduces an event */
const COMPLEMENTS = new Set(['of', 'between', 'with', 'by', 'against']);

interface Draft {
  trigger: Trigger;
  event: Omit<NewsEvent, 'id'>;
  valueWindow: [number, number];
}

/** words an "of" complement may span before it ends */
const COMPLEMENT_TOKENS = 5;

/**
 * "the signing of the treaty with Japan", "the trial of Smith": a complement naming an entity or
 * value, or an indefinite one ("the signing of a new treaty"), makes the nominal a new event; "the
 * prosecution of the lawbreakers" only restates one already told.
 */
function newComplement(ctx: EventContext, trigger: Trigger): boolean {
  const next = ctx.tokens[trigger.token + 1]?.lower ?? '';
  if (!COMPLEMENTS.has(next)) return false;
  if (next !== 'of' || ctx.tokens[trigger.token + 2]?.lower !== 'the') return true;
  const end = Math.min(trigger.segment.endToken, trigger.token + 3 + COMPLEMENT_TOKENS);
  for (let i = trigger.token + 2; i < end; i++) {
    const t = ctx.tokens[i];
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') return false;
    if (ctx.mentionAt[i] >= 0 || ctx.valueAt[i] >= 0) return true;
  }
  return false;
}

/** "the meeting", "their talks": a nominal whose determiner points back */
function refersBack(ctx: EventContext, trigger: Trigger): boolean {
  if (!trigger.nominal || newComplement(ctx, trigger)) return false;
  for (let i = trigger.token - 1; i >= trigger.segment.firstToken && i >= trigger.token - 3; i--) {
    const t = ctx.tokens[i];
    if (DEFINITE_ANAPHORA.words.has(t.lower)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/** the trigger's words: the verb, or a light verb with its noun ("held talks", "paid a visit") */
function triggerSpan(ctx: EventContext, trigger: Trigger): { start: number; end: number; text: string } {
  const first = ctx.tokens[trigger.token];
  const last = ctx.tokens[trigger.noun > trigger.token ? trigger.noun : trigger.token];
  return { start: first.start, end: last.end, text: ctx.text.slice(first.start, last.end) };
}

/**
 * A date before the trigger is its date when it opens the clause ("On Friday, …") or no comma parts
 * them ("A storm yesterday caused"), but for one before a coordinated verb ("a guest at the fair this
 * weekend, and was able to meet").
 */
function governsFromBefore(ctx: EventContext, date: ValueMention, trigger: number, floor: number): boolean {
  if (date.firstToken - floor <= OPENING_DATE_TOKENS) return true;
  for (let i = date.endToken; i < trigger; i++) {
    const coordinatedVerb = ctx.tokens[i + 1]?.lower === 'and' && (ctx.tokens[i + 2]?.pos === 'VERB' || ctx.tokens[i + 2]?.pos === 'AUX');
    if (ctx.tokens[i].text === ',' && !coordinatedVerb) return false;
  }
  return true;
}

/** the words a street name may have between a house number and its street word ("1119 Eighth St.", "10 Downing Street") */
const STREET_NAME_TOKENS = 3;

/** prepositions that take a year, not an address: "in 2019 Oxford Street was closed" */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during']);

/** "of 1119 Eighth St.": a bare number before a capitalised name and a street word is a house number, whatever a recogniser read it as */
function houseNumber(ctx: EventContext, date: ValueMention): boolean {
  if (date.endToken !== date.firstToken + 1 || !/^\d+$/.test(ctx.tokens[date.firstToken].text)) return false;
  if (YEAR_PREPOSITIONS.has(ctx.tokens[date.firstToken - 1]?.lower ?? '')) return false;
  for (let i = date.endToken; i < ctx.tokens.length && i <= date.endToken + STREET_NAME_TOKENS; i++) {
    const t = ctx.tokens[i];
    if (i > date.endToken && STREET_WORDS.words.has(t.lower.replace(/\.$/, ''))) return true;
    if (t.text[0] === t.lower[0]) return false;
  }
  return false;
}

/**
 * The date nearest the trigger inside its scope (its clause, and the predicate of a nominal
 * subject); not one of another phrase before it ("according to a posting made 24 hours ago, …").
 */
function nearestDate(ctx: EventContext, trigger: Trigger, scope: readonly [number, number][]): string | null {
  let best: string | null = null;
  let distance = Infinity;
  for (const v of valuesIn(ctx, trigger.segment)) {
    if (v.kind !== 'date' || !v.value || !scope.some(([from, to]) => v.firstToken >= from && v.firstToken < to) || houseNumber(ctx, v)) continue;
    if (v.firstToken < trigger.token && !governsFromBefore(ctx, v, trigger.token, scope[0][0])) continue;
    const d = Math.abs(v.firstToken - trigger.token);
    if (d < distance) {
      distance = d;
      best = v.value;
    }
  }
  return best;
}

/** "was convicted and sentenced … last Thursday": coordinated verbs share the date that follows them */
function shareDatesOfCoordinatedVerbs(ctx: EventContext, drafts: readonly Draft[]): void {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const [first, second] = [drafts[i], drafts[i + 1]];
    if (first.event.date || !second.event.date || first.trigger.nominal || second.trigger.nominal || first.trigger.segment !== second.trigger.segment) continue;
    let joined = false;
    for (let k = first.trigger.token + 1; k < second.trigger.token; k++) {
      const t = ctx.tokens[k];
      if (t.lower === 'and' || t.lower === 'or') joined = true;
      else if (t.pos !== 'ADV' && t.pos !== 'AUX') {
        joined = false;
        break;
      }
    }
    if (joined) first.event.date = second.event.date;
  }
}

/** a condition that asks for something (an amount, an agent, a court) is evidence; one that only rules a reading out is not */
function positiveCondition(when: TriggerCondition | undefined): boolean {
  return !!when && !!(when.objectIn || when.money || when.value || when.agent || when.next || when.sentenceHas);
}

function confidenceOf(trigger: Trigger, participants: number, place: boolean, date: boolean, amounts: number): number {
  let c = trigger.nominal ? 0.55 : 0.65;
  if (positiveCondition(trigger.rule.when)) c += 0.05; // its condition held: extra evidence
  if (trigger.noun >= 0) c += 0.1;
  if (participants > 0) c += 0.1;
  if (participants > 1) c += 0.05;
  if (place) c += 0.05;
  if (date) c += 0.05;
  if (amounts > 0) c += 0.05;
  return Math.round(Math.min(0.95, c) * 100) / 100;
}

export function assembleEvents(ctx: EventContext, triggers: readonly Trigger[]): NewsEvent[] {
  const triggerTokens = new Set(triggers.map((t) => t.token));
  const drafts: Draft[] = [];
  const history: Participant[][] = [];
  for (const trigger of triggers) {
    const roles = assignRoles(ctx, trigger, triggerTokens, history);
    if (trigger.needsAgent && !roles.hasAgent) continue;
    const date = nearestDate(ctx, trigger, roles.scope);
    // "the meeting", "his visit": nothing new when an event of the type is recorded with these participants
    const known = (d: Draft) => d.event.type === trigger.type.type && roles.participants.every((p) => d.event.participants.some((q) => q.id === p.id));
    if (refersBack(ctx, trigger) && drafts.some(known)) continue;
    const { negated, hypothetical } = modalityOf(ctx, trigger.segment, trigger.token);
    const from = trigger.nominal ? Math.max(trigger.segment.firstToken, trigger.token - VALUE_BEFORE_NOUN) : trigger.token + 1;
    drafts.push({
      trigger,
      valueWindow: [from, roles.clauseEnd],
      event: {
        type: trigger.type.type,
        cameo: trigger.type.cameo,
        trigger: triggerSpan(ctx, trigger),
        participants: roles.participants,
        place: roles.place,
        date,
        amounts: [],
        evidence: { start: trigger.segment.start, end: trigger.segment.end },
        confidence: 0,
        negated,
        hypothetical,
      },
    });
    if (roles.participants.length > 0) history.push(roles.participants);
  }
  shareDatesOfCoordinatedVerbs(ctx, drafts);
  // each amount belongs to the nearest event whose clause holds it
  for (const v of ctx.values) {
    if (v.kind === 'date') continue;
    let best: Draft | null = null;
    for (const d of drafts) {
      if (v.firstToken < d.valueWindow[0] || v.firstToken >= d.valueWindow[1]) continue;
      if (!best || Math.abs(v.firstToken - d.trigger.token) < Math.abs(v.firstToken - best.trigger.token)) best = d;
    }
    best?.event.amounts.push(v.id);
  }
  return drafts.map((d, i) => {
    const e = d.event;
    e.confidence = confidenceOf(d.trigger, e.participants.length, e.place !== null, e.date !== null, e.amounts.length);
    return { id: `event-${i + 1}`, ...e };
  });
}
