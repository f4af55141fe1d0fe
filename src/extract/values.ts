/**
 * Money, quantities and dates as typed, normalised values, from the shared wink-nlp analysis.
 * Recognisers run in a fixed order over one set of tokens, each claiming what it reads: money first
 * ("$2019" is money), then dates ("in 2017" is a date, not a count), then quantities. See docs/values.md.
 */
import type { ArticleDocument } from '../document.js';
import type { DateValue, Money, Quantity } from '../record.js';
import { articleDollar, poundsAreSterling } from '../normalise/currency.js';
import { parsePublished } from '../normalise/dates.js';
import { monthFirstLocales } from './rules/values/dates.js';
import type { Analysis } from './analyse.js';
import { createContext } from './values/context.js';
import { recogniseDates } from './values/dates.js';
import { recogniseMoney } from './values/money.js';
import { recogniseQuantities } from './values/quantities.js';

export interface ValueResult {
  money: Money[];
  quantities: Quantity[];
  dates: DateValue[];
}

export function recogniseValues(analysis: Analysis, doc: ArticleDocument): ValueResult {
  const ctx = createContext(analysis);
  const money = recogniseMoney(ctx, { dollar: articleDollar(analysis.text), sterlingPounds: poundsAreSterling(analysis.text) });
  const dates = recogniseDates(ctx, {
    published: parsePublished(doc.metadata.publishedAt),
    monthFirst: isMonthFirst(doc.metadata.language),
  });
  const quantities = recogniseQuantities(ctx);
  return {
    money: withIds('money', money),
    quantities: withIds('quantity', quantities),
    dates: withIds('date', dates),
  };
}

/** numeric dates are month-first in US English; elsewhere, and when the language is unknown, day-first */
function isMonthFirst(language: string | null): boolean {
  return language !== null && monthFirstLocales.has(language.toLowerCase().replace('_', '-'));
}

function withIds<T extends { start: number }>(prefix: string, drafts: T[]): (T & { id: string })[] {
  return drafts.sort((a, b) => a.start - b.start).map((draft, i) => ({ id: `${prefix}-${i + 1}`, ...draft }));
}
