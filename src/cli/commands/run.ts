/** `news-extract run <inputs…>`: the batch job. Argument parsing and reporting only; the work is the library's. */
import { Command } from 'commander';
import { runOnce, stopOnSignals, exitCodeOf } from '../job.js';
import { withRunOptions, type RunFlags } from '../options.js';
import { createReporter } from '../reporter.js';

export function runCommand(): Command {
  return withRunOptions(
    new Command('run').description(
      'extract one JSON record per article into records.jsonl and a database; a re-run skips unchanged inputs and retries failed ones',
    ),
  ).action(async (inputs: string[], flags: RunFlags) => {
    process.exitCode = await runFromCli(inputs, flags);
  });
}

/** exit code: 0 all ok, 1 something failed (or another run holds the lock), 130/143 stopped by a signal */
export async function runFromCli(inputs: string[], flags: RunFlags): Promise<number> {
  const reporter = createReporter(flags.logFormat);
  const controller = new AbortController();
  const signals = stopOnSignals(controller, reporter);
  try {
    const result = await runOnce(inputs, flags, reporter, controller.signal);
    const signal = signals.signal();
    return result.exitCode === 0 && signal ? exitCodeOf(signal) : result.exitCode;
  } finally {
    signals.dispose();
    reporter.close();
  }
}
