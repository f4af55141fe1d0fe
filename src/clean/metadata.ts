/**
 * Article metadata from the page: JSON-LD (schema.org Article types) first, then OpenGraph and
 * article:* meta tags, then microdata, `<time>`, `<link rel>` and the URL. Each field takes the first
 * source that gives a usable value.
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { Document } from 'domhandler';
import type { ArticleMetadata } from '../document.js';
import { emptyMetadata } from '../document.js';
import { descendants, isText, normaliseSpace, rawText, type Element } from './dom.js';

/** what the metadata is read from, gathered in one walk over the page (css selectors would walk it once per query) */
interface PageIndex {
  /** meta tags by lower-cased property / name / itemprop / http-equiv, first one wins */
  meta: Map<string, string>;
  jsonLd: string[];
  html: Element | null;
  canonical: string | null;
  title: string | null;
  h1: string | null;
  /** datetime/content of microdata datePublished, <time pubdate>, the first <time datetime>, the first <time>'s text */
  itemDatePublished: string | null;
  timePubdate: string | null;
  timeDatetime: string | null;
  timeText: string | null;
}

function indexPage(doc: Document): PageIndex {
  const index: PageIndex = { meta: new Map(), jsonLd: [], html: null, canonical: null, title: null, h1: null, itemDatePublished: null, timePubdate: null, timeDatetime: null, timeText: null };
  for (const el of descendants(doc)) {
    const a = el.attribs;
    switch (el.name) {
      case 'meta': {
        const content = a.content !== undefined ? normaliseSpace(a.content) : '';
        if (!content) break;
        for (const key of [a.property, a.name, a.itemprop, a['http-equiv']]) {
          if (key && !index.meta.has(key.toLowerCase())) index.meta.set(key.toLowerCase(), content);
        }
        break;
      }
      case 'script':
        if (a.type?.toLowerCase() === 'application/ld+json') index.jsonLd.push(el.children.map((c) => (isText(c) ? c.data : '')).join(''));
        break;
      case 'html':
        index.html ??= el;
        break;
      case 'link':
        if (!index.canonical && a.rel && /(^|\s)canonical(\s|$)/i.test(a.rel) && a.href) index.canonical = a.href;
        break;
      case 'title':
        index.title ??= normaliseSpace(rawText(el));
        break;
      case 'h1':
        index.h1 ??= normaliseSpace(rawText(el));
        break;
      case 'time':
        if ('pubdate' in a && a.datetime) index.timePubdate ??= a.datetime;
        if (a.datetime) index.timeDatetime ??= a.datetime;
        index.timeText ??= normaliseSpace(rawText(el));
        break;
    }
    if (a.itemprop === 'datePublished') index.itemDatePublished ??= a.datetime ?? a.content ?? null;
  }
  return index;
}

type JsonObject = Record<string, unknown>;

/** schema.org types that describe the article itself */
const ARTICLE_TYPE = /article|posting|report|review|story|newsarticle|blogposting|webpage|creativework/i;

/** the JSON-LD objects of the page, flattened out of arrays and @graph */
function jsonLdObjects(scripts: string[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const obj = value as JsonObject;
    out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const text of scripts) {
    const raw = text.trim();
    if (!raw) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // a page's broken JSON-LD (trailing commas, raw newlines) is common; try once with control characters escaped
      try {
        visit(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ')), 0);
      } catch {
        /* unusable: other sources remain */
      }
    }
  }
  return out;
}

