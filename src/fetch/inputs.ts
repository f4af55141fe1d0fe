/**
 * Turns the user's input arguments (files, directories, globs, URLs, feeds and sitemaps, "-" for a
 * list on stdin) into one InputRef per article. An argument that names nothing becomes an error for
 * that argument only; so does a feed that cannot be read, and each unusable link in a feed. The feed
 * parser and the HTTP session are imported when the first feed or URL comes: a run over files never loads them.
 */
import { createInterface } from 'node:readline';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError, toNewsExtractError, type NewsExtractError } from '../errors.js';
import type { parseFeed } from './feeds.js';
import { readLocalFile } from './file.js';
import { defaultFetchLimits, type FetchLimits, type InputRef, type Validators, type ValidatorStore } from './types.js';

/** file names the pipeline reads as articles: .txt, .html, .htm, each optionally .gz */
export const ARTICLE_FILE = /\.(txt|html?)(\.gz)?$/i;
/** file names read as feeds or sitemaps when named directly (not found in directory walks) */
export const FEED_FILE = /\.(xml|rss|atom|rdf)(\.gz)?$/i;
/** URLs taken for feeds or sitemaps; any other URL can be marked as one with a "feed:" prefix */
const FEED_URL_PATH = /(\.(xml|rss|atom|rdf)(\.gz)?|\/(feed|rss|atom)\/?)$/i;
const FEED_URL_QUERY = /[?&](feed|format)=(rss|atom|rss2|rdf|xml)\b/i;
/** a sitemap index may list sitemap indexes (not in the protocol, but seen): that deep and no deeper */
const MAX_SITEMAP_DEPTH = 3;

export type ExpandedInput = InputRef | { kind: 'error'; input: string; error: NewsExtractError };

export interface ExpandOptions {
  /** the limits feeds are fetched with: pass the run's own object so feeds and articles share one session */
  limits?: FetchLimits;
  /** feeds' validators from the last run, for conditional requests */
  validators?: ValidatorStore;
}

interface Expansion {
  limits: FetchLimits;
  validators?: ValidatorStore;
}

export async function* expandInputs(args: string[], stdin: NodeJS.ReadableStream = process.stdin, options: ExpandOptions = {}): AsyncGenerator<ExpandedInput> {
  const expansion: Expansion = { limits: options.limits ?? defaultFetchLimits, validators: options.validators };
  for (const arg of args) {
    if (arg === '-') {
      for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
        const trimmed = line.trim();
        if (trimmed && !trimmed.startsWith('#')) yield* expandOne(trimmed, expansion);
      }
    } else {
      yield* expandOne(arg, expansion);
    }
  }
}

async function* expandOne(arg: string, expansion: Expansion): AsyncGenerator<ExpandedInput> {
  const forcedFeed = /^feed:https?:\/\//i.test(arg);
  if (forcedFeed || /^https?:\/\//i.test(arg)) {
    const url = forcedFeed ? arg.slice('feed:'.length) : arg;
    yield* forcedFeed || looksLikeFeedUrl(url) ? expandFeedUrl(url, expansion, 0, !forcedFeed) : [{ kind: 'url' as const, url }];
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    yield inputError(arg, 'INPUT_UNSUPPORTED', `unsupported URL scheme in "${arg}" (http and https only)`);
    return;
  }
  const info = await stat(arg).catch(() => null);
  if (info?.isFile()) {
    yield* FEED_FILE.test(arg) ? expandFeedFile(resolve(arg), expansion) : [{ kind: 'file' as const, path: resolve(arg) }];
    return;
  }
  if (info?.isDirectory()) {
    yield* matchFiles(arg, '**/*', `no article files (.txt, .html, .htm, optionally .gz) in directory "${arg}"`);
    return;
  }
  if (isDynamicPattern(arg)) {
    yield* matchFiles('.', arg, `no article files match the pattern "${arg}"`);
    return;
  }
  yield inputError(arg, 'INPUT_NOT_FOUND', `no such file, directory or URL: "${arg}"`);
}

export function looksLikeFeedUrl(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return FEED_URL_PATH.test(pathname) || FEED_URL_QUERY.test(search);
  } catch {
    return false;
  }
}

