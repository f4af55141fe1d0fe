/**
 * The language of the article text, for pages whose markup does not declare one: franc-min's trigram
 * model (the 82 most spoken languages), on the first 2000 characters, as a two-letter code where
 * ISO 639-1 has one (else the ISO 639-3 code).
 *
 * franc compares the text with each of its 82 languages: 3.4 ms a text, a quarter of an article's whole
 * processing. Most such pages are English, and English says so in its function words, which no other
 * language franc knows writes the same way; a text full of them is English without asking franc.
 */
import { franc } from 'franc-min';
// the one map needed, not the package's full list of 7,900 languages (3 MB in every thread)
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';

/** below this, trigram statistics are guesses */
const MIN_CHARS = 200;
const SAMPLE_CHARS = 2000;

/**
 * English function words that are not frequent words of another language written in Latin letters
 * ("was", "will" are German, "is", "of" Dutch, "are" Romanian, "for", "at" Scandinavian, "to" Slavic, "as" Portuguese).
 */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'that', 'with', 'this', 'from', 'which', 'would', 'their', 'they',
  'been', 'said', 'not', 'has', 'his', 'she', 'it', 'were', 'have',
]);
/**
 * Measured on the first 2,000 characters: of 310 English texts (the benchmark's bodies, GUM, WikiGold), 307
 * have 5.5 % to 25 % of their words in the list (the other three 0.9–4.5 %, left to franc); the 20 bodies
 * in other languages 1.3 % at most (Italian quoting English). Below this share, franc decides.
 */
const ENGLISH_SHARE = 0.05;
/** fewer words than this are too few to count on */
const MIN_WORDS = 30;
const WORD = /\p{L}+/gu;

export function detectLanguage(text: string): string | null {
  if (text.length < MIN_CHARS) return null;
  const sample = text.slice(0, SAMPLE_CHARS);
  if (readsAsEnglish(sample)) return 'en';
  const code = franc(sample);
  if (code === 'und') return null;
  return iso6393To1[code] ?? code;
}

/** 5 % or more of the words are in the list: English, whatever else the text quotes */
function readsAsEnglish(sample: string): boolean {
  WORD.lastIndex = 0;
  let words = 0;
  let functionWords = 0;
  for (let match = WORD.exec(sample); match; match = WORD.exec(sample)) {
    words++;
    // no word of the list is longer than five letters
    if (match[0].length <= 5 && ENGLISH_FUNCTION_WORDS.has(match[0].toLowerCase())) functionWords++;
  }
  return words >= MIN_WORDS && functionWords >= ENGLISH_SHARE * words;
}
