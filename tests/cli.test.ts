/**
 * The command line: as users run it (a separate process) for the JSON logs, exit codes and SIGTERM;
 * through main() in this process (output captured) for records on stdout with "-o -", the run lock,
 * --db postgres://… and usage errors (exit code 2 without starting a run).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { clusterSchedule } from '../src/queue/schedule.js';
import { SqliteStateStore } from '../src/state/sqlite.js';
import { commandLine } from '../scripts/_command.js';
import { repoRoot } from './helpers/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'news-extract-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (n: number) => `Angela Merkel met Emmanuel Macron in Paris on Tuesday (story ${n}). They agreed on a €${n} million fund.\n`;

function folder(name: string, files: Record<string, string>): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
  return path;
}

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI from source in its own process, node started with the installed command's environment and flags; `onStderr`
 * may signal it, `afterMain` is code run in that process once main() returned.
 */
function cli(args: string[], options: { env?: Record<string, string>; onStderr?: (text: string, child: ReturnType<typeof spawn>) => void; afterMain?: string } = {}): Promise<CliResult> {
  const script = `const { main } = await import(${JSON.stringify(join(repoRoot, 'src/cli/main.ts'))}); await main(['node', 'news-extract', ...process.argv.slice(1)]); ${options.afterMain ?? ''}`;
  const { env, nodeFlags } = commandLine();
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', '--input-type=module', '-e', script, ...args], { cwd: repoRoot, env: { ...process.env, ...env, ...options.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    options.onStderr?.(stderr, child);
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** each test starts the CLI (a few seconds of start-up on a busy machine) once or twice */
const SPAWN_TIMEOUT = 120_000;

/** main() in this process, its stdout and stderr captured; the exit code it set */
async function inProcess(args: string[]): Promise<CliResult> {
  const written = { stdout: [] as string[], stderr: [] as string[] };
  const original = { stdout: process.stdout.write, stderr: process.stderr.write };
  for (const stream of ['stdout', 'stderr'] as const) {
    process[stream].write = ((chunk: string | Uint8Array) => (written[stream].push(String(chunk)), true)) as typeof process.stdout.write;
  }
  try {
    await main(['node', 'news-extract', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout: written.stdout.join(''), stderr: written.stderr.join('') };
  } finally {
    process.stdout.write = original.stdout;
    process.stderr.write = original.stderr;
    process.exitCode = 0;
  }
}

const jsonLines = (text: string) => text.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));

