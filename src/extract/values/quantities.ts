/**
 * Quantities: a number with a unit ("one million tonnes", "15km", "3.5%", "200,000 barrels per day")
 * or a counted thing ("27 memorandums of understanding", "three new visa categories"), with what is
 * measured ("… of rare earths"). Money, dates, ages, times of day and ordinals are not quantities; they
 * are claimed before this runs or excluded here.
 */
import type { Quantity } from '../../record.js';
import { roundFloat, scaleOf } from '../../normalise/numbers.js';
import { isDurationUnit, toBase, unitLexicon, type UnitHit } from '../../normalise/units.js';
import { adjacent, claim, isClaimed, lowerAt, sameLine, tokenEndingAt, type ValueContext } from './context.js';
import { readNumber, startsNumber, type NumberPhrase } from './numbers.js';
import { isPlural } from './plural.js';
import { qualifierBefore } from './qualifiers.js';

export type QuantityDraft = Omit<Quantity, 'id'>;

const TIME_OF_DAY_AFTER = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', "o'clock", 'gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'bst', 'cet']);
const NUMBER_MARKERS_BEFORE = new Set(['no.', 'no', '#', 'number', 'nos.', 'aged', 'age', 'ages', 'route', 'chapter', 'section', 'article', 'page', 'room', 'flight', 'level', 'grade', 'phase', 'season', 'episode', 'version', 'v.']);
const NOT_COUNTED = new Set(['times', 'time', 'percent', 'per', 'of', 'year-old', 'years-old', 'yr', 'one', 'ones', 'others', 'other', 'more', 'less', 'fewer', 'each', 'apiece']);
const ITEM_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const RANGE_JOINERS = new Set(['to', '-', '–', '—', '−']);
const YEAR_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that', 'our']);
const PARTITIVE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);
const LETTER_SCALES_FOR_COUNTS = new Set(['m', 'mn', 'bn', 'b', 'k']);

export function recogniseQuantities(ctx: ValueContext): QuantityDraft[] {
  const found: QuantityDraft[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.claimed[i]) continue;
    const half = ctx.tokens[i].lower.startsWith('a') ? unitAndAHalf(ctx, i) : null;
    if (half) {
      found.push(half.draft);
      claim(ctx, half.first, half.end);
      i = half.end - 1;
      continue;
    }
    const single = ctx.tokens[i].lower.startsWith('a') ? qualifiedSingle(ctx, i) : null;
    if (single) {
      found.push(single.draft);
      claim(ctx, single.first, single.end);
      i = single.end - 1;
      continue;
    }
    if (!startsNumber(ctx, i)) continue;
    const number = readNumber(ctx, i, { letterScales: false });
    if (!number) continue;
    const range = rangeEnd(ctx, number);
    if (excluded(ctx, i)) {
      // an age or a name, with the rest of its range: "aged 8–10 years"
      i = (range ?? number.end) - 1;
      continue;
    }
    // "0-62 mph": acceleration from standstill names one speed
    if (number.value === null && number.min === 0 && number.max !== undefined) {
      const speed = withUnit(ctx, { ...number, value: number.max });
      if (speed) {
        found.push(speed.draft);
        claim(ctx, speed.first, speed.end);
        i = speed.end - 1;
        continue;
      }
    }
    if (number.value === null || range !== null) {
      // "242 to 330 passengers", "5-10%": the record's Quantity has no min/max yet, so a range is not
      // reported as a (wrong) point value
      i = (range ?? number.end) - 1;
      continue;
    }
    const quantity = withUnit(ctx, number) ?? counted(ctx, number);
    if (!quantity || isClaimed(ctx, quantity.first, quantity.end)) continue;
    found.push(quantity.draft);
    claim(ctx, quantity.first, quantity.end);
    i = quantity.end - 1;
  }
  return found;
}

