/**
 * The clean stage: from a decoded HTML page to the article body (paragraphs separated by blank
 * lines) and its metadata, without navigation, ads, captions or comments.
 *
 * 1. parse with htmlparser2 (several times faster than parse5 on real pages) and read the metadata;
 * 2. remove what is never prose (boilerplate.ts);
 * 3. score containers and choose the body with its sibling content (score.ts);
 * 4. prune the blocks inside it that do not read like the article (prune.ts);
 * 5. render paragraphs (render.ts).
 * A page that cannot give a body gives text "" and a warning; binary input throws a ParseError.
 */
import type { Document } from 'domhandler';
import type { ArticleMetadata } from '../document.js';
import { emptyMetadata } from '../document.js';
import { ParseError } from '../errors.js';
import type { Warning } from '../record.js';
import { removeBoilerplate } from './boilerplate.js';
import { descendants, normaliseSpace, parsePage } from './dom.js';
import { detectLanguage } from './language.js';
import { readMetadata } from './metadata.js';
import { pruneBody } from './prune.js';
import { renderText } from './render.js';
import { chooseBody } from './score.js';

export interface CleanedPage {
  text: string;
  metadata: ArticleMetadata;
  warnings: Warning[];
}

export interface CleanOptions {
  /** the page's URL, to resolve relative canonical links and read dates from URL patterns */
  url?: string;
  /** pages longer than this many characters are not parsed (default 10 000 000) */
  maxLength?: number;
}

const DEFAULT_MAX_LENGTH = 10_000_000;
/** deeper nesting than any real layout: generated or hostile markup */
const MAX_DEPTH = 1000;
/** a body shorter than this is a teaser or debris, not an article */
const MIN_BODY_CHARS = 100;

/** a complete JSON-LD articleBody (not a teaser cut at a few hundred characters) of which the markup's body has less than half the words */
function missesMostOf(text: string, jsonLdBody: string): boolean {
  if (jsonLdBody.length < 1000 || /(\.\.\.|…)\s*$/.test(jsonLdBody) || text.length >= jsonLdBody.length) return false;
  const found = new Set(text.toLowerCase().match(WORD));
  const words = jsonLdBody.toLowerCase().match(WORD) ?? [];
  return words.length > 0 && words.filter((w) => found.has(w)).length < 0.5 * words.length;
}

const WORD = /[\p{L}\p{N}]+/gu;

function warning(code: string, message: string): Warning {
  return { stage: 'clean', code, message };
}

/** text that is mostly NULs, control characters or U+FFFD was never HTML */
function assertText(html: string): void {
  const sample = html.slice(0, 4096);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  if (sample.length > 0 && bad / sample.length > 0.05) {
    throw new ParseError('INPUT_BINARY', `news-extract: the page is binary data, not HTML (${bad} of its first ${sample.length} characters are control or replacement characters)`);
  }
}

/** the article body of a parsed page (the page is changed: boilerplate is removed from it) */
function bodyText(doc: Document, title: string | null): string {
  removeBoilerplate(doc);
  const choice = chooseBody(doc);
  if (!choice) return '';
  pruneBody(choice.nodes, choice.scores);
  return renderText(choice.nodes, title);
}

/** the page without class and id attributes: its structure and tags alone */
function withoutClassNames(doc: Document): Document {
  for (const el of descendants(doc)) {
    delete el.attribs.class;
    delete el.attribs.id;
  }
  return doc;
}

export function cleanHtml(html: string, options: CleanOptions = {}): CleanedPage {
  const warnings: Warning[] = [];
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (html.length > maxLength) {
    warnings.push(warning('PAGE_TOO_LARGE', `news-extract: the page has ${html.length} characters, more than the limit of ${maxLength}; it is not parsed`));
    return { text: '', metadata: emptyMetadata(), warnings };
  }
  assertText(html);

  const { doc, depth } = parsePage(html);
  if (depth > MAX_DEPTH) {
    warnings.push(warning('PAGE_TOO_DEEP', `news-extract: the page nests elements ${depth} levels deep (limit ${MAX_DEPTH}); it is not read`));
    return { text: '', metadata: emptyMetadata(), warnings };
  }
  const { metadata, jsonLdBody } = readMetadata(doc, options.url);

  let text = bodyText(doc, metadata.title);
  if (text.length < MIN_BODY_CHARS && !jsonLdBody) {
    // as Readability retries with fewer rules: a site whose article wrapper has a name the class rules
    // take for boilerplate ("widget", "promo-…") loses its body to them; read the page again without class names
    const retried = bodyText(withoutClassNames(parsePage(html).doc), metadata.title);
    if (retried.length >= MIN_BODY_CHARS) {
      warnings.push(warning('BODY_WITHOUT_CLASS_RULES', `news-extract: no article body with the class-name rules (${text.length} characters); the body was found without them`));
      text = retried;
    }
  }
  if (jsonLdBody && (text.length < MIN_BODY_CHARS ? jsonLdBody.length > text.length : missesMostOf(text, jsonLdBody))) {
    warnings.push(warning('BODY_FROM_JSON_LD', `news-extract: the markup gave ${text.length < MIN_BODY_CHARS ? 'no article body' : 'a body that misses most of the JSON-LD articleBody'}; the JSON-LD articleBody is used`));
    text = jsonLdBody.split(/\n/).map(normaliseSpace).filter(Boolean).join('\n\n');
  }
  // a page that does not declare its language is read for it
  metadata.language ??= detectLanguage(text);
  if (text.length < MIN_BODY_CHARS) {
    warnings.push(warning('NO_ARTICLE_BODY', `news-extract: no article body found (${text.length} characters of text in the best block)`));
    text = '';
  }
  return { text: detachedFromPage(text), metadata: metadataDetachedFromPage(metadata), warnings };
}

/**
 * A copy that does not point into the page. V8 makes a slice of 13 characters or more (the parser's text and
 * attribute values, `slice`, `trim`) a view on the string it comes from, so a title read from the markup kept
 * the whole decoded page (~350 KB) alive as long as the record: on 40 of the benchmark's pages the title of 18,
 * the site name of 13 and an author of 8 were such views, and 181 records kept in memory held 54 MB (19 now).
 * The copy costs 0.04 ms for an average article's text.
 */
function detachedFromPage(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

function metadataDetachedFromPage(metadata: ArticleMetadata): ArticleMetadata {
  const detach = (s: string | null) => (s === null ? null : detachedFromPage(s));
  return {
    title: detach(metadata.title),
    authors: metadata.authors.map(detachedFromPage),
    publishedAt: detach(metadata.publishedAt),
    language: detach(metadata.language),
    siteName: detach(metadata.siteName),
    canonicalUrl: detach(metadata.canonicalUrl),
  };
}
