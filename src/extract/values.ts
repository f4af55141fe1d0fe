/**
 * Money, quantities and dates as typed, normalised values.
 * (First version: placeholder, deepened by issue #5.)
 */
import type { ArticleDocument } from '../document.js';
import type { DateValue, Money, Quantity } from '../record.js';
import type { Analysis } from './analyse.js';

export interface ValueResult {
  money: Money[];
  quantities: Quantity[];
  dates: DateValue[];
}

export function recogniseValues(_analysis: Analysis, _doc: ArticleDocument): ValueResult {
  return { money: [], quantities: [], dates: [] };
}
