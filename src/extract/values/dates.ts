/**
 * Dates: absolute ("3 April 2025", "April 3, 2025", "2025-04-03", "03/04/2025" by locale), partial
 * ("April 2025", "2017", "the 1990s", "Q3 2024") and relative ("on Wednesday", "last year", "two weeks
 * ago") resolved against the publication date, or left unresolved (value null) when there is none.
 */
import type { DateGranularityName, DateValue } from '../../record.js';
import type { Token } from '../analyse.js';
import {
  addDays,
  addMonths,
  isoCentury,
  isoDay,
  isoDecade,
  isoMonth,
  isoQuarter,
  isoWeek,
  validDate,
  weekday,
  type PlainDate,
} from '../../normalise/dates.js';
import { verbLikeMonths, datePrepositions, dayWords, eventHeads, futureMarkers, namedDays, pastAuxiliaries, monthForms, ordinalWords, streetWords, weekdayForms } from '../rules/values/dates.js';
import { unitRules } from '../rules/values/units.js';
import { adjacent, claim, isClaimed, lowerAt, sameLine, type ValueContext } from './context.js';
import { Lexicon } from './lexicon.js';
import { readNumber } from './numbers.js';
import { isPlural } from './plural.js';
import { cardinalWord } from '../../normalise/numbers.js';

export type DateDraft = Omit<DateValue, 'id'>;

export interface DateOptions {
  /** the article's publication date, the anchor of relative dates; null when unknown */
  published: PlainDate | null;
  /** numeric dates are month/day/year in this article's locale */
  monthFirst: boolean;
}

interface Found {
  first: number;
  end: number;
  value: string | null;
  granularity: DateGranularityName;
  relative: boolean;
}

const months = new Map(monthForms.map((m) => [m.form, m.month]));
const fullMonthNames = new Set(monthForms.slice(0, 12).map((m) => m.form));
const weekdays = new Map(weekdayForms.map((w) => [w.form, w.weekday]));
const dayWordLexicon = new Lexicon(dayWords.map((w) => ({ form: w.form, caseSensitive: false, payload: w.offsetDays })));
const unitForms = new Set(unitRules.flatMap((rule) => rule.forms));
/** words before a year that make a following plural noun a thing of that year, not a count */
const YEAR_MODIFIER_BEFORE = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that', 'our', 'fiscal', 'year', 'in', 'since', 'until', 'by']);
const MODEL_YEAR_BEFORE = new Set(['the', 'a', 'an', 'new', 'all-new', 'its', 'his', 'her', 'their', 'our', 'used', 'this', 'that']);
/** words that open a relative date: "last Monday", "this week", "a year ago", "today", "this morning" */
const DATE_STARTERS = new Set(['last', 'next', 'this', 'coming', 'a', 'an', 'one', 'today', 'tonight', 'yesterday', 'tomorrow']);
const CLAUSE_BREAKS = new Set([',', ';', '—', '–', ':']);
/** words that open a subordinate clause: the tense of the clause before them is not the date's */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'when', 'where', 'after', 'before', 'because', 'while', 'although', 'though', 'if', 'as', 'since', 'until']);
const PERIODS = new Set(['week', 'month', 'year', 'quarter']);
const AGO_UNITS = new Map<string, 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade'>(Object.entries({
  hour: 'hour', hours: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
} as const));
const ordinals = new Map(Object.entries(ordinalWords));

export function recogniseDates(ctx: ValueContext, options: DateOptions): DateDraft[] {
  const found: DateDraft[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.claimed[i]) continue;
    const date = matchDate(ctx, i, options);
    if (!date || isClaimed(ctx, date.first, date.end)) continue;
    const start = ctx.tokens[date.first].start;
    const end = ctx.tokens[date.end - 1].end;
    found.push({
      text: ctx.text.slice(start, end),
      start,
      end,
      value: date.value,
      granularity: date.granularity,
      relative: date.relative,
      resolved: date.value !== null,
    });
    claim(ctx, date.first, date.end);
    i = date.end - 1;
  }
  return found;
}

