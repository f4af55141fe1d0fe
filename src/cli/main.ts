/**
 * The command line: a thin layer over the library. Exit codes: 0 all ok, 1 some input failed,
 * 2 usage (a bad option or value), 130/143 a run stopped by SIGINT/SIGTERM.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../errors.js';
import { enqueueCommand } from './commands/enqueue.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import { scheduleCommand } from './commands/schedule.js';
import { statusCommand } from './commands/status.js';
import { workerCommand } from './commands/worker.js';

export function buildProgram(): Command {
  const program = new Command('news-extract')
    .description('turn news articles into structured JSON event records')
    .version('0.1.0')
    .showHelpAfterError()
    .addCommand(runCommand())
    .addCommand(scheduleCommand())
    .addCommand(reportCommand())
    .addCommand(enqueueCommand())
    .addCommand(workerCommand())
    .addCommand(statusCommand());
  for (const command of [program, ...program.commands]) command.exitOverride();
  return program;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`${(error as Error).message.replace(/^(news-extract: )?/, 'news-extract: ')}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  }
}
