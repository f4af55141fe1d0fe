/**
 * Reads the number phrase that starts at a token: digits ("1,200.5"), digit ranges ("2-3"), written
 * numbers ("twenty-five", "two hundred thousand", "a billion"), each with an optional scale word
 * ("4.5 bn", "5.6-billion", "10 lakh"). Letter scales ("5m", "4b", "50k") are read only when the caller
 * says the context allows them (after a currency).
 */
import { cardinalWord, combineNumberParts, isTensWord, parseDigitRange, parseDigits, parseMixedFraction, roundFloat, scaleOf, vulgarFraction } from '../../normalise/numbers.js';
import { adjacent, lowerAt, type ValueContext } from './context.js';

export interface NumberPhrase {
  /** the point value; null for a range */
  value: number | null;
  min?: number;
  max?: number;
  first: number;
  /** exclusive token index */
  end: number;
  written: boolean;
  /** the scale factor applied (1 when none) */
  scale: number;
}

export interface ReadOptions {
  /** accept "m", "b", "k", "cr" as scales when written straight after the digits */
  letterScales: boolean;
}

export function readNumber(ctx: ValueContext, i: number, options: ReadOptions): NumberPhrase | null {
  const token = ctx.tokens[i];
  if (!token) return null;
  let phrase: NumberPhrase | null = null;
  if (token.kind === 'number') {
    const value = parseDigits(token.text);
    if (value !== null) phrase = { value, first: i, end: i + 1, written: false, scale: 1 };
    else {
      const range = parseDigitRange(token.text);
      const mixed = range ? null : parseMixedFraction(token.text);
      if (range) phrase = { value: null, min: range[0], max: range[1], first: i, end: i + 1, written: false, scale: 1 };
      else if (mixed !== null) phrase = { value: mixed, first: i, end: i + 1, written: false, scale: 1 };
    }
  } else {
    phrase = readWritten(ctx, i);
  }
  if (!phrase) return null;
  if (phrase.value !== null && phrase.scale === 1) addHalf(ctx, phrase);
  if (!phrase.written) applyScale(ctx, phrase, options);
  return phrase;
}

/** "two and a half", "five-and-a-half", "2½": the fraction joins the whole number */
function addHalf(ctx: ValueContext, phrase: NumberPhrase): void {
  const j = phrase.end;
  const fraction = vulgarFraction(lowerAt(ctx, j));
  if (fraction !== undefined && adjacent(ctx, j - 1, j)) {
    phrase.value = roundFloat(phrase.value! + fraction);
    phrase.end = j + 1;
    return;
  }
  // the words, spaced or hyphenated: and a half / -and-a-half
  const words = ['and', 'a', 'half'];
  let k = j;
  for (const word of words) {
    if (lowerAt(ctx, k) === '-' && adjacent(ctx, k - 1, k)) k++;
    if (lowerAt(ctx, k) !== word) return;
    k++;
  }
  phrase.value = roundFloat(phrase.value! + 0.5);
  phrase.end = k;
}

function applyScale(ctx: ValueContext, phrase: NumberPhrase, options: ReadOptions): void {
  let j = phrase.end;
  // "5.6-billion": a hyphen joining digits and scale
  if (lowerAt(ctx, j) === '-' && adjacent(ctx, j - 1, j) && adjacent(ctx, j, j + 1) && scaleOf(lowerAt(ctx, j + 1))) j++;
  const scale = scaleOf(lowerAt(ctx, j));
  if (!scale) return;
  if (scale.moneyOrCountOnly && !(options.letterScales && adjacent(ctx, j - 1, j))) return;
  // a second scale word ("1.5 million billion") is not news usage; one is read
  phrase.scale = scale.factor;
  if (phrase.value !== null) phrase.value = roundFloat(phrase.value * scale.factor);
  if (phrase.min !== undefined) phrase.min = roundFloat(phrase.min * scale.factor);
  if (phrase.max !== undefined) phrase.max = roundFloat(phrase.max * scale.factor);
  phrase.end = j + 1;
}

/** "two billion", "twenty-five", "a million", "two hundred and fifty" */
function readWritten(ctx: ValueContext, i: number): NumberPhrase | null {
  const parts: number[] = [];
  let j = i;
  let scale = 1;
  const first = lowerAt(ctx, i);
  // "half a million"
  if (first === 'half' && (lowerAt(ctx, i + 1) === 'a' || lowerAt(ctx, i + 1) === 'an')) {
    const halfScale = scaleOf(lowerAt(ctx, i + 2));
    if (!halfScale || halfScale.moneyOrCountOnly) return null;
    return { value: halfScale.factor / 2, first: i, end: i + 3, written: true, scale: halfScale.factor };
  }
  if (first === 'a' || first === 'an') {
    const next = lowerAt(ctx, i + 1);
    const nextScale = scaleOf(next);
    if (next === 'dozen') return { value: 12, first: i, end: i + 2, written: true, scale: 1 };
    if (!nextScale || nextScale.moneyOrCountOnly) return null;
    parts.push(1);
    j = i + 1;
  }
  for (;;) {
    const word = lowerAt(ctx, j);
    const cardinal = cardinalWord(word);
    if (cardinal !== undefined) {
      // "twenty-five"
      if (isTensWord(word) && lowerAt(ctx, j + 1) === '-' && adjacent(ctx, j, j + 1) && adjacent(ctx, j + 1, j + 2)) {
        const unit = cardinalWord(lowerAt(ctx, j + 2));
        if (unit !== undefined && unit < 10) {
          parts.push(cardinal + unit);
          j += 3;
          continue;
        }
      }
      const previous = parts[parts.length - 1];
      // "twenty five" continues a tens word; "five six" is two numbers
      if (previous !== undefined && previous < 100 && !(previous % 10 === 0 && previous >= 20 && cardinal < 10)) break;
      parts.push(cardinal);
      j++;
      continue;
    }
    const wordScale = scaleOf(word);
    if (wordScale && !wordScale.moneyOrCountOnly && parts.length) {
      parts.push(wordScale.factor);
      scale = Math.max(scale, wordScale.factor);
      j++;
      continue;
    }
    // "two hundred and fifty"
    if (word === 'and' && parts[parts.length - 1] === 100 && cardinalWord(lowerAt(ctx, j + 1)) !== undefined) {
      j++;
      continue;
    }
    break;
  }
  if (!parts.length) return null;
  return { value: combineNumberParts(parts), first: i, end: j, written: true, scale };
}

/** "4.5" after "$" but before "bn": true for a token that can start a number phrase */
export function startsNumber(ctx: ValueContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token) return false;
  if (token.kind === 'number') return true;
  if (cardinalWord(token.lower) !== undefined) return true;
  if (token.lower === 'half') return (lowerAt(ctx, i + 1) === 'a' || lowerAt(ctx, i + 1) === 'an') && scaleOf(lowerAt(ctx, i + 2)) !== undefined;
  return (token.lower === 'a' || token.lower === 'an') && scaleOf(lowerAt(ctx, i + 1)) !== undefined;
}
