/**
 * Events (who did what, with whom, where, when, for how much) and quotes with their speakers,
 * built on the shared analysis and the entities and values already recognised.
 * The taxonomy is data (taxonomy.ts, documented in docs/events.md).
 */
import type { ArticleDocument } from '../document.js';
import type { Analysis } from '../extract/analyse.js';
import type { EntityResult } from '../extract/entities.js';
import type { ValueResult } from '../extract/values.js';
import type { NewsEvent, Quote } from '../record.js';
import { assembleEvents } from './assemble.js';
import { buildContext } from './context.js';
import { recogniseQuotes } from './quotations.js';
import { findTriggers } from './triggers.js';

export interface EventResult {
  events: NewsEvent[];
  quotes: Quote[];
}

export function recogniseEvents(analysis: Analysis, _doc: ArticleDocument, entities: EntityResult, values: ValueResult): EventResult {
  const ctx = buildContext(analysis, entities, values);
  return { events: assembleEvents(ctx, findTriggers(ctx)), quotes: recogniseQuotes(ctx) };
}

export { EVENT_TYPES } from './taxonomy.js';
