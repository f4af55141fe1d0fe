/** The qualifier written just before an amount ("nearly $5bn", "more than 200 people"). */
import type { Money } from '../../record.js';
import { qualifierPhrases } from '../rules/values/numbers.js';
import { lowerAt, sameLine, type ValueContext } from './context.js';

export type QualifierName = NonNullable<Money['qualifier']>;

const phrases = qualifierPhrases
  .map((q) => ({ words: q.form.split(' '), qualifier: q.qualifier }))
  .sort((a, b) => b.words.length - a.words.length);

/** the qualifier whose words end right before token `first`, and the index of its first token */
export function qualifierBefore(ctx: ValueContext, first: number): { qualifier: QualifierName; first: number } | null {
  // "up to a $250,000 fine": an article may stand between the qualifier and the amount
  const article = lowerAt(ctx, first - 1);
  if ((article === 'a' || article === 'an') && first > 1) {
    const found = qualifierEndingAt(ctx, first - 1);
    if (found && found.qualifier !== 'approximately') return found;
  }
  return qualifierEndingAt(ctx, first);
}

function qualifierEndingAt(ctx: ValueContext, first: number): { qualifier: QualifierName; first: number } | null {
  for (const phrase of phrases) {
    const n = phrase.words.length;
    const start = first - n;
    if (start < 0 || !sameLine(ctx, start, first)) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = lowerAt(ctx, start + k) === phrase.words[k];
    if (ok) return { qualifier: phrase.qualifier, first: start };
  }
  return null;
}
