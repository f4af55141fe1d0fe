/**
 * `news-extract schedule <inputs…> --db postgres://… --cron "…"`: the cluster's schedule, kept by
 * pg-boss in the database and fired by one of the running workers. The `schedule` command (schedule.ts)
 * is the single-machine scheduler; it hands a postgres --db to `runClusterSchedule`.
 */
import { clusterOptionsOf, retryPolicyOf, type ClusterFlags, type RetryFlags } from '../../queue/cli-options.js';
import { scheduleOnCluster, unscheduleOnCluster } from '../../queue/schedule.js';
import { ConfigError } from '../../errors.js';

export interface ClusterScheduleFlags extends ClusterFlags, RetryFlags {
  cron?: string;
  tz: string;
  remove?: boolean;
}

export async function runClusterSchedule(inputs: string[], flags: ClusterScheduleFlags): Promise<void> {
  const cluster = clusterOptionsOf(flags);
  if (flags.remove) {
    await unscheduleOnCluster(cluster);
    process.stderr.write(`news-extract: removed the schedule of queue "${flags.queue}"\n`);
    return;
  }
  if (!flags.cron) throw new ConfigError('schedule needs --cron "<expression>" (or --remove)');
  if (inputs.length === 0) throw new ConfigError('schedule needs at least one input to enqueue');
  await scheduleOnCluster(cluster, { cron: flags.cron, timeZone: flags.tz, inputs, policy: retryPolicyOf(flags) });
  process.stderr.write(`news-extract: queue "${flags.queue}" enqueues ${inputs.join(' ')} at "${flags.cron}" (${flags.tz}) while any worker runs\n`);
}
