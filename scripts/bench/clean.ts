/**
 * Benchmark of the clean stage: pages per second of cleanHtml over the 181 real pages of
 * ../shared/datasets/article-extraction-benchmark (decoded once beforehand; one warm-up pass,
 * then the best of three timed passes, so that JIT warm-up and GC noise do not decide the figure).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanHtml } from '../../src/clean/index.js';
import { decodeHtml } from '../../src/clean/decode.js';
import { requireShared } from '../eval/_shared.js';

export async function run(): Promise<Record<string, number | string>> {
  const dir = join(requireShared('datasets/article-extraction-benchmark'), 'html');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => decodeHtml(gunzipSync(readFileSync(join(dir, f))), 'text/html; charset=utf-8').html);
  const totalChars = pages.reduce((sum, html) => sum + html.length, 0);

  const pass = (): number => {
    const started = performance.now();
    for (const html of pages) cleanHtml(html);
    return performance.now() - started;
  };
  pass();
  const best = Math.min(pass(), pass(), pass());
  return {
    'clean pages': pages.length,
    'clean mean page size (KB)': Math.round(totalChars / pages.length / 1024),
    'clean pages/s': Math.round((pages.length * 1000) / best),
    'clean ms/page': Number((best / pages.length).toFixed(2)),
    'clean MB/s': Number((totalChars / 1e6 / (best / 1000)).toFixed(1)),
  };
}

// `npx tsx scripts/bench/clean.ts` runs it alone
if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
