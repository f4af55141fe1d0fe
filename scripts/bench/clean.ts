/**
 * Benchmark of the clean stage: pages per second of cleanHtml over the 181 real pages of
 * ../shared/datasets/article-extraction-benchmark (decoded once beforehand; one warm-up pass,
 * then the best of three timed passes, so that JIT warm-up and GC noise do not decide the figure).
 * CPU time (process.cpuUsage; includes GC threads) is reported beside wall time: on a busy shared
 * machine it says more about the code than the wall clock does. The htmlparser2 parse alone is the
 * stage's floor: the ratio says how much the cleaning adds to it.
 */
import { parseDocument } from 'htmlparser2';
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

  /** one pass over all pages: wall-clock and CPU milliseconds (CPU time is steadier on a shared machine) */
  const pass = (work: (html: string) => unknown): { wall: number; cpu: number } => {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const html of pages) work(html);
    const cpu = process.cpuUsage(cpuStarted);
    return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
  };
  const bestOfThree = (work: (html: string) => unknown) => {
    pass(work);
    const passes = [pass(work), pass(work), pass(work)];
    return { wall: Math.min(...passes.map((p) => p.wall)), cpu: Math.min(...passes.map((p) => p.cpu)) };
  };
  const { wall: best, cpu: bestCpu } = bestOfThree((html) => cleanHtml(html));
  const { cpu: parseCpu } = bestOfThree((html) => parseDocument(html));
  return {
    'clean pages': pages.length,
    'clean mean page size (KB)': Math.round(totalChars / pages.length / 1024),
    'clean pages/s': Math.round((pages.length * 1000) / best),
    'clean pages/s (CPU time)': Math.round((pages.length * 1000) / bestCpu),
    'clean ms/page': Number((best / pages.length).toFixed(2)),
    'clean CPU ms/page': Number((bestCpu / pages.length).toFixed(2)),
    'htmlparser2 parse alone, CPU ms/page': Number((parseCpu / pages.length).toFixed(2)),
    'clean / parse alone (CPU)': Number((bestCpu / parseCpu).toFixed(2)),
    'clean MB/s': Number((totalChars / 1e6 / (best / 1000)).toFixed(1)),
  };
}

// `npx tsx scripts/bench/clean.ts` runs it alone
if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
