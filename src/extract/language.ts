/**
 * The recognisers read English: their lexicons, rules and wink-nlp's model are English ones, and on
 * another language they find nonsense (every German noun is capitalised like a name). A text is taken for
 * another language when most of its words are in a script without case (Chinese, Japanese, Korean, Arabic …)
 * or when most of its lower-case words are no English words (SUBTLEX-US, as the name lexicon knows them).
 * Lower-case words only: names are capitalised, so a list of results full of them is still English.
 * franc-min (clean/language.ts) then names the language, and has a veto: if it hears English, it is English.
 *
 * Measured on the first 2,000 characters of the 181 bodies of the extraction benchmark: the English
 * ones have 90.6 % or more of their lower-case words in English, the 20 in other languages at most 44 %
 * (Japanese ones mostly caseless); on GUM's and WikiGold's English texts 80 % and up.
 */
import { detectLanguage } from '../clean/language.js';
import { nameLexicon } from './rules/entities/common-words.js';

/** the share of lower-case words that must be English: halfway between the two sides measured */
const ENGLISH_WORD_SHARE = 0.62;
/** fewer words than this say too little to refuse a text */
const MIN_WORDS = 20;
/** the shares settle within a few hundred words; franc reads as many characters */
const SAMPLE_CHARS = 2000;
const WORD = /\p{L}+/gu;

/** the language of a text that is not English (an ISO 639-1 code where there is one, "und" if franc cannot say), or null */
export function foreignLanguage(text: string): string | null {
  if (!readsAsForeign(text.slice(0, SAMPLE_CHARS))) return null;
  const language = detectLanguage(text) ?? 'und';
  return language === 'en' ? null : language;
}

function readsAsForeign(sample: string): boolean {
  const lexicon = nameLexicon();
  WORD.lastIndex = 0;
  let words = 0;
  let caseless = 0;
  let lower = 0;
  let english = 0;
  for (let match = WORD.exec(sample); match; match = WORD.exec(sample)) {
    words++;
    // a word's case is its first letter's: "iPhone" and "eBay" count as lower-case, as the lexicon has them
    const first = match[0][0];
    const upper = first.toUpperCase();
    if (first.toLowerCase() === upper) caseless++;
    else if (first !== upper) {
      lower++;
      if (lexicon.isWord(match[0])) english++;
    }
  }
  if (words < MIN_WORDS) return false;
  return caseless > words / 2 || (lower >= MIN_WORDS && english < ENGLISH_WORD_SHARE * lower);
}
