/**
 * Finds the article body container, in the manner of Mozilla Readability: every paragraph-like
 * element scores by its length and commas, the score flows to its parent (fully), grandparent (half)
 * and a few further ancestors (less), each container is weighted by its tag and class words and
 * discounted by its link density; the best container is widened when its parent or several close
 * rivals show the article is spread wider, and its siblings that look like content join it.
 */
import type { Document } from 'domhandler';
import { BODY_CLASS, CONTAINER_CHILD_TAGS, NEGATIVE_CLASS, PARAGRAPH_TAGS, POSITIVE_CLASS, TAG_BASE_SCORE } from './patterns.js';
import { childElements, classAndId, collapsedLength, descendants, measureTextByPosition, isTag, isText, normaliseSpace, rawText, type AnyNode, type Element } from './dom.js';

const COMMAS = /[,\uff0c\u3001\u060c]/g;
const MIN_PARAGRAPH_CHARS = 25;

export function classWeight(el: Element): number {
  const words = classAndId(el);
  if (!words) return 0;
  let weight = 0;
  if (NEGATIVE_CLASS.test(words)) weight -= 25;
  if (POSITIVE_CLASS.test(words)) weight += 25;
  if (BODY_CLASS.test(words) || el.attribs.itemprop === 'articleBody') weight += 25;
  return weight;
}

export function textLength(el: AnyNode): number {
  return collapsedLength(rawText(el));
}

/** share of the element's text that sits inside links */
export function linkDensity(el: Element, length = textLength(el)): number {
  if (length === 0) return 0;
  let linked = 0;
  for (const a of descendants(el)) if (a.name === 'a') linked += collapsedLength(rawText(a));
  return Math.min(1, linked / length);
}

/** a div or section with no block children reads as one paragraph */
function isParagraphLike(el: Element): boolean {
  if (PARAGRAPH_TAGS.has(el.name)) return el.name !== 'li' || !el.children.some((c) => isTag(c) && c.name === 'p');
  if (el.name !== 'div' && el.name !== 'section' && el.name !== 'span' && el.name !== 'font') return false;
  if (el.name === 'span' || el.name === 'font') {
    // a long run of text in a bare inline wrapper (old layouts) still reads as a paragraph
    return !el.children.some((c) => isTag(c) && (CONTAINER_CHILD_TAGS.has(c.name) || c.name === 'span' || c.name === 'br'));
  }
  return !el.children.some((c) => isTag(c) && CONTAINER_CHILD_TAGS.has(c.name));
}

/** the element's first text is inside a link */
function opensWithLink(el: Element): boolean {
  for (let node = el.children[0] as AnyNode | undefined; node; ) {
    if (isText(node)) {
      if (node.data.trim()) return false;
      node = node.next ?? undefined;
    } else if (isTag(node)) {
      if (node.name === 'a') return true;
      node = node.children[0] ?? node.next ?? undefined;
    } else node = node.next ?? undefined;
  }
  return false;
}

/** containers whose own text (between <br>s, around blocks) is read as paragraphs of theirs */
const LOOSE_TEXT_CONTAINERS: ReadonlySet<string> = new Set(['div', 'section', 'td', 'article', 'main']);

/** text of a container's own loose text nodes and inline children (text between its block children) */
function looseTextLength(el: Element): number {
  let length = 0;
  for (const child of el.children) {
    if (isText(child)) length += collapsedLength(child.data);
    else if (isTag(child) && !CONTAINER_CHILD_TAGS.has(child.name) && (child.name === 'a' || child.name === 'b' || child.name === 'strong' || child.name === 'em' || child.name === 'i' || child.name === 'font'))
      length += textLength(child);
  }
  return length;
}

export function countCommas(text: string): number {
  return text.match(COMMAS)?.length ?? 0;
}

function paragraphScore(length: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(length / 100), 3);
}

export interface BodyChoice {
  /** the chosen container */
  top: Element;
  /** the nodes to render, in document order: the container and its sibling content */
  nodes: Element[];
  scores: Map<Element, number>;
}

function initialScore(el: Element): number {
  return (TAG_BASE_SCORE[el.name] ?? 0) + classWeight(el);
}

