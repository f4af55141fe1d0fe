/**
 * Reading a run's output folder: records.jsonl streamed a line at a time (a batch of any size never
 * sits in memory), errors.jsonl reduced to counts and a first page of rows, summary.json if present.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { ArticleRecord } from '../record.js';
import type { FailedInput } from '../sinks/types.js';

export type RecordLine =
  | { line: number; ok: true; record: ArticleRecord }
  | { line: number; ok: false; reason: string };

const ARRAY_FIELDS = ['people', 'places', 'organizations', 'money', 'quantities', 'dates', 'events', 'quotes', 'warnings'] as const;

export async function* readRecords(path: string): AsyncGenerator<RecordLine> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line === 1 ? text.replace(/^\uFEFF/, '') : text);
    } catch (error) {
      yield { line, ok: false, reason: `not JSON: ${(error as Error).message}` };
      continue;
    }
    const checked = asRecord(value);
    yield typeof checked === 'string' ? { line, ok: false, reason: checked } : { line, ok: true, record: checked };
  }
}

/**
 * The record if it has what the report needs (an article text); lists a record lacks become empty,
 * so a record from an older or partial pipeline is still shown. A reason string otherwise.
 */
export function asRecord(value: unknown): ArticleRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const candidate = value as Record<string, unknown>;
  const article = candidate.article as Record<string, unknown> | undefined;
  if (typeof article?.text !== 'string') return 'no article.text';
  for (const field of ARRAY_FIELDS) {
    if (candidate[field] === undefined) candidate[field] = [];
    else if (!Array.isArray(candidate[field])) return `"${field}" is not a list`;
  }
  if (typeof candidate.id !== 'string') candidate.id = '';
  article.authors = Array.isArray(article.authors) ? article.authors : [];
  for (const entity of [...(candidate.people as object[]), ...(candidate.places as object[]), ...(candidate.organizations as object[])]) {
    const e = entity as { mentions?: unknown; aliases?: unknown; titles?: unknown };
    if (!Array.isArray(e.mentions)) e.mentions = [];
    if (e.aliases !== undefined && !Array.isArray(e.aliases)) e.aliases = [];
    if (e.titles !== undefined && !Array.isArray(e.titles)) e.titles = [];
  }
  for (const person of candidate.people as { aliases?: unknown; titles?: unknown }[]) {
    person.aliases ??= [];
    person.titles ??= [];
  }
  for (const org of candidate.organizations as { aliases?: unknown }[]) org.aliases ??= [];
  return candidate as unknown as ArticleRecord;
}

export interface FailureDigest {
  total: number;
  byCode: Map<string, number>;
  /** the first rows, in file order */
  rows: FailedInput[];
  /** lines that were not a failure object */
  unreadable: number;
}

export async function readFailures(path: string, keepRows: number): Promise<FailureDigest | null> {
  if (!existsSync(path)) return null;
  const digest: FailureDigest = { total: 0, byCode: new Map(), rows: [], unreadable: 0 };
  for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (!text.trim()) continue;
    let failure: Partial<FailedInput>;
    try {
      failure = JSON.parse(text) as Partial<FailedInput>;
    } catch {
      digest.unreadable++;
      continue;
    }
    const row: FailedInput = {
      input: String(failure.input ?? ''),
      code: String(failure.code ?? 'UNKNOWN'),
      message: String(failure.message ?? ''),
      at: String(failure.at ?? ''),
    };
    digest.total++;
    digest.byCode.set(row.code, (digest.byCode.get(row.code) ?? 0) + 1);
    if (digest.rows.length < keepRows) digest.rows.push(row);
  }
  return digest;
}

export interface RunCounts {
  ok: number | null;
  failed: number | null;
  skipped: number | null;
}

export async function readRunSummary(path: string): Promise<RunCounts | null> {
  if (!existsSync(path)) return null;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`news-extract: report: ${path} is not JSON: ${(error as Error).message}`);
  }
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return { ok: count(parsed.ok), failed: count(parsed.failed), skipped: count(parsed.skipped) };
}