/** the date patterns that can start at this kind of token, tried longest first; most tokens try none */
function matchDate(ctx: ValueContext, i: number, options: DateOptions): Found | null {
  const token = ctx.tokens[i];
  if (token.kind === 'number') {
    return numericDate(ctx, i, options) ?? dayMonthYear(ctx, i, options) ?? agoDate(ctx, i, options) ?? yearDate(ctx, i);
  }
  if (token.kind === 'ordinal') return dayMonthYear(ctx, i, options) ?? quarterDate(ctx, i, options) ?? decadeOrCentury(ctx, i);
  if (token.kind === 'decade') return decadeOrCentury(ctx, i);
  const lower = token.lower;
  const first = token.text.charCodeAt(0);
  if (first >= 65 && first <= 90) {
    // capitalised: a month, a weekday, Q3, FY2019, or a sentence-initial word of the kinds below
    if (months.has(lower) || months.has(lower.slice(0, -1))) return monthDayYear(ctx, i, options);
    if (weekdays.has(lower)) return weekdayDate(ctx, i, options);
    if (/^(?:q[1-4]|fy)/.test(lower)) return quarterDate(ctx, i, options);
  }
  if (DATE_STARTERS.has(lower)) {
    return weekdayDate(ctx, i, options) ?? dayWord(ctx, i, options) ?? weekend(ctx, i, options) ?? relativePeriod(ctx, i, options) ?? agoDate(ctx, i, options);
  }
  if (cardinalWord(lower) !== undefined) return agoDate(ctx, i, options);
  if (ordinals.has(lower)) return quarterDate(ctx, i, options) ?? decadeOrCentury(ctx, i);
  if (lower.includes('-')) return decadeOrCentury(ctx, i) ?? midMonth(ctx, i, options);
  return null;
}

/** "2025-04-03", "03/04/2025" (day or month first by locale, unless one part is over 12) */
function numericDate(ctx: ValueContext, i: number, options: DateOptions): Found | null {
  const text = ctx.tokens[i].text;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const date = validDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return date && { first: i, end: i + 1, value: isoDay(date), granularity: 'day', relative: false };
  }
  // "2018.04.05", "2018/04/05": year first is never ambiguous
  match = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (match) {
    const date = validDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return date && { first: i, end: i + 1, value: isoDay(date), granularity: 'day', relative: false };
  }
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (!match) return null;
  const a = Number(match[1]);
  const b = Number(match[2]);
  const year = Number(match[3]);
  const monthFirst = a > 12 ? false : b > 12 ? true : options.monthFirst;
  const date = monthFirst ? validDate(year, a, b) : validDate(year, b, a);
  return date && { first: i, end: i + 1, value: isoDay(date), granularity: 'day', relative: false };
}

function dayNumber(ctx: ValueContext, i: number): number | null {
  const token = ctx.tokens[i];
  if (!token) return null;
  const match = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token.lower);
  if (!match) return null;
  const day = Number(match[1]);
  return day >= 1 && day <= 31 ? day : null;
}

/** the month named at token i ("April", "Nov." or "Nov" "."), and the token after it */
function monthAt(ctx: ValueContext, i: number): { month: number; end: number } | null {
  const token = ctx.tokens[i];
  if (!token || !/^[A-Z]/.test(token.text)) return null;
  const word = token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
  const month = months.get(word);
  if (!month) return null;
  const end = !token.lower.endsWith('.') && lowerAt(ctx, i + 1) === '.' && word.length <= 4 && adjacent(ctx, i, i + 1) ? i + 2 : i + 1;
  return { month, end };
}

function yearAt(ctx: ValueContext, i: number): number | null {
  const token = ctx.tokens[i];
  if (!token || !/^\d{4}$/.test(token.text)) return null;
  const year = Number(token.text);
  return year >= 1000 && year <= 2200 ? year : null;
}

/** "3 April 2025", "3 April", "3rd of April" */
function dayMonthYear(ctx: ValueContext, i: number, options: DateOptions): Found | null {
  const day = dayNumber(ctx, i);
  if (day === null) return null;
  let j = i + 1;
  if (lowerAt(ctx, j) === 'of') j++;
  const month = monthAt(ctx, j);
  if (!month || !sameLine(ctx, i, j)) return null;
  let end = month.end;
  if (lowerAt(ctx, end) === ',' && yearAt(ctx, end + 1) !== null) end++;
  const year = yearAt(ctx, end);
  if (year !== null) {
    const date = validDate(year, month.month, day);
    return date && { first: i, end: end + 1, value: isoDay(date), granularity: 'day', relative: false };
  }
  return dayWithoutYear(ctx, i, month.end, month.month, day, options);
}