/** "a year and a half", "an hour and a half": 1.5 of the unit */
function unitAndAHalf(ctx: ValueContext, i: number): QuantityMatch | null {
  const article = lowerAt(ctx, i);
  if (article !== 'a' && article !== 'an') return null;
  if (lowerAt(ctx, i + 2) !== 'and' || lowerAt(ctx, i + 3) !== 'a' || lowerAt(ctx, i + 4) !== 'half' || !sameLine(ctx, i, i + 4)) return null;
  const match = unitLexicon.matchAt(ctx.text, ctx.lower, ctx.tokens[i + 1].start);
  if (!match || tokenEndingAt(ctx, match.end) !== i + 1) return null;
  const number: NumberPhrase = { value: 1.5, first: i, end: i + 1, written: true, scale: 1 };
  const draft: QuantityDraft = { ...span(ctx, number, i + 5), value: 1.5, unit: match.payload.rule.unit, item: null, ...toBase(1.5, match.payload.rule) };
  addQualifier(ctx, number, draft);
  return { draft, first: i, end: i + 5 };
}

/** "less than a week", "more than an hour": "a" as one of a unit, only where a qualifier says it is an amount */
function qualifiedSingle(ctx: ValueContext, i: number): QuantityMatch | null {
  const article = lowerAt(ctx, i);
  if ((article !== 'a' && article !== 'an') || !qualifierBefore(ctx, i)) return null;
  const next = ctx.tokens[i + 1];
  if (!next || !sameLine(ctx, i, i + 1)) return null;
  const match = unitLexicon.matchAt(ctx.text, ctx.lower, next.start);
  if (!match || match.payload.attachedOnly || tokenEndingAt(ctx, match.end) < i + 1) return null;
  const end = tokenEndingAt(ctx, match.end) + 1;
  const number: NumberPhrase = { value: 1, first: i, end: i + 1, written: true, scale: 1 };
  const draft: QuantityDraft = { ...span(ctx, number, end), value: 1, unit: match.payload.rule.unit, item: ofItem(ctx, end), ...toBase(1, match.payload.rule) };
  addQualifier(ctx, number, draft);
  return { draft, first: i, end };
}

/** the token after "242 to 330" / "between 5 and 10" when the number opens a range, else null */
function rangeEnd(ctx: ValueContext, number: NumberPhrase): number | null {
  const joiner = lowerAt(ctx, number.end);
  const between = lowerAt(ctx, number.first - 1) === 'between';
  if (!(RANGE_JOINERS.has(joiner) || (between && joiner === 'and'))) return null;
  if (!startsNumber(ctx, number.end + 1) || !sameLine(ctx, number.end, number.end + 1)) return null;
  const second = readNumber(ctx, number.end + 1, { letterScales: false });
  if (!second || second.value === null || !number.value || second.value <= number.value) return null;
  // "from 10 to 20 percent" is a range; "rose 3% to 1,200" is two numbers, told apart by the unit after the first
  if (unitLexicon.matchAt(ctx.text, ctx.lower, ctx.tokens[number.end].start)) return null;
  return second.end;
}

/** numbers that are names, times of day, ages or ordinals rather than amounts */
function excluded(ctx: ValueContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (token.kind === 'ordinal') return true;
  const before = ctx.tokens[i - 1];
  if (before && NUMBER_MARKERS_BEFORE.has(before.lower) && sameLine(ctx, i - 1, i)) return true;
  // "at the age of four months"; "one in three visits" is a ratio
  if (before?.lower === 'of' && lowerAt(ctx, i - 2) === 'age') return true;
  if (before?.lower === 'in' && startsNumber(ctx, i - 2) && sameLine(ctx, i - 2, i)) return true;
  // "the 2014 protests": a year used as a modifier, read by the date recogniser
  if (/^(19|20)\d\d$/.test(token.text) && YEAR_DETERMINERS.has(lowerAt(ctx, i - 1))) return true;
  const after = lowerAt(ctx, i + 1);
  if (TIME_OF_DAY_AFTER.has(after)) return true;
  // "a 40-year-old man", "40 years old"
  if (after === '-' && lowerAt(ctx, i + 2).startsWith('year') && lowerAt(ctx, i + 3) === '-' && lowerAt(ctx, i + 4) === 'old') return true;
  if (after.startsWith('year') && lowerAt(ctx, i + 2) === 'old') return true;
  // part of a name: "Boeing 787", "S&P 500", "iPhone 11" (not "Kazakhstan 27 agreements": a unit or noun must not follow)
  if (before && before.pos === 'PROPN' && /^[A-Z]|^[a-z]+[A-Z]/.test(before.text) && adjacentLine(ctx, i - 1, i) && !isSentenceStart(ctx, i - 1)) {
    return true;
  }
  return false;
}

