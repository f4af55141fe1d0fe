/**
 * Feeds and sitemaps as lists of articles: RSS 2.0, RSS 1.0 (RDF), Atom, XML sitemaps (with the
 * Google News extension) and sitemap indexes, parsed with fast-xml-parser. Each entry is an article
 * URL with what the feed says of it (title, publication date), which fills gaps in the page's metadata.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeHtml } from '../clean/decode.js';
import { ParseError } from '../errors.js';
import type { FeedHints } from './types.js';
import { toIsoDate } from '../clean/dates.js';

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'sitemap' | 'sitemap-index';

export interface FeedEntry {
  /** absolute if the feed's link was absolute or could be resolved, else as written */
  url: string;
  hints?: FeedHints;
}

export interface ParsedFeed {
  format: FeedFormat;
  /** articles, or for a sitemap index the sitemaps it lists; duplicates removed, feed order kept */
  entries: FeedEntry[];
}

type Node = Record<string, unknown>;

const LISTS = new Set(['item', 'entry', 'url', 'sitemap', 'link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  processEntities: { enabled: true, maxEntityCount: 100, maxEntitySize: 10_000 },
  isArray: (name) => LISTS.has(name),
});

/**
 * The feed in these bytes, or null if they are not a feed or sitemap (an HTML page, say). Relative
 * links are resolved against baseUrl (the feed's own URL); name is what errors call the feed.
 */
export function parseFeed(bytes: Uint8Array, contentType: string | null, baseUrl?: string, name = baseUrl ?? 'feed'): ParsedFeed | null {
  const { html: xml } = decodeHtml(bytes, contentType);
  if (/^\s*(<!doctype html|<html)/i.test(xml)) return null;
  let feed: ParsedFeed | null;
  try {
    feed = read(parser.parse(xml) as Node, baseUrl);
  } catch (error) {
    throw notWellFormed(name, (error as Error).message);
  }
  // the parser is lenient (real feeds are often a little broken); when nothing usable came out, say why
  if (!feed || feed.entries.length === 0) {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw notWellFormed(name, `${valid.err.msg} (line ${valid.err.line})`);
  }
  return feed;
}

function notWellFormed(name: string, why: string): ParseError {
  return new ParseError('PARSE_FAILED', `news-extract: "${name}" is not well-formed XML: ${why}`, name);
}

function read(root: Node, baseUrl: string | undefined): ParsedFeed | null {
  const rss = node(root.rss);
  if (rss) return feed('rss', list(node(rss.channel)?.item), baseUrl, rssEntry);
  const rdf = node(root.RDF);
  if (rdf) return feed('rdf', list(rdf.item), baseUrl, rssEntry);
  const atom = node(root.feed);
  if (atom) return feed('atom', list(atom.entry), attribute(atom, 'xml:base') ?? attribute(atom, 'base') ?? baseUrl, atomEntry);
  const urlset = node(root.urlset);
  if (urlset) return feed('sitemap', list(urlset.url), baseUrl, sitemapEntry);
  const index = node(root.sitemapindex);
  if (index) return feed('sitemap-index', list(index.sitemap), baseUrl, (item) => ({ url: text(item.loc) }));
  return null;
}

function feed(format: FeedFormat, items: Node[], baseUrl: string | undefined, read: (item: Node) => FeedEntry): ParsedFeed {
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  for (const item of items) {
    const entry = read(item);
    if (!entry.url) continue;
    entry.url = resolve(entry.url, baseUrl);
    if (seen.has(entry.url)) continue;
    seen.add(entry.url);
    entries.push(entry);
  }
  return { format, entries };
}

function rssEntry(item: Node): FeedEntry {
  // a guid is the item's address only if it says so (the default) and is one: "12345" is no path
  const guid = list(item.guid)[0];
  const permalink = guid && attribute(guid, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(text(guid)) ? text(guid) : '';
  const url = list(item.link).map(text).find(Boolean) ?? permalink;
  return { url, hints: hints(item.title, text(item.pubDate) || text(item.date) || text(item.published)) };
}

function atomEntry(entry: Node): FeedEntry {
  const links = list(entry.link);
  // the entry's web page: rel="alternate" (the default), preferring an HTML one
  const alternates = links.filter((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate');
  const link = alternates.find((l) => /html/.test(attribute(l, 'type') ?? 'text/html')) ?? alternates[0] ?? links[0];
  const url = (link && attribute(link, 'href')) ?? '';
  return { url, hints: hints(entry.title, text(entry.published) || text(entry.updated)) };
}

function sitemapEntry(url: Node): FeedEntry {
  // lastmod is when the page changed, not when it was published: only the News extension says that
  const news = node(url.news);
  return { url: text(url.loc), hints: news ? hints(news.title, text(news.publication_date)) : undefined };
}

function hints(title: unknown, date: string): FeedHints | undefined {
  const result: FeedHints = {};
  // titles may hold HTML (Atom type="html", CDATA in RSS): keep the words only
  const words = text(title).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  if (words) result.title = words;
  // the clean stage's reading of dates: RFC 822 with its zone, never the machine's time zone
  const publishedAt = toIsoDate(date);
  if (publishedAt) result.publishedAt = publishedAt;
  return result.title || result.publishedAt ? result : undefined;
}

function resolve(url: string, base: string | undefined): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function node(value: unknown): Node | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' ? (first as Node) : undefined;
}

function list(value: unknown): Node[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // a bare text element (<link>https://…</link>) is a node with only its text
  return items.map((item) => (item && typeof item === 'object' ? (item as Node) : { '#text': String(item) }));
}

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Node)['#text']);
  return '';
}

function attribute(value: Node, name: string): string | undefined {
  const attr = value[`@${name}`];
  return typeof attr === 'string' ? attr : undefined;
}
