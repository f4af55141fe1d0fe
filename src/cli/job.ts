/**
 * One run from the command line: open the state store and take its run lock, open the sinks, run,
 * close everything, write summary.json (and the report when asked). `run` calls it once,
 * `schedule` on every tick.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runJob, type RunSummary } from '../job.js';
import type { RecordSink } from '../sinks/types.js';
import type { StateStore } from '../state/types.js';
import { fetchLimitsOf, openSinks, openState, statePathOf, type RunFlags } from './options.js';
import type { RunReporter } from './reporter.js';

export type CliRunResult = { locked: false; summary: RunSummary; exitCode: 0 | 1 } | { locked: true; exitCode: 1 };

export async function runOnce(inputs: string[], flags: RunFlags, reporter: RunReporter, signal?: AbortSignal): Promise<CliRunResult> {
  const startedAt = new Date();
  const state = openState(flags);
  let sinks: RecordSink[] = [];
  let release = () => {};
  let summary: RunSummary;
  try {
    if (state) {
      const lock = state.tryLock('run');
      if (!lock.acquired) {
        const { pid, host, acquiredAt } = lock.holder;
        reporter.note(`another run (pid ${pid} on ${host}, since ${acquiredAt}) still holds ${statePathOf(flags)}: not starting`, { locked: true, holder: lock.holder });
        return { locked: true, exitCode: 1 };
      }
      release = lock.release;
    }
    sinks = await openSinks(flags);
    summary = await runJob(inputs, {
      sinks,
      state,
      force: flags.force === true,
      concurrency: flags.concurrency,
      workers: flags.workers,
      fetch: fetchLimitsOf(flags),
      signal,
      expandFirst: reporter.wantsTotal,
      onInput: () => reporter.input(),
      onOutcome: (outcome) => reporter.outcome(outcome),
    });
  } finally {
    await closeAll(sinks, state, release);
  }
  if (flags.out !== '-') {
    writeFileSync(join(flags.out, 'summary.json'), `${JSON.stringify({ ...summary, startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString() }, null, 2)}\n`);
  }
  reporter.summary(summary);
  if (flags.report && flags.out !== '-') {
    const { writeReport } = await import('../report/index.js');
    const report = await writeReport(join(flags.out, 'records.jsonl'), flags.report);
    reporter.note(`report written to ${join(flags.report, 'index.html')}`, { report: flags.report, ...report });
  }
  return { locked: false, summary, exitCode: summary.failed > 0 ? 1 : 0 };
}

/** closes everything even when one of them fails, then reports the first failure */
async function closeAll(sinks: RecordSink[], state: StateStore | undefined, release: () => void): Promise<void> {
  const failures: unknown[] = [];
  for (const close of [...sinks.map((sink) => () => sink.close()), release, () => state?.close()]) {
    try {
      await close();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
}

/** SIGINT and SIGTERM: the first lets the articles in flight finish, the second stops at once */
export function stopOnSignals(controller: AbortController, reporter: RunReporter): { signal: () => NodeJS.Signals | null; dispose(): void } {
  let received: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) process.exit(exitCodeOf(signal));
    received = signal;
    reporter.note(`${signal}: finishing the articles in flight, then stopping (${signal} again stops at once)`, { signal });
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: () => received,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** 128 + the signal's number, as shells report a process ended by it */
export function exitCodeOf(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143;
}
