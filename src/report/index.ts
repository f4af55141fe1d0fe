/**
 * `writeReport(records.jsonl, dir)`: a static, self-contained HTML site for a batch of records.
 * Records are streamed: each article page is written as its record is read, and only aggregates
 * (counts, article lists per entity, dated events) are kept for the batch pages written at the end.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InputError, requireWholeNumber } from '../errors.js';
import { BatchAggregate, top, type Group } from './aggregate.js';
import { renderArticlePage, type ArticlePage } from './article-page.js';
import { renderArticlesPages, renderBatchPage, renderGroupPages, renderTimelinePages, ROWS_PER_PAGE, type GroupKind, type PageFile } from './batch-page.js';
import { GENERATOR } from './html.js';
import { readFailures, readRecords, readRunSummary } from './inputs.js';
import { hasCoordinates } from './items.js';
import { WriteQueue } from './write-queue.js';

export interface ReportOptions {
  /** failures of the run; default: errors.jsonl beside the records */
  errorsPath?: string;
  /** the run's `{ ok, failed, skipped }`; default: summary.json beside the records */
  summaryPath?: string;
  /** how many people, places and organisations the batch page lists; default 25 */
  top?: number;
  /** heading of the batch page; default "news-extract report" */
  title?: string;
  /** rows on each page of the long lists (articles, timeline, an entity's articles); default 1000 */
  rowsPerPage?: number;
  /** called after each article page is written, with the number written so far */
  onArticle?: (written: number) => void;
}

export interface ReportSummary {
  outDir: string;
  indexPath: string;
  articles: number;
  /** from errors.jsonl, else summary.json; 0 when neither is there (the batch page then shows "–") */
  failed: number;
  /** from summary.json; 0 when it is not there */
  skipped: number;
  /** lines of records.jsonl that were not a record (or could not be rendered) */
  invalidLines: number;
  mentions: number;
  events: number;
  /** records whose offsets did not fit their text (shown as warnings on their pages) */
  recordsWithOffsetProblems: number;
  /** every HTML file written */
  pages: number;
}

const FAILURE_ROWS = 100;
const INVALID_ROWS = 50;

export async function writeReport(recordsPath: string, outDir: string, options: ReportOptions = {}): Promise<ReportSummary> {
  const topN = requireWholeNumber('report option "top"', options.top ?? 25);
  const title = options.title ?? 'news-extract report';
  const perPage = requireWholeNumber('report option "rowsPerPage"', options.rowsPerPage ?? ROWS_PER_PAGE);
  if (!existsSync(recordsPath)) throw new InputError('INPUT_NOT_FOUND', `news-extract: report: no records file at "${recordsPath}"`, recordsPath);
  const besideRecords = dirname(resolve(recordsPath));
  const failures = await readFailures(options.errorsPath ?? join(besideRecords, 'errors.jsonl'), FAILURE_ROWS);
  const run = await readRunSummary(options.summaryPath ?? join(besideRecords, 'summary.json'));

  await clearPreviousReport(outDir);
  await mkdir(join(outDir, 'articles'), { recursive: true });
  const writes = new WriteQueue();
  const articles = await writeArticlePages(recordsPath, outDir, writes, options.onArticle);
  const { aggregate, invalid } = articles;

  const pageFiles = new Map<string, string>();
  const pageOf = (kind: GroupKind, key: string) => pageFiles.get(`${kind}\u0000${key}`);
  let pages = articles.pages;
  const perKind = new Map<GroupKind, number>();
  for (const [kind, key, group] of listedGroups(aggregate, topN)) {
    if (pageOf(kind, key)) continue;
    const n = (perKind.get(kind) ?? 0) + 1;
    perKind.set(kind, n);
    const base = `entities/${kind}-${n}`;
    pageFiles.set(`${kind}\u0000${key}`, `${base}.html`);
    if (n === 1) await mkdir(join(outDir, 'entities'), { recursive: true });
    pages += await writeAll(writes, outDir, renderGroupPages({ title, kind, group, articles: aggregate.articles, base, perPage }));
  }
  pages += await writeAll(writes, outDir, renderTimelinePages(title, aggregate, perPage));
  pages += await writeAll(writes, outDir, renderArticlesPages(title, aggregate.articles, perPage));
  const indexPath = join(outDir, 'index.html');
  pages += await writeAll(writes, outDir, [{ file: 'index.html', html: renderBatchPage({ title, recordsPath, aggregate, failures, run, invalid, pageOf, top: topN, perPage }) }]);
  await writes.flush();

  return {
    outDir,
    indexPath,
    articles: aggregate.articles.length,
    failed: failures?.total ?? run?.failed ?? 0,
    skipped: run?.skipped ?? 0,
    invalidLines: invalid.count,
    mentions: aggregate.mentions,
    events: aggregate.events,
    recordsWithOffsetProblems: articles.withProblems,
    pages,
  };
}

