/**
 * The benchmark corpus, built reproducibly from ../shared: the 181 real pages of the article
 * extraction benchmark (HTML) and their hand-checked article bodies (plain text).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { requireShared } from '../eval/_shared.js';

export interface BenchPage {
  id: string;
  html: string;
  text: string;
}

export function loadBenchPages(): BenchPage[] {
  const dir = requireShared('datasets/article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((file) => {
      const id = file.replace('.html.gz', '');
      return { id, html: gunzipSync(readFileSync(join(dir, 'html', file))).toString('utf8'), text: truth[id]?.articleBody ?? '' };
    });
}

export const megabytes = (strings: string[]): number => strings.reduce((n, s) => n + Buffer.byteLength(s), 0) / 1e6;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** the seconds `work` takes */
export function timeOnce(work: () => void): number {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
}

export async function timeOnceAsync(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** runs `work` `rounds` times and returns the median seconds */
export function timeMedian(rounds: number, work: () => void): number {
  return median(Array.from({ length: rounds }, () => timeOnce(work)));
}

export async function timeMedianAsync(rounds: number, work: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) times.push(await timeOnceAsync(work));
  return median(times);
}
