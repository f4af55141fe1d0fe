/**
 * One worker process: takes article jobs from the queue in batches, runs the same pipeline as `run`,
 * and writes each record in the transaction that completes its job, so a record is stored exactly
 * when its job is done. Jobs of a worker that dies expire and go to another worker.
 *
 * The loop is our own rather than pg-boss's `work()`: `work()` completes or fails a whole batch
 * after its handler returns, which would mark a job complete that a failed attempt had already
 * handed back to the queue and another worker had taken again.
 */
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { ConfigError, requireWholeNumber, toNewsExtractError } from '../errors.js';
import { checkLimits, defaultFetchLimits, describeInput, type FetchLimits, type InputRef } from '../fetch/types.js';
import { processInput } from '../pipeline.js';
import type { ArticleRecord } from '../record.js';
import { upsertRecordPostgres } from '../sinks/postgres.js';
import { executorOf, openCluster, type Cluster, type ClusterOptions } from './connection.js';
import { enqueueInputs, type ArticleJob } from './enqueue.js';
import { WORKER_APPLICATION_NAME } from './names.js';
import type { ScheduledEnqueue } from './schedule.js';

export interface WorkerOptions extends ClusterOptions {
  /** articles in flight at once in this process (default 8): fetching waits on the network */
  concurrency?: number;
  /** seconds between looks at an empty queue (default 2, at least 0.5) */
  pollIntervalSeconds?: number;
  /** seconds between maintenance runs: expiring jobs of dead workers, archiving (default 30) */
  maintenanceIntervalSeconds?: number;
  fetch?: Partial<FetchLimits>;
  /** a line on stderr for every job started and finished */
  logJobs?: boolean;
}

export interface WorkerStats {
  /** records stored, each with its job completed */
  completed: number;
  /** attempts that failed (the job is retried or, after its last attempt, dead-lettered) */
  failed: number;
  /** records not stored because the job had expired and gone to another worker meanwhile */
  lost: number;
}

export interface RunningWorker {
  /** host:pid, also written into each completed job's output */
  readonly id: string;
  readonly stats: WorkerStats;
  /** stops taking jobs, finishes those in flight, closes the connections */
  stop(): Promise<WorkerStats>;
  /** settles when the worker has stopped (by stop() or a fatal error) */
  readonly done: Promise<WorkerStats>;
}

