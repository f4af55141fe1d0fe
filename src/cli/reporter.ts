/**
 * What a run tells the person or the log collector watching it: on a terminal a progress bar
 * (articles done / total, rate, ETA) with failures above it; otherwise JSON lines (pino), one per
 * article outcome; and always a summary at the end.
 */
import cliProgress from 'cli-progress';
import pino from 'pino';
import type { RunSummary } from '../job.js';
import type { RunOutcome } from '../pipeline.js';

export interface RunReporter {
  /** a progress bar shows a total: the run expands every input before it starts */
  readonly wantsTotal: boolean;
  /** one more input taken up */
  input(): void;
  outcome(outcome: RunOutcome): void;
  note(message: string, fields?: Record<string, unknown>): void;
  summary(summary: RunSummary, fields?: Record<string, unknown>): void;
  /** between scheduled runs: the bar goes, the logger stays */
  close(): void;
}

export type LogFormat = 'auto' | 'json' | 'pretty';

export function createReporter(format: LogFormat, stream: NodeJS.WriteStream = process.stderr): RunReporter {
  const chosen = format === 'auto' ? (stream.isTTY ? 'bar' : 'json') : format;
  if (chosen === 'json') return new JsonReporter(stream);
  return new TerminalReporter(stream, chosen === 'bar');
}

/** pino JSON lines; synchronous so the last line is out before the process exits */
class JsonReporter implements RunReporter {
  readonly wantsTotal = false;
  private readonly log: pino.Logger;

  constructor(stream: NodeJS.WriteStream) {
    const destination = stream === process.stderr ? pino.destination({ dest: 2, sync: true }) : stream;
    this.log = pino({ base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  }

  input(): void {}

  outcome(outcome: RunOutcome): void {
    if ('skipped' in outcome) {
      this.log.info({ event: 'article', outcome: 'skipped', input: outcome.input, recordId: outcome.recordId, reason: outcome.reason }, 'article');
    } else if (outcome.ok) {
      const { record } = outcome;
      const entities = record.people.length + record.places.length + record.organizations.length;
      this.log.info({ event: 'article', outcome: 'ok', input: outcome.input, recordId: record.id, entities, events: record.events.length }, 'article');
    } else {
      this.log.warn({ event: 'article', outcome: 'failed', input: outcome.input, code: outcome.error.code, error: outcome.error.message }, 'article');
    }
  }

  note(message: string, fields: Record<string, unknown> = {}): void {
    this.log.info({ event: 'note', ...fields }, message);
  }

  summary(summary: RunSummary, fields: Record<string, unknown> = {}): void {
    this.log.info({ event: 'summary', ...summary, ...fields }, 'summary');
  }

  close(): void {}
}

/** a progress bar (or, for "pretty", nothing) with failures and notes as lines above it */
class TerminalReporter implements RunReporter {
  private bar: cliProgress.MultiBar | null = null;
  private progress: cliProgress.SingleBar | null = null;
  private total = 0;
  private done = 0;
  private failed = 0;
  private skipped = 0;
  private started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly showBar: boolean,
  ) {}

  get wantsTotal(): boolean {
    return this.showBar;
  }

  input(): void {
    this.total++;
    if (!this.showBar) return;
    if (!this.bar) {
      this.started = Date.now();
      this.bar = new cliProgress.MultiBar(
        {
          stream: this.stream,
          format: ' {bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted} | {failed} failed, {skipped} skipped',
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 100,
        },
        cliProgress.Presets.shades_classic,
      );
      this.progress = this.bar.create(this.total, 0, this.payload());
    }
    this.progress!.setTotal(this.total);
  }

  outcome(outcome: RunOutcome): void {
    this.done++;
    if ('skipped' in outcome) this.skipped++;
    else if (!outcome.ok) {
      this.failed++;
      this.line(`failed: ${outcome.input}: [${outcome.error.code}] ${outcome.error.message.replace(/^news-extract: /, '')}`);
    }
    this.progress?.update(this.done, this.payload());
  }

  note(message: string): void {
    this.line(message);
  }

  summary(summary: RunSummary): void {
    this.close();
    this.stream.write(`news-extract: ${formatSummary(summary)}\n`);
  }

  close(): void {
    this.bar?.stop();
    this.bar = this.progress = null;
    this.total = this.done = this.failed = this.skipped = 0;
  }

  private payload() {
    const seconds = (Date.now() - this.started) / 1000;
    return { rate: seconds > 0 ? (this.done / seconds).toFixed(1) : '0.0', failed: this.failed, skipped: this.skipped };
  }

  private line(text: string): void {
    if (this.bar) this.bar.log(`news-extract: ${text}\n`);
    else this.stream.write(`news-extract: ${text}\n`);
  }
}

export function formatSummary(s: RunSummary): string {
  const n = (value: number) => value.toLocaleString('en');
  return (
    `${n(s.ok)} ok, ${n(s.failed)} failed, ${n(s.skipped)} skipped: ${n(s.records)} records, ${n(s.entities)} entities, ${n(s.events)} events ` +
    `in ${(s.durationMs / 1000).toFixed(1)} s${s.interrupted ? ' (interrupted: the rest is left for the next run)' : ''}`
  );
}
