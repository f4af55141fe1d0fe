/**
 * Renders the chosen body as plain text: one paragraph per block (p, heading, list item, table row,
 * text between <br>s), paragraphs separated by a blank line, whitespace inside a paragraph collapsed.
 */
import { dateInText, isMonthName } from './dates.js';
import { BLOCK_TAGS, BOILERPLATE_PARAGRAPHS, IMAGE_MARKER } from './patterns.js';
import { isTag, isText, normaliseSpace, type AnyNode, type Element } from './dom.js';

export interface Paragraph {
  text: string;
  /** the innermost block it was written in (p, h2, li, div…) */
  block: string;
  /** the first text after an image, in the block that holds the image */
  afterImage: boolean;
  /** the first text after a block that ended with an image (an image in a paragraph of its own) */
  afterImageBlock: boolean;
  /** all its text is in italics (<em>, <i>): how captions under an image are often set */
  italic: boolean;
}

const ITALIC_TAGS: ReadonlySet<string> = new Set(['em', 'i']);

/** the paragraphs of the given nodes, in order */
export function paragraphsOf(nodes: Element[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blocks: string[] = [];
  let current = '';
  let afterImage = false;
  let afterImageBlock = false;
  /** how many blocks were open around the last image: leaving that block ends its caption */
  let imageDepth = 0;
  /** open italic elements, and whether the current paragraph has text outside them */
  let italicDepth = 0;
  let plainText = false;
  const flush = () => {
    const text = normaliseSpace(current);
    if (text) {
      paragraphs.push({ text, block: blocks.at(-1) ?? 'div', afterImage, afterImageBlock, italic: !plainText });
      afterImage = false;
      afterImageBlock = false;
    }
    current = '';
    plainText = false;
  };
  // iterative walk: an 'exit' marker closes a block after its children, an 'endItalic' marker an italic element
  const stack: Array<AnyNode | { exit: string } | { endItalic: true }> = [...nodes].reverse();
  while (stack.length) {
    const item = stack.pop()!;
    if ('endItalic' in item) {
      italicDepth--;
      continue;
    }
    if ('exit' in item) {
      flush();
      blocks.pop();
      if (blocks.length < imageDepth) {
        // the block ended with its image: the next paragraph may still be the caption
        afterImageBlock = afterImage;
        afterImage = false;
        imageDepth = 0;
      }
      continue;
    }
    if (isText(item)) {
      current += item.data;
      if (italicDepth === 0 && /\S/.test(item.data)) plainText = true;
      continue;
    }
    if (!isTag(item)) continue;
    if (item.name === IMAGE_MARKER) {
      flush();
      afterImage = true;
      afterImageBlock = false;
      imageDepth = blocks.length;
      continue;
    }
    if (ITALIC_TAGS.has(item.name)) {
      italicDepth++;
      stack.push({ endItalic: true });
    }
    const block = BLOCK_TAGS.has(item.name);
    // text after a line break in the image's own paragraph is the next line of prose, not a caption
    if (item.name === 'br') afterImage = false;
    if (block) {
      flush();
      blocks.push(item.name);
      stack.push({ exit: item.name });
    } else if (item.name === 'td' || item.name === 'th') current += ' ';
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
  flush();
  return paragraphs;
}

const HEADING_BLOCKS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'th']);
/** a sentence ends with its punctuation; a caption usually does not */
const SENTENCE_END = /[.!?:;…"”»’)\]]$/;

/**
 * A short, unpunctuated line right after an image, not a heading or a list item: the image's caption or
 * credit; or such a line in italics in the paragraph after an image that stands in a paragraph of its own.
 */
export function isCaption(paragraph: Paragraph): boolean {
  const placed = paragraph.afterImage || (paragraph.afterImageBlock && paragraph.italic);
  return placed && !HEADING_BLOCKS.has(paragraph.block) && paragraph.text.length <= 150 && !SENTENCE_END.test(paragraph.text);
}

/** the rules describe short lines; a long paragraph is prose whatever its first words */
const MAX_BOILERPLATE_LINE = 400;

export function isBoilerplateParagraph(text: string): boolean {
  return text.length <= MAX_BOILERPLATE_LINE && (BOILERPLATE_PARAGRAPHS.some((rule) => rule.pattern.test(text)) || isDateLine(text));
}

/** words that may stand beside a date in a date line: weekdays, "at", "de", time-zone and am/pm marks */
const DATE_LINE_WORD =
  /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^(segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo|feira|lunes|martes|miércoles|jueves|viernes|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$|^(de|del|à|às|a|at|um|le|am|pm|utc|gmt|[ecmp][sd]t|cet|cest|bst|ist|h|on)$/i;

/** "sexta-feira, 22 de outubro de 2010 às 20:13": a line that is only a date (and time) is metadata */
export function isDateLine(text: string): boolean {
  if (text.length > 60 || !dateInText(text)) return false;
  const words = text.split(/[\p{N}\p{P}\p{S}\s]+/u).filter(Boolean);
  return words.every((w) => DATE_LINE_WORD.test(w) || isMonthName(w));
}

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** the article text: paragraphs without call-to-action lines, the headline or repeats */
export function renderText(nodes: Element[], title: string | null = null): string {
  const headline = title ? comparable(title) : null;
  // each word of the headline is a substring of the lower-cased paragraph that repeats it: a cheap
  // test that spares most paragraphs the costly comparable form
  const headlineWords = headline ? headline.split(' ') : [];
  const repeatsHeadline = (paragraph: string): boolean => {
    const lower = paragraph.toLowerCase();
    return headlineWords.every((word) => lower.includes(word)) && comparable(paragraph) === headline;
  };
  const kept: string[] = [];
  for (const { text: paragraph, ...where } of paragraphsOf(nodes)) {
    if (isBoilerplateParagraph(paragraph) || isCaption({ text: paragraph, ...where })) continue;
    // the headline repeated in the body (in an h2 or a plain paragraph) is metadata
    if (headline && repeatsHeadline(paragraph)) continue;
    // the same paragraph twice in a row is a layout duplicate (mobile and desktop copies)
    if (kept.at(-1) === paragraph) continue;
    kept.push(paragraph);
  }
  return kept.join('\n\n');
}
