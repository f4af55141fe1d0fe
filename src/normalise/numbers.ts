/**
 * Numbers as news writes them, to JavaScript numbers: digits with thousands separators and decimals
 * ("1,200.5", "12.9"), digit ranges ("2-3", "1.5–2"), and written numbers ("twenty-five",
 * "two hundred thousand"). Scale words ("billion", "bn", "crore") are looked up in the values rules.
 */
import { scaleWords, tensWords, unitWords } from '../extract/rules/values/numbers.js';

const DIGITS = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
const RANGE = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[-–—−]((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;

/** "1,200.50" → 1200.5, "-5.44" → -5.44; null when the string is not a plain decimal number */
export function parseDigits(text: string): number | null {
  if (!/\d/.test(text) || !DIGITS.test(text)) return null;
  return Number(text.replace(/,/g, '').replace('−', '-'));
}

/** "2-3" → [2, 3]; null unless the second number is larger (so "24-17" scores and "50-50" are not ranges) */
export function parseDigitRange(text: string): [number, number] | null {
  const match = RANGE.exec(text);
  if (!match) return null;
  const low = Number(match[1].replace(/,/g, ''));
  const high = Number(match[2].replace(/,/g, ''));
  return high > low ? [low, high] : null;
}

// Maps, not object look-ups: token strings are not interned, and keyed object access on them is slow
// (and "constructor" would be found on a plain object)
const cardinals = new Map<string, number>([...Object.entries(unitWords), ...Object.entries(tensWords)]);
const tens = new Set(Object.keys(tensWords));

const MIXED = /^(\d+)[-\s](\d{1,2})\/(\d{1,2})$/;

/** "1-1/2" (wire style for one and a half) → 1.5; null unless a proper fraction follows the whole number */
export function parseMixedFraction(text: string): number | null {
  const match = MIXED.exec(text);
  if (!match) return null;
  const numerator = Number(match[2]);
  const denominator = Number(match[3]);
  if (denominator < 2 || numerator >= denominator) return null;
  return roundFloat(Number(match[1]) + numerator / denominator);
}

const VULGAR_FRACTIONS = new Map([['½', 0.5], ['¼', 0.25], ['¾', 0.75], ['⅓', 1 / 3], ['⅔', 2 / 3]]);

/** "½" → 0.5, for "2½ hours" */
export function vulgarFraction(text: string): number | undefined {
  return VULGAR_FRACTIONS.get(text);
}

const scaleFactors = new Map(scaleWords.map((s) => [s.form, s]));

/** the scale rule for a word such as "billion", "bn", "crore" (lowercase), or undefined */
export function scaleOf(word: string): { factor: number; moneyOrCountOnly: boolean } | undefined {
  const rule = scaleFactors.get(word);
  return rule && { factor: rule.factor, moneyOrCountOnly: rule.moneyOrCountOnly === true };
}

/** value of a single cardinal word ("seven", "forty") or undefined */
export function cardinalWord(word: string): number | undefined {
  return cardinals.get(word);
}

export function isTensWord(word: string): boolean {
  return tens.has(word);
}

/**
 * Combines written-number parts left to right: [2, 100, 1000] ("two hundred thousand") → 200000,
 * [20, 5] ("twenty-five") → 25, [1.5, 1e6] → 1500000. Scales multiply what precedes them.
 */
export function combineNumberParts(parts: number[]): number {
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part === 100) current = (current || 1) * 100;
    else if (part >= 1000) {
      total += (current || 1) * part;
      current = 0;
    } else current += part;
  }
  return roundFloat(total + current);
}

/** removes binary floating-point noise: 4.5 * 1e9 stays 4500000000, 0.1 * 3 becomes 0.3 */
export function roundFloat(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}
