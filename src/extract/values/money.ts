/**
 * Money: "€12 billion", "$4.5bn", "HK$12.9bn", "USD 5 million", "12 billion euros", "two billion
 * dollars", "Rs 10 lakh", "50 cents", ranges ("$2-3 billion", "between €5m and €7m"), qualifiers
 * ("nearly", "up to") and rates ("$80 a barrel", "$15 per hour").
 */
import type { Money } from '../../record.js';
import { roundFloat } from '../../normalise/numbers.js';
import { isIsoCurrency, isUnambiguousIsoCurrency, prefixLexicon, trailingSigns, wordLexicon, type CurrencyHit } from '../../normalise/currency.js';
import { adjacent, claim, isClaimed, lowerAt, sameLine, tokenEndingAt, type ValueContext } from './context.js';
import { readNumber, startsNumber, type NumberPhrase } from './numbers.js';
import { qualifierBefore } from './qualifiers.js';

export type MoneyDraft = Omit<Money, 'id'>;

export interface MoneyOptions {
  /** ISO code of a bare "$" in this article */
  dollar: string;
  /** whether "pounds" after an amount is sterling in this article */
  sterlingPounds: boolean;
}

interface CurrencyMark extends CurrencyHit {
  first: number;
  end: number;
}

const RANGE_JOINERS = new Set(['-', '–', '—', '−', 'to']);
const RATE_WORDS = new Set(['a', 'an', 'per', '/']);
const NOT_RATE_AFTER = new Set(['ago', 'earlier', 'later', 'before', 'after']);

export function recogniseMoney(ctx: ValueContext, options: MoneyOptions): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claimed[i] || !mayStartMoney(ctx, i)) continue;
    const draft = prefixedAmount(ctx, i, options) ?? amountThenCurrency(ctx, i, options) ?? exchangeRate(ctx, i, options);
    if (!draft) continue;
    found.push(draft.money);
    claim(ctx, draft.first, draft.end);
    i = draft.end - 1;
  }
  return found;
}

/** a cheap test that rules out most tokens: money starts with a symbol, a capital (US$, USD, Rs) or a number */
function mayStartMoney(ctx: ValueContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (token.kind === 'number' || token.kind === 'currency' || token.kind === 'symbol') return true;
  // a lowercase word starts money only as a written number ("two billion dollars")
  const first = token.text.charCodeAt(0);
  return !(first >= 97 && first <= 122) || startsNumber(ctx, i);
}

/** "$4.5bn", "€12 billion", "US$ 3.2 million", "USD 5m" */
function prefixedAmount(ctx: ValueContext, i: number, options: MoneyOptions): { money: MoneyDraft; first: number; end: number } | null {
  const prefix = currencyPrefixAt(ctx, i, options);
  if (!prefix) return null;
  const number = readNumber(ctx, prefix.end, { letterScales: true });
  if (!number || !sameLine(ctx, prefix.first, number.first)) return null;
  let currency = prefix.code;
  let end = number.end;
  // "¥5 billion yuan": the word after the amount names the currency the sign stands for
  const word = currencyWordAt(ctx, end, options);
  if (word && word.divisor === 1 && prefix.code !== 'USD') {
    currency = word.code;
    end = word.end;
  }
  let low = number;
  let high: NumberPhrase | null = null;
  const between = lowerAt(ctx, prefix.first - 1) === 'between';
  const joiner = lowerAt(ctx, end);
  if (RANGE_JOINERS.has(joiner) || (between && joiner === 'and')) {
    const secondPrefix = currencyPrefixAt(ctx, end + 1, options);
    const secondStart = secondPrefix && secondPrefix.code === prefix.code ? secondPrefix.end : end + 1;
    const second = startsNumber(ctx, secondStart) ? readNumber(ctx, secondStart, { letterScales: true }) : null;
    if (second && second.value !== null && sameLine(ctx, end, second.first)) {
      high = second;
      end = second.end;
    }
  }
  if (low.value === null && high === null) {
    // "$2-3 billion": a range within one token
    return finish(ctx, prefix.first, end, currency, null, low.min, low.max);
  }
  if (high && low.value !== null && high.value !== null) {
    // "$5 to $7 million": the scale written once applies to both ends
    if (low.scale === 1 && high.scale > 1) low = { ...low, value: roundFloat(low.value! * high.scale), scale: high.scale };
    if (high.value! > low.value!) return finish(ctx, prefix.first, end, currency, null, low.value!, high.value!);
    end = low.end;
  }
  return finish(ctx, prefix.first, end, currency, low.value, undefined, undefined);
}