function adjacentLine(ctx: ValueContext, a: number, b: number): boolean {
  return sameLine(ctx, a, b) && ctx.tokens[b].start - ctx.tokens[a].end <= 1;
}

function isSentenceStart(ctx: ValueContext, i: number): boolean {
  return ctx.analysis.sentences[ctx.tokens[i].sentence]?.firstToken === i;
}

interface QuantityMatch {
  draft: QuantityDraft;
  first: number;
  end: number;
}

/** "15km", "one million tonnes of rare earths", "3.5%", "a 2,000-km road" */
function withUnit(ctx: ValueContext, number: NumberPhrase): QuantityMatch | null {
  let j = number.end;
  const hyphenated = lowerAt(ctx, j) === '-' && adjacent(ctx, j - 1, j) && adjacent(ctx, j, j + 1);
  if (hyphenated) j++;
  const token = ctx.tokens[j];
  if (!token || !sameLine(ctx, number.end - 1, j)) return null;
  const match = unitLexicon.matchAt(ctx.text, ctx.lower, token.start);
  if (!match) return null;
  const last = tokenEndingAt(ctx, match.end);
  if (last < j) return null;
  const hit: UnitHit = match.payload;
  // "30 Seconds to Mars": a unit word in title case is part of a name (symbols such as "MW" are listed case-sensitively)
  if (/^[A-Z][a-z]{2,}/.test(token.text) && /^[a-z]{3,}/.test(match.form)) return null;
  const attached = adjacent(ctx, number.end - 1, j);
  if (hit.attachedOnly && !attached) return null;
  const unit = hit.rule.unit;
  if (hyphenated && isDurationUnit(unit)) return null;
  // "1.5m users" is one and a half million users, not metres; "a 15m sea wall" is metres
  if (unit === 'metre' && match.form === 'm') {
    const next = ctx.tokens[last + 1];
    if (next && next.pos === 'NOUN' && isPlural(next)) return null;
  }
  if (number.written && number.value === 1 && number.scale === 1 && lowerAt(ctx, number.first) !== 'one') return null;
  const value = number.value!;
  const end = last + 1;
  const draft: QuantityDraft = {
    ...span(ctx, number, end),
    value,
    unit,
    item: ofItem(ctx, end),
    ...toBase(value, hit.rule),
  };
  addQualifier(ctx, number, draft);
  return { draft, first: number.first, end };
}

/** "27 memorandums of understanding", "three new visa categories", "1.5m people" */
function counted(ctx: ValueContext, number: NumberPhrase): QuantityMatch | null {
  let value = number.value!;
  let j = number.end;
  // "1.5m people": a letter scale before a plural noun
  if (LETTER_SCALES_FOR_COUNTS.has(lowerAt(ctx, j)) && adjacent(ctx, j - 1, j) && ctx.tokens[j + 1]?.pos === 'NOUN') {
    value = roundFloat(value * scaleOf(lowerAt(ctx, j))!.factor);
    j++;
  }
  // "737 Max jets", "777x", "the 777 program": model numbers, not counts
  const next = ctx.tokens[j];
  if (next && adjacent(ctx, j - 1, j) && /^[a-z]/i.test(next.text)) return null;
  const digits = ctx.tokens[number.first].text;
  if (!number.written && number.scale === 1 && /^\d{3,}$/.test(digits) && next && /^[A-Z]/.test(next.text)) return null;
  // "a 10-year bond", "a two-day visit": a hyphenated modifier, not a count
  if (lowerAt(ctx, j) === '-' && adjacent(ctx, j - 1, j)) return null;
  // "one person" reads as a pronoun as often as a count; written "one" counts only with a scale or unit
  if (number.written && number.scale === 1 && value <= 1) return null;
  const partitive = partitiveStart(ctx, j, value);
  const itemStart = partitive ?? j;
  const item = nounPhrase(ctx, itemStart);
  if (!item) return null;
  // the count ends at its plural head: "964,000 people age 12 and older"
  let end = item.end;
  while (end > itemStart && !(ctx.tokens[end - 1].pos === 'NOUN' && isPlural(ctx.tokens[end - 1]))) end--;
  if (end === itemStart) return null;
  // "memorandums of understanding": an of-phrase of bare nouns belongs to the item
  if (lowerAt(ctx, end) === 'of' && ctx.tokens[end + 1]?.pos === 'NOUN' && sameLine(ctx, end, end + 1)) {
    const tail = nounPhrase(ctx, end + 1);
    if (tail) end = tail.end;
  }
  const start = ctx.tokens[itemStart].start;
  const draft: QuantityDraft = { ...span(ctx, number, end), value, unit: null, item: ctx.text.slice(start, ctx.tokens[end - 1].end) };
  addQualifier(ctx, number, draft);
  return { draft, first: number.first, end };
}

