/**
 * `npm run eval -- clean [--only <id-prefix>] [--worst N]`: the clean stage over the 181 pages of
 * ../shared/datasets/article-extraction-benchmark, scored with that benchmark's own metric (see its
 * README): 4-token shingles of runs of letters, digits and `_`; per-page precision and recall averaged
 * over pages; F1 of the two averages. Prints the tuning half (ids 0-7), the check half (8-f) and all
 * pages beside the published table and the stored baselines, and writes the predictions to
 * output/eval/clean-predictions.json as `{ id: { articleBody } }`.
 * `--only <prefixes>` restricts the run to ids starting with one of the comma-separated prefixes;
 * `--tuning` runs the tuning half alone (the check half is not read) and prints its two sub-halves
 * (ids 0-3 and 4-7), to cross-validate a rule inside the tuning half.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanHtml } from '../../src/clean/index.js';
import { decodeHtml } from '../../src/clean/decode.js';
import type { ArticleMetadata } from '../../src/document.js';
import { requireShared } from './_shared.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

interface Summary {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** 4-token shingles with their counts, as the benchmark's evaluation counts them */
function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of p) {
    const inTruth = t.get(key) ?? 0;
    tp += Math.min(count, inTruth);
    fp += Math.max(0, count - inTruth);
  }
  for (const [key, count] of t) fn += Math.max(0, count - (p.get(key) ?? 0));
  // two empty texts agree perfectly
  if (tp + fp + fn === 0) return { tp: 1, fp: 0, fn: 0 };
  return { tp, fp, fn };
}

export function summarise(scores: PageScore[]): Summary {
  const precisions = scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp));
  const recalls = scores.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: scores.length };
}

const PUBLISHED: Array<[string, number, number, number]> = [
  ['rs_trafilatura', 0.97, 0.951, 0.99],
  ['Zyte AutoExtract (2019)', 0.97, 0.984, 0.956],
  ['go_trafilatura', 0.96, 0.94, 0.98],
  ['trafilatura 2.0.0', 0.958, 0.938, 0.978],
  ['Diffbot (2019)', 0.951, 0.958, 0.944],
  ['newspaper4k', 0.949, 0.964, 0.934],
  ['Readability.js 0.6.0', 0.947, 0.914, 0.982],
  ['readability-lxml', 0.922, 0.913, 0.931],
  ['html-text (whole page)', 0.665, 0.5, 0.994],
];

const isTuning = (id: string) => /^[0-7]/.test(id);
const TUNING_SUB_HALVES: Array<[string, (id: string) => boolean]> = [
  ['tuning sub-half A (ids 0-3)', (id) => /^[0-3]/.test(id)],
  ['tuning sub-half B (ids 4-7)', (id) => /^[4-7]/.test(id)],
];

