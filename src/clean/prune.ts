/**
 * Second pass, inside the chosen body: removes the blocks that do not read like the article
 * (Readability's "clean conditionally"): lists of links (labelled or not), blocks of mostly links,
 * short fragments, headings and paragraphs that are links, short article headers, and blocks whose
 * class words say they are not content.
 */
import { CONTAINER_CHILD_TAGS, LINK_LIST_LABEL } from './patterns.js';
import { classWeight, countCommas, linkDensity, textLength } from './score.js';
import { collapsedLength, descendants, detach, hasAncestor, isTag, measureTextByPosition, normaliseSpace, rawText, type Element } from './dom.js';

const CONDITIONAL_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'header']);
const HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl']);
const FIGURE: ReadonlySet<string> = new Set(['figure']);

/** what a block holds, gathered in one walk over it (a walk per question was the stage's costliest part on nested layouts) */
interface BlockContents {
  /** text inside <blockquote> (nested quotes count again) */
  quoted: number;
  /** text inside links */
  linked: number;
  /** text of subheadings */
  headings: number;
  paragraphs: number;
  items: number;
}

function contentsOf(el: Element): BlockContents {
  const contents: BlockContents = { quoted: 0, linked: 0, headings: 0, paragraphs: 0, items: 0 };
  for (const d of descendants(el)) {
    if (d.name === 'blockquote') contents.quoted += textLength(d);
    else if (d.name === 'a') contents.linked += textLength(d);
    else if (d.name === 'p') contents.paragraphs++;
    else if (d.name === 'li') contents.items++;
    else if (HEADINGS.has(d.name)) contents.headings += textLength(d);
  }
  return contents;
}

/** why this block should go, or null to keep it */
function junkReason(el: Element, scores: Map<Element, number>): string | null {
  const weight = classWeight(el);
  const score = scores.get(el) ?? 0;
  // lengths are of the whitespace-collapsed text; commas are the same in the raw text
  const raw = rawText(el);
  const length = collapsedLength(raw);
  const contents = contentsOf(el);
  // a wrapper around an embedded post (a tweet): the quote is part of the story whatever the wrapper is called
  if (contents.quoted > 0 && contents.quoted >= 0.5 * length) return null;
  if (weight + score < 0) return 'class words of non-content';
  if (countCommas(raw) >= 10) return null;
  const density = length === 0 ? 0 : Math.min(1, contents.linked / length);
  const isList = LISTS.has(el.name);
  // as in Readability: list items outnumber paragraphs by a hundred only in a menu or an index
  const items = contents.items - 100;
  const headingDensity = length ? contents.headings / length : 0;
  if (!isList && items > contents.paragraphs) return 'more list items than paragraphs';
  if (!isList && headingDensity < 0.9 && length < 25 && !hasAncestor(el, FIGURE)) return 'a short fragment';
  // a paragraph written as a <div>, or wrapped in one, is prose with links in it, not a block of links
  const linkLimit = isOneParagraph(el, raw, length) ? 0.5 : 0.2;
  if (!isList && weight < 25 && density > linkLimit && length < 1000) return 'mostly links';
  if (weight >= 25 && density > 0.5) return 'mostly links';
  if (isList && density > 0.5) return 'a list of links';
  return null;
}

/** a div that reads as one or more sentences and holds no blocks, or only one paragraph (a div per paragraph, as block editors write) */
function isOneParagraph(el: Element, raw: string, length: number): boolean {
  if (el.name !== 'div' || length < 80 || !SENTENCE.test(raw)) return false;
  let inner: Element = el;
  for (;;) {
    const blocks = inner.children.filter((c): c is Element => isTag(c) && CONTAINER_CHILD_TAGS.has(c.name));
    if (blocks.length === 0) return true;
    if (blocks.length > 1 || (blocks[0].name !== 'p' && blocks[0].name !== 'div')) return false;
    inner = blocks[0];
  }
}

const SENTENCE = /\p{L}{2}[.!?…]["”’»)]?(\s|$)/u;

function wordCount(el: Element): number {
  return normaliseSpace(rawText(el)).split(' ').filter(Boolean).length;
}

/** the next element sibling, skipping text and comments */
function nextElement(el: Element): Element | null {
  for (let node = el.next; node; node = node.next) if (isTag(node)) return node;
  return null;
}

/** each item of the list holds a link: a list of teasers, even when the links cover only part of each */
function everyItemLinks(list: Element): boolean {
  const items = descendants(list).filter((d) => d.name === 'li');
  const linked = items.filter((li) => descendants(li).some((d) => d.name === 'a'));
  return items.length >= 2 && linked.length >= 0.8 * items.length;
}

/**
 * "More Great Stories" followed by a list of links: both go. The label alone says what the list is,
 * which its class names often do not.
 */
function removeLabelledLinkLists(root: Element): void {
  const all = descendants(root);
  const extents = measureTextByPosition(all);
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!el.parent || LISTS.has(el.name) || el.name === 'a' || extents.text[i] > 60) continue;
    const text = normaliseSpace(rawText(el));
    if (text.length === 0 || text.length > 60 || !LINK_LIST_LABEL.test(text)) continue;
    const list = nextElement(el);
    if (!list || !(LISTS.has(list.name) || list.name === 'div')) continue;
    if (linkDensity(list) < 0.5 && !everyItemLinks(list)) continue;
    detach(list);
    detach(el);
  }
}

export function pruneBody(nodes: Element[], scores: Map<Element, number>): void {
  for (const root of nodes) {
    removeLabelledLinkLists(root);
    // innermost first, so that a container is judged on what remains in it
    const candidates = descendants(root).filter((el) => CONDITIONAL_TAGS.has(el.name)).reverse();
    for (const el of candidates) {
      if (!el.parent) continue;
      if (junkReason(el, scores)) detach(el);
    }
    for (const el of descendants(root)) {
      if (!el.parent) continue;
      if (HEADINGS.has(el.name) && (classWeight(el) < 0 || linkDensity(el) > 0.33)) detach(el);
      // an article's header holds its title, standfirst and byline: metadata, not body
      else if (el.name === 'header' && textLength(el) < 500) detach(el);
      // a paragraph that is one linked headline is a teaser for another article; a short link (a product, a source) stays
      else if (el.name === 'p' && linkDensity(el) > 0.8 && wordCount(el) >= 4) detach(el);
    }
  }
}
