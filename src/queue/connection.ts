/**
 * One pg pool per process, shared by pg-boss and the record writes, so a job's completion can run in
 * the same transaction as its record (pg-boss takes any `{ executeSql }` as its database).
 */
import pg from 'pg';
import PgBoss from 'pg-boss';
import { ConfigError, NewsExtractError } from '../errors.js';
import { migratePostgres } from '../sinks/postgres.js';
import { checkSchemaName, DEFAULT_BOSS_SCHEMA, queueNames, type QueueNames } from './names.js';

export interface ClusterOptions {
  /** postgres:// or postgresql:// URL of the database that holds the queue and the records */
  databaseUrl: string;
  /** pg-boss's schema (default "pgboss") */
  bossSchema?: string;
  /** the name the cluster's queues share (default "news-extract") */
  queue?: string;
  /** schema of the record tables, when not the connection's own search_path (tests, benchmarks) */
  recordSchema?: string;
}

/** what each role of a process does besides its own work */
export interface ClusterRole {
  /** expire jobs of dead workers, archive finished jobs: every worker does it, pg-boss lets one at a time */
  maintenance: boolean;
  /** run the cron clock of the cluster's schedules: likewise on every worker, one tick at a time */
  cron: boolean;
  maintenanceIntervalSeconds?: number;
  /** connections this process may open */
  poolSize: number;
  /** how its connections are named in pg_stat_activity (default "news-extract") */
  applicationName?: string;
}

export interface Cluster {
  pool: pg.Pool;
  boss: PgBoss;
  names: QueueNames;
  bossSchema: string;
  /** graceful: wait (up to 30 s) for pg-boss's own handlers to finish first */
  close(graceful?: boolean): Promise<void>;
}

/** the queue policy knobs, with the defaults of the CLI */
export interface RetryPolicy {
  /** attempts after the first (default 3) */
  retryLimit: number;
  /** seconds before the first retry; later ones back off exponentially (default 30) */
  retryDelaySeconds: number;
  /** a job not completed this long after a worker took it is given to another worker (default 300) */
  expireInSeconds: number;
}

export const defaultRetryPolicy: RetryPolicy = { retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 300 };

export type SqlExecutor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: any[]; rowCount?: number | null }> };

/** pg-boss's view of a pool or of one client inside a transaction */
export function executorOf(client: pg.Pool | pg.ClientBase): SqlExecutor {
  return { executeSql: (text, values) => client.query(text, values) };
}

export async function openCluster(options: ClusterOptions, role: ClusterRole): Promise<Cluster> {
  const bossSchema = checkSchemaName(options.bossSchema ?? DEFAULT_BOSS_SCHEMA);
  const names = queueNames(options.queue);
  const pool = new pg.Pool({
    connectionString: checkDatabaseUrl(options.databaseUrl),
    max: role.poolSize,
    // PostgreSQL keeps 63 bytes of it
    application_name: (role.applicationName ?? 'news-extract').slice(0, 63),
    ...(options.recordSchema ? { options: `-c search_path=${checkSchemaName(options.recordSchema)}` } : {}),
  });
  // an idle client that loses its server must not crash the process: the next query reports it
  pool.on('error', (error) => process.stderr.write(`news-extract: database connection lost: ${error.message}\n`));
  try {
    await prepareRecordTables(pool, options.recordSchema);
    const boss = new PgBoss({
      db: executorOf(pool),
      schema: bossSchema,
      supervise: role.maintenance,
      schedule: role.cron,
      ...(role.maintenanceIntervalSeconds ? { maintenanceIntervalSeconds: role.maintenanceIntervalSeconds } : {}),
    });
    boss.on('error', (error: Error) => process.stderr.write(`news-extract: queue: ${error.message}\n`));
    await boss.start();
    return {
      pool,
      boss,
      names,
      bossSchema,
      async close(graceful = false) {
        await boss.stop({ graceful, wait: true, close: false, timeout: 30_000 });
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    if (error instanceof NewsExtractError) throw error;
    throw new NewsExtractError('SINK_FAILED', `news-extract: cannot use the queue's database ${hidePassword(options.databaseUrl)}: ${(error as Error).message}`, undefined, true, { cause: error });
  }
}

export function hidePassword(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** the queues, created once per database (creating an existing queue changes nothing) */
export async function ensureQueues(cluster: Cluster, policy: RetryPolicy = defaultRetryPolicy): Promise<void> {
  const { boss, names } = cluster;
  await boss.createQueue(names.deadLetters, { name: names.deadLetters, policy: 'standard' });
  // "short": an article waits in the queue at most once, so enqueueing it again is a no-op
  await boss.createQueue(names.articles, {
    name: names.articles,
    policy: 'short',
    deadLetter: names.deadLetters,
    retryLimit: policy.retryLimit,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: policy.expireInSeconds,
  });
  // one expansion of feeds and sitemaps can take a while; it is retried as a whole
  await boss.createQueue(names.enqueue, { name: names.enqueue, policy: 'standard', retryLimit: 2, retryDelay: 60, expireInSeconds: 3600 });
}

async function prepareRecordTables(pool: pg.Pool, recordSchema: string | undefined): Promise<void> {
  const client = await pool.connect();
  try {
    if (recordSchema) {
      // processes starting together would race to create the schema (migratePostgres locks its own work);
      // a transaction lock, not a session one, so that a transaction-mode pooler in between is fine
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('news-extract:record-schema'))`);
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${recordSchema}"`);
      await client.query('COMMIT');
    }
    await migratePostgres(client);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function checkDatabaseUrl(url: string | undefined): string {
  if (!url || !/^postgres(ql)?:\/\//i.test(url)) throw new ConfigError(`--db needs a postgres:// URL, got ${JSON.stringify(hidePassword(url ?? ''))}`);
  return url;
}