/** "12 billion euros", "two billion dollars", "5 million USD", "50 cents", "2 to 3 billion yuan" */
function amountThenCurrency(ctx: ValueContext, i: number, options: MoneyOptions): { money: MoneyDraft; first: number; end: number } | null {
  if (!startsNumber(ctx, i)) return null;
  // letter scales are safe here: the amount counts only with a currency word after it ("5m euros")
  const number = readNumber(ctx, i, { letterScales: true });
  if (!number) return null;
  let low = number;
  let high: NumberPhrase | null = null;
  let end = number.end;
  const joiner = lowerAt(ctx, end);
  if (RANGE_JOINERS.has(joiner) || (joiner === 'and' && lowerAt(ctx, i - 1) === 'between')) {
    const second = startsNumber(ctx, end + 1) ? readNumber(ctx, end + 1, { letterScales: true }) : null;
    if (second && second.value !== null && sameLine(ctx, end, second.first) && currencyWordAt(ctx, second.end, options)) {
      high = second;
      end = second.end;
    }
  }
  const word = currencyWordAt(ctx, end, options);
  if (!word || !sameLine(ctx, end - 1, word.first)) return null;
  const divide = (value: number) => roundFloat(value / word.divisor);
  if (high && low.value !== null && high.value !== null) {
    if (low.scale === 1 && high.scale > 1) low = { ...low, value: roundFloat(low.value * high.scale), scale: high.scale };
    if (high.value > low.value!) return finish(ctx, i, word.end, word.code, null, divide(low.value!), divide(high.value));
  }
  if (low.value === null) return finish(ctx, i, word.end, word.code, null, divide(low.min!), divide(low.max!));
  if (high) return null;
  return finish(ctx, i, word.end, word.code, divide(low.value), undefined, undefined);
}

/**
 * "The Japanese yen strengthened … at 108.55 per dollar", "the yuan at 7.0 to the dollar": an exchange
 * rate, in the currency the sentence named before it, per one unit of the other.
 */
function exchangeRate(ctx: ValueContext, i: number, options: MoneyOptions): { money: MoneyDraft; first: number; end: number } | null {
  if (ctx.tokens[i].kind !== 'number') return null;
  const number = readNumber(ctx, i, { letterScales: false });
  if (!number || number.value === null || number.scale !== 1) return null;
  let j = number.end;
  if (lowerAt(ctx, j) === 'per' || lowerAt(ctx, j) === 'a') j++;
  else if (lowerAt(ctx, j) === 'to' && lowerAt(ctx, j + 1) === 'the') j += 2;
  else return null;
  const per = currencyWordAt(ctx, j, options);
  if (!per || per.divisor !== 1 || !sameLine(ctx, i, j)) return null;
  // the currency being priced: the nearest other currency word earlier in the sentence
  const sentence = ctx.analysis.sentences[ctx.tokens[i].sentence];
  for (let k = i - 1; k >= (sentence?.firstToken ?? 0); k--) {
    const named = ctx.claimed[k] ? null : currencyWordAt(ctx, k, options);
    if (!named || named.divisor !== 1 || named.code === per.code) continue;
    const result = finish(ctx, i, number.end, named.code, number.value, undefined, undefined);
    if (!result) return null;
    const end = per.end;
    result.money.per = ctx.text.slice(ctx.tokens[per.first].start, ctx.tokens[end - 1].end).toLowerCase();
    result.money.text = ctx.text.slice(ctx.tokens[i].start, ctx.tokens[end - 1].end);
    result.money.end = ctx.tokens[end - 1].end;
    return { ...result, end };
  }
  return null;
}

function finish(
  ctx: ValueContext,
  first: number,
  end: number,
  currency: string,
  amount: number | null,
  min: number | undefined,
  max: number | undefined,
): { money: MoneyDraft; first: number; end: number } | null {
  if (isClaimed(ctx, first, end)) return null;
  const rate = rateAfter(ctx, end);
  const spanEnd = rate ? rate.end : end;
  const money: MoneyDraft = {
    text: ctx.text.slice(ctx.tokens[first].start, ctx.tokens[spanEnd - 1].end),
    start: ctx.tokens[first].start,
    end: ctx.tokens[spanEnd - 1].end,
    amount,
    currency,
  };
  if (min !== undefined && max !== undefined) {
    money.min = min;
    money.max = max;
  }
  const qualifier = qualifierBefore(ctx, first);
  if (qualifier && lowerAt(ctx, first - 1) !== 'between') money.qualifier = qualifier.qualifier;
  if (rate) money.per = rate.per;
  return { money, first, end: spanEnd };
}

