/**
 * Renders the chosen body as plain text: one paragraph per block (p, heading, list item, table row,
 * text between <br>s), paragraphs separated by a blank line, whitespace inside a paragraph collapsed.
 */
import { BLOCK_TAGS, BOILERPLATE_PARAGRAPHS } from './patterns.js';
import { isTag, isText, normaliseSpace, type AnyNode, type Element } from './dom.js';

/** the paragraphs of the given nodes, in order */
export function paragraphsOf(nodes: Element[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = normaliseSpace(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  // iterative walk: an 'exit' marker closes a block after its children
  const stack: Array<AnyNode | { exit: true }> = [...nodes].reverse();
  while (stack.length) {
    const item = stack.pop()!;
    if ('exit' in item) {
      flush();
      continue;
    }
    if (isText(item)) {
      current += item.data;
      continue;
    }
    if (!isTag(item)) continue;
    const block = BLOCK_TAGS.has(item.name);
    if (block) flush();
    else if (item.name === 'td' || item.name === 'th') current += ' ';
    if (block) stack.push({ exit: true });
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
  flush();
  return paragraphs;
}

/** the rules describe short lines; a long paragraph is prose whatever its first words */
const MAX_BOILERPLATE_LINE = 400;

export function isBoilerplateParagraph(text: string): boolean {
  return text.length <= MAX_BOILERPLATE_LINE && BOILERPLATE_PARAGRAPHS.some((rule) => rule.pattern.test(text));
}

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** the article text: paragraphs without call-to-action lines, the headline or repeats */
export function renderText(nodes: Element[], title: string | null = null): string {
  const headline = title ? comparable(title) : null;
  const kept: string[] = [];
  for (const paragraph of paragraphsOf(nodes)) {
    if (isBoilerplateParagraph(paragraph)) continue;
    // the headline repeated in the body (in an h2 or a plain paragraph) is metadata
    if (headline && comparable(paragraph) === headline) continue;
    // the same paragraph twice in a row is a layout duplicate (mobile and desktop copies)
    if (kept.at(-1) === paragraph) continue;
    kept.push(paragraph);
  }
  return kept.join('\n\n');
}
