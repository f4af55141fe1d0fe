/** Whether a noun token is plural: counts are of plural things ("30 jets", "270 aircraft", "1709 schoolchildren"). */
import type { Token } from '../analyse.js';

/** plurals that do not end in -s, or look like their singular; common in counts in news */
const UNMARKED_PLURALS = new Set(['aircraft', 'people', 'staff', 'police', 'personnel', 'cattle', 'sheep', 'fish', 'deer', 'livestock', 'offspring', 'crew', 'spacecraft', 'series', 'species', 'headquarters', 'news', 'means', 'children', 'men', 'women', 'feet', 'teeth', 'mice', 'geese', 'data', 'media', 'criteria', 'phenomena']);
/** compounds ending in an irregular plural: "schoolchildren", "firemen", "businesswomen" */
const PLURAL_ENDINGS = ['children', 'people', 'men', 'women'];

export function isPlural(token: Token): boolean {
  const word = token.lower;
  if (UNMARKED_PLURALS.has(word)) return true;
  if (/[^s]s$/.test(word)) return true;
  if (PLURAL_ENDINGS.some((ending) => word.endsWith(ending))) return true;
  return token.lemma !== '' && token.lemma !== word;
}
