/**
 * Enqueueing on a schedule through pg-boss's cron: the schedule lives in the database, every worker
 * keeps the clock, and pg-boss lets only one of them fire each tick. The tick is a job on the enqueue
 * queue; whichever worker takes it expands the inputs (feeds, sitemaps, folders) into article jobs.
 */
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { ensureQueues, openCluster, type Cluster, type ClusterOptions, type RetryPolicy } from './connection.js';

/** the data of one scheduled enqueue job */
export interface ScheduledEnqueue {
  inputs: string[];
  policy?: Partial<RetryPolicy>;
}

export interface ClusterSchedule {
  cron: string;
  /** IANA time zone of the cron expression (default UTC) */
  timeZone?: string;
  inputs: string[];
  policy?: Partial<RetryPolicy>;
}

/** Sets (or replaces) the cluster's schedule. Inputs that are paths are made absolute: workers read them. */
export async function scheduleOnCluster(options: ClusterOptions, schedule: ClusterSchedule): Promise<void> {
  const inputs = schedule.inputs.map(absoluteInput);
  await withCluster(options, async (cluster) => {
    await ensureQueues(cluster);
    const data: ScheduledEnqueue = { inputs, ...(schedule.policy ? { policy: schedule.policy } : {}) };
    try {
      await cluster.boss.schedule(cluster.names.enqueue, schedule.cron, data, { tz: schedule.timeZone ?? 'UTC' });
    } catch (error) {
      throw new ConfigError(`cannot schedule "${schedule.cron}" (time zone ${schedule.timeZone ?? 'UTC'}): ${(error as Error).message}`);
    }
  });
}

export async function unscheduleOnCluster(options: ClusterOptions): Promise<void> {
  await withCluster(options, (cluster) => cluster.boss.unschedule(cluster.names.enqueue));
}

/** the cluster's schedule, or null */
export async function clusterSchedule(options: ClusterOptions): Promise<ClusterSchedule | null> {
  return withCluster(options, async (cluster) => {
    const found = (await cluster.boss.getSchedules()).find((s) => s.name === cluster.names.enqueue);
    if (!found) return null;
    const data = found.data as ScheduledEnqueue | undefined;
    return { cron: found.cron, timeZone: (found as { timezone?: string }).timezone, inputs: data?.inputs ?? [], policy: data?.policy };
  });
}

async function withCluster<T>(options: ClusterOptions, work: (cluster: Cluster) => Promise<T>): Promise<T> {
  const cluster = await openCluster(options, { maintenance: false, cron: false, poolSize: 2 });
  try {
    return await work(cluster);
  } finally {
    await cluster.close();
  }
}

function absoluteInput(input: string): string {
  if (input === '-') throw new ConfigError('a schedule cannot read its inputs from stdin ("-"): give feeds, sitemaps, folders, globs or URLs');
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : resolve(input);
}
