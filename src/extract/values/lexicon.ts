/**
 * Matches multi-word lexicon forms ("hong kong dollars", "sq km", "barrels per day") directly on the
 * article text at a token's start, so a match does not depend on how the tokenizer split "km/h" or
 * "U.S.". Built once per lexicon at module load; a lookup costs one Map access plus a few compares.
 */

export interface LexiconEntry<T> {
  form: string;
  caseSensitive: boolean;
  payload: T;
}

export interface LexiconMatch<T> {
  end: number;
  form: string;
  payload: T;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export class Lexicon<T> {
  /** first character (lowercase) → entries, longest form first */
  private readonly byFirst = new Map<string, LexiconEntry<T>[]>();

  constructor(entries: LexiconEntry<T>[]) {
    for (const entry of entries) {
      const form = entry.caseSensitive ? entry.form : entry.form.toLowerCase();
      const key = form[0].toLowerCase();
      const list = this.byFirst.get(key) ?? [];
      list.push({ ...entry, form });
      this.byFirst.set(key, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  }

  /**
   * The longest form that starts at `start` and ends on a word boundary. `lower` is the text lowercased
   * with non-breaking spaces made plain (same length as `text`).
   */
  matchAt(text: string, lower: string, start: number): LexiconMatch<T> | null {
    const list = this.byFirst.get(lower[start]);
    if (!list) return null;
    for (const entry of list) {
      const source = entry.caseSensitive ? text : lower;
      if (!source.startsWith(entry.form, start)) continue;
      const end = start + entry.form.length;
      const last = entry.form[entry.form.length - 1];
      if (WORD_CHAR.test(last) && end < text.length && WORD_CHAR.test(text[end])) continue;
      return { end, form: entry.form, payload: entry.payload };
    }
    return null;
  }
}

/** lowercase copy of the text with non-breaking and thin spaces as plain spaces (offsets unchanged) */
export function lowerForMatching(text: string): string {
  let lower = text.toLowerCase();
  // a few letters ("İ") lowercase to two code units; keep those as they are so offsets still line up
  if (lower.length !== text.length) lower = Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
  return lower.replace(/[\u00a0\u202f\u2009]/g, ' ');
}
