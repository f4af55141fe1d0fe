/**
 * Is the event asserted? "did not meet", "refused to sign", "cancelled the talks" are negated;
 * "may sign", "plans to visit", "if they meet", "a possible deal" are hypothetical. Cues are read in
 * a short window before the trigger, inside its clause.
 */
import type { EventContext, Segment } from './context.js';
import { HYPOTHETICAL_CUES, INTENTION_BEFORE_TO, NEGATION_CUES } from './lexicon.js';

const WINDOW = 5;
const CLAUSE_BREAKS = new Set([',', ';', ':', '“', '”', '"', '—', '–', '(', ')']);

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
}

export function modalityOf(ctx: EventContext, segment: Segment, trigger: number): Modality {
  let negated = false;
  let hypothetical = false;
  const floor = Math.max(segment.firstToken, trigger - WINDOW);
  for (let i = trigger - 1; i >= floor; i--) {
    const t = ctx.tokens[i];
    if (CLAUSE_BREAKS.has(t.text)) break;
    if (NEGATION_CUES.words.has(t.lower)) negated = true;
    if (HYPOTHETICAL_CUES.words.has(t.lower)) hypothetical = true;
    if (t.lower === 'to' && i > segment.firstToken && INTENTION_BEFORE_TO.words.has(ctx.tokens[i - 1].lower)) hypothetical = true;
  }
  return { negated, hypothetical };
}