describe.concurrent('news-extract run', () => {
  it('exits 1 when an article failed, logs one JSON line per article and a summary; a re-run skips and writes the report', async () => {
    const inputs = folder('mixed', { 'good.txt': article(1), 'empty.txt': '' });
    const out = join(dir, 'mixed-out');
    const first = await cli(['run', inputs, '-o', out]);
    expect(first.code, first.stderr).toBe(1);
    const lines = jsonLines(first.stderr);
    const articles = lines.filter((l) => l.event === 'article').map((l) => [l.input.split('/').pop(), l.outcome, l.code ?? null]);
    expect(articles.sort()).toEqual([
      ['empty.txt', 'failed', 'NO_ARTICLE'],
      ['good.txt', 'ok', null],
    ]);
    expect(lines.at(-1)).toMatchObject({ event: 'summary', ok: 1, failed: 1, skipped: 0, records: 1, interrupted: false });
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))).toMatchObject({ ok: 1, failed: 1, skipped: 0 });
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(out, 'errors.jsonl'), 'utf8'))).toMatchObject({ code: 'NO_ARTICLE' });
    const db = new Database(join(out, 'news.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    db.close();

    writeFileSync(join(inputs, 'empty.txt'), article(2));
    const report = join(dir, 'mixed-report');
    const second = await cli(['run', inputs, '-o', out, '--report', report]);
    expect(second.code, second.stderr).toBe(0);
    const summaries = jsonLines(second.stderr).filter((l) => l.event === 'summary');
    expect(summaries).toEqual([expect.objectContaining({ ok: 1, failed: 0, skipped: 1 })]);
    expect(jsonLines(second.stderr).at(-1)).toMatchObject({ event: 'note', report });
    expect(existsSync(join(report, 'index.html'))).toBe(true);
  }, SPAWN_TIMEOUT);

  it('over files, loads neither the HTTP client, the PostgreSQL driver nor the queue: a run over a few articles starts quickly', async () => {
    const listLoaded = `process.stdout.write(JSON.stringify(Object.keys((await import('node:module')).createRequire(import.meta.url).cache)));`;
    const result = await cli(['run', join(repoRoot, 'fixtures/articles/kazakhstan-eu-summit.html'), '-o', join(dir, 'lean-out')], { afterMain: listLoaded });
    expect(result.code, result.stderr).toBe(0);
    const packages = new Set((JSON.parse(result.stdout) as string[]).map((path) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1]));
    expect(packages).toContain('better-sqlite3');
    expect(['undici', 'ipaddr.js', 'pg', 'pg-boss'].filter((name) => packages.has(name))).toEqual([]);
  }, SPAWN_TIMEOUT);

  it("fails a page too big for a thread's heap and goes on, with node started as the installed command starts it", async () => {
    // under the 10 MB fetch limit, but 180,000 paragraphs: a DOM larger than a thread's capped heap
    const huge = `<html><body><article>${'<p>Angela Merkel met officials in Paris on 3 May.</p>'.repeat(180_000)}</article></body></html>`;
    const inputs = folder('huge', { 'huge.html': huge, 'good.txt': article(3) });
    const result = await cli(['run', inputs, '-o', join(dir, 'huge-out'), '--workers', '1']);
    expect(result.code, result.stderr).toBe(1);
    const articles = jsonLines(result.stderr).filter((l) => l.event === 'article').map((l) => [l.input.split('/').pop(), l.outcome, l.code ?? null]);
    expect(articles.sort()).toEqual([
      ['good.txt', 'ok', null],
      ['huge.html', 'failed', 'EXTRACT_FAILED'],
    ]);
  }, SPAWN_TIMEOUT);

  it('on SIGTERM finishes the articles in flight, stores them, exits 143 with a summary; the next run does the rest', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`${String(i).padStart(3, '0')}.txt`] = article(1000 + i);
    const inputs = folder('many', files);
    const out = join(dir, 'many-out');
    let sent = false;
    const stopped = await cli(['run', inputs, '-o', out], {
      onStderr: (text, child) => {
        if (!sent && text.split('"event":"article"').length > 20) {
          sent = true;
          child.kill('SIGTERM');
        }
      },
    });
    expect(stopped.code, stopped.stderr.slice(-1000)).toBe(143);
    const lines = jsonLines(stopped.stderr);
    expect(lines.some((l) => l.event === 'note' && l.signal === 'SIGTERM')).toBe(true);
    const summary = lines.at(-1);
    expect(summary).toMatchObject({ event: 'summary', failed: 0, interrupted: true });
    expect(summary.ok).toBeLessThan(300);
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n')).toHaveLength(summary.ok);

    const rest = await cli(['run', inputs, '-o', out]);
    expect(rest.code, rest.stderr.slice(-1000)).toBe(0);
    expect(jsonLines(rest.stderr).at(-1)).toMatchObject({ ok: 300 - summary.ok, skipped: summary.ok, failed: 0 });
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n')).toHaveLength(300);
  }, SPAWN_TIMEOUT);
});

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) console.warn('[skip] DATABASE_URL is not set: the CLI test with --db postgres://… is skipped (.ci/run sets it).');