function row(label: string, s: Summary): string {
  return `${label.padEnd(28)} F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  (${s.pages} pages)`;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

type MetadataField = keyof ArticleMetadata;
const METADATA_FIELDS: MetadataField[] = ['title', 'authors', 'publishedAt', 'language', 'siteName', 'canonicalUrl'];

export async function run(args: string[]): Promise<void> {
  const base = requireShared('datasets/article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(base, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const only = option(args, '--only')?.split(',').filter(Boolean);
  const tuningOnly = args.includes('--tuning');
  const worst = Number(option(args, '--worst') ?? 0);
  const ids = Object.keys(truth)
    .filter((id) => !only || only.some((prefix) => id.startsWith(prefix)))
    .filter((id) => !tuningOnly || isTuning(id))
    .sort();

  const predictions: Record<string, { articleBody: string }> = {};
  const scores = new Map<string, PageScore>();
  const found = new Map<MetadataField, number>(METADATA_FIELDS.map((f) => [f, 0]));
  const warnings = new Map<string, number>();
  let cleanMs = 0;
  for (const id of ids) {
    const bytes = gunzipSync(readFileSync(join(base, 'html', `${id}.html.gz`)));
    const { html } = decodeHtml(bytes, 'text/html; charset=utf-8');
    const started = performance.now();
    let text = '';
    try {
      const page = cleanHtml(html, { url: truth[id].url });
      text = page.text;
      for (const field of METADATA_FIELDS) {
        const value = page.metadata[field];
        if (Array.isArray(value) ? value.length > 0 : value) found.set(field, (found.get(field) ?? 0) + 1);
      }
      for (const w of page.warnings) warnings.set(w.code, (warnings.get(w.code) ?? 0) + 1);
    } catch (error) {
      warnings.set('THREW', (warnings.get('THREW') ?? 0) + 1);
      console.error(`news-extract eval clean: ${id} threw: ${(error as Error).message}`);
    }
    cleanMs += performance.now() - started;
    predictions[id] = { articleBody: text };
    scores.set(id, scorePage(truth[id].articleBody, text));
  }

  const outDir = join(repoRoot, 'output', 'eval');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'clean-predictions.json'), JSON.stringify(predictions, null, 1));

  const pick = (filter: (id: string) => boolean) => ids.filter(filter).map((id) => scores.get(id)!);
  console.log('news-extract clean stage (benchmark metric: 4-token shingles, page-averaged P and R)');
  console.log(row('tuning half (ids 0-7)', summarise(pick(isTuning))));
  for (const [label, filter] of TUNING_SUB_HALVES) console.log(row(`  ${label}`, summarise(pick(filter))));
  if (!tuningOnly) {
    console.log(row('check half (ids 8-f)', summarise(pick((id) => !isTuning(id)))));
    console.log(row('all pages', summarise(pick(() => true))));
  }
  console.log(`clean time: ${cleanMs.toFixed(0)} ms, ${((ids.length * 1000) / cleanMs).toFixed(1)} pages/s (decode excluded)`);

  console.log('\nstored baselines on the same pages (this metric):');
  for (const file of readdirSync(join(base, 'baselines')).sort()) {
    // most files wrap the outputs as { version, output }; newspaper's is the bare map
    const parsed = JSON.parse(readFileSync(join(base, 'baselines', file), 'utf8')) as Record<string, unknown>;
    const output = (parsed.output ?? parsed) as Record<string, { articleBody?: string }>;
    const baseScore = (id: string) => scorePage(truth[id].articleBody, output[id]?.articleBody ?? '');
    const halves = ids.some((id) => !isTuning(id)) ? `  halves: tuning ${summarise(ids.filter(isTuning).map(baseScore)).f1.toFixed(3)}, check ${summarise(ids.filter((id) => !isTuning(id)).map(baseScore)).f1.toFixed(3)}` : '';
    console.log(row(`  ${file.replace(/\.json$/, '')}`, summarise(ids.map(baseScore))) + halves);
  }
  console.log('\npublished table (all 181 pages):');
  for (const [name, f1, p, r] of PUBLISHED) console.log(row(`  ${name}`, { f1, precision: p, recall: r, pages: 181 }));

  console.log('\nmetadata found (pages with a value):');
  for (const [field, count] of found) console.log(`  ${field.padEnd(14)} ${count}/${ids.length} (${((100 * count) / ids.length).toFixed(0)}%)`);
  if (warnings.size) console.log(`warnings: ${[...warnings].map(([c, n]) => `${c} ${n}`).join(', ')}`);

  if (worst > 0) {
    console.log(`\nworst ${worst} pages by F1:`);
    const f1 = (s: PageScore) => (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
    const ranked = [...ids].sort((a, b) => f1(scores.get(a)!) - f1(scores.get(b)!));
    for (const id of ranked.slice(0, worst)) {
      const s = scores.get(id)!;
      const p = s.tp / Math.max(1, s.tp + s.fp);
      const r = s.tp / Math.max(1, s.tp + s.fn);
      console.log(`  ${id.slice(0, 10)} F1 ${f1(s).toFixed(3)} P ${p.toFixed(3)} R ${r.toFixed(3)} ${truth[id].url}`);
    }
  }
}
