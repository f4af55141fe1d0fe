/**
 * `news-extract schedule --cron "*\/15 * * * *" <inputs…>`: the same job as `run`, on a schedule
 * (croner). A run never starts while the previous one is still running: croner's protect within
 * this process, the state store's run lock across processes. With a postgres:// --db (and no
 * --local) the schedule is the cluster's, kept by pg-boss (see `runClusterSchedule`).
 */
import { Command, InvalidArgumentError } from 'commander';
import { Cron } from 'croner';
import { ConfigError } from '../../errors.js';
import { DEFAULT_BOSS_SCHEMA, DEFAULT_QUEUE } from '../../queue/names.js';
import { runOnce, stopOnSignals } from '../job.js';
import { wholeNumber } from '../numbers.js';
import { databaseOf, isPostgresUrl, withRunOptions, type RunFlags } from '../options.js';
import { createReporter, type RunReporter } from '../reporter.js';

interface ScheduleFlags extends RunFlags {
  cron?: string;
  tz: string;
  maxRuns?: number;
  local?: boolean;
  remove?: boolean;
  queue: string;
  bossSchema: string;
  retryLimit?: number;
  retryDelay?: number;
  expireIn?: number;
}

export function scheduleCommand(): Command {
  return withRunOptions(new Command('schedule').description('run the same job on a cron schedule; a run never starts while the previous one is still running'), 'optional')
    .option('--cron <expression>', 'when to run: 5 cron fields (6 with seconds first), e.g. "*/15 * * * *"', cronExpression)
    .option('--tz <zone>', 'IANA time zone of the cron expression', timeZone, 'UTC')
    .option('--max-runs <n>', 'stop after this many runs (default: run until stopped)', wholeNumber(1))
    .option('--local', 'run here even with a postgres:// --db, instead of scheduling on the worker cluster')
    .option('--remove', "cluster only: remove the cluster's schedule")
    .option('--queue <name>', 'cluster only: name of the queue', DEFAULT_QUEUE)
    .option('--boss-schema <schema>', "cluster only: schema of pg-boss's tables", DEFAULT_BOSS_SCHEMA)
    .option('--retry-limit <n>', 'cluster only: attempts after the first before an article goes to the dead-letter queue', wholeNumber(0))
    .option('--retry-delay <seconds>', 'cluster only: wait before the first retry, doubling each time', wholeNumber(1))
    .option('--expire-in <seconds>', 'cluster only: an unfinished job this long after a worker took it goes to another worker', wholeNumber(1))
    .action(async (inputs: string[], flags: ScheduleFlags) => {
      const db = databaseOf(flags);
      if (db !== null && isPostgresUrl(db) && !flags.local) {
        const { runClusterSchedule } = await import('./cluster-schedule.js');
        await runClusterSchedule(inputs, { ...flags, db });
        return;
      }
      if (flags.remove) throw new ConfigError('--remove needs the cluster: a postgres:// --db');
      if (!flags.cron) throw new ConfigError('schedule needs --cron "<expression>", e.g. --cron "*/15 * * * *"');
      if (inputs.length === 0) throw new ConfigError('schedule needs at least one input');
      process.exitCode = await scheduleLocally(inputs, flags as ScheduleFlags & { cron: string });
    });
}

/** runs until stopped (SIGINT/SIGTERM) or --max-runs; the exit code is the last run's */
export async function scheduleLocally(inputs: string[], flags: ScheduleFlags & { cron: string }): Promise<number> {
  const reporter = createReporter(flags.logFormat);
  const controller = new AbortController();
  const signals = stopOnSignals(controller, reporter);
  let exitCode = 0;
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const job: Cron = new Cron(
    flags.cron,
    {
      timezone: flags.tz,
      maxRuns: flags.maxRuns,
      protect: () => reporter.note('a tick came while the previous run is still running: skipped', { skippedTick: true }),
    },
    async () => {
      try {
        const result = await runOnce(inputs, flags, reporter, controller.signal);
        exitCode = result.exitCode;
      } catch (error) {
        reporter.note(`the run failed: ${(error as Error).message}`, { error: (error as Error).message });
        exitCode = 1;
      } finally {
        reporter.close();
      }
      if (controller.signal.aborted || job.nextRun() === null) finished();
      else announce(reporter, job);
    },
  );
  controller.signal.addEventListener('abort', () => {
    job.stop();
    if (!job.isBusy()) finished();
  });
  announce(reporter, job);
  try {
    await done;
  } finally {
    job.stop();
    signals.dispose();
  }
  return exitCode;
}

function announce(reporter: RunReporter, job: Cron): void {
  const next = job.nextRun();
  if (next) reporter.note(`next run at ${next.toISOString()}`, { nextRun: next.toISOString() });
}

function timeZone(value: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value;
  } catch {
    throw new InvalidArgumentError(`"${value}" is not an IANA time zone (e.g. UTC, Europe/Berlin)`);
  }
}

function cronExpression(value: string): string {
  try {
    new Cron(value, { paused: true }).stop();
    return value;
  } catch (error) {
    throw new InvalidArgumentError(`"${value}" is not a cron expression: ${(error as Error).message}`);
  }
}
