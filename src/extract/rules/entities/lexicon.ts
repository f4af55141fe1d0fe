/**
 * Lexicons are data: each group of words carries the reason it exists, so a decision made from
 * it can be explained (as compromise does with its tag reasons).
 */
export interface LexiconGroup {
  reason: string;
  words: readonly string[];
}

/** lower-cased word or phrase -> the reason of the group that listed it */
export function indexLexicon(groups: readonly LexiconGroup[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const group of groups) for (const word of group.words) index.set(word.toLowerCase(), group.reason);
  return index;
}
