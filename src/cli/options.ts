/**
 * The options `run` and `schedule` share, and what they open: the sinks (JSON Lines plus a database)
 * and the state store. Bad values are usage errors (exit code 2) that show the value.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { FetchLimits } from '../fetch/types.js';
import { JsonlSink, StreamSink } from '../sinks/jsonl.js';
import { SqliteSink } from '../sinks/sqlite.js';
import type { RecordSink } from '../sinks/types.js';
import { SqliteStateStore } from '../state/sqlite.js';
import type { StateStore } from '../state/types.js';
import { wholeNumber } from './numbers.js';

export interface RunFlags {
  out: string;
  /** a URL, or false for --no-db; undefined: sqlite:<out>/news.db */
  db?: string | false;
  /** a path, or false for --no-state; undefined: <out>/state.db */
  state?: string | false;
  force?: boolean;
  concurrency: number;
  workers: number;
  report?: string;
  logFormat: 'auto' | 'json' | 'pretty';
  allowPrivate?: boolean;
  userAgent?: string;
  timeout?: number;
  retries?: number;
  robots: boolean;
  perHost?: number;
}

const INPUTS = 'article files (.txt, .html, .htm, optionally .gz), directories, globs, http(s) URLs, feeds and sitemaps, or - (a list on stdin)';

/** `inputs: "optional"` for a command that has something to do without them (schedule --remove) */
export function withRunOptions(command: Command, inputs: 'required' | 'optional' = 'required'): Command {
  return command
    .argument(inputs === 'required' ? '<inputs...>' : '[inputs...]', INPUTS)
    .option('-o, --out <dir>', 'folder for records.jsonl, errors.jsonl, summary.json, news.db and state.db; "-" writes records to stdout', 'output')
    .option('--db <url>', 'database for the records: sqlite:<path> or postgres://user:password@host/db (default sqlite:<out>/news.db)', databaseUrl)
    .option('--no-db', 'JSON Lines only, no database')
    .option('--state <path>', 'state store that remembers every input between runs (default <out>/state.db)')
    .option('--no-state', 'remember nothing: every input is processed, no run lock')
    .option('--force', 'process every input again, changed or not')
    .option('--concurrency <n>', 'articles fetched and processed at once', wholeNumber(1), 8)
    .option('--workers <n>', 'worker threads for extraction; 0 extracts on the main thread', wholeNumber(0), availableParallelism())
    .option('--report <dir>', 'also write the HTML report of the records to this folder')
    .option('--log-format <format>', 'auto (progress bar on a terminal, JSON lines otherwise), json or pretty', logFormat, 'auto')
    .option('--allow-private', 'fetch URLs on private, loopback and link-local addresses too (an intranet archive)')
    .option('--user-agent <ua>', 'User-Agent sent with every request')
    .option('--timeout <ms>', 'per request hop: connect, headers and the whole body', wholeNumber(1))
    .option('--retries <n>', 'further attempts after a timeout, a connection error, a 429 or a 5xx', wholeNumber(0))
    .option('--no-robots', 'ignore robots.txt')
    .option('--per-host <n>', 'requests in flight at once to one host', wholeNumber(1));
}

export function fetchLimitsOf(flags: RunFlags): Partial<FetchLimits> {
  return {
    ...(flags.allowPrivate && { allowPrivate: true }),
    ...(flags.userAgent && { userAgent: flags.userAgent }),
    ...(flags.timeout !== undefined && { timeoutMs: flags.timeout }),
    ...(flags.retries !== undefined && { retries: flags.retries }),
    ...(flags.robots === false && { respectRobots: false }),
    ...(flags.perHost !== undefined && { perHostConcurrency: flags.perHost }),
  };
}

/** the database a run loads into, or null */
export function databaseOf(flags: Pick<RunFlags, 'out' | 'db'>): string | null {
  if (flags.db === false) return null;
  if (flags.db !== undefined) return flags.db;
  return flags.out === '-' ? null : `sqlite:${join(flags.out, 'news.db')}`;
}

export function statePathOf(flags: Pick<RunFlags, 'out' | 'state'>): string | null {
  if (flags.state === false) return null;
  if (flags.state !== undefined) return flags.state;
  return flags.out === '-' ? null : join(flags.out, 'state.db');
}

export function isPostgresUrl(url: string | null): boolean {
  return url !== null && /^postgres(ql)?:\/\//i.test(url);
}

/** JSON Lines (or stdout: failures are in the log) first, then the database */
export async function openSinks(flags: RunFlags): Promise<RecordSink[]> {
  const sinks: RecordSink[] = [flags.out === '-' ? new StreamSink(process.stdout) : await JsonlSink.open(flags.out)];
  const db = databaseOf(flags);
  try {
    if (db !== null && isPostgresUrl(db)) sinks.push(await (await import('../sinks/postgres.js')).PostgresSink.open(db));
    else if (db !== null) sinks.push(SqliteSink.open(db.slice('sqlite:'.length)));
  } catch (error) {
    for (const sink of sinks) await sink.close();
    throw error;
  }
  return sinks;
}

export function openState(flags: RunFlags): StateStore | undefined {
  const path = statePathOf(flags);
  return path === null ? undefined : SqliteStateStore.open(path);
}

function databaseUrl(value: string): string {
  if (/^sqlite:.+/.test(value) || isPostgresUrl(value)) return value;
  throw new InvalidArgumentError(`expected sqlite:<path> or postgres://…, got "${value}"`);
}

function logFormat(value: string): RunFlags['logFormat'] {
  if (value === 'auto' || value === 'json' || value === 'pretty') return value;
  throw new InvalidArgumentError(`expected auto, json or pretty, got "${value}"`);
}


