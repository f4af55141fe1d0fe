/**
 * Issue #8's figures: articles/s through the PostgreSQL queue with 1, 2 and 4 worker processes on
 * this machine (records stored, jobs completed), on the benchmark's real pages written as files,
 * and the CPU each article costs the workers and the PostgreSQL server (from /proc: the capacity
 * arithmetic of docs/cluster.md, and steadier than wall time on a shared machine). Each
 * configuration gets fresh schemas, dropped afterwards. Skips without DATABASE_URL.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
/** articles each worker processes before the clock starts: its first ones pay for lazy loading and the JIT */
const WARM_UP_PER_WORKER = 40;

export async function run(): Promise<Record<string, number | string>> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    return { queue: 'skipped: DATABASE_URL is unset (set it to a PostgreSQL database, e.g. the one .ci/run creates)' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-bench-queue-'));
  try {
    const pages = loadBenchPages();
    // a different last line makes each copy a different article (record ids hash the content)
    const write = (label: string, page: { html: string }, i: number) => {
      const path = join(dir, `${label}-${String(i).padStart(3, '0')}.html`);
      writeFileSync(path, `${page.html}\n<!-- ${label} -->\n`);
      return path;
    };
    const files = Array.from({ length: COPIES }, (_, copy) => pages.map((page, i) => write(`copy-${copy}`, page, i))).flat();
    const warmUp = pages.slice(0, WARM_UP_PER_WORKER * Math.max(...WORKER_COUNTS)).map((page, i) => write('warm-up', page, i));
    const figures: Record<string, number | string> = {
      'articles per configuration': files.length,
      'MB of HTML per configuration': megabytes(pages.map((p) => p.html)) * COPIES,
    };
    let single = 0;
    for (const workers of WORKER_COUNTS) {
      const run = await measure(databaseUrl, files, warmUp.slice(0, WARM_UP_PER_WORKER * workers), workers);
      if (workers === 1) single = run.rate;
      const label = `${workers} worker process${workers > 1 ? 'es' : ''}`;
      figures[`${label}: articles/s`] = run.rate;
      if (workers > 1) figures[`${label}: speed-up over 1`] = run.rate / single;
      if (run.workerCpuMs !== null) figures[`${label}: worker CPU ms per article`] = run.workerCpuMs;
      if (run.databaseCpuMs !== null) figures[`${label}: PostgreSQL CPU ms per article`] = run.databaseCpuMs;
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Measured {
  rate: number;
  workerCpuMs: number | null;
  databaseCpuMs: number | null;
}

/** articles/s from enqueue to the last job done, with `workers` processes started and ready */
async function measure(databaseUrl: string, files: string[], warmUp: string[], workers: number): Promise<Measured> {
  const id = `nxbench_${Date.now().toString(36)}_${workers}`;
  const options: ClusterOptions = { databaseUrl, bossSchema: `${id}_boss`, recordSchema: `${id}_records`, queue: 'bench' };
  const db = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const setup = await openCluster(options, { maintenance: false, cron: false, poolSize: 2 });
  const children = Array.from({ length: workers }, () => forkWorker({ ...options, concurrency: 4, pollIntervalSeconds: 0.5 }, 'pipe'));
  try {
    await ensureQueues(setup);
    await Promise.all(children.map((child) => readyOf(child)));
    await enqueueInputs(setup, warmUp, { policy: { retryLimit: 0 } });
    await untilDone(db, options, warmUp.length);
    const workerPids = children.map((child) => child.pid!);
    const cpuBefore = { workers: cpuSeconds(workerPids), database: cpuSeconds(postgresPids()) };
    const started = performance.now();
    // no retries: a page without an article fails once and counts as done
    const summary = await enqueueInputs(setup, files, { policy: { retryLimit: 0 } });
    if (summary.queued !== files.length) throw new Error(`news-extract bench queue: queued ${summary.queued} of ${files.length} articles`);
    await untilDone(db, options, warmUp.length + files.length);
    const seconds = (performance.now() - started) / 1000;
    const perArticleMs = (before: number | null, after: number | null) => (before === null || after === null ? null : ((after - before) * 1000) / files.length);
    console.error(`news-extract bench queue: ${workers} worker process(es): ${files.length} articles in ${seconds.toFixed(1)} s`);
    return {
      rate: files.length / seconds,
      workerCpuMs: perArticleMs(cpuBefore.workers, cpuSeconds(workerPids)),
      databaseCpuMs: perArticleMs(cpuBefore.database, cpuSeconds(postgresPids())),
    };
  } finally {
    await Promise.all(children.map((child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')))));
    await setup.close();
    await db.query(`DROP SCHEMA IF EXISTS ${options.bossSchema} CASCADE`);
    await db.query(`DROP SCHEMA IF EXISTS ${options.recordSchema} CASCADE`);
    await db.end();
  }
}

/** waits until this many jobs of the bench queue have been completed or have failed */
async function untilDone(db: pg.Pool, options: ClusterOptions, jobs: number): Promise<void> {
  for (;;) {
    const { rows } = await db.query(`SELECT count(*)::int AS done FROM ${options.bossSchema}.job WHERE name = 'bench-articles' AND state IN ('completed', 'failed')`);
    if (rows[0].done >= jobs) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
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

/** user + system CPU seconds of these processes so far (Linux /proc; null elsewhere) */
function cpuSeconds(pids: number[]): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  let ticks = 0;
  for (const pid of pids) {
    try {
      // the fields after the command name (which may hold spaces): utime and stime are the 12th and 13th
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** the server's processes, when PostgreSQL runs on this machine */
function postgresPids(): number[] {
  if (!existsSync('/proc/self/comm')) return [];
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    })
    .map(Number);
}
