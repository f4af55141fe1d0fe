/**
 * Events (who did what, with whom, where, when, for how much) and quotes with their speakers.
 * (First version: placeholder, deepened by issue #6.)
 */
import type { ArticleDocument } from '../document.js';
import type { Analysis } from '../extract/analyse.js';
import type { EntityResult } from '../extract/entities.js';
import type { ValueResult } from '../extract/values.js';
import type { NewsEvent, Quote } from '../record.js';

export interface EventResult {
  events: NewsEvent[];
  quotes: Quote[];
}

export function recogniseEvents(
  _analysis: Analysis,
  _doc: ArticleDocument,
  _entities: EntityResult,
  _values: ValueResult,
): EventResult {
  return { events: [], quotes: [] };
}
