/**
 * `news-extract schedule` as users run it: the job on every tick (the second run skips what the
 * first did), no run while another process holds the state store's lock, and a clean stop on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStateStore } from '../src/state/sqlite.js';
import { startServer, type TestServer } from './fetch-server.js';
import { repoRoot } from './helpers/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'news-extract-schedule-'));
let server: TestServer;
beforeAll(async () => {
  // an article that takes 2.5 s to arrive: a run over it outlasts the next ticks of a 1-second schedule
  server = await startServer({
    '/slow': (_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(article(99)), 2500),
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const article = (n: number) => `Olaf Scholz met Giorgia Meloni in Rome on Monday (story ${n}). They pledged €${n} million.\n`;

function folder(name: string, count: number): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(path, `${i}.txt`), article(i));
  return path;
}

/** the CLI from source in its own process; `onStderr` sees the log so far */
function cli(args: string[], onStderr?: (text: string, stop: () => void) => void): Promise<{ code: number | null; stderr: string }> {
  const script = `const { main } = await import(${JSON.stringify(join(repoRoot, 'src/cli/main.ts'))}); await main(['node', 'news-extract', ...process.argv.slice(1)]);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    onStderr?.(stderr, () => child.kill('SIGTERM'));
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

/** each test starts the CLI (a few seconds of start-up on a busy machine) once or twice */
const SPAWN_TIMEOUT = 120_000;

const jsonLines = (text: string) => text.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));

describe.concurrent('news-extract schedule', () => {
  it('runs the job on every tick; the second run skips what the first stored', async () => {
    const inputs = folder('ticks', 5);
    const out = join(dir, 'ticks-out');
    const result = await cli(['schedule', inputs, '-o', out, '--cron', '* * * * * *', '--max-runs', '2']);
    expect(result.code, result.stderr).toBe(0);
    const summaries = jsonLines(result.stderr).filter((l) => l.event === 'summary');
    expect(summaries.map((s) => [s.ok, s.skipped, s.failed])).toEqual([
      [5, 0, 0],
      [0, 5, 0],
    ]);
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n')).toHaveLength(5);
  }, SPAWN_TIMEOUT);

  it('skips the ticks that come while its previous run is still running', async () => {
    const out = join(dir, 'slow-out');
    const result = await cli(['schedule', server.url('/slow'), '-o', out, '--cron', '* * * * * *', '--max-runs', '2', '--allow-private', '--no-robots']);
    expect(result.code, result.stderr).toBe(0);
    const lines = jsonLines(result.stderr);
    expect(lines.filter((l) => l.skippedTick).length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.event === 'summary').map((s) => [s.ok, s.skipped])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  }, SPAWN_TIMEOUT);

  it('skips a run while another process holds the run lock, and says who holds it', async () => {
    const inputs = folder('locked', 2);
    const out = join(dir, 'locked-out');
    const state = SqliteStateStore.open(join(out, 'state.db'));
    const lock = state.tryLock('run');
    try {
      const result = await cli(['schedule', inputs, '-o', out, '--cron', '* * * * * *', '--max-runs', '1']);
      expect(result.code, result.stderr).toBe(1);
      const lines = jsonLines(result.stderr);
      expect(lines.filter((l) => l.locked).map((l) => l.holder.pid)).toEqual([process.pid]);
      expect(lines.filter((l) => l.event === 'summary')).toEqual([]);
      expect(existsSync(join(out, 'records.jsonl'))).toBe(false);
    } finally {
      if (lock.acquired) lock.release();
      state.close();
    }
  }, SPAWN_TIMEOUT);

  it('stops at once on SIGTERM while it waits for the next tick', async () => {
    const inputs = folder('waiting', 1);
    let stopped = false;
    const result = await cli(['schedule', inputs, '-o', join(dir, 'waiting-out'), '--cron', '0 0 1 1 *'], (text, stop) => {
      if (text.includes('next run at') && !stopped) {
        stopped = true;
        stop();
      }
    });
    expect(result.code, result.stderr).toBe(0);
    const lines = jsonLines(result.stderr);
    expect(lines.map((l) => l.msg)).toEqual([expect.stringMatching(/^next run at \d{4}-01-01T00:00:00\.000Z$/), expect.stringMatching(/^SIGTERM: finishing/)]);
  }, SPAWN_TIMEOUT);
});
