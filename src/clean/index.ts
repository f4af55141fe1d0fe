/**
 * The clean stage: from a decoded HTML page to the article body (paragraphs separated by blank
 * lines) and its metadata, without navigation, ads, captions or comments.
 * (First version: placeholder, deepened by issue #3.)
 */
import * as cheerio from 'cheerio';
import type { ArticleMetadata } from '../document.js';
import { emptyMetadata } from '../document.js';
import type { Warning } from '../record.js';

export interface CleanedPage {
  text: string;
  metadata: ArticleMetadata;
  warnings: Warning[];
}

export interface CleanOptions {
  /** the page's URL, to resolve relative canonical links and read dates from URL patterns */
  url?: string;
}

export function cleanHtml(html: string, _options: CleanOptions = {}): CleanedPage {
  const $ = cheerio.load(html);
  $('script, style, nav, header, footer, aside, noscript').remove();
  const paragraphs = $('p')
    .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
    .get()
    .filter((p) => p.length > 0);
  const metadata = emptyMetadata();
  metadata.title = $('title').first().text().trim() || null;
  return { text: paragraphs.join('\n\n'), metadata, warnings: [] };
}