interface ArticlePass {
  aggregate: BatchAggregate;
  invalid: { count: number; first: { line: number; reason: string }[] };
  withProblems: number;
  pages: number;
}

/** The streaming pass: each record's page is written as it is read; the record is then dropped. */
async function writeArticlePages(recordsPath: string, outDir: string, writes: WriteQueue, onArticle?: (n: number) => void): Promise<ArticlePass> {
  const pass: ArticlePass = { aggregate: new BatchAggregate(), invalid: { count: 0, first: [] }, withProblems: 0, pages: 0 };
  const rejected = (line: number, reason: string) => {
    pass.invalid.count++;
    if (pass.invalid.first.length < INVALID_ROWS) pass.invalid.first.push({ line, reason });
  };
  const usedNames = new Set<string>();
  for await (const entry of readRecords(recordsPath)) {
    if (!entry.ok) {
      rejected(entry.line, entry.reason);
      continue;
    }
    const { record } = entry;
    let rendered: ArticlePage;
    try {
      rendered = renderArticlePage(record, { indexHref: '../index.html' });
    } catch (error) {
      rejected(entry.line, `cannot be shown: ${(error as Error).message}`);
      continue;
    }
    let name = /^[0-9a-f]{32}$/.test(record.id) ? record.id : `line-${entry.line}`;
    if (usedNames.has(name)) name = `${name}-line-${entry.line}`;
    usedNames.add(name);
    const file = `articles/${name}.html`;
    await writes.write(join(outDir, file), rendered.html);
    pass.pages++;
    if (rendered.problems.length) pass.withProblems++;
    pass.aggregate.add(record, {
      file,
      id: record.id,
      title: record.article.title?.trim() || `Untitled: ${record.source?.uri ?? record.id}`,
      publishedAt: record.article.publishedAt ?? null,
      siteName: record.article.siteName ?? null,
      mentions: rendered.mentions,
      events: record.events.length,
      warnings: record.warnings.length + rendered.problems.length,
    });
    onArticle?.(pass.aggregate.articles.length);
  }
  return pass;
}

/** What gets a page of its own: the listed people and organisations, every place on the map or listed, all event types and currencies. */
function listedGroups(aggregate: BatchAggregate, topN: number): [GroupKind, string, Group][] {
  const as = (kind: GroupKind, entries: [string, Group][]) => entries.map(([key, group]): [GroupKind, string, Group] => [kind, key, group]);
  return [
    ...as('person', top(aggregate.people, topN)),
    ...as('organization', top(aggregate.organizations, topN)),
    ...as('place', [...aggregate.places].filter(([, p]) => hasCoordinates(p))),
    ...as('place', top(aggregate.places, topN)),
    ...as('event', [...aggregate.eventTypes]),
    ...as('currency', [...aggregate.currencies]),
  ];
}

async function writeAll(writes: WriteQueue, outDir: string, files: PageFile[]): Promise<number> {
  for (const { file, html } of files) await writes.write(join(outDir, file), html);
  return files.length;
}

/** A report written here before is replaced whole, so pages of records no longer in the batch go. */
async function clearPreviousReport(outDir: string): Promise<void> {
  const index = join(outDir, 'index.html');
  if (!existsSync(index) || !readFileSync(index, 'utf8').includes(GENERATOR)) return;
  await rm(join(outDir, 'articles'), { recursive: true, force: true });
  await rm(join(outDir, 'entities'), { recursive: true, force: true });
  for (const name of await readdir(outDir)) if (/^(timeline|articles)(-\d+)?\.html$/.test(name)) await rm(join(outDir, name));
}
