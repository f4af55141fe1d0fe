// Child of _stream.ts, plain JavaScript over the compiled library (dist/), as the CLI runs:
// argv = folder, article count, extraction threads, and optionally how many articles warm up first
// (their rate is left out of `warmArticlesPerSecond`). Prints one JSON line of figures.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../../dist/pipeline.js';
import { JsonlSink } from '../../dist/sinks/jsonl.js';

const [dir, countArg, workersArg, warmUpArg = '0'] = process.argv.slice(2);
const count = Number(countArg);
const workers = Number(workersArg);
const warmUp = Number(warmUpArg);
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
const out = mkdtempSync(join(tmpdir(), 'news-extract-stream-'));
const sink = await JsonlSink.open(out);

// the corpus repeated to `count` inputs, generated lazily so that no list of inputs is held
async function* inputs() {
  for (let i = 0; i < count; i++) yield { kind: 'file', path: files[i % files.length] };
}

// the corpus repeats its pages, but a real batch's articles are distinct: each repetition is written (and its id
// remembered by the sink) as a record of its own, its id ending in the article's number
const asDistinct = (record, n) => ({ ...record, id: record.id.slice(0, 24) + n.toString(16).padStart(8, '0') });

const started = performance.now();
let warmedAt = started;
let done = 0;
let failed = 0;
let firstError;
for await (const outcome of runPipeline(inputs(), { concurrency: Math.max(8, workers * 4), workers })) {
  if (outcome.ok) sink.write(asDistinct(outcome.record, done));
  else if (failed++ === 0) firstError = outcome.error.message;
  if (++done === warmUp) warmedAt = performance.now();
}
const ended = performance.now();
const seconds = (ended - started) / 1000;
const warmArticlesPerSecond = warmUp > 0 && warmUp < count ? ((count - warmUp) * 1000) / (ended - warmedAt) : undefined;
sink.close();
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify({ articlesPerSecond: count / seconds, warmArticlesPerSecond, peakRssMb: process.resourceUsage().maxRSS / 1024, failed, firstError }));
