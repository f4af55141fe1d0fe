/** `news-extract run <inputs…>`: the batch job. Argument parsing and reporting only; the work is the library's. */
import { Command, InvalidArgumentError } from 'commander';
import { runPipeline } from '../../pipeline.js';
import { JsonlSink, StreamSink } from '../../sinks/jsonl.js';
import { failureOf, type FailedInput, type RecordSink } from '../../sinks/types.js';

export interface RunSummary {
  ok: number;
  failed: number;
  skipped: number;
  durationMs: number;
}

export function runCommand(): Command {
  return new Command('run')
    .description('extract one JSON record per article from files, directories, globs, URLs, or "-" (a list on stdin)')
    .argument('<inputs...>', 'article files (.txt, .html, .htm, optionally .gz), directories, glob patterns, http(s) URLs, or -')
    .option('-o, --out <dir>', 'folder for records.jsonl and errors.jsonl; "-" writes records to stdout', 'output')
    .option('--concurrency <n>', 'articles fetched and processed at once', positiveInteger, 8)
    .action(async (inputs: string[], options: { out: string; concurrency: number }) => {
      const summary = await runJob(inputs, options);
      process.exitCode = summary.failed > 0 ? 1 : 0;
    });
}

export async function runJob(inputs: string[], options: { out: string; concurrency: number }): Promise<RunSummary> {
  const started = Date.now();
  const sink: RecordSink = options.out === '-' ? new StreamSink(process.stdout, reportFailure) : await JsonlSink.open(options.out);
  const summary: RunSummary = { ok: 0, failed: 0, skipped: 0, durationMs: 0 };
  try {
    for await (const outcome of runPipeline(inputs, { concurrency: options.concurrency })) {
      if (outcome.ok) {
        await sink.write(outcome.record);
        summary.ok++;
      } else {
        const failure = failureOf(outcome.input, outcome.error);
        await sink.writeError(failure);
        if (options.out !== '-') reportFailure(failure);
        summary.failed++;
      }
    }
  } finally {
    await sink.close();
  }
  summary.durationMs = Date.now() - started;
  process.stderr.write(`news-extract: ${summary.ok} records, ${summary.failed} failed, in ${(summary.durationMs / 1000).toFixed(1)} s\n`);
  return summary;
}

function reportFailure(failure: FailedInput): void {
  process.stderr.write(`news-extract: failed: ${failure.input}: [${failure.code}] ${failure.message.replace(/^news-extract: /, '')}\n`);
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number ≥ 1, got "${value}"`);
  return n;
}
