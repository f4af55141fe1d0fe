// Child of _stream.ts, plain JavaScript over the compiled library (dist/), as the CLI runs:
// argv = folder, article count, extraction threads. Prints one JSON line of figures.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../../dist/pipeline.js';
import { JsonlSink } from '../../dist/sinks/jsonl.js';

const [dir, countArg, workersArg] = process.argv.slice(2);
const count = Number(countArg);
const workers = Number(workersArg);
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
const out = mkdtempSync(join(tmpdir(), 'news-extract-stream-'));
const sink = await JsonlSink.open(out);

// the corpus repeated to `count` inputs, generated lazily so that no list of inputs is held
async function* inputs() {
  for (let i = 0; i < count; i++) yield { kind: 'file', path: files[i % files.length] };
}

const started = performance.now();
let failed = 0;
let firstError;
for await (const outcome of runPipeline(inputs(), { concurrency: Math.max(8, workers * 4), workers })) {
  if (outcome.ok) sink.write(outcome.record);
  else if (failed++ === 0) firstError = outcome.error.message;
}
const seconds = (performance.now() - started) / 1000;
sink.close();
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify({ articlesPerSecond: count / seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, failed, firstError }));
