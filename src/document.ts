/**
 * The one object that travels through every stage (as a vfile does in unified): the text being
 * analysed, the metadata found so far, and the warnings each stage adds on the way.
 */
import type { ArticleMeta, Source, Warning } from './record.js';

export type ArticleMetadata = Omit<ArticleMeta, 'text'>;

export interface ArticleDocument {
  source: Source;
  metadata: ArticleMetadata;
  /** article.text: the body every offset points into */
  text: string;
  warnings: Warning[];
}

export function emptyMetadata(): ArticleMetadata {
  return { title: null, authors: [], publishedAt: null, language: null, siteName: null, canonicalUrl: null };
}
