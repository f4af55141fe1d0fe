/** The command line: a thin layer over the library. Usage errors exit with 2. */
import { Command, CommanderError } from 'commander';
import { runCommand } from './commands/run.js';

export function buildProgram(): Command {
  const program = new Command('news-extract')
    .description('turn news articles into structured JSON event records')
    .version('0.1.0')
    .showHelpAfterError()
    .addCommand(runCommand());
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
    process.stderr.write(`news-extract: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