function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** the JSON-LD object that describes the article (a *Article/*Posting first, a WebPage last) */
export function articleJsonLd(objects: JsonObject[]): JsonObject | null {
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  const rank = (o: JsonObject) => (typesOf(o).some((t) => /article|posting|report|story/i.test(t)) ? 0 : 1);
  return articles.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return normaliseSpace(value) || null;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') return str((value as JsonObject).name ?? (value as JsonObject)['@value']);
  return null;
}

function meta(page: PageIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = page.meta.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

// ---- authors ---------------------------------------------------------------------------------

/** words that are a byline's frame or a newsroom, not a person */
const NOT_A_PERSON = /^(by|staff|admin|administrator|guest|editor|editors|reuters|ap|afp|associated press|bloomberg|agencies|pti|ians)$/i;
/** a segment with one of these words names a role or a desk, not a person ("AP Auto Writer", "News Bureau") */
const ROLE_WORD = /\b(writer|reporter|editor|editors|correspondent|staff|contributor|columnist|bureau|desk|newsroom|team|agency|agencies|press|news|media|service|wire|wires|online|web|digital|photographer|illustrator|producer|analyst|admin)\b/i;
const BY_PREFIX = /^(written\s+|posted\s+|reported\s+)?by[:\s]+/i;

/** "TOM KRISHER" as "Tom Krisher": bylines in capitals are typography, not the name's spelling */
function fixCapitals(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** a byline string as the people it names, without "By", roles or agencies */
export function splitAuthors(raw: string): string[] {
  const cleaned = normaliseSpace(raw).replace(BY_PREFIX, '').replace(/\s*\|.*$/, '');
  return cleaned
    .split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\/|\u060c|\u3001)\s*/i)
    .map((name) => fixCapitals(name.replace(BY_PREFIX, '').trim()))
    .filter((name) => isPersonName(name));
}

function isPersonName(name: string): boolean {
  if (!name || name.length > 60 || NOT_A_PERSON.test(name) || ROLE_WORD.test(name)) return false;
  if (/https?:|www\.|@|\d|\.(com|org|net|co|in|uk|de|fr|ru)\b/i.test(name)) return false;
  const words = name.split(/\s+/);
  // a person is named by two to five words, at least one capitalised (or in a script without case)
  if (words.length < 2 || words.length > 5) return /^[^\p{L}]*[\p{Lo}]/u.test(name) && words.length === 1;
  return words.some((w) => /^\p{Lu}/u.test(w)) || !/[a-z]/i.test(name);
}

function jsonLdAuthors(article: JsonObject | null): string[] {
  if (!article) return [];
  const raw = article.author ?? article.creator;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const names: string[] = [];
  for (const entry of list) {
    if (entry && typeof entry === 'object' && typesOf(entry as JsonObject).some((t) => /organi[sz]ation/i.test(t))) continue;
    const name = str(entry);
    if (name) names.push(...splitAuthors(name));
  }
  return names;
}

function pageAuthors(page: PageIndex, doc: Document): string[] {
  const fromMeta = meta(page, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl');
  if (fromMeta && !/^https?:/.test(fromMeta)) {
    const names = splitAuthors(fromMeta);
    if (names.length) return names;
  }
  // bylines in the markup: cheerio only here, where selectors earn their cost
  const $: CheerioAPI = cheerio.load(doc);
  // one query for all byline markers (each query walks the whole page), then the most specific marker first
  const markers = ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[rel="author"]', '.byline a', '.author-name', '.byline', '.author'];
  const found = $(markers.join(', ')).slice(0, 50);
  for (const marker of markers) {
    const names = found
      .filter(marker)
      .slice(0, 3)
      .map((_, el) => $(el).attr('content') ?? $(el).text())
      .get()
      .flatMap((t) => splitAuthors(t));
    if (names.length) return names;
  }
  return [];
}

// ---- dates -----------------------------------------------------------------------------------

const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/;

/** an ISO 8601 date or date-time for a date string, or null */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    if (!hh) return `${y}-${m}-${d}`;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : '';
    return `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${z}`;
  }
  if (/^\d{8}$/.test(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  // free text such as "Nov 19, 2019 10:00 AM" or "Tue, 19 Nov 2019 10:00:00 GMT"
  if (/[a-z]{3}/i.test(text) && /\b(19|20)\d{2}\b/.test(text)) {
    const parsed = Date.parse(text.replace(/\b(at|um|à)\b/gi, ' ').replace(/(\d)(st|nd|rd|th)\b/g, '$1'));
    if (!Number.isNaN(parsed)) return new Date(parsed).toISOString().replace('.000Z', 'Z');
  }
  return null;
}

function publishedAt(page: PageIndex, article: JsonObject | null, url: string | undefined): string | null {
  const candidates: Array<string | null | undefined> = [
    str(article?.datePublished),
    meta(page, 'article:published_time', 'og:published_time', 'datePublished', 'publishdate', 'pubdate', 'publish-date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'published_time', 'original-publish-date'),
    page.itemDatePublished,
    page.timePubdate,
    str(article?.dateCreated),
    page.timeDatetime,
    meta(page, 'article:modified_time', 'og:updated_time', 'dateModified'),
    str(article?.dateModified),
  ];
  for (const raw of candidates) {
    const iso = toIsoDate(raw);
    if (iso) return iso;
  }
  const fromUrl = url?.match(URL_DATE);
  if (fromUrl) return `${fromUrl[1]}-${fromUrl[2].padStart(2, '0')}-${fromUrl[3].padStart(2, '0')}`;
  return toIsoDate(page.timeText);
}

// ---- the rest --------------------------------------------------------------------------------

function language(page: PageIndex, article: JsonObject | null): string | null {
  const raw =
    page.html?.attribs.lang ||
    page.html?.attribs['xml:lang'] ||
    meta(page, 'content-language', 'og:locale', 'dc.language', 'language') ||
    str(article?.inLanguage);
  const tag = raw?.trim().split(/[,\s]/)[0].replace('_', '-');
  if (!tag || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  const [primary, ...rest] = tag.split('-');
  return [primary.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

function siteName(page: PageIndex, article: JsonObject | null, objects: JsonObject[]): string | null {
  const org = objects.find((o) => typesOf(o).some((t) => /^(NewsMediaOrganization|Organization|WebSite)$/i.test(t)));
  const candidates = [meta(page, 'og:site_name'), str((article?.publisher as JsonObject | undefined)?.name), str(org?.name), meta(page, 'application-name', 'apple-mobile-web-app-title')];
  // some pages put their URL where the name belongs
  return candidates.find((c): c is string => !!c && !/^https?:|^www\./i.test(c)) ?? null;
}

function resolveUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

function canonicalUrl(page: PageIndex, url: string | undefined): string | null {
  return resolveUrl(page.canonical, url) ?? resolveUrl(meta(page, 'og:url'), url) ?? resolveUrl(url, undefined);
}

/** " | Site" or " - Site" at the end of a <title> */
function stripSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s+[|\u2013\u2014»·:-]\s+/);
  if (parts.length < 2) return title;
  if (site && parts.at(-1)!.toLowerCase().includes(site.toLowerCase().slice(0, 12))) return parts.slice(0, -1).join(' - ');
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 3 ? longest : title;
}

function title(page: PageIndex, article: JsonObject | null, site: string | null): string | null {
  const candidates = [str(article?.headline), meta(page, 'og:title', 'twitter:title', 'dc.title', 'headline'), page.h1];
  for (const c of candidates) if (c && c.length > 3) return stripSiteSuffix(c, site);
  return page.title ? stripSiteSuffix(page.title, site) : null;
}

export interface PageMetadata {
  metadata: ArticleMetadata;
  /** the JSON-LD articleBody, when the page gives one: a check on the body found in the markup */
  jsonLdBody: string | null;
}

/** reads the metadata of a parsed page (before anything is removed from it) */
export function readMetadata(doc: Document, url?: string): PageMetadata {
  const page = indexPage(doc);
  const objects = jsonLdObjects(page.jsonLd);
  const article = articleJsonLd(objects);
  const metadata = emptyMetadata();
  metadata.siteName = siteName(page, article, objects);
  metadata.title = title(page, article, metadata.siteName);
  const fromJsonLd = jsonLdAuthors(article);
  metadata.authors = [...new Set(fromJsonLd.length ? fromJsonLd : pageAuthors(page, doc))];
  metadata.publishedAt = publishedAt(page, article, url);
  metadata.language = language(page, article);
  metadata.canonicalUrl = canonicalUrl(page, url);
  const body = typeof article?.articleBody === 'string' ? article.articleBody.trim() : '';
  return { metadata, jsonLdBody: body || null };
}
