/** The options every cluster command shares: where the queue is and which one. */
import { Command, Option } from 'commander';
import { wholeNumber } from '../cli/numbers.js';
import type { ClusterOptions, RetryPolicy } from './connection.js';
import { DEFAULT_BOSS_SCHEMA, DEFAULT_QUEUE } from './names.js';

export interface ClusterFlags {
  db: string;
  queue: string;
  bossSchema: string;
}

export function withClusterOptions(command: Command): Command {
  return command
    .addOption(new Option('--db <url>', 'PostgreSQL database of the queue and the records (postgres://…)').env('DATABASE_URL').makeOptionMandatory())
    .option('--queue <name>', 'name of the queue, to keep several clusters in one database apart', DEFAULT_QUEUE)
    .option('--boss-schema <schema>', "schema of pg-boss's tables", DEFAULT_BOSS_SCHEMA);
}

export function clusterOptionsOf(flags: ClusterFlags): ClusterOptions {
  return { databaseUrl: flags.db, queue: flags.queue, bossSchema: flags.bossSchema };
}

export interface RetryFlags {
  retryLimit?: number;
  retryDelay?: number;
  expireIn?: number;
}

/** per-job retry and expiry settings; unset ones keep the queue's (3 retries, 30 s backing off, 300 s) */
export function withRetryOptions(command: Command): Command {
  return command
    .option('--retry-limit <n>', 'attempts after the first before an article goes to the dead-letter queue (queue default 3)', wholeNumber(0))
    .option('--retry-delay <seconds>', 'wait before the first retry, doubling each time (queue default 30)', wholeNumber(1))
    .option('--expire-in <seconds>', 'a job still unfinished this long after a worker took it goes to another worker (queue default 300)', wholeNumber(1));
}

export function retryPolicyOf(flags: RetryFlags): Partial<RetryPolicy> | undefined {
  const policy: Partial<RetryPolicy> = {};
  if (flags.retryLimit !== undefined) policy.retryLimit = flags.retryLimit;
  if (flags.retryDelay !== undefined) policy.retryDelaySeconds = flags.retryDelay;
  if (flags.expireIn !== undefined) policy.expireInSeconds = flags.expireIn;
  return Object.keys(policy).length > 0 ? policy : undefined;
}