describe.skipIf(!databaseUrl)('news-extract run --db postgres://…', () => {
  const schema = `news_extract_cli_${process.pid}_${Date.now()}`;
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it('loads the records into PostgreSQL', async () => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const url = new URL(databaseUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const inputs = folder('postgres', { 'a.txt': article(7), 'b.txt': article(8) });
    const result = await inProcess(['run', inputs, '-o', join(dir, 'postgres-out'), '--db', url.toString(), '--log-format', 'pretty']);
    expect(result.code, result.stderr).toBe(0);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT text FROM ${schema}.articles ORDER BY text`);
      expect(rows.map((r) => r.text)).toEqual([article(7), article(8)]);
    } finally {
      await client.end();
    }
  });
});

describe.skipIf(!databaseUrl)('news-extract schedule --db postgres://…', () => {
  const cluster = { databaseUrl: databaseUrl!, bossSchema: `news_extract_cli_boss_${process.pid}`, queue: `cli-${process.pid}` };
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${cluster.bossSchema} CASCADE`);
    await admin.end();
  });

  it("puts the schedule on the worker cluster, and --remove takes it off", async () => {
    const flags = ['--db', databaseUrl!, '--boss-schema', cluster.bossSchema, '--queue', cluster.queue];
    const set = await inProcess(['schedule', 'feeds', '--cron', '*/15 * * * *', ...flags]);
    expect(set.code, set.stderr).toBe(0);
    expect(await clusterSchedule(cluster)).toMatchObject({ cron: '*/15 * * * *', inputs: [join(repoRoot, 'feeds')] });
    const removed = await inProcess(['schedule', '--remove', ...flags]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(await clusterSchedule(cluster)).toBeNull();
  });
});

describe('news-extract run, in this process', () => {
  it('with "-o -" writes records to stdout and nothing to disk', async () => {
    const inputs = folder('stdout', { 'a.txt': article(3), 'b.txt': article(4) });
    const result = await inProcess(['run', inputs, '-o', '-', '--log-format', 'pretty']);
    expect(result.code, result.stderr).toBe(0);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.article.text).sort()).toEqual([article(3), article(4)]);
    expect(result.stderr).toMatch(/news-extract: 2 ok, 0 failed, 0 skipped: 2 records, \d+ entities, \d+ events in \d+\.\d s/);
    expect([existsSync(join(repoRoot, '-')), existsSync(join(repoRoot, 'output', 'state.db'))]).toEqual([false, false]);
  });

  it('does not start while another run holds the lock of the state store', async () => {
    const inputs = folder('locked', { 'a.txt': article(5) });
    const out = join(dir, 'locked-out');
    const state = SqliteStateStore.open(join(out, 'state.db'));
    const lock = state.tryLock('run');
    try {
      const result = await inProcess(['run', inputs, '-o', out, '--log-format', 'pretty']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^news-extract: another run \\(pid ${process.pid} on .+, since .+\\) still holds .*state\\.db: not starting\n$`));
      expect(existsSync(join(out, 'records.jsonl'))).toBe(false);
    } finally {
      if (lock.acquired) lock.release();
      state.close();
    }
  });

});

describe('usage errors exit with 2 and name the bad value', () => {
  it.each([
    [['run', 'x', '--db', 'mysql://db/news'], /expected sqlite:<path> or postgres:\/\/…, got "mysql:\/\/db\/news"/],
    [['run', 'x', '--concurrency', '0'], /expected a whole number ≥ 1, got "0"/],
    [['run', 'x', '--log-format', 'xml'], /expected auto, json or pretty, got "xml"/],
    [['schedule', 'x', '--cron', 'every minute'], /"every minute" is not a cron expression/],
    [['schedule', 'x'], /schedule needs --cron/],
    [['schedule', 'x', '--cron', '* * * * *', '--tz', 'Mars/Olympus'], /"Mars\/Olympus" is not an IANA time zone/],
    [['schedule', '--cron', '*/15 * * * *'], /schedule needs at least one input/],
    [['schedule', '--remove'], /--remove needs the cluster: a postgres:\/\/ --db/],
    [['run'], /missing required argument 'inputs'/],
  ])('%j', async (args, message) => {
    const result = await inProcess([...args, '-o', join(dir, 'never')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
