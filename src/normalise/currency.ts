/**
 * Currency look-ups: symbols and prefixed dollars, currency words, ISO 4217 codes (from the
 * currency-codes package), subunits, and the article-wide meaning of a bare "$".
 */
import currencyCodes from 'currency-codes';
import {
  currencyPrefixes,
  currencySubunits,
  currencyWords,
  dollarDeclarations,
  wordLikeCodes,
} from '../extract/rules/values/currencies.js';
import { Lexicon } from '../extract/values/lexicon.js';

export interface CurrencyHit {
  code: string;
  /** divide the amount by this (subunits such as cents); 1 otherwise */
  divisor: number;
}

const isoCodes = new Set(currencyCodes.codes());

/** true for an ISO 4217 code in use ("USD", "KZT") */
export function isIsoCurrency(code: string): boolean {
  return isoCodes.has(code);
}

/** an ISO code written in capitals is a currency unless it is also a capitalised English word */
export function isUnambiguousIsoCurrency(code: string): boolean {
  return isoCodes.has(code) && !wordLikeCodes.has(code);
}

export const prefixLexicon = new Lexicon<CurrencyHit>(
  currencyPrefixes.map((rule) => ({ form: rule.form, caseSensitive: true, payload: { code: rule.code, divisor: 1 } })),
);

export const wordLexicon = new Lexicon<CurrencyHit>([
  ...currencyWords.map((rule) => ({ form: rule.form, caseSensitive: false, payload: { code: rule.code, divisor: 1 } })),
  ...currencySubunits.map((rule) => ({ form: rule.form, caseSensitive: false, payload: { code: rule.code, divisor: rule.divisor } })),
]);

/** single-character currency signs (not "$") that may also follow the amount: "60,000₩", "49 €" */
export const trailingSigns = new Map(
  currencyPrefixes.filter((rule) => [...rule.form].length === 1 && rule.form !== '$').map((rule) => [rule.form, rule.code] as const),
);

/** any declaration at all, in one scan of the text (most articles have none; six scans cost more than the rest of the money pass) */
const anyDollarDeclaration = new RegExp(dollarDeclarations.map((declaration) => `(?:${declaration.pattern.source})`).join('|'), 'i');

/** what a bare "$" means in this article: USD unless the article declares other dollars */
export function articleDollar(text: string): string {
  if (!anyDollarDeclaration.test(text)) return 'USD';
  for (const declaration of dollarDeclarations) if (declaration.pattern.test(text)) return declaration.code;
  return 'USD';
}

/** "pounds" after an amount is sterling where the article writes "£" or names sterling ("pounds sterling" included), otherwise weight */
export function poundsAreSterling(text: string): boolean {
  return text.includes('£') || /\bsterling\b|\bGBP\b/i.test(text);
}
