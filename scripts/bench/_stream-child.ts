/** Child of _stream.ts: argv = folder, article count, worker threads. Prints one JSON line of figures. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PQueue from 'p-queue';
import { fetchInput } from '../../src/fetch/index.js';
import { defaultFetchLimits, type InputRef } from '../../src/fetch/types.js';
import { JsonlSink } from '../../src/sinks/jsonl.js';
import { ExtractionPool } from '../../src/workers/pool.js';

const [dir, countArg, workersArg] = process.argv.slice(2);
const count = Number(countArg);
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
const out = mkdtempSync(join(tmpdir(), 'news-extract-stream-'));
const sink = await JsonlSink.open(out);
const pool = new ExtractionPool(Number(workersArg));
const queue = new PQueue({ concurrency: Number(workersArg) * 4 });

const started = performance.now();
for (let i = 0; i < count; i++) {
  const ref: InputRef = { kind: 'file', path: files[i % files.length] };
  await queue.onSizeLessThan(Number(workersArg) * 4);
  void queue.add(async () => {
    try {
      sink.write(await pool.extract(await fetchInput(ref, defaultFetchLimits)));
    } catch {
      // pages without an article body count as processed
    }
  });
}
await queue.onIdle();
const seconds = (performance.now() - started) / 1000;
sink.close();
await pool.close();
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify({ articlesPerSecond: count / seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
