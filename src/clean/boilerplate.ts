/**
 * First pass over the whole page: removes what is never article prose (scripts, forms, navigation,
 * hidden parts, share bars, comments, related links…) before any scoring, so that their text cannot
 * pull the choice of the body container towards them.
 */
import { Element as DomElement, type Document } from 'domhandler';
import { BODY_CLASS, BOILERPLATE_CLASS_RULES, DROPPED_TAG_REASON, IMAGE_MARKER, IMAGE_TAGS, INLINE_TAGS, type PatternRule } from './patterns.js';
import { classAndId, descendants, detach, isTag, measureTextByPosition, type Element } from './dom.js';

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

/** every class rule in one pattern: most class strings match none, and one scan rules them out (fifteen cost 0.4 ms a page) */
const ANY_BOILERPLATE_CLASS = new RegExp(BOILERPLATE_CLASS_RULES.map((rule) => `(?:${rule.pattern.source})`).join('|'));

/** the first rule a class string matches, and the first of those that apply inside running text */
interface ClassVerdict {
  rule: PatternRule | null;
  inlineRule: PatternRule | null;
}

const NO_RULE: ClassVerdict = { rule: null, inlineRule: null };

function classVerdict(words: string): ClassVerdict {
  if (!ANY_BOILERPLATE_CLASS.test(words)) return NO_RULE;
  return {
    rule: BOILERPLATE_CLASS_RULES.find((rule) => rule.pattern.test(words)) ?? null,
    inlineRule: BOILERPLATE_CLASS_RULES.find((rule) => rule.appliesInline && rule.pattern.test(words)) ?? null,
  };
}

/**
 * The rule that marks this element as boilerplate by its class or id, if any. `verdicts` caches the
 * verdict of each class string for one page (a page repeats the same few hundred class strings).
 */
export function boilerplateRule(el: Element, verdicts: Map<string, ClassVerdict> = new Map()): PatternRule | null {
  const words = classAndId(el);
  if (!words) return null;
  let verdict = verdicts.get(words);
  if (!verdict) {
    verdict = classVerdict(words);
    verdicts.set(words, verdict);
  }
  const inRunningText = INLINE_TAGS.has(el.name) && el.parent !== null && isTag(el.parent) && RUNNING_TEXT.has(el.parent.name);
  return inRunningText ? verdict.inlineRule : verdict.rule;
}

/** blocks whose inline children are part of a sentence */
const RUNNING_TEXT: ReadonlySet<string> = new Set(['p', 'li', 'blockquote', 'td', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'b', 'i', 'span']);

/**
 * Removes boilerplate from the page. An element whose class or id says "boilerplate" but that holds
 * most of the page's prose is kept: it is a wrapper with a misleading name ("has-sidebar", "post-share-wrap").
 */
export function removeBoilerplate(doc: Document): void {
  const elements = descendants(doc);
  const { size, text, within: { p: prose, blockquote: quoted } } = measureTextByPosition(elements, ['p', 'blockquote']);
  let pageProse = 0;
  let pageText = 0;
  for (let top = 0; top < elements.length; top += size[top]) {
    pageProse += prose[top];
    pageText += text[top];
  }
  // pages written with few <p> (text in divs or between <br>s) are measured by all their text too
  const holdsMostProse = (i: number): boolean => (pageProse >= MIN_PROSE && prose[i] > 0.4 * pageProse) || text[i] > 0.4 * pageText;
  // an embedded post (a tweet) is quoted in the story: its wrapper is often named "social"
  const holdsEmbeddedPost = (i: number): boolean => quoted[i] > 0;
  const verdicts = new Map<string, ClassVerdict>();
  // page order; removing or replacing an element skips its subtree
  for (let i = 0; i < elements.length; ) {
    const el = elements[i];
    const afterSubtree = i + size[i];
    if (IMAGE_TAGS.has(el.name) && !isHidden(el)) {
      replaceWithImageMarker(el);
      i = afterSubtree;
      continue;
    }
    if (DROPPED_TAG_REASON.has(el.name) || isHidden(el)) {
      // a hidden or dropped wrapper around most of the prose is a page-building quirk, not boilerplate
      if (!(el.name === 'footer' || el.name === 'aside' || isHidden(el)) || !holdsMostProse(i)) {
        detach(el);
        i = afterSubtree;
        continue;
      }
    } else if (el.name !== 'body' && el.name !== 'html' && el.name !== 'main' && el.name !== 'article') {
      const rule = boilerplateRule(el, verdicts);
      if (rule && !holdsMostProse(i) && !isContentContainerName(el) && !(rule.sparesEmbeddedPosts && holdsEmbeddedPost(i))) {
        detach(el);
        i = afterSubtree;
        continue;
      }
      // schema.org marks the summary (standfirst) as the description, apart from the articleBody
      if (el.attribs.itemprop === 'description' && !holdsMostProse(i) && !el.attribs.content) {
        detach(el);
        i = afterSubtree;
        continue;
      }
    }
    i++;
  }
}

/** below this many characters in <p>, a page is taken to be written without paragraphs */
const MIN_PROSE = 250;

/** "article-body has-share-bar": a first class that marks the article body names what the element is */
function isContentContainerName(el: Element): boolean {
  const cls = (el.attribs.class ?? '').toLowerCase().split(/\s+/)[0] ?? '';
  return (BODY_CLASS.test(cls) || el.attribs.itemprop === 'articleBody') && !/comment|related|share|social|footer|sidebar|promo|author|bio/.test(cls);
}

/** an image becomes an empty marker: it has no text, but the render step reads the line after it as a possible caption */
function replaceWithImageMarker(el: Element): void {
  const parent = el.parent;
  if (!parent) return;
  const marker = new DomElement(IMAGE_MARKER, {});
  marker.parent = parent;
  marker.prev = el.prev;
  marker.next = el.next;
  if (el.prev) el.prev.next = marker;
  if (el.next) el.next.prev = marker;
  parent.children[parent.children.indexOf(el)] = marker;
  el.parent = el.prev = el.next = null;
}
