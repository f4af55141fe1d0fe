/**
 * Small helpers over the htmlparser2/domhandler tree that cheerio wraps: walking without recursion
 * (pages can nest thousands of levels deep), detaching nodes, reading class/id, and gathering text.
 */
import { DomHandler, isTag, isText, type AnyNode, type Document, type Element, type ParentNode } from 'domhandler';
import { Parser } from 'htmlparser2';

export type { AnyNode, Element, ParentNode };
export { isTag, isText };

/** the element's children that are elements */
export function childElements(node: ParentNode): Element[] {
  return node.children.filter(isTag);
}

/** every element under `root` in document order (root excluded), iteratively */
export function descendants(root: ParentNode): Element[] {
  const out: Element[] = [];
  // only elements go on the stack: text and comments are half of a page's nodes
  const stack: Element[] = [];
  pushElementsReversed(stack, root.children);
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    pushElementsReversed(stack, el.children);
  }
  return out;
}

function pushElementsReversed(stack: Element[], children: AnyNode[]): void {
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (isTag(child)) stack.push(child);
  }
}

/** a parsed page and the deepest nesting of its elements, measured while parsing rather than by a second walk */
export function parsePage(html: string): { doc: Document; depth: number } {
  const handler = new DepthHandler();
  new ReadAttributesParser(handler).end(html);
  return { doc: handler.root, depth: handler.deepest };
}

/**
 * The attributes the clean stage reads; a page's other attributes (data-*, srcset, onclick, aria-label …) are
 * left out of the tree. On the 181 benchmark pages they are a third of the attributes (43 % of the characters of
 * their values), and skipping them takes 16 % off the parse (2.62 → 2.20 ms a page, medians of eight alternating
 * rounds); the records are the same. A rule that reads another attribute adds its name here.
 */
const READ_ATTRIBUTES: ReadonlySet<string> = new Set([
  // rules and scores: boilerplate, hidden elements, the body's container
  'class', 'id', 'style', 'hidden', 'aria-hidden', 'itemprop',
  // metadata: <meta>, JSON-LD, canonical link, <time>, language, author links
  'content', 'property', 'name', 'http-equiv', 'type', 'rel', 'href', 'datetime', 'pubdate', 'lang', 'xml:lang',
]);

/** htmlparser2's Parser, keeping only READ_ATTRIBUTES: the others' values are neither gathered nor stored */
class ReadAttributesParser extends Parser {
  private keepsAttribute = true;

  override onattribname(start: number, endIndex: number): void {
    super.onattribname(start, endIndex);
    // the lower-cased name the Parser has just read (private in its types)
    this.keepsAttribute = READ_ATTRIBUTES.has((this as unknown as { attribname: string }).attribname);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.keepsAttribute) super.onattribdata(start, endIndex);
  }

  override onattribentity(codePoint: number): void {
    if (this.keepsAttribute) super.onattribentity(codePoint);
  }

  override onattribend(quote: Parameters<Parser['onattribend']>[0], endIndex: number): void {
    if (this.keepsAttribute) super.onattribend(quote, endIndex);
    else this.endIndex = endIndex;
  }
}

class DepthHandler extends DomHandler {
  deepest = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    // the stack holds the document too: an element under it has depth 1
    if (this.tagStack.length - 1 > this.deepest) this.deepest = this.tagStack.length - 1;
  }
}

export function detach(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node as never);
  if (index >= 0) parent.children.splice(index, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** "class id" of an element, lower-cased, for pattern tests */
export function classAndId(el: Element): string {
  const cls = el.attribs.class ?? '';
  const id = el.attribs.id ?? '';
  return cls || id ? `${cls} ${id}`.toLowerCase() : '';
}

/** elements whose content is never rendered text */
const NON_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/** raw text of a subtree (no whitespace handling), iteratively */
export function rawText(root: AnyNode): string {
  if (isText(root)) return root.data;
  if (!isTag(root) && !('children' in root)) return '';
  let out = '';
  const stack: AnyNode[] = [...(root as ParentNode).children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) out += node.data;
    else if (isTag(node) && !NON_TEXT.has(node.name)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** all text of a subtree, scripts and styles included (the DOM's textContent), iteratively */
export function textContent(root: Element): string {
  let out = '';
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) out += node.data;
    else if (isTag(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** the subtree's whitespace-collapsed text if it has at most `limit` raw characters, else null (without reading the rest) */
export function shortText(root: Element, limit: number): string | null {
  let out = '';
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) {
      out += node.data;
      if (out.length > limit * 4) return null;
    } else if (isTag(node) && !NON_TEXT.has(node.name)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  const text = normaliseSpace(out);
  return text.length <= limit ? text : null;
}

/** runs of whitespace, and single whitespace characters other than a space (a lone space is already what a run becomes: leaving it alone halves the cost) */
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** collapses whitespace the way a browser renders inline text */
export function normaliseSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACE, ' ').trim();
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680 || c === 0x2028 || c === 0x2029;
}

function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/** normaliseSpace(text).length, without building the string (link densities need only lengths) */
export function collapsedLength(text: string): number {
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // printable ASCII, most of any page: neither whitespace nor invisible
    if (c > 32 && c < 127) {
      if (pendingSpace) length++;
      pendingSpace = false;
      length++;
      continue;
    }
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) length++;
    pendingSpace = false;
    length++;
  }
  return length;
}

export function hasAncestor(el: Element, tags: ReadonlySet<string>, maxLevels = 6): boolean {
  let node = el.parent;
  for (let i = 0; node && i < maxLevels; i++, node = node.parent) {
    if (isTag(node) && tags.has(node.name)) return true;
  }
  return false;
}

/** text lengths by position in a page-order element list, with each subtree's size in elements */
export interface TextExtents<Tag extends string = 'a'> {
  size: Int32Array;
  text: Int32Array;
  /** text inside elements of each counted tag: `within.a` is link text, `within.p` prose */
  within: Record<Tag, Int32Array>;
}

/**
 * Text lengths of the elements of `all` (every element under a root, in page order), and of the text
 * inside elements of the `counted` tags, in one bottom-up pass without an object or map entry per element.
 */
export function measureTextByPosition<Tag extends string = 'a'>(all: Element[], counted: readonly Tag[] = ['a' as Tag]): TextExtents<Tag> {
  const n = all.length;
  const within = Object.fromEntries(counted.map((tag) => [tag, new Int32Array(n)])) as Record<Tag, Int32Array>;
  const perTag = counted.map((tag) => within[tag]);
  const extents: TextExtents<Tag> = { size: new Int32Array(n), text: new Int32Array(n), within };
  const { size, text } = extents;
  // indexed loops and a local sum: the two whole-page calls 0.48–0.59 → 0.40 ms a page against for…of and adding into the typed array (interleaved)
  for (let i = n - 1; i >= 0; i--) {
    const el = all[i];
    const measured = !NON_TEXT.has(el.name);
    const children = el.children;
    let subtree = 1;
    let length = 0;
    // in page order an element's children follow it, each followed by its own subtree
    let child = i + 1;
    for (let c = 0; c < children.length; c++) {
      const node = children[c];
      if (isTag(node)) {
        if (measured) {
          length += text[child];
          for (let t = 0; t < perTag.length; t++) perTag[t][i] += perTag[t][child];
        }
        subtree += size[child];
        child += size[child];
      } else if (measured && isText(node)) length += collapsedLength(node.data);
    }
    size[i] = subtree;
    text[i] = length;
    if (measured) {
      const k = counted.indexOf(el.name as Tag);
      if (k >= 0) perTag[k][i] = length;
    }
  }
  return extents;
}
