/**
 * Issue #8's figures: articles/s through the PostgreSQL queue with 1, 2 and 4 worker processes on
 * this machine (records stored, jobs completed), on the benchmark's real pages written as files.
 * Each configuration gets fresh schemas, dropped afterwards. Skips without DATABASE_URL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ensureQueues, openCluster, type ClusterOptions } from '../../src/queue/connection.js';
import { enqueueInputs } from '../../src/queue/enqueue.js';
import { forkWorker } from '../../src/queue/processes.js';
import { loadBenchPages, megabytes } from './_corpus.js';

const WORKER_COUNTS = [1, 2, 4];
/** each page is queued this many times (as distinct files) per configuration */
const COPIES = Number(process.env.BENCH_QUEUE_COPIES ?? 3);

export async function run(): Promise<Record<string, number | string>> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const message = 'skipped: DATABASE_URL is unset (e.g. postgres://newsextract:newsextract@127.0.0.1:5432/newsextract_test)';
    console.error(`news-extract bench queue: ${message}`);
    return { queue: message };
  }
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-bench-queue-'));
  try {
    const pages = loadBenchPages();
    const files: string[] = [];
    for (let copy = 0; copy < COPIES; copy++) {
      pages.forEach((page, i) => {
        const path = join(dir, `${String(copy)}-${String(i).padStart(3, '0')}.html`);
        // a different last byte makes each copy a different article (record ids hash the content)
        writeFileSync(path, `${page.html}\n<!-- copy ${copy} -->\n`);
        files.push(path);
      });
    }
    const figures: Record<string, number | string> = {
      'articles per configuration': files.length,
      'MB of HTML per configuration': megabytes(pages.map((p) => p.html)) * COPIES,
    };
    let single = 0;
    for (const workers of WORKER_COUNTS) {
      const rate = await measure(databaseUrl, files, workers);
      if (workers === 1) single = rate;
      figures[`${workers} worker process${workers > 1 ? 'es' : ''}: articles/s`] = rate;
      if (workers > 1) figures[`${workers} worker processes: speed-up over 1`] = rate / single;
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** articles/s from enqueue to the last record stored, with `workers` processes started and ready */
async function measure(databaseUrl: string, files: string[], workers: number): Promise<number> {
  const id = `nxbench_${Date.now().toString(36)}_${workers}`;
  const options: ClusterOptions = { databaseUrl, bossSchema: `${id}_boss`, recordSchema: `${id}_records`, queue: 'bench' };
  const db = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const setup = await openCluster(options, { maintenance: false, cron: false, poolSize: 2 });
  const children = Array.from({ length: workers }, () => forkWorker({ ...options, concurrency: 4, pollIntervalSeconds: 0.5 }, 'pipe'));
  try {
    await ensureQueues(setup);
    await Promise.all(children.map((child) => readyOf(child)));
    const started = performance.now();
    // no retries: a page without an article fails once and counts as done
    const summary = await enqueueInputs(setup, files, { policy: { retryLimit: 0 } });
    if (summary.queued !== files.length) throw new Error(`news-extract bench queue: queued ${summary.queued} of ${files.length} articles`);
    for (;;) {
      const { rows } = await db.query(`SELECT count(*)::int AS done FROM ${options.bossSchema}.job WHERE name = 'bench-articles' AND state IN ('completed', 'failed')`);
      if (rows[0].done >= files.length) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    console.error(`news-extract bench queue: ${workers} worker process(es): ${files.length} articles in ${seconds.toFixed(1)} s`);
    return files.length / seconds;
  } finally {
    await Promise.all(children.map((child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')))));
    await setup.close();
    await db.query(`DROP SCHEMA IF EXISTS ${options.bossSchema} CASCADE`);
    await db.query(`DROP SCHEMA IF EXISTS ${options.recordSchema} CASCADE`);
    await db.end();
  }
}

function readyOf(child: import('node:child_process').ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (/ ready: /.test(seen)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`news-extract bench queue: a worker exited (${code}) before it was ready:\n${seen}`)));
  });
}
