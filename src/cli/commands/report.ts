/** `news-extract report <records.jsonl> -o <dir>`: the static HTML report of a run. Parsing and printing only. */
import { Command } from 'commander';
import { join } from 'node:path';
import { wholeNumber } from '../numbers.js';

interface ReportCommandOptions {
  out: string;
  errors?: string;
  summary?: string;
  top: number;
  title?: string;
}

export function reportCommand(): Command {
  return new Command('report')
    .description('write a static HTML site (open index.html from disk) that shows the records: mentions highlighted, batch overview with map and timeline')
    .argument('<records>', 'a records.jsonl written by "news-extract run"; errors.jsonl and summary.json beside it are read if present')
    .option('-o, --out <dir>', 'folder for the report', join('output', 'report'))
    .option('--errors <file>', 'failures to list (default: errors.jsonl beside the records)')
    .option('--summary <file>', 'run summary with { ok, failed, skipped } (default: summary.json beside the records)')
    .option('--top <n>', 'people, places and organisations listed on the batch page', wholeNumber(1), 25)
    .option('--title <text>', 'heading of the batch page')
    .action(async (records: string, options: ReportCommandOptions) => {
      const { writeReport } = await import('../../report/index.js');
      const summary = await writeReport(records, options.out, {
        errorsPath: options.errors,
        summaryPath: options.summary,
        top: options.top,
        title: options.title,
      });
      process.stderr.write(
        `news-extract: report of ${summary.articles} articles (${summary.failed} failed, ${summary.skipped} skipped` +
          `${summary.invalidLines ? `, ${summary.invalidLines} unreadable lines` : ''}): ${summary.indexPath}\n`,
      );
    });
}