export function scoreContainers(doc: Document): Map<Element, number> {
  // elements by page position; parents by position too (found from the subtree sizes), scores in arrays
  const all = descendants(doc);
  const n = all.length;
  const { size, text, within: { a: linked } } = measureTextByPosition(all);
  const parentOf = new Int32Array(n).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    while (open.length > 0 && open[open.length - 1] + size[open[open.length - 1]] <= i) open.pop();
    if (open.length > 0) parentOf[i] = open[open.length - 1];
    open.push(i);
  }
  const points = new Float64Array(n);
  /** positions in the order they were first credited (the order of the returned map) */
  const credited: number[] = [];
  const hasScore = new Uint8Array(n);
  const credit = (i: number, score: number, level: number) => {
    if (all[i].name === 'html') return;
    if (!hasScore[i]) {
      hasScore[i] = 1;
      points[i] = initialScore(all[i]);
      credited.push(i);
    }
    const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
    points[i] += score / divider;
  };
  for (let i = 0; i < n; i++) {
    const el = all[i];
    // the paragraph's length once whitespace is collapsed, and its commas (the same in the raw text)
    let length: number;
    let commas: number;
    let parentStart: number;
    if (isParagraphLike(el)) {
      // nested paragraph-likes (a div in a div) are counted once, at the outermost
      if (el.parent && isTag(el.parent) && isParagraphLike(el.parent) && el.parent.name !== 'td' && el.parent.name !== 'blockquote' && el.parent.name !== 'li') continue;
      // a list item that opens with a link is a teaser for another page (an index, "more stories"), not prose of this one
      if (el.name === 'li' && opensWithLink(el)) continue;
      const raw = rawText(el);
      length = collapsedLength(raw);
      commas = countCommas(raw);
      parentStart = parentOf[i];
    } else if (LOOSE_TEXT_CONTAINERS.has(el.name) && looseTextLength(el) >= MIN_PARAGRAPH_CHARS) {
      // text directly in a container (between <br>s) is a paragraph of that container
      const paragraph = el.children.filter((c) => isText(c) || (isTag(c) && !CONTAINER_CHILD_TAGS.has(c.name))).map((c) => normaliseSpace(rawText(c))).join(' ');
      length = paragraph.length;
      commas = countCommas(paragraph);
      parentStart = i;
    } else continue;
    if (length < MIN_PARAGRAPH_CHARS || parentStart < 0) continue;
    const score = paragraphScore(length, commas);
    let node = parentStart;
    for (let level = 0; node >= 0 && level < 5; level++) {
      credit(node, score, level);
      node = parentOf[node];
    }
  }
  const scores = new Map<Element, number>();
  for (const i of credited) scores.set(all[i], points[i] * (1 - (text[i] > 0 ? Math.min(1, linked[i] / text[i]) : 0)));
  return scores;
}

export function chooseBody(doc: Document): BodyChoice | null {
  const scores = scoreContainers(doc);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  let [top, topScore] = ranked[0];

  // several close rivals under one ancestor: the article is split into blocks, take the ancestor
  const rivals = ranked.slice(1, 6).filter(([, s]) => s / topScore >= 0.75).map(([el]) => el);
  if (rivals.length >= 3 && top.name !== 'body') {
    for (let parent = top.parent; parent && isTag(parent) && parent.name !== 'body'; parent = parent.parent) {
      const holds = rivals.filter((r) => isAncestor(parent as Element, r)).length;
      if (holds >= 3) {
        top = parent;
        break;
      }
    }
  }
  // the article split into blocks (around an ad, a pull quote, a teaser box): a close rival of prose
  // that shares a near ancestor with the top is the article's other part
  const halves = ranked.slice(1, 6).filter(([el, s]) => s >= SPLIT_RIVAL_SHARE * topScore && !isAncestor(el, top) && !isAncestor(top, el) && readsAsProse(el));
  const common = nearCommonAncestor(top, halves.map(([el]) => el));
  if (common) top = common;
  // climb while the parent scores better: the paragraphs are spread over its children
  let lastScore = scores.get(top) ?? topScore;
  const threshold = lastScore / 3;
  for (let parent = top.parent; parent && isTag(parent) && parent.name !== 'body'; parent = parent.parent) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }
  while (top.parent && isTag(top.parent) && top.parent.name !== 'body' && childElements(top.parent).length === 1) top = top.parent;

  return { top, nodes: withSiblings(top, scores), scores };
}

/** a rival scoring at least this share of the top is the article's other part when it is a near cousin */
const SPLIT_RIVAL_SHARE = 0.5;
/** how many levels above the top the common ancestor of the parts may be */
const SPLIT_MAX_LEVELS = 3;
const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'li']);

/** a block of prose, not a list of teasers or links */
function readsAsProse(el: Element): boolean {
  return !LIST_TAGS.has(el.name) && linkDensity(el) < 0.25;
}

/** the lowest ancestor of `top` (within SPLIT_MAX_LEVELS, below <body>) that holds one of the rivals */
function nearCommonAncestor(top: Element, rivals: Element[]): Element | null {
  if (rivals.length === 0) return null;
  let parent = top.parent;
  for (let level = 0; level < SPLIT_MAX_LEVELS && parent && isTag(parent) && parent.name !== 'body'; level++, parent = parent.parent) {
    const ancestor = parent;
    if (rivals.some((r) => isAncestor(ancestor, r))) return ancestor;
  }
  return null;
}

function isAncestor(ancestor: Element, el: Element): boolean {
  for (let node = el.parent; node; node = node.parent) if (node === ancestor) return true;
  return false;
}

/** siblings of the top container that belong to the article (Readability's sibling rule) */
function withSiblings(top: Element, scores: Map<Element, number>): Element[] {
  const parent = top.parent;
  if (!parent || !isTag(parent) || parent.name === 'html') return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const nodes: Element[] = [];
  for (const sibling of childElements(parent)) {
    if (sibling === top) {
      nodes.push(sibling);
      continue;
    }
    // an article's header holds its title, standfirst and byline: metadata, not body
    if (sibling.name === 'header') continue;
    let bonus = 0;
    if (sibling.attribs.class && sibling.attribs.class === top.attribs.class) bonus += topScore * 0.2;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      nodes.push(sibling);
    } else if (sibling.name === 'p') {
      const text = normaliseSpace(rawText(sibling));
      const density = linkDensity(sibling, text.length);
      if ((text.length > 80 && density < 0.25) || (text.length > 0 && text.length <= 80 && density === 0 && /\.( |$)/.test(text))) nodes.push(sibling);
    }
  }
  return nodes;
}
