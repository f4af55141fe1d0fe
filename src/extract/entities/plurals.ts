/**
 * Capitalised plurals: teams, bands and parties are named by their members ("Braves", "Democrats",
 * "Eagles"), so several passes ask whether a name's word is the plural of an ordinary noun.
 */
import { nameLexicon } from '../rules/entities/common-words.js';
import type { Word } from './00-words.js';

/** the singular of a capitalised word shaped as a plural ("Braves" → "brave", "Cities" → "city"); null for "Ross", "Emily" */
export function singularOfCapitalisedPlural(word: Word): string | null {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word.text) || word.text.endsWith('ss')) return null;
  return word.lower.endsWith('ies') ? `${word.lower.slice(0, -3)}y` : word.lower.slice(0, -1);
}

/** the capitalised plural of an ordinary noun, not a nationality ("Cardinals", "Eagles"; not "Afghans") */
export function isPluralOfNoun(word: Word): boolean {
  const singular = singularOfCapitalisedPlural(word);
  if (!singular || nameLexicon().isDemonym(word.lower)) return false;
  return nameLexicon().isCommon(singular) || nameLexicon().isCapitalisedWord(singular);
}