/**
 * "30 of Boeing's 787-9 jets", "some 60 of the embattled 737 Max jets": the noun phrase after "of" and a
 * determiner or possessive is what is counted. Only for numbers above one ("one of the" is a pronoun).
 */
function partitiveStart(ctx: ValueContext, j: number, value: number): number | null {
  if (lowerAt(ctx, j) !== 'of' || value < 2 || !sameLine(ctx, j, j + 2)) return null;
  const next = lowerAt(ctx, j + 1);
  if (PARTITIVE_DETERMINERS.has(next)) return j + 2;
  if (ctx.tokens[j + 1]?.pos === 'PROPN' && /^['’]s$/.test(lowerAt(ctx, j + 2))) return j + 1;
  return null;
}

/** ADJ/NOUN/PROPN words ending on a common noun: "new visa categories", "Boeing 787 jets" */
function nounPhrase(ctx: ValueContext, from: number, properHead = false): { end: number } | null {
  let lastNoun = -1;
  for (let k = from; k < from + 6 && k < ctx.tokens.length; k++) {
    const token = ctx.tokens[k];
    // a date or amount already read ("50 lakh masks today") ends the phrase
    if (ctx.claimed[k] || (k > from && !sameLine(ctx, k - 1, k))) break;
    if (k === from && NOT_COUNTED.has(token.lower)) return null;
    const inWord = token.text === '-' && adjacent(ctx, k - 1, k) && adjacent(ctx, k, k + 1);
    // "Boeing 787 jets", "Boeing's 787-9 jets": a model number after a name
    const modelNumber =
      token.kind === 'number' &&
      (k > from ? ctx.tokens[k - 1].pos === 'PROPN' || /^['’]s$/.test(ctx.tokens[k - 1].lower) : /^[A-Z]/.test(ctx.tokens[k + 1]?.text ?? ''));
    const possessive = /^['’]s$/.test(token.lower) && k > from && ctx.tokens[k - 1].pos === 'PROPN';
    // "two highly critical reports": an adverb that modifies the adjective after it
    const degree = token.pos === 'ADV' && /ly$/.test(token.lower) && ctx.tokens[k + 1]?.pos === 'ADJ';
    // "three different sized tips": a participle used as an adjective
    const participle = token.pos === 'VERB' && /(ed|en)$/.test(token.lower) && k > from && ITEM_POS.has(ctx.tokens[k + 1]?.pos ?? '');
    if (!ITEM_POS.has(token.pos) && !inWord && !modelNumber && !possessive && !degree && !participle) break;
    if (!/[\p{L}\d]/u.test(token.text) && !inWord && !possessive) break;
    if ((token.pos === 'NOUN' || (properHead && token.pos === 'PROPN')) && !NOT_COUNTED.has(token.lower)) lastNoun = k;
  }
  return lastNoun >= from ? { end: lastNoun + 1 } : null;
}

/** "of rare earths" after a unit: what is measured */
function ofItem(ctx: ValueContext, end: number): string | null {
  if (lowerAt(ctx, end) !== 'of' || !sameLine(ctx, end, end + 1)) return null;
  // what is measured may be a name: "70 percent of Americans"
  const phrase = nounPhrase(ctx, end + 1, true);
  if (!phrase) return null;
  return ctx.text.slice(ctx.tokens[end + 1].start, ctx.tokens[phrase.end - 1].end);
}

function span(ctx: ValueContext, number: NumberPhrase, end: number): Pick<QuantityDraft, 'text' | 'start' | 'end'> {
  const start = ctx.tokens[number.first].start;
  const stop = ctx.tokens[end - 1].end;
  return { text: ctx.text.slice(start, stop), start, end: stop };
}

function addQualifier(ctx: ValueContext, number: NumberPhrase, draft: QuantityDraft): void {
  const qualifier = qualifierBefore(ctx, number.first);
  if (qualifier) draft.qualifier = qualifier.qualifier;
}