/** Postgres codes worth an immediate second try of the record transaction */
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01']);

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const concurrency = requireWholeNumber('concurrency', options.concurrency ?? 8);
  const pollMs = Math.max(0.5, options.pollIntervalSeconds ?? 2) * 1000;
  const limits = checkLimits({ ...defaultFetchLimits, ...options.fetch });
  const id = `${hostname()}:${process.pid}`;
  const cluster = await openCluster(options, {
    maintenance: true,
    cron: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    poolSize: concurrency + 3,
    applicationName: `${WORKER_APPLICATION_NAME} ${id}`,
  });
  const { boss, names } = cluster;
  const stats: WorkerStats = { completed: 0, failed: 0, lost: 0 };
  const stopping = new AbortController();
  const log = (line: string) => process.stderr.write(`news-extract: worker ${id} ${line}\n`);

  await boss.work<ScheduledEnqueue>(names.enqueue, { batchSize: 1, pollingIntervalSeconds: pollMs / 1000 }, async ([job]) => {
    const summary = await enqueueInputs(cluster, job.data.inputs, { policy: job.data.policy, fetch: limits });
    log(`enqueued ${summary.queued} articles for the schedule (${summary.alreadyStored} already stored, ${summary.alreadyQueued} already queued, ${summary.failed.length} inputs failed)`);
    return { ...summary, failed: summary.failed.slice(0, 20) };
  });

  async function handle(job: PgBoss.JobWithMetadata<ArticleJob>): Promise<void> {
    const ref = jobRef(job);
    const input = ref ? describeInput(ref) : JSON.stringify(job.data);
    if (options.logJobs) log(`started ${job.id} ${input} (attempt ${job.retryCount + 1})`);
    try {
      const outcome = ref
        ? await processInput(ref, limits)
        : { ok: false as const, input, error: new ConfigError(`job ${job.id} has no article input: ${input.slice(0, 200)}`) };
      if (outcome.ok) {
        const stored = await completeWithRecord(cluster, job, outcome.record, id);
        stats[stored ? 'completed' : 'lost']++;
        if (options.logJobs || !stored) log(`${stored ? 'completed' : 'gave up (the job expired and went to another worker)'} ${job.id} ${input}`);
      } else {
        await boss.fail(names.articles, job.id, { ...outcome.error.toJSON(), worker: id });
        stats.failed++;
        if (options.logJobs) log(`failed ${job.id} ${input}: [${outcome.error.code}] ${outcome.error.message}`);
      }
    } catch (error) {
      // the database is unreachable or refused the record: the job stays active, expires and is retried
      stats.failed++;
      log(`could not finish ${job.id} ${input}: ${toNewsExtractError(error, input).message}`);
    }
  }

  async function loop(): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    const idle = () => sleep(pollMs, undefined, { signal: stopping.signal }).catch(() => undefined);
    while (!stopping.signal.aborted) {
      // refill in batches, one round trip for many jobs, once half the slots are free
      if (inFlight.size <= concurrency / 2) {
        let jobs: PgBoss.JobWithMetadata<ArticleJob>[] = [];
        try {
          jobs = await boss.fetch<ArticleJob>(names.articles, { batchSize: concurrency - inFlight.size, includeMetadata: true });
        } catch (error) {
          log(`cannot take jobs: ${(error as Error).message}`);
        }
        for (const job of jobs) {
          const running: Promise<void> = handle(job).finally(() => inFlight.delete(running));
          inFlight.add(running);
        }
        if (jobs.length === 0) {
          await Promise.race([idle(), ...inFlight]);
          continue;
        }
      }
      if (inFlight.size > concurrency / 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  }

  log(`ready: queue "${names.articles}", ${concurrency} articles at a time`);
  const done = loop()
    .finally(() => cluster.close(true))
    .then(() => {
      log(`stopped: ${stats.completed} completed, ${stats.failed} failed, ${stats.lost} given up`);
      return stats;
    });
  return {
    id,
    stats,
    done,
    stop() {
      stopping.abort();
      return done;
    },
  };
}

/**
 * Completes the job and stores its record in one transaction. The completion goes first: when the
 * job is no longer this worker's (it expired and was handed on), nothing is written.
 */
async function completeWithRecord(cluster: Cluster, job: PgBoss.Job<ArticleJob>, record: ArticleRecord, worker: string): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    const client = await cluster.pool.connect();
    try {
      await client.query('BEGIN');
      // no wait for the WAL flush: a commit lost in a server crash loses the completion with the
      // record, so the job expires and is redone; one fsync per article is the cost it saves
      await client.query('SET LOCAL synchronous_commit = off');
      const result = (await cluster.boss.complete(cluster.names.articles, job.id, { recordId: record.id, worker }, { db: executorOf(client) })) as unknown as {
        affected: number;
      };
      if (result.affected !== 1) {
        await client.query('ROLLBACK');
        return false;
      }
      await upsertRecordPostgres(client, record);
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      const code = (error as { code?: string }).code;
      if (attempt >= 3 || !code || !TRANSIENT_SQLSTATES.has(code)) throw error;
    } finally {
      client.release();
    }
  }
}

function jobRef(job: PgBoss.Job<ArticleJob>): InputRef | null {
  const ref = job.data?.ref;
  if (ref?.kind === 'file' && typeof ref.path === 'string') return ref;
  if (ref?.kind === 'url' && typeof ref.url === 'string') return ref;
  return null;
}
