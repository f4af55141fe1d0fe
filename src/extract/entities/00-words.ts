/**
 * Pass 0: words. wink-nlp splits "Erdoğan" at the non-ASCII letter and "Kassym-Jomart" at the hyphen;
 * names need whole words, so tokens written without space between them are joined again (a possessive
 * "'s" stays apart). Each word knows whether its capital letter carries information (it does not at the
 * start of a sentence, a line, or in a Title-Case heading).
 */
import type { Analysis, Token } from '../analyse.js';

export interface Word {
  index: number;
  text: string;
  /** text in lower case, computed once: the lexicons are asked about every word many times */
  lower: string;
  start: number;
  end: number;
  /** first letter is upper case ("Tokayev", "al-Falih" counts by its capitalised part) */
  capitalised: boolean;
  /** two or more letters, all upper case ("EU", "U.S.", "C5+EU"), or a call sign ("6PR") */
  acronym: boolean;
  /** the capital may be there only because of the position (sentence or line start, heading) */
  positional: boolean;
  /** in a Title-Case heading line */
  heading: boolean;
  /** followed by a possessive 's or ’ */
  possessive: boolean;
  /** a lower-case hyphenated tail cut off the word ("Louis-based" -> "Louis", tail "based") */
  tail: string | null;
  sentence: number;
  /** paragraph number: lines of the text */
  paragraph: number;
  /** wink-nlp POS of the first token */
  pos: string;
}

const WORDISH = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** an ASCII letter or digit; other characters are left to Unicode's classes (tokens are asked this by the thousand) */
function asciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

function endsWordish(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c < 128 ? asciiWordChar(c) : WORDISH.test(s);
}

function startsWordish(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? asciiWordChar(c) : WORD_START.test(s);
}
const JOINERS = new Set(['-', '‐', '‑', '+', '&']);
/** "Smith's", and "the Smiths'" after a plural */
export const POSSESSIVE_S: ReadonlySet<string> = new Set(["'s", '’s']);
export const BARE_APOSTROPHE: ReadonlySet<string> = new Set(["'", '’']);
const POSSESSIVE = new Set([...POSSESSIVE_S, ...BARE_APOSTROPHE]);
const OPENERS = /^[“"‘'(\[«—–-]$/;
const CAPITALISED = /^(?:[\p{Lu}]|(?:al|el|ad|ash|as|at|az|ar|an|ud|ul|bin|ibn|de|di|da|van|von|mc|mac|d|o|l)['’-]?\p{Lu})/u;
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d.&+\-]+$/u;
/** hyphenated tails that describe the name rather than belong to it ("Kazakh-led", "Texas-based") */
const DESCRIPTIVE_TAIL = /^(.*\p{L})[-‐‑]((?:based|born|led|backed|owned|run|made|style|era|related|speaking|funded|controlled|linked|bound|registered|listed|headquartered|area|wide|centric|specific|type|like|level|class|brokered|friendly|dominated|allied|sponsored|inspired|produced|language|american|era|year|old)(?:[-‐‑]\p{Ll}+)*)$/u;

export function buildWords(analysis: Analysis): Word[] {
  const { tokens, text } = analysis;
  const words: Word[] = [];
  let paragraph = 0;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (first.lineStart && i > 0) paragraph++;
    let last = first;
    let j = i + 1;
    // join tokens touching each other: letters with letters, and across a hyphen, plus or ampersand between letters
    while (j < tokens.length && tokens[j].start === last.end && !POSSESSIVE.has(tokens[j].text)) {
      const next = tokens[j];
      if (endsWordish(last.text) && startsWordish(next.text)) {
        last = next;
        j++;
      } else if (JOINERS.has(next.text) && endsWordish(last.text) && j + 1 < tokens.length && tokens[j + 1].start === next.end && startsWordish(tokens[j + 1].text)) {
        last = tokens[j + 1];
        j += 2;
      } else break;
    }
    let start = first.start;
    let end = last.end;
    let value = text.slice(start, end);
    let tail: string | null = null;
    const descriptive = value.includes('-') || value.includes('‐') || value.includes('‑') ? DESCRIPTIVE_TAIL.exec(value) : null;
    if (descriptive && /\p{Lu}/u.test(descriptive[1][0])) {
      value = descriptive[1];
      tail = descriptive[2];
      end = start + value.length;
    }
    const next = tokens[j];
    words.push({
      index: words.length,
      text: value,
      lower: value === first.text ? first.lower : value.toLowerCase(), // a one-token word has its lower case already
      start,
      end,
      capitalised: isCapitalised(value),
      acronym: isAcronym(value),
      positional: isPositional(tokens, i),
      heading: false,
      // "Kazakhstan’s"; also "Couch 's" in text whose tokens were joined by spaces
      possessive: !!next && POSSESSIVE.has(next.text) && (next.start === last.end || /s$/.test(next.text)),
      tail,
      sentence: first.sentence,
      paragraph,
      pos: first.pos,
    });
    i = j;
  }
  markTitleCaseLines(words);
  return words;
}

function isCapitalised(value: string): boolean {
  const code = value.charCodeAt(0);
  // ASCII, most words of any article, by its code alone: a call per word costs a tenth of this pass
  if (code < 128) {
    if (code >= 65 && code <= 90) return true;
    if (code < 97 || code > 122) return false; // a digit or a sign
  } else {
    const c = value[0];
    if (c !== c.toLowerCase()) return true;
    if (c === c.toUpperCase()) return false; // a sign, or a script without case
  }
  // lower case: "al-Falih", "d'Alembert" count by their capitalised part
  return (value.includes("'") || value.includes('’') || value.includes('-')) && CAPITALISED.test(value);
}

/** "6PR", "3AW", "2GB": a broadcaster's call sign, a number before capitals */
const CALL_SIGN = /^\d{1,3}\p{Lu}{2,3}$/u;

function isAcronym(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code >= 48 && code <= 57) return CALL_SIGN.test(value);
  // "Tokayev": a lower-case ASCII second letter settles it without an upper-case copy of the word
  const second = value.charCodeAt(1);
  if (value.length < 2 || (second >= 97 && second <= 122) || value[0] === value[0].toLowerCase() || value !== value.toUpperCase()) return false;
  return ACRONYM.test(value);
}

