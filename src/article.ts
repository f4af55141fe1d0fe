/**
 * One article through every stage: decoded input → clean → extract → normalise → events → record.
 * Pure and synchronous after the fetch, so it can run in worker threads unchanged.
 */
import { cleanHtml } from './clean/index.js';
import { decodeHtml } from './clean/decode.js';
import { emptyMetadata, type ArticleDocument, type ArticleMetadata } from './document.js';
import { NewsExtractError, ParseError } from './errors.js';
import { analyse } from './extract/analyse.js';
import { recogniseEntities } from './extract/entities.js';
import { foreignLanguage } from './extract/language.js';
import { recogniseValues } from './extract/values.js';
import { recogniseEvents } from './events/index.js';
import { decodeText } from './fetch/text.js';
import type { FetchedInput } from './fetch/types.js';
import { recordId, sha256Hex } from './identity.js';
import type { ArticleRecord } from './record.js';
import { recordProblems } from './validate.js';

/** What the library accepts for one article: plain text or an HTML page. */
export type ArticleInput =
  | { text: string; url?: string; metadata?: Partial<ArticleMetadata> }
  | { html: string; url?: string; metadata?: Partial<ArticleMetadata> };

export interface ExtractOptions {
  /** check every record against the JSON Schema and its offsets (default true) */
  validate?: boolean;
}

/**
 * Ten times the longest article of the extraction benchmark (53,000): a text longer than this is a book
 * or a dump, not an article, and its tokens alone would outgrow an extraction thread's heap (500,000
 * characters fit in its 128 MB; 2 MB of text did not fit in 192 MB).
 */
export const MAX_ARTICLE_CHARS = 500_000;

/** The library's main entry: one article in, one record out. */
export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): ArticleRecord {
  const isHtml = 'html' in input;
  const content = isHtml ? input.html : input.text;
  const fetched: FetchedInput = {
    uri: input.url ?? 'inline:',
    input: input.url ?? 'inline',
    bytes: Buffer.from(content, 'utf8'),
    mediaType: isHtml ? 'text/html' : 'text/plain',
    contentType: 'charset=utf-8',
    fetchedAt: new Date().toISOString(),
  };
  return recordFromFetched(fetched, { ...options, metadata: input.metadata });
}

/** The stages after fetch, for one fetched input. Throws a NewsExtractError naming the input. */
export function recordFromFetched(
  fetched: FetchedInput,
  options: ExtractOptions & { metadata?: Partial<ArticleMetadata> } = {},
): ArticleRecord {
  const doc = documentFromFetched(fetched);
  fillMissingMetadata(doc.metadata, options.metadata);
  if (doc.text.trim() === '') {
    const why = doc.warnings.map((w) => w.message).join('; ');
    throw new NewsExtractError('NO_ARTICLE', `news-extract: "${fetched.input}" has no article text${why ? ` (${why})` : ''}`, fetched.input);
  }
  if (doc.text.length > MAX_ARTICLE_CHARS) {
    const length = doc.text.length.toLocaleString('en');
    throw new NewsExtractError('INPUT_TOO_LARGE', `news-extract: "${fetched.input}" has ${length} characters of article text, more than the ${MAX_ARTICLE_CHARS.toLocaleString('en')} an article is read for`, fetched.input);
  }
  const record = recordFromDocument(doc);
  if (options.validate !== false) {
    const problems = recordProblems(record);
    if (problems.length > 0) {
      throw new NewsExtractError('EXTRACT_FAILED', `news-extract: the record of "${fetched.input}" is invalid: ${problems.slice(0, 5).join('; ')}`, fetched.input);
    }
  }
  return record;
}

export function documentFromFetched(fetched: FetchedInput): ArticleDocument {
  const source = {
    uri: fetched.uri,
    fetchedAt: fetched.fetchedAt,
    contentSha256: fetched.contentSha256 ?? sha256Hex(fetched.bytes),
    mediaType: fetched.mediaType,
  };
  if (fetched.mediaType === 'text/plain') {
    const text = decodeText(fetched.bytes, fetched.input, fetched.contentType);
    return { source, metadata: emptyMetadata(), text, warnings: [...(fetched.warnings ?? [])] };
  }
  const { html } = decodeHtml(fetched.bytes, fetched.contentType);
  const url = /^https?:/.test(fetched.uri) ? fetched.uri : undefined;
  try {
    const page = cleanHtml(html, { url });
    return { source, metadata: page.metadata, text: page.text, warnings: [...(fetched.warnings ?? []), ...page.warnings] };
  } catch (error) {
    if (error instanceof NewsExtractError) throw error;
    throw new ParseError('PARSE_FAILED', `news-extract: cannot read the HTML of "${fetched.input}": ${(error as Error).message}`, fetched.input, false, { cause: error });
  }
}

export function recordFromDocument(doc: ArticleDocument): ArticleRecord {
  const foreign = foreignLanguage(doc.text);
  if (foreign) {
    // a page that declares English, or nothing, but is written in another language: the text's language wins
    if (foreign !== 'und' && doc.metadata.language?.split('-')[0].toLowerCase() !== foreign) doc.metadata.language = foreign;
    doc.warnings.push({
      stage: 'extract',
      code: 'NOT_ENGLISH',
      message: `news-extract: the article text reads as "${foreign}", not English; the recognisers read English only, so the record has no people, places, organisations, values, events or quotes`,
    });
    return recordOf(doc, { people: [], places: [], organizations: [], money: [], quantities: [], dates: [], events: [], quotes: [] });
  }
  const analysis = analyse(doc.text);
  const entities = recogniseEntities(analysis, doc);
  const values = recogniseValues(analysis, doc);
  const { events, quotes } = recogniseEvents(analysis, doc, entities, values);
  return recordOf(doc, { ...entities, ...values, events, quotes });
}

type Extracted = Pick<ArticleRecord, 'people' | 'places' | 'organizations' | 'money' | 'quantities' | 'dates' | 'events' | 'quotes'>;

function recordOf(doc: ArticleDocument, extracted: Extracted): ArticleRecord {
  const isPage = /^https?:/.test(doc.source.uri);
  return {
    schemaVersion: 1,
    id: recordId({ canonicalUrl: isPage ? (doc.metadata.canonicalUrl ?? doc.source.uri) : null, contentSha256: doc.source.contentSha256 }),
    source: doc.source,
    article: { ...doc.metadata, text: doc.text },
    ...extracted,
    warnings: doc.warnings,
  };
}

/** metadata given by the caller or a feed fills what the page itself did not say */
function fillMissingMetadata(metadata: ArticleMetadata, given: Partial<ArticleMetadata> | undefined): void {
  if (!given) return;
  for (const [field, value] of Object.entries(given) as [keyof ArticleMetadata, never][]) {
    const current = metadata[field];
    if (current === null || (Array.isArray(current) && current.length === 0)) metadata[field] = value;
  }
}
