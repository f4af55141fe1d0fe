/**
 * What the cluster is doing, read from pg-boss's tables (read-only, without starting pg-boss): jobs
 * by state, the completion rate over recent windows, and the newest dead letters with their errors.
 */
import pg from 'pg';
import { ConfigError, NewsExtractError } from '../errors.js';
import { hidePassword, type ClusterOptions } from './connection.js';
import { checkSchemaName, DEFAULT_BOSS_SCHEMA, DEFAULT_QUEUE, queueNames, WORKER_APPLICATION_NAME } from './names.js';

export interface QueueStatus {
  queue: string;
  bossSchema: string;
  jobs: { queued: number; retrying: number; active: number; completed: number; failed: number; cancelled: number };
  /** dead letters waiting to be looked at */
  deadLetters: number;
  /** articles completed per second, averaged over the window */
  rate: { lastMinute: number; last5Minutes: number; last15Minutes: number };
  recentDeadLetters: DeadLetter[];
  schedule: { cron: string; timeZone: string; inputs: string[] } | null;
  /** worker processes connected to the database now (host:pid), on any queue */
  workers: string[];
}

export interface DeadLetter {
  input: string;
  code: string;
  message: string;
  /** the worker of the last attempt */
  worker: string | null;
  at: string;
}

const WINDOWS = { lastMinute: 60, last5Minutes: 300, last15Minutes: 900 } as const;

export async function queueStatus(options: ClusterOptions, recent = 5): Promise<QueueStatus> {
  const schema = checkSchemaName(options.bossSchema ?? DEFAULT_BOSS_SCHEMA);
  const names = queueNames(options.queue);
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'news-extract status' });
  try {
    await client.connect();
  } catch (error) {
    throw new NewsExtractError('SINK_FAILED', `news-extract: cannot reach the queue's database ${hidePassword(options.databaseUrl)}: ${(error as Error).message}`, undefined, true, { cause: error });
  }
  try {
    const { rows: installed } = await client.query<{ job: string | null }>(`SELECT to_regclass($1) AS job`, [`${schema}.job`]);
    if (!installed[0].job) throw new ConfigError(`no queue in this database: pg-boss's schema "${schema}" does not exist (run enqueue or a worker first)`);
    const byState = await client.query<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM ${schema}.job WHERE name = $1 GROUP BY state`, [names.articles]);
    const count = (state: string) => byState.rows.find((row) => row.state === state)?.n ?? 0;
    const rates = await client.query<Record<keyof typeof WINDOWS, number>>(
      `SELECT ${Object.entries(WINDOWS)
        .map(([name, seconds]) => `count(*) FILTER (WHERE completed_on > now() - interval '${seconds} seconds')::int AS "${name}"`)
        .join(', ')}
       FROM ${schema}.job WHERE name = $1 AND state = 'completed' AND completed_on > now() - interval '${WINDOWS.last15Minutes} seconds'`,
      [names.articles],
    );
    const dead = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.job WHERE name = $1 AND state < 'active'`, [names.deadLetters]);
    const letters = await client.query<{ data: { ref?: { path?: string; url?: string } }; output: Record<string, unknown> | null; created_on: Date }>(
      `SELECT data, output, created_on FROM ${schema}.job WHERE name = $1 ORDER BY created_on DESC LIMIT $2`,
      [names.deadLetters, recent],
    );
    const schedule = await client.query<{ cron: string; timezone: string; data: { inputs?: string[] } | null }>(
      `SELECT cron, timezone, data FROM ${schema}.schedule WHERE name = $1`,
      [names.enqueue],
    );
    const workers = await client.query<{ name: string }>(
      `SELECT DISTINCT substr(application_name, $1) AS name FROM pg_stat_activity WHERE datname = current_database() AND starts_with(application_name, $2) ORDER BY 1`,
      [WORKER_APPLICATION_NAME.length + 2, `${WORKER_APPLICATION_NAME} `],
    );
    const rate = rates.rows[0];
    return {
      queue: options.queue ?? DEFAULT_QUEUE,
      bossSchema: schema,
      jobs: {
        queued: count('created'),
        retrying: count('retry'),
        active: count('active'),
        completed: count('completed'),
        failed: count('failed'),
        cancelled: count('cancelled'),
      },
      deadLetters: dead.rows[0].n,
      rate: {
        lastMinute: rate.lastMinute / WINDOWS.lastMinute,
        last5Minutes: rate.last5Minutes / WINDOWS.last5Minutes,
        last15Minutes: rate.last15Minutes / WINDOWS.last15Minutes,
      },
      recentDeadLetters: letters.rows.map((row) => deadLetterOf(row.data, row.output, row.created_on)),
      schedule: schedule.rows[0] ? { cron: schedule.rows[0].cron, timeZone: schedule.rows[0].timezone, inputs: schedule.rows[0].data?.inputs ?? [] } : null,
      workers: workers.rows.map((row) => row.name),
    };
  } finally {
    await client.end();
  }
}

function deadLetterOf(data: { ref?: { path?: string; url?: string } }, output: Record<string, unknown> | null, at: Date): DeadLetter {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    input: data?.ref?.path ?? data?.ref?.url ?? JSON.stringify(data),
    code: text(output?.code) ?? 'UNKNOWN',
    message: text(output?.message) ?? JSON.stringify(output),
    worker: text(output?.worker),
    at: at.toISOString(),
  };
}

export function formatStatus(status: QueueStatus): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const perSecond = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  const { jobs, rate } = status;
  const lines = [
    `queue "${status.queue}" (pg-boss schema "${status.bossSchema}")`,
    `  queued     ${n(jobs.queued)}`,
    `  retrying   ${n(jobs.retrying)} (waiting for their next attempt)`,
    `  active     ${n(jobs.active)}`,
    `  completed  ${n(jobs.completed)} (until archived)`,
    `  failed     ${n(jobs.failed)} (every attempt failed; ${n(status.deadLetters)} in the dead-letter queue)`,
    `  rate       ${perSecond(rate.lastMinute)} articles/s over the last minute, ${perSecond(rate.last5Minutes)} over 5 min, ${perSecond(rate.last15Minutes)} over 15 min`,
  ];
  if (jobs.cancelled > 0) lines.push(`  cancelled  ${n(jobs.cancelled)}`);
  lines.push(`workers connected: ${status.workers.length}${status.workers.length > 0 ? ` (${status.workers.join(', ')})` : ''}`);
  lines.push(status.schedule ? `schedule: "${status.schedule.cron}" (${status.schedule.timeZone}) enqueues ${status.schedule.inputs.join(' ')}` : 'schedule: none');
  if (status.recentDeadLetters.length > 0) {
    lines.push('newest dead letters:');
    for (const letter of status.recentDeadLetters) lines.push(`  ${letter.at} ${letter.input}: [${letter.code}] ${letter.message.replace(/^news-extract: /, '')}`);
  }
  return `${lines.join('\n')}\n`;
}