/** the first word of a sentence or line, possibly after opening quotes, brackets or dashes */
function isPositional(tokens: Token[], i: number): boolean {
  for (let k = i; k >= 0; k--) {
    const t = tokens[k];
    if (k < i && !OPENERS.test(t.text)) return false;
    if (t.lineStart || k === 0 || tokens[k - 1].sentence !== t.sentence) return true;
  }
  return true;
}

/** In a heading written in Title Case every capital is positional: it says nothing about names. */
function markTitleCaseLines(words: Word[]): void {
  let lineStart = 0;
  for (let w = 1; w <= words.length; w++) {
    if (w < words.length && words[w].paragraph === words[lineStart].paragraph) continue;
    // only short lines can be headings: long ones are paragraphs, whatever their capitals
    if (w - lineStart <= MAX_HEADING_WORDS && words[w - 1].text !== '.') markHeading(words, lineStart, w);
    lineStart = w;
  }
}

const MAX_HEADING_WORDS = 20;
const LONG_WORD = /^\p{L}{4,}/u;

/** a heading: (nearly) every longer word capitalised, or every word in capitals */
function markHeading(words: Word[], from: number, to: number): void {
  let long = 0;
  let lowers = 0;
  let shouted = true;
  for (let k = from; k < to; k++) {
    const text = words[k].text;
    if (!LONG_WORD.test(text)) continue;
    long++;
    if (!words[k].capitalised) lowers++;
    if (shouted && text !== text.toUpperCase()) shouted = false;
  }
  if (long < 3) return;
  const heading = lowers <= Math.floor(long / 5);
  if (!heading && !shouted) return;
  for (let k = from; k < to; k++) {
    // in a line written in capitals, a long word is a word, not an acronym
    if (shouted && /^\p{L}{5,}$/u.test(words[k].text)) words[k].acronym = false;
    words[k].positional = true;
    words[k].heading = true;
  }
}