/**
 * The articles a feed URL lists; none if it has not changed since the last run. A URL only guessed
 * to be a feed (by its name) that turns out to be an HTML page is taken as an article instead.
 */
async function* expandFeedUrl(url: string, expansion: Expansion, depth: number, guessed: boolean): AsyncGenerator<ExpandedInput> {
  let parsed: ReturnType<typeof parseFeed>;
  let validators: Validators;
  try {
    const [{ sessionFor }, { parseFeed }] = await Promise.all([import('./session.js'), import('./feeds.js')]);
    const document = await sessionFor(expansion.limits).fetchDocument(url, url, expansion.validators?.get(url));
    if (document.notModified) return;
    validators = { ...(document.etag && { etag: document.etag }), ...(document.lastModified && { lastModified: document.lastModified }) };
    parsed = parseFeed(document.bytes, document.contentType, document.uri);
  } catch (error) {
    yield { kind: 'error', input: url, error: toNewsExtractError(error, url) };
    return;
  }
  if (!parsed) {
    yield guessed ? { kind: 'url', url } : inputError(url, 'INPUT_UNSUPPORTED', `"${url}" is not an RSS, Atom or sitemap document`);
    return;
  }
  if (parsed.format === 'sitemap-index') {
    if (depth >= MAX_SITEMAP_DEPTH) {
      yield inputError(url, 'INPUT_UNSUPPORTED', `sitemap index "${url}" is nested more than ${MAX_SITEMAP_DEPTH} deep`);
      return;
    }
    for (const { url: child } of parsed.entries) {
      yield* isHttpUrl(child) ? expandFeedUrl(child, expansion, depth + 1, false) : [linkError(url, child)];
    }
  } else {
    yield* entriesOf(url, parsed);
  }
  if (validators.etag || validators.lastModified) expansion.validators?.set(url, validators);
}

async function* expandFeedFile(path: string, expansion: Expansion): AsyncGenerator<ExpandedInput> {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    const { parseFeed } = await import('./feeds.js');
    parsed = parseFeed((await readLocalFile(path, expansion.limits.maxFeedBytes)).bytes, null, undefined, path);
  } catch (error) {
    yield { kind: 'error', input: path, error: toNewsExtractError(error, path) };
    return;
  }
  if (!parsed) {
    yield inputError(path, 'INPUT_UNSUPPORTED', `"${path}" is not an RSS, Atom or sitemap document`);
    return;
  }
  if (parsed.format === 'sitemap-index') {
    for (const { url } of parsed.entries) yield* isHttpUrl(url) ? expandFeedUrl(url, expansion, 1, false) : [linkError(path, url)];
    return;
  }
  yield* entriesOf(path, parsed);
}

function* entriesOf(feed: string, parsed: NonNullable<ReturnType<typeof parseFeed>>): Generator<ExpandedInput> {
  if (parsed.entries.length === 0) yield inputError(feed, 'INPUT_EMPTY', `the ${parsed.format} document "${feed}" lists no articles`);
  for (const entry of parsed.entries) {
    if (!isHttpUrl(entry.url)) yield linkError(feed, entry.url);
    else yield entry.hints ? { kind: 'url', url: entry.url, hints: entry.hints } : { kind: 'url', url: entry.url };
  }
}

function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^/]/i.test(url);
}

function linkError(feed: string, link: string): ExpandedInput {
  return inputError(link, 'INPUT_UNSUPPORTED', `"${feed}" lists "${link}", which is not an absolute http(s) URL`);
}

async function* matchFiles(cwd: string, pattern: string, emptyMessage: string): AsyncGenerator<ExpandedInput> {
  const files = (await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false }))
    .filter((file) => ARTICLE_FILE.test(file))
    .sort();
  if (files.length === 0) yield inputError(cwd === '.' ? pattern : cwd, 'INPUT_NOT_FOUND', emptyMessage);
  for (const path of files) yield { kind: 'file', path };
}

function inputError(input: string, code: 'INPUT_NOT_FOUND' | 'INPUT_UNSUPPORTED' | 'INPUT_EMPTY', message: string): ExpandedInput {
  return { kind: 'error', input, error: new InputError(code, `news-extract: ${message}`, input) };
}
