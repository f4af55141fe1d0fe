/**
 * The cost of storing a record, next to the cost of making it: real records (the 181 pages of the
 * extraction benchmark in ../shared) written to records.jsonl, to SQLite and to PostgreSQL
 * (DATABASE_URL, if set) the way `runJob` writes them (batches of 64, each record in a savepoint),
 * plus the state store's batch of input rows. Figures are CPU microseconds per record (user + system
 * of this process, median of rounds), so a busy machine skews them less than wall time would; the
 * PostgreSQL figure is wall time, as most of its cost is the server's and the round trips.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { extractArticle } from '../../src/article.js';
import { runJob } from '../../src/job.js';
import type { ArticleRecord } from '../../src/record.js';
import { JsonlSink } from '../../src/sinks/jsonl.js';
import { PostgresSink } from '../../src/sinks/postgres.js';
import { SqliteSink } from '../../src/sinks/sqlite.js';
import type { RecordSink } from '../../src/sinks/types.js';
import { SqliteStateStore } from '../../src/state/sqlite.js';
import type { InputState } from '../../src/state/types.js';
import { loadBenchPages, median, timeMedianAsync } from './_corpus.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BATCH = 64;

export async function run(): Promise<Record<string, number | string>> {
  const pages = loadBenchPages();
  const figures: Record<string, number | string> = {};
  extractArticle({ html: pages[0].html, url: 'https://bench.example/warm-up' });
  let records: ArticleRecord[] = [];
  const extract = await cpuMedian(async () => {
    records = pages.map((p) => extractArticle({ html: p.html, url: `https://bench.example/${p.id}` }));
  });
  const n = records.length;
  const perRecord = (seconds: number) => (seconds / n) * 1e6;
  figures['records'] = n;
  figures['extract (all stages after fetch): CPU µs/article'] = perRecord(extract);

  const dir = mkdtempSync(join(tmpdir(), 'news-extract-bench-sinks-'));
  try {
    let round = 0;
    const fresh = () => join(dir, `round-${round++}`);
    figures['records.jsonl: CPU µs/record'] = perRecord(await cpuMedian(async () => writeAll(await JsonlSink.open(fresh()), records)));
    figures['SQLite news.db, new records: CPU µs/record'] = perRecord(await cpuMedian(() => writeAll(SqliteSink.open(join(fresh(), 'news.db')), records)));
    const again = SqliteSink.open(join(fresh(), 'news.db'));
    await writeAll(again, records, false);
    figures['SQLite news.db, replacing records: CPU µs/record'] = perRecord(await cpuMedian(() => writeAll(again, records, false)));
    again.close();
    const states = records.map((record, i): InputState => ({ input: `/bench/${i}.html`, kind: 'file', outcome: 'ok', recordId: record.id, contentSha256: record.source.contentSha256, size: 1000 + i, mtimeMs: Date.now(), failures: 0, updatedAt: new Date().toISOString() }));
    figures['state.db, batch of inputs: CPU µs/input'] = perRecord(
      await cpuMedian(async () => {
        const state = SqliteStateStore.open(join(fresh(), 'state.db'));
        for (let i = 0; i < states.length; i += BATCH) state.putAll(states.slice(i, i + BATCH));
        state.close();
      }),
    );
    const sinkCost = (figures['records.jsonl: CPU µs/record'] as number) + (figures['SQLite news.db, new records: CPU µs/record'] as number) + (figures['state.db, batch of inputs: CPU µs/input'] as number);
    figures['JSONL + SQLite + state, share of the article budget'] = `${((100 * sinkCost) / (sinkCost + (figures['extract (all stages after fetch): CPU µs/article'] as number))).toFixed(1)} %`;
    // end to end from files: the same pages through runJob, without and with JSONL + SQLite + state
    const pagesDir = join(dir, 'pages');
    mkdirSync(pagesDir);
    pages.forEach((p) => writeFileSync(join(pagesDir, `${p.id}.html`), p.html));
    const bare = await cpuMedian(async () => void (await runJob([pagesDir], { sinks: [] })));
    const stored = await cpuMedian(async () => {
      const out = fresh();
      const state = SqliteStateStore.open(join(out, 'state.db'));
      const sinks = [await JsonlSink.open(out), SqliteSink.open(join(out, 'news.db'))];
      await runJob([pagesDir], { sinks, state });
      for (const sink of sinks) await sink.close();
      state.close();
    });
    figures['runJob from files, no sinks: articles/CPU-s'] = pages.length / bare;
    figures['runJob from files, JSONL + SQLite + state: articles/CPU-s'] = pages.length / stored;
    if (process.env.DATABASE_URL) {
      const schema = `news_extract_bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      try {
        const sink = await PostgresSink.open({ connectionString: process.env.DATABASE_URL, options: `-c search_path=${schema}` });
        figures['PostgreSQL, new then replaced: wall µs/record'] = perRecord(await timeMedianAsync(ROUNDS, () => writeAll(sink, records, false)));
        await sink.close();
      } finally {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      }
    } else {
      figures['PostgreSQL'] = 'skipped (DATABASE_URL is not set)';
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

/** median CPU seconds (user + system) of this process over the rounds */
async function cpuMedian(work: () => Promise<void> | void): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const before = process.cpuUsage();
    await work();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1e6);
  }
  return median(times);
}

/** as runJob writes: a flush every BATCH records */
async function writeAll(sink: RecordSink, records: ArticleRecord[], close = true): Promise<void> {
  for (let i = 0; i < records.length; i++) {
    await sink.write(records[i]);
    if ((i + 1) % BATCH === 0) await sink.flush?.();
  }
  await sink.flush?.();
  if (close) await sink.close();
}