/** "April 3, 2025", "Nov. 18", "April 3-5, 2025", "April 2025", "in April" */
function monthDayYear(ctx: ValueContext, i: number, options: DateOptions): Found | null {
  const month = monthAt(ctx, i);
  if (!month) return null;
  let j = month.end;
  const day = dayNumber(ctx, j);
  const dayRange = /^(\d{1,2})[-–](\d{1,2})$/.exec(ctx.tokens[j]?.text ?? '');
  if ((day !== null || dayRange) && sameLine(ctx, i, j)) {
    const first = day ?? Number(dayRange![1]);
    const last = dayRange ? Number(dayRange[2]) : null;
    j++;
    let end = j;
    if (lowerAt(ctx, j) === ',' && yearAt(ctx, j + 1) !== null) end = j + 1;
    const year = yearAt(ctx, end);
    if (year !== null) {
      const date = validDate(year, month.month, first);
      if (!date) return null;
      const to = last !== null ? validDate(year, month.month, last) : null;
      return { first: i, end: end + 1, value: to ? `${isoDay(date)}/${isoDay(to)}` : isoDay(date), granularity: 'day', relative: false };
    }
    if (last === null) return dayWithoutYear(ctx, i, j, month.month, first, options);
    // "Nov. 18-20": a range of days in the month, its year from the publication date
    const start = dayWithoutYear(ctx, i, j, month.month, first, options);
    if (!start || start.value === null) return start;
    const to = validDate(Number(start.value.slice(0, 4)), month.month, last);
    return to && last > first ? { ...start, value: `${start.value}/${isoDay(to)}` } : null;
  }
  let end = month.end;
  if (lowerAt(ctx, end) === ',' && yearAt(ctx, end + 1) !== null) end++;
  const year = yearAt(ctx, end);
  if (year !== null && sameLine(ctx, i, end)) return { first: i, end: end + 1, value: isoMonth(year, month.month), granularity: 'month', relative: false };
  // a bare abbreviation ("in Jan") is too often something else
  const word = ctx.tokens[i].lower;
  if (!fullMonthNames.has(word)) return null;
  const before = ctx.tokens[i - 1];
  const after = ctx.tokens[i + 1];
  if (!datePrepositions.has(lowerAt(ctx, i - 1))) {
    // "Norway's October oil production" yes; "Theresa May", "June Carter", "may rise", "the March" no
    if (verbLikeMonths.has(word)) return null;
    if (before && before.pos === 'PROPN' && /^[A-Z]/.test(before.text) && sameLine(ctx, i - 1, i) && !/['’]s$/.test(before.text)) return null;
    if (after && /^[A-Z]/.test(after.text) && sameLine(ctx, i, i + 1)) return null;
  } else if (verbLikeMonths.has(word) && ['VERB', 'AUX'].includes(after?.pos ?? '')) return null;
  const anchor = options.published;
  if (!anchor) return { first: i, end: month.end, value: null, granularity: 'month', relative: true };
  // "last February", "next March": the one before or after the publication month
  const direction = lowerAt(ctx, i - 1);
  const year2 =
    direction === 'last' ? (month.month < anchor.month ? anchor.year : anchor.year - 1)
    : direction === 'next' ? (month.month > anchor.month ? anchor.year : anchor.year + 1)
    : yearForMonth(ctx, i, month.month, anchor);
  return { first: i, end: month.end, value: isoMonth(year2, month.month), granularity: 'month', relative: true };
}

function dayWithoutYear(ctx: ValueContext, first: number, end: number, month: number, day: number, options: DateOptions): Found | null {
  const anchor = options.published;
  if (!anchor) return { first, end, value: null, granularity: 'day', relative: true };
  const date = validDate(yearForMonth(ctx, first, month, anchor), month, day);
  return date && { first, end, value: isoDay(date), granularity: 'day', relative: true };
}

/**
 * The year of a month named without one: the next one in a future clause, the last one in a past
 * clause, and otherwise the one nearest the publication date ("goes on sale in late January").
 */
function yearForMonth(ctx: ValueContext, i: number, month: number, anchor: PlainDate): number {
  const tense = clauseTense(ctx, i);
  const diff = month - anchor.month;
  // news writes about the months around its date: a month or two across the tense is still this year
  // ("had planned to impose tariffs Dec. 15", written in November)
  if (tense === 'future') return diff < -2 ? anchor.year + 1 : anchor.year;
  if (tense === 'past') return diff > 2 ? anchor.year - 1 : anchor.year;
  return diff > 6 ? anchor.year - 1 : diff < -6 ? anchor.year + 1 : anchor.year;
}

type Tense = 'future' | 'past' | 'present';

/**
 * The tense around a date, from the verb nearest to it: first the verb before it in its own clause
 * ("will meet on Friday", "confirmed on Monday", "a session that starts in early January"), then the
 * verb after it ("NASA on Monday enlisted …"), and failing both, any tense marker earlier in the
 * sentence ("has weakened …, hitting 16% on Monday"). "present" when nothing says.
 */
function clauseTense(ctx: ValueContext, i: number): Tense {
  const sentence = ctx.analysis.sentences[ctx.tokens[i].sentence];
  const from = sentence ? sentence.firstToken : Math.max(0, i - 12);
  const to = sentence ? sentence.endToken : Math.min(ctx.tokens.length, i + 12);
  let k = i - 1;
  for (; k >= from && !CLAUSE_BREAKS.has(ctx.tokens[k].lower); k--) {
    const tense = verbTense(ctx, k);
    if (tense) return tense;
    if (CLAUSE_OPENERS.has(ctx.tokens[k].lower)) break;
  }
  for (let j = i + 1; j < to && !CLAUSE_BREAKS.has(ctx.tokens[j].lower) && !CLAUSE_OPENERS.has(ctx.tokens[j].lower); j++) {
    const tense = verbTense(ctx, j);
    if (tense) return tense;
  }
  for (; k >= from; k--) {
    const tense = verbTense(ctx, k);
    if (tense && tense !== 'present') return tense;
  }
  return 'present';
}

/**
 * The tense a word gives its clause: a future marker ("will", "is due to") or a verb whose auxiliaries
 * include one ("will be divulged") is future; a past form ("was", "fell", "announced") past; any other
 * verb present; other words nothing.
 */
function verbTense(ctx: ValueContext, k: number): Tense | null {
  const token = ctx.tokens[k];
  if (isFutureMarker(ctx, k)) return 'future';
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return null;
  for (let a = k - 1; a >= Math.max(0, k - 3); a--) {
    const aux = ctx.tokens[a];
    if (isFutureMarker(ctx, a)) return 'future';
    if (aux.pos !== 'AUX' && aux.pos !== 'PART' && aux.pos !== 'ADV' && aux.lower !== 'to') break;
  }
  return isPastForm(token) ? 'past' : 'present';
}

/** "will", "due", "scheduled"; "expected" only as "is expected (to)", not "once expected" */
function isFutureMarker(ctx: ValueContext, k: number): boolean {
  const word = ctx.tokens[k].lower;
  if (!futureMarkers.has(word)) return false;
  return word !== 'expected' || /^(is|are|'s|'re)$/.test(lowerAt(ctx, k - 1));
}

function isPastForm(token: Token): boolean {
  if (pastAuxiliaries.has(token.lower)) return true;
  if (token.pos !== 'VERB') return false;
  return /ed$/.test(token.lower) || (token.lemma !== token.lower && !/(s|ing)$/.test(token.lower));
}

/** "Wednesday", "on Wednesday", "last Monday", "next Friday" */
function weekdayDate(ctx: ValueContext, i: number, options: DateOptions): Found | null {
  let first = i;
  let direction: 'last' | 'next' | null = null;
  let k = i;
  const word = lowerAt(ctx, i);
  if (word === 'last' || word === 'next' || word === 'this') {
    direction = word === 'this' ? null : word;
    k = i + 1;
  }
  const token = ctx.tokens[k];
  if (!token || !/^[A-Z]/.test(token.text)) return null;
  const target = weekdays.get(token.lower);
  if (target === undefined) return null;
  // "Monday, Nov. 18": the full date that follows says it all
  if (lowerAt(ctx, k + 1) === ',' && monthAt(ctx, k + 2)) return null;
  // "Black Friday", "Cyber Monday", "Super Tuesday": named days, not the weekday of this week
  if (k > 0 && namedDays.has(`${lowerAt(ctx, k - 1)} ${token.lower}`) && adjacentWords(ctx, k - 1, k)) return null;
  first = i;
  const anchor = options.published;
  if (!anchor) return { first, end: k + 1, value: null, granularity: 'day', relative: true };
  const today = weekday(anchor);
  let offset: number;
  if (direction === 'last') offset = -((today - target + 7) % 7 || 7);
  else if (direction === 'next') offset = (target - today + 7) % 7 || 7;
  else {
    const tense = clauseTense(ctx, k);
    const back = -((today - target + 7) % 7);
    const ahead = (target - today + 7) % 7;
    // with no tense to go by ("Monday's announcement", "opens on Friday"), the nearer one, the past on a tie
    if (tense === 'past') offset = back;
    else if (tense === 'future') offset = ahead;
    else offset = ahead < -back ? ahead : back;
  }
  return { first, end: k + 1, value: isoDay(addDays(anchor, offset)), granularity: 'day', relative: true };
}

/** "last weekend", "this weekend", "next weekend": Saturday to Sunday */
function weekend(ctx: ValueContext, i: number, options: DateOptions): Found | null {
  const word = lowerAt(ctx, i);
  if ((word !== 'last' && word !== 'this' && word !== 'next') || lowerAt(ctx, i + 1) !== 'weekend') return null;
  const anchor = options.published;
  if (!anchor) return { first: i, end: i + 2, value: null, granularity: 'day', relative: true };
  const today = weekday(anchor);
  // the Saturday of this week's weekend (Sunday belongs to the weekend that began the day before)
  const thisSaturday = addDays(anchor, today === 0 ? -1 : 6 - today);
  // "took place this weekend" in a weekday's paper: the weekend just gone, as with weekday names
  const justGone = word === 'this' && today >= 1 && today <= 5 && clauseTense(ctx, i + 1) === 'past';
  const saturday = addDays(thisSaturday, word === 'last' || justGone ? -7 : word === 'next' ? 7 : 0);
  return { first: i, end: i + 2, value: `${isoDay(saturday)}/${isoDay(addDays(saturday, 1))}`, granularity: 'day', relative: true };
}

function adjacentWords(ctx: ValueContext, a: number, b: number): boolean {
  return sameLine(ctx, a, b) && ctx.tokens[b].start - ctx.tokens[a].end <= 1;
}

/** "today", "yesterday", "tomorrow", "this morning" */
function dayWord(ctx: ValueContext, i: number, options: DateOptions): Found | null {
  const token = ctx.tokens[i];
  const match = dayWordLexicon.matchAt(ctx.text, ctx.lower, token.start);
  if (!match) return null;
  const last = ctx.tokenEndingAt[match.end];
  if (last < i) return null;
  const anchor = options.published;
  return { first: i, end: last + 1, value: anchor ? isoDay(addDays(anchor, match.payload)) : null, granularity: 'day', relative: true };
}

/** "last year", "this week", "next month", "last quarter" */
function relativePeriod(ctx: ValueContext, i: number, options: DateOptions): Found | null {
  const word = lowerAt(ctx, i);
  if (word !== 'last' && word !== 'next' && word !== 'this' && word !== 'coming') return null;
  const period = lowerAt(ctx, i + 1);
  if (!PERIODS.has(period) || !sameLine(ctx, i, i + 1)) return null;
  // "last year's": still the year; "this year alone": still the year
  const step = word === 'last' ? -1 : word === 'this' ? 0 : 1;
  const granularity = period as 'week' | 'month' | 'year' | 'quarter';
  const anchor = options.published;
  if (!anchor) return { first: i, end: i + 2, value: null, granularity, relative: true };
  let value: string;
  if (granularity === 'year') value = String(anchor.year + step);
  else if (granularity === 'month') {
    const d = addMonths({ ...anchor, day: 1 }, step);
    value = isoMonth(d.year, d.month);
  } else if (granularity === 'week') value = isoWeek(addDays(anchor, 7 * step));
  else {
    const d = addMonths({ ...anchor, day: 1 }, 3 * step);
    value = isoQuarter(d.year, Math.floor((d.month - 1) / 3) + 1);
  }
  return { first: i, end: i + 2, value, granularity, relative: true };
}

/** "two weeks ago", "a year ago", "three days ago" */
function agoDate(ctx: ValueContext, i: number, options: DateOptions): Found | null {
  const word = lowerAt(ctx, i);
  let count: number | null = null;
  let j: number;
  if (word === 'a' || word === 'an' || word === 'one') {
    count = 1;
    j = i + 1;
  } else {
    const number = readNumber(ctx, i, { letterScales: false });
    if (!number || number.value === null) return null;
    count = number.value;
    j = number.end;
  }
  const unit = AGO_UNITS.get(lowerAt(ctx, j));
  if (!unit || lowerAt(ctx, j + 1) !== 'ago' || !sameLine(ctx, i, j + 1)) return null;
  const anchor = options.published;
  const granularity: DateGranularityName = unit === 'decade' ? 'year' : unit === 'hour' ? 'day' : unit;
  if (!anchor || !Number.isInteger(count)) return { first: i, end: j + 2, value: null, granularity, relative: true };
  let value: string;
  // "24 hours ago": the day it falls on, counting whole days back from the publication date
  if (unit === 'hour') value = isoDay(addDays(anchor, -Math.floor(count / 24)));
  else if (unit === 'day') value = isoDay(addDays(anchor, -count));
  else if (unit === 'week') value = isoWeek(addDays(anchor, -7 * count));
  else if (unit === 'month') {
    const d = addMonths({ ...anchor, day: 1 }, -count);
    value = isoMonth(d.year, d.month);
  } else value = String(anchor.year - count * (unit === 'decade' ? 10 : 1));
  return { first: i, end: j + 2, value, granularity, relative: true };
}

/** "Q3 2024", "the third quarter of 2024", "fourth-quarter", "FY2023" */
function quarterDate(ctx: ValueContext, i: number, options: DateOptions): Found | null {
  const token = ctx.tokens[i];
  const fiscal = /^FY ?(\d{4}|\d{2})$/.exec(token.text);
  if (fiscal) {
    const year = fiscal[1].length === 2 ? 2000 + Number(fiscal[1]) : Number(fiscal[1]);
    return { first: i, end: i + 1, value: String(year), granularity: 'year', relative: false };
  }
  let quarter: number | null = null;
  let j = i + 1;
  const q = /^Q([1-4])$/.exec(token.text);
  if (q) quarter = Number(q[1]);
  else {
    const ordinal = ordinals.get(token.lower) ?? (/^([1-4])(?:st|nd|rd|th)$/.exec(token.lower) ? Number(token.lower[0]) : undefined);
    if (ordinal === undefined || ordinal > 4) return null;
    if (lowerAt(ctx, j) === '-' && adjacent(ctx, i, j)) j++;
    if (lowerAt(ctx, j) !== 'quarter') return null;
    quarter = ordinal;
    j++;
  }
  let end = j;
  if (lowerAt(ctx, end) === 'of' && yearAt(ctx, end + 1) !== null) end++;
  const year = yearAt(ctx, end);
  if (year !== null && sameLine(ctx, i, end)) return { first: i, end: end + 1, value: isoQuarter(year, quarter), granularity: 'quarter', relative: false };
  const anchor = options.published;
  return { first: i, end: j, value: anchor ? isoQuarter(anchor.year, quarter) : null, granularity: 'quarter', relative: true };
}

/** "mid-December", "early-March": the month, resolved like a bare month */
function midMonth(ctx: ValueContext, i: number, options: DateOptions): Found | null {
  const match = /^(?:mid|early|late)-([a-z]+)$/.exec(ctx.tokens[i].lower);
  const month = match && fullMonthNames.has(match[1]) ? months.get(match[1])! : null;
  if (!month) return null;
  const anchor = options.published;
  if (!anchor) return { first: i, end: i + 1, value: null, granularity: 'month', relative: true };
  return { first: i, end: i + 1, value: isoMonth(yearForMonth(ctx, i, month, anchor), month), granularity: 'month', relative: true };
}

/** "the 1990s", "the ’90s", "mid-1990s", "the 20th century", "mid-2019" */
function decadeOrCentury(ctx: ValueContext, i: number): Found | null {
  const token = ctx.tokens[i];
  const decade = /^(?:(?:mid|early|late)-)?(\d{2}|\d{4})s$/.exec(token.lower);
  if (decade) {
    const digits = decade[1];
    const start = digits.length === 4 ? Number(digits) : Number(digits) + (Number(digits) >= 30 ? 1900 : 2000);
    if (start % 10 !== 0 || start < 1000 || start > 2100) return null;
    // "in their 20s" is an age; two-digit decades need an apostrophe or "the"
    if (digits.length === 2 && !/^['’‘]$/.test(lowerAt(ctx, i - 1)) && lowerAt(ctx, i - 1) !== 'the') return null;
    if (digits.length === 2 && /^(their|his|her|your|my|our)$/.test(lowerAt(ctx, i - 1))) return null;
    return { first: i, end: i + 1, value: isoDecade(start), granularity: 'decade', relative: false };
  }
  const midYear = /^(?:mid|early|late)-(\d{4})$/.exec(token.lower);
  if (midYear) return { first: i, end: i + 1, value: midYear[1], granularity: 'year', relative: false };
  const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(token.lower);
  const n = ordinal ? Number(ordinal[1]) : ordinals.get(token.lower);
  if (n !== undefined && n >= 1 && n <= 22) {
    let j = i + 1;
    if (lowerAt(ctx, j) === '-' && adjacent(ctx, i, j)) j++;
    if (lowerAt(ctx, j) === 'century') return { first: i, end: j + 1, value: isoCentury(n), granularity: 'century', relative: false };
  }
  return null;
}

/** "the 2020 Bangkok International Motor Show", "the 2008 Beijing Olympics": a capitalised name ending in an event */
function namesEvent(ctx: ValueContext, from: number): boolean {
  for (let k = from; k < from + 6 && k < ctx.tokens.length && /^[A-Z]/.test(ctx.tokens[k].text); k++) {
    if (eventHeads.has(ctx.tokens[k].lower)) return true;
  }
  return false;
}

/** "2017", "in 1848", "2018-19"; not a model year ("the 2020 Audi"), a name ("Euro 2020") or a count */
/** "1119 Eighth St.", "2134 Caldwell Place": one to three capitalised words, then a street word */
function isHouseNumber(ctx: ValueContext, i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < ctx.tokens.length && sameLine(ctx, i, k); k++) {
    const token = ctx.tokens[k];
    if (!/^[A-Z0-9]/.test(token.text)) return false;
    if (k > i + 1 && streetWords.has(token.lower)) return true;
  }
  return false;
}

function yearDate(ctx: ValueContext, i: number): Found | null {
  const token = ctx.tokens[i];
  const range = /^(\d{4})[-–/](\d{2}|\d{4})$/.exec(token.text);
  if (range) {
    const from = Number(range[1]);
    const to = range[2].length === 2 ? Math.floor(from / 100) * 100 + Number(range[2]) : Number(range[2]);
    if (from < 1900 || from > 2100 || to <= from || to - from > 20) return null;
    return { first: i, end: i + 1, value: `${from}/${to}`, granularity: 'year', relative: false };
  }
  const year = yearAt(ctx, i);
  if (year === null) return null;
  const before = ctx.tokens[i - 1];
  const after = ctx.tokens[i + 1];
  const prepositioned = before !== undefined && datePrepositions.has(before.lower) && sameLine(ctx, i - 1, i);
  if (year < 1900 || year > 2100) {
    if (!prepositioned) return null;
  }
  if (after && sameLine(ctx, i, i + 1)) {
    // a count: "2000 tonnes", "1500 workers"
    // "2000 tonnes", "a survey of 1709 schoolchildren"; but "the 2014 protests", "fiscal year 2019 sales"
    if (unitForms.has(after.lower)) return null;
    const pluralNoun = after.pos === 'NOUN' && /^[a-z]/.test(after.text) && isPlural(after);
    if (pluralNoun && !YEAR_MODIFIER_BEFORE.has(before?.lower ?? '')) return null;
    // a model year: "the 2020 Audi e-tron", "2019 Audi e-tron Review" as a heading
    const headsSentence = token.lineStart || ctx.analysis.sentences[token.sentence]?.firstToken === i;
    if ((headsSentence || (before && MODEL_YEAR_BEFORE.has(before.lower))) && /^[A-Z]/.test(after.text) && !months.has(after.lower) && !weekdays.has(after.lower) && !namesEvent(ctx, i + 1)) return null;
  }
  if (isHouseNumber(ctx, i)) return null;
  // part of a name: "Euro 2020", "Vision 2030", "Windows 2000"
  if (before && !prepositioned && /^[A-Z][a-z]/.test(before.text) && sameLine(ctx, i - 1, i) && !months.has(before.lower) && before.pos === 'PROPN') return null;
  return { first: i, end: i + 1, value: String(year), granularity: 'year', relative: false };
}
