/**
 * Direct quotations: spans between quotation marks (“…”, "…", «…», „…“). A quotation left open at
 * the end of a paragraph continues in the next one when that one opens with a quotation mark again
 * (the newspaper convention for quotes over several paragraphs); each paragraph becomes one quote
 * piece and the pieces share a speaker.
 */

export interface QuoteSpan {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark, or of the paragraph end for an open piece */
  close: number;
  /** the quotation without its marks, trimmed */
  start: number;
  end: number;
  /** the piece ended at a paragraph break without a closing mark */
  unclosed: boolean;
  /** this piece continues the quote of the piece before it */
  continues: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSER_OF: Readonly<Record<string, string>> = { '“': '”', '„': '“', '«': '»', '"': '"' };
/** a straight quote opens after a space, bracket, dash or comma ("communities,\" For example…") */
const STRAIGHT_OPEN_BEFORE = /[\s([{—–,:-]/;
const isQuoteMark = (c: string | undefined): boolean => c === '"' || c === '“' || c === '„' || c === '«';
const TRAILING = new Set([' ', '\t', ',', '\u00a0']);

/** a quote of a few title-cased words is a name or title ("Alice in Wonderland"), not speech */
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length === 0 || words.length > 6 || /[.!?]$/.test(text)) return false;
  const small = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'for', 'to', 'at', 'by', 'with']);
  return words.every((w) => /^[A-Z0-9]/.test(w) || small.has(w));
}

function piece(text: string, open: number, close: number, unclosed: boolean, continues: boolean): QuoteSpan | null {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && TRAILING.has(text[end - 1])) end--;
  if (end <= start || looksLikeTitle(text.slice(start, end))) return null;
  return { open, close, start, end, unclosed, continues };
}

const MARKS = /["“”„«»’\n]/g;

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let opener = '';
  let carry = false; // the previous paragraph ended inside a quotation
  let paragraphStart = 0;
  let continuedOpener = '“';
  const continuing = () => carry && (open === paragraphStart - 1 || open === firstNonSpace(text, paragraphStart));
  // visit only quotation marks and line breaks, then the end of the text as a last line break
  const positions = [...text.matchAll(MARKS)].map((m) => m.index);
  positions.push(text.length);
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k];
    const c = i < text.length ? text[i] : '\n';
    if (c === '\n') {
      if (open >= 0) {
        const p = piece(text, open, i, true, continuing());
        if (p) spans.push(p);
        carry = p !== null;
      } else if (i > paragraphStart && text.slice(paragraphStart, i).trim() !== '') carry = false;
      open = -1;
      paragraphStart = i + 1;
      // a paragraph that goes on with a quotation left open before it, without opening it again
      const first = text[firstNonSpace(text, paragraphStart)];
      if (carry && first !== undefined && first !== '\n' && !isQuoteMark(first)) {
        open = paragraphStart - 1;
        opener = continuedOpener;
      }
      continue;
    }
    if (open >= 0 && (c === CLOSER_OF[opener] || (opener === '“' && c === '’' && text[i + 1] === '’'))) {
      const p = piece(text, open, i, false, continuing());
      if (p) spans.push(p);
      if (c === '’') k++;
      open = -1;
      carry = false;
      continue;
    }
    if (OPENERS.has(c) || (c === '"' && open < 0 && (i === 0 || STRAIGHT_OPEN_BEFORE.test(text[i - 1])))) {
      open = i;
      opener = c;
      continuedOpener = c;
    }
  }
  return spans;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}
