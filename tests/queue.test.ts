/**
 * The PostgreSQL queue against a real server (DATABASE_URL; skipped with a message without it).
 * Three worker processes share 1,000 article jobs; one is killed with SIGKILL while its job waits on
 * a local server; every record ends up in the database exactly once and the killed job is completed
 * by another worker. Each run uses its own schemas, dropped at the end.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureQueues, openCluster, type ClusterOptions } from '../src/queue/connection.js';
import { enqueueInputs } from '../src/queue/enqueue.js';
import { forkWorker } from '../src/queue/processes.js';
import { fixturesDir } from './helpers/shared.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) console.warn('[skip] DATABASE_URL is not set: the PostgreSQL queue tests are skipped.');

const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const cluster: ClusterOptions = {
  databaseUrl: databaseUrl ?? '',
  bossSchema: `nxq_${runId}_boss`,
  recordSchema: `nxq_${runId}_records`,
  queue: 'kill-test',
};
const ARTICLES = 1000;
// the fixture's first two paragraphs: real text, short enough that 1,000 of them take seconds
const articleText = readFileSync(join(fixturesDir, 'articles', 'kazakhstan-eu-summit.txt'), 'utf8').split('\n').slice(0, 2).join('\n');
const articlePage = readFileSync(join(fixturesDir, 'articles', 'kazakhstan-eu-summit.html'), 'utf8');

/** a local site: the first request for /slow never gets an answer, later ones get the article page */
function startSite(): Promise<{ server: Server; url: string; slowRequests: () => number; firstSlowRequest: Promise<void> }> {
  let slow = 0;
  let arrived!: () => void;
  const firstSlowRequest = new Promise<void>((resolve) => (arrived = resolve));
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.url === '/slow') {
      slow++;
      if (slow === 1) return arrived();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}`, slowRequests: () => slow, firstSlowRequest });
    }),
  );
}

/** a worker process whose stderr lines are kept, to see which jobs it started */
function startWorkerProcess(): { child: ChildProcess; lines: string[]; exited: Promise<void> } {
  const child = forkWorker(
    {
      ...cluster,
      concurrency: 4,
      pollIntervalSeconds: 0.5,
      maintenanceIntervalSeconds: 1,
      logJobs: true,
      fetch: { allowPrivate: true, timeoutMs: 60_000 },
    },
    'pipe',
  );
  const lines: string[] = [];
  let rest = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop()!;
    lines.push(...parts);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, lines, exited };
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!databaseUrl)('PostgreSQL queue: three worker processes, one killed', () => {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-queue-'));
  let site: Awaited<ReturnType<typeof startSite>>;

  beforeAll(async () => {
    site = await startSite();
  });

  afterAll(async () => {
    site?.server.closeAllConnections();
    site?.server.close();
    await db.query(`DROP SCHEMA IF EXISTS ${cluster.bossSchema} CASCADE`);
    await db.query(`DROP SCHEMA IF EXISTS ${cluster.recordSchema} CASCADE`);
    await db.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every one of 1,000 records exactly once, and another worker completes the killed job', async () => {
    // 999 distinct articles (one more sentence each) and the slow page in the middle of the queue
    const files = Array.from({ length: ARTICLES - 1 }, (_, i) => {
      const path = join(dir, `article-${String(i).padStart(4, '0')}.txt`);
      writeFileSync(path, `${articleText.trimEnd()}\n\nThis is update number ${i + 1} of the report.\n`);
      return path;
    });
    const slowUrl = `${site.url}/slow`;
    const setup = await openCluster(cluster, { maintenance: false, cron: false, poolSize: 2 });
    try {
      await ensureQueues(setup);
      // short expiry so the killed worker's job goes back to the queue within seconds
      const policy = { expireInSeconds: 4, retryDelaySeconds: 1, retryLimit: 5 };
      const queued = [
        await enqueueInputs(setup, files.slice(0, 500), { policy }),
        await enqueueInputs(setup, [slowUrl], { policy }),
        await enqueueInputs(setup, files.slice(500), { policy }),
      ].reduce((sum, s) => sum + s.queued, 0);
      expect(queued).toBe(ARTICLES);
    } finally {
      await setup.close();
    }

    const workers = [startWorkerProcess(), startWorkerProcess(), startWorkerProcess()];
    try {
      await site.firstSlowRequest;
      const started = new RegExp(`^news-extract: worker (\\S+) started \\S+ ${slowUrl.replace(/[.:/]/g, '\\$&')} `);
      let victim: (typeof workers)[number] | undefined;
      let victimId = '';
      await waitFor('the worker that took the slow job to say so', () => {
        for (const worker of workers) {
          const line = worker.lines.find((l) => started.test(l));
          if (line) [victim, victimId] = [worker, started.exec(line)![1]];
        }
        return victim !== undefined;
      }, 10_000);
      victim!.child.kill('SIGKILL');
      await victim!.exited;

      const schema = cluster.recordSchema!;
      await waitFor(`${ARTICLES} records`, async () => (await db.query(`SELECT count(*)::int AS n FROM ${schema}.articles`)).rows[0].n >= ARTICLES, 90_000);

      const { rows: uris } = await db.query<{ uri: string; n: number }>(`SELECT uri, count(*)::int AS n FROM ${schema}.articles GROUP BY uri`);
      expect(uris.every((row) => row.n === 1)).toBe(true);
      expect(uris.map((row) => row.uri).sort()).toEqual([...files, slowUrl].sort());

      const { rows: jobs } = await db.query<{ state: string; n: number }>(
        `SELECT state::text, count(*)::int AS n FROM ${cluster.bossSchema}.job WHERE name = 'kill-test-articles' GROUP BY state`,
      );
      expect(jobs).toEqual([{ state: 'completed', n: ARTICLES }]);

      const { rows: slowJob } = await db.query<{ state: string; retry_count: number; output: { worker: string; recordId: string } }>(
        `SELECT state::text, retry_count, output FROM ${cluster.bossSchema}.job WHERE name = 'kill-test-articles' AND singleton_key = $1`,
        [slowUrl],
      );
      expect(slowJob).toHaveLength(1);
      expect(slowJob[0].state).toBe('completed');
      expect(slowJob[0].retry_count).toBeGreaterThanOrEqual(1);
      expect(slowJob[0].output.worker).not.toBe(victimId);
      expect(workers.filter((w) => w !== victim).map((w) => w.lines.some((l) => l.startsWith(`news-extract: worker ${slowJob[0].output.worker} `)))).toContain(true);
      expect(site.slowRequests()).toBeGreaterThanOrEqual(2);
    } finally {
      for (const worker of workers) worker.child.kill('SIGTERM');
      await Promise.all(workers.map((w) => w.exited));
    }
  }, 120_000);
});
