/**
 * The life of queue jobs against a real PostgreSQL server (DATABASE_URL; skipped with a message
 * without it): enqueue skips what is queued or stored, a failing article is retried and then
 * dead-lettered with its last error, `status` reports it, and a scheduled enqueue is carried out by
 * a worker. One worker runs in this process; the schemas of the run are dropped at the end.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureQueues, openCluster, type Cluster, type ClusterOptions } from '../src/queue/connection.js';
import { enqueueInputs } from '../src/queue/enqueue.js';
import { clusterSchedule, scheduleOnCluster, unscheduleOnCluster, type ScheduledEnqueue } from '../src/queue/schedule.js';
import { formatStatus, queueStatus } from '../src/queue/status.js';
import { startWorker, type RunningWorker } from '../src/queue/worker.js';
import { fixturesDir } from './helpers/shared.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) console.warn('[skip] DATABASE_URL is not set: the PostgreSQL queue tests are skipped.');

const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const options: ClusterOptions = {
  databaseUrl: databaseUrl ?? '',
  bossSchema: `nxl_${runId}_boss`,
  recordSchema: `nxl_${runId}_records`,
  queue: 'lifecycle',
};
const paragraphs = readFileSync(join(fixturesDir, 'articles', 'kazakhstan-eu-summit.txt'), 'utf8').split('\n').filter((line) => line.length > 200);

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!databaseUrl)('PostgreSQL queue: enqueue, retries, dead letters, status, schedule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-queue-life-'));
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  let server: Server;
  let site = '';
  let cluster: Cluster;
  let worker: RunningWorker;
  const recordCount = async () => (await db.query(`SELECT count(*)::int AS n FROM ${options.recordSchema}.articles`)).rows[0].n as number;

  function writeArticles(folder: string, count: number): string {
    mkdirSync(join(dir, folder));
    for (let i = 0; i < count; i++) writeFileSync(join(dir, folder, `a${i}.txt`), `${paragraphs[i % paragraphs.length]}\n\nFiled from the ${folder} desk, item ${i + 1}.\n`);
    return join(dir, folder);
  }

  beforeAll(async () => {
    server = createServer((_request, response) => response.writeHead(404, { 'content-type': 'text/plain' }).end('not here'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    cluster = await openCluster(options, { maintenance: false, cron: false, poolSize: 2 });
    await ensureQueues(cluster);
  });

  afterAll(async () => {
    await worker?.stop();
    await cluster?.close();
    server?.close();
    await db.query(`DROP SCHEMA IF EXISTS ${options.bossSchema} CASCADE`);
    await db.query(`DROP SCHEMA IF EXISTS ${options.recordSchema} CASCADE`);
    await db.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('queues each article once, and reports inputs that name nothing', async () => {
    const folder = writeArticles('first', 3);
    const policy = { retryLimit: 1, retryDelaySeconds: 1, expireInSeconds: 60 };
    const first = await enqueueInputs(cluster, [folder, `${site}/gone`, join(dir, 'nothing-here')], { policy });
    expect({ ...first, failed: first.failed.map((f) => f.code) }).toEqual({ queued: 4, alreadyQueued: 0, alreadyStored: 0, failed: ['INPUT_NOT_FOUND'] });
    const again = await enqueueInputs(cluster, [folder, join(folder, 'a0.txt')], { policy });
    expect(again).toMatchObject({ queued: 0, alreadyQueued: 4, alreadyStored: 0 });
  });

  it('stores the records, retries the failing article, then dead-letters it with its last error', async () => {
    worker = await startWorker({ ...options, concurrency: 4, pollIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, fetch: { allowPrivate: true } });
    await waitFor('three records and one dead letter', async () => (await recordCount()) === 3 && (await queueStatus(options)).deadLetters === 1);
    const status = await queueStatus(options);
    expect(status.jobs).toEqual({ queued: 0, retrying: 0, active: 0, completed: 3, failed: 1, cancelled: 0 });
    expect(status.recentDeadLetters).toHaveLength(1);
    expect(status.recentDeadLetters[0]).toMatchObject({ input: `${site}/gone`, code: 'FETCH_HTTP', worker: worker.id });
    expect(status.recentDeadLetters[0].message).toContain('404');
    expect(status.rate.lastMinute).toBeCloseTo(3 / 60);
    expect(status.workers).toContain(worker.id);
    expect(formatStatus(status)).toContain(`${site}/gone: [FETCH_HTTP]`);
    const { rows } = await db.query(`SELECT retry_count FROM ${options.bossSchema}.job WHERE name = 'lifecycle-articles' AND state = 'failed'`);
    expect(rows).toEqual([{ retry_count: 1 }]);
  });

  it('skips articles whose record the database already holds', async () => {
    const summary = await enqueueInputs(cluster, [join(dir, 'first')]);
    expect(summary).toMatchObject({ queued: 0, alreadyStored: 3 });
  });

  it('carries out a scheduled enqueue on a worker: the tick is a job on the enqueue queue', async () => {
    const folder = writeArticles('scheduled', 2);
    await cluster.boss.send(cluster.names.enqueue, { inputs: [folder] } satisfies ScheduledEnqueue);
    await waitFor('the two scheduled articles', async () => (await recordCount()) === 5);
  });

  it('keeps one schedule per queue in the database, with absolute paths', async () => {
    await scheduleOnCluster(options, { cron: '*/15 * * * *', inputs: ['feeds', `${site}/feed.xml`] });
    expect(await clusterSchedule(options)).toMatchObject({ cron: '*/15 * * * *', timeZone: 'UTC', inputs: [join(process.cwd(), 'feeds'), `${site}/feed.xml`] });
    expect((await queueStatus(options)).schedule?.cron).toBe('*/15 * * * *');
    await unscheduleOnCluster(options);
    expect(await clusterSchedule(options)).toBeNull();
  });

  it.each([
    ['a cron expression that is not one', { cron: 'every monday', inputs: ['feeds'] }, /cannot schedule "every monday"/],
    ['stdin as an input', { cron: '0 * * * *', inputs: ['-'] }, /cannot read its inputs from stdin/],
  ])('refuses %s', async (_what, schedule, message) => {
    await expect(scheduleOnCluster(options, schedule)).rejects.toThrow(message);
  });
});