/** "a barrel", "per hour", "/share" after an amount */
function rateAfter(ctx: ValueContext, end: number): { per: string; end: number } | null {
  // "$6.99-a-month": the rate written as a hyphenated modifier
  if (lowerAt(ctx, end) === '-' && adjacent(ctx, end - 1, end) && adjacent(ctx, end, end + 1)) {
    const hyphenated = /^an?-([a-z]+)$/.exec(lowerAt(ctx, end + 1));
    if (hyphenated) return { per: hyphenated[1], end: end + 2 };
  }
  const word = lowerAt(ctx, end);
  if (!RATE_WORDS.has(word)) return null;
  // "per diluted share": one adjective may stand before the noun
  let k = end + 1;
  const modifier = ctx.tokens[k];
  if (modifier && (modifier.pos === 'ADJ' || (modifier.pos === 'VERB' && modifier.lower.endsWith('ed'))) && ctx.tokens[k + 1]?.pos === 'NOUN') k++;
  const noun = ctx.tokens[k];
  if (!noun || !sameLine(ctx, end, k) || !/^[a-z]+$/.test(noun.text) || noun.pos !== 'NOUN') return null;
  if (NOT_RATE_AFTER.has(lowerAt(ctx, k + 1))) return null;
  return { per: ctx.text.slice(ctx.tokens[end + 1].start, noun.end).toLowerCase(), end: k + 1 };
}

/** a currency symbol, prefixed dollar or ISO code that starts at token i, followed by an amount */
function currencyPrefixAt(ctx: ValueContext, i: number, options: MoneyOptions): CurrencyMark | null {
  const token = ctx.tokens[i];
  if (!token) return null;
  const match = prefixLexicon.matchAt(ctx.text, ctx.lower, token.start);
  let mark: CurrencyMark | null = null;
  if (match) {
    const last = tokenEndingAt(ctx, match.end);
    if (last >= i) mark = { code: match.form === '$' ? options.dollar : match.payload.code, divisor: 1, first: i, end: last + 1 };
  } else if (/^[A-Z]{3}$/.test(token.text) && isIsoCurrency(token.text)) {
    if (isUnambiguousIsoCurrency(token.text) || (ctx.tokens[i + 1]?.kind === 'number' && adjacent(ctx, i, i + 1))) {
      mark = { code: token.text, divisor: 1, first: i, end: i + 1 };
    }
  }
  if (!mark) return null;
  // the amount must follow on the same line, at most one space away
  const next = ctx.tokens[mark.end];
  if (!next || next.start - ctx.tokens[mark.end - 1].end > 1 || !startsNumber(ctx, mark.end)) return null;
  return mark;
}

/** a currency word or ISO code that starts at token i ("euros", "US dollars", "USD", "cents") */
function currencyWordAt(ctx: ValueContext, i: number, options: MoneyOptions): CurrencyMark | null {
  const token = ctx.tokens[i];
  if (!token) return null;
  const match = wordLexicon.matchAt(ctx.text, ctx.lower, token.start);
  if (match) {
    const last = tokenEndingAt(ctx, match.end);
    if (last < i) return null;
    const code = match.form.endsWith('dollar') || match.form.endsWith('dollars') ? dollarWord(match.form, match.payload.code, options) : match.payload.code;
    return { code, divisor: match.payload.divisor, first: i, end: last + 1 };
  }
  if ((token.lower === 'pounds' || token.lower === 'pound') && options.sterlingPounds) return { code: 'GBP', divisor: 1, first: i, end: i + 1 };
  if (/^[A-Z]{3}$/.test(token.text) && isUnambiguousIsoCurrency(token.text)) return { code: token.text, divisor: 1, first: i, end: i + 1 };
  // "60,000₩", "49 €": a currency sign written after the amount, as much of Europe and Asia does
  const sign = trailingSigns.get(token.text);
  if (sign && ctx.tokens[i - 1] && token.start - ctx.tokens[i - 1].end <= 1) return { code: sign, divisor: 1, first: i, end: i + 1 };
  return null;
}

/** a bare "dollars" follows the article's dollar; a named one ("Canadian dollars") is what it says */
function dollarWord(form: string, code: string, options: MoneyOptions): string {
  return form === 'dollar' || form === 'dollars' ? options.dollar : code;
}
