/**
 * First pass over the whole page: removes what is never article prose (scripts, forms, navigation,
 * hidden parts, share bars, comments, related links…) before any scoring, so that their text cannot
 * pull the choice of the body container towards them.
 */
import type { Document } from 'domhandler';
import { BODY_CLASS, BOILERPLATE_CLASS_RULES, DROPPED_TAG_REASON, type PatternRule } from './patterns.js';
import { classAndId, collapsedLength, descendants, detach, isTag, rawText, type Element, type ParentNode } from './dom.js';

const textLength = (node: ParentNode) => collapsedLength(rawText(node));

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

/** text length inside <p> elements under `root`: the page's prose */
export function paragraphTextLength(root: ParentNode): number {
  let total = 0;
  for (const el of descendants(root)) if (el.name === 'p') total += rawText(el).trim().length;
  return total;
}

/** the rule that marks this element as boilerplate by its class or id, if any */
export function boilerplateRule(el: Element): PatternRule | null {
  const words = classAndId(el);
  if (!words) return null;
  for (const rule of BOILERPLATE_CLASS_RULES) if (rule.pattern.test(words)) return rule;
  return null;
}

/**
 * Removes boilerplate from the page. An element whose class or id says "boilerplate" but that holds
 * most of the page's prose is kept: it is a wrapper with a misleading name ("has-sidebar", "post-share-wrap").
 */
export function removeBoilerplate(doc: Document): void {
  const pageProse = paragraphTextLength(doc);
  const pageText = pageProse >= MIN_PROSE ? 0 : textLength(doc);
  const stack: Element[] = doc.children.filter(isTag).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    if (DROPPED_TAG_REASON.has(el.name) || isHidden(el)) {
      // a hidden or dropped wrapper around most of the prose is a page-building quirk, not boilerplate
      if (!(el.name === 'footer' || el.name === 'aside' || isHidden(el)) || !holdsMostProse(el, pageProse, pageText)) {
        detach(el);
        continue;
      }
    } else if (el.name !== 'body' && el.name !== 'html' && el.name !== 'main' && el.name !== 'article') {
      const rule = boilerplateRule(el);
      if (rule && !holdsMostProse(el, pageProse, pageText) && !isContentContainerName(el) && !(rule.sparesEmbeddedPosts && holdsEmbeddedPost(el))) {
        detach(el);
        continue;
      }
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i];
      if (isTag(child)) stack.push(child);
    }
  }
}

/** below this many characters in <p>, a page is taken to be written without paragraphs */
const MIN_PROSE = 250;

/** pages written without <p> (text between <br>s) are measured by all their text */
function holdsMostProse(el: Element, pageProse: number, pageText: number): boolean {
  if (pageProse >= MIN_PROSE) return paragraphTextLength(el) > 0.4 * pageProse;
  return textLength(el) > 0.4 * pageText;
}

/** an embedded post (a tweet, an Instagram caption) is quoted in the story: its wrapper is often named "social" */
function holdsEmbeddedPost(el: Element): boolean {
  return descendants(el).some((d) => d.name === 'blockquote' && textLength(d) > 0);
}

/** "article-body has-share-bar": a first class that marks the article body names what the element is */
function isContentContainerName(el: Element): boolean {
  const cls = (el.attribs.class ?? '').toLowerCase().split(/\s+/)[0] ?? '';
  return (BODY_CLASS.test(cls) || el.attribs.itemprop === 'articleBody') && !/comment|related|share|social|footer|sidebar|promo|author|bio/.test(cls);
}
