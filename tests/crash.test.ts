/**
 * Exactly once through a crash: 1,000 small generated articles, the CLI killed with SIGKILL at a
 * random moment mid-run, the same command run again. Every article's record must then be in
 * records.jsonl and in the SQLite database exactly once, and the state store must know every input.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_BATCH_SIZE } from '../src/job.js';
import { repoRoot } from './helpers/shared.js';

const ARTICLES = 1000;
const PEOPLE = ['Angela Merkel', 'Emmanuel Macron', 'Olaf Scholz', 'Ursula von der Leyen', 'Pedro Sánchez', 'Giorgia Meloni'];
const PLACES = ['Berlin', 'Paris', 'Brussels', 'Madrid', 'Rome', 'Warsaw'];

const dir = mkdtempSync(join(tmpdir(), 'news-extract-crash-'));
const inputs = join(dir, 'articles');
const out = join(dir, 'output');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** distinct small articles: the number makes each text, and so each record id, unique */
function generate(): Map<string, string> {
  mkdirSync(inputs);
  const texts = new Map<string, string>();
  for (let i = 0; i < ARTICLES; i++) {
    const [a, b, place] = [PEOPLE[i % 6], PEOPLE[(i + 1 + (i % 5)) % 6], PLACES[(i * 7) % 6]];
    const text = `${a} met ${b} in ${place} on Tuesday, report ${i}. They agreed on a €${(i % 90) + 1} million fund for ${i + 3} towns.\n`;
    const name = `article-${String(i).padStart(4, '0')}.txt`;
    writeFileSync(join(inputs, name), text);
    texts.set(text, name);
  }
  return texts;
}

/** the CLI from source, as a separate process */
function startCli(args: string[]) {
  const script = `const { main } = await import(${JSON.stringify(join(repoRoot, 'src/cli/main.ts'))}); await main(['node', 'news-extract', ...process.argv.slice(1)]);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, exited };
}

function linesIn(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n');
}

describe('SIGKILL at a random moment, then the same command again', () => {
  it('leaves every article exactly once in records.jsonl, in SQLite and in the state store', async () => {
    const texts = generate();
    const command = ['run', inputs, '-o', out, '--concurrency', '8', '--log-format', 'json'];
    // more lines than one commit writes: the first commit's state is then certainly stored (its state store
    // transaction comes before the next commit's records), so the second run has work to skip
    const killAt = DEFAULT_BATCH_SIZE + Math.floor(Math.random() * (ARTICLES - DEFAULT_BATCH_SIZE - 100));
    console.info(`[crash test] killing the first run after ${killAt} records`);

    const first = startCli(command);
    const records = join(out, 'records.jsonl');
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (linesIn(records).length > killAt) {
          clearInterval(poll);
          first.child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      first.exited.then((result) => {
        clearInterval(poll);
        if (result.signal !== 'SIGKILL') reject(new Error(`the first run ended before it was killed: ${result.code} ${result.stderr.slice(-2000)}`));
      });
    });
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await startCli(command).exited;
    expect(second.code, second.stderr.slice(-2000)).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.ok + summary.skipped).toBe(ARTICLES);
    expect(summary.failed).toBe(0);
    expect(summary.skipped).toBeGreaterThan(0);

    // records.jsonl: every line whole, one per article, one per id
    const lines = linesIn(records);
    expect(lines.pop()).toBe('');
    const jsonl = lines.map((line) => JSON.parse(line) as { id: string; article: { text: string } });
    const perText = new Map<string, number>();
    for (const record of jsonl) perText.set(record.article.text, (perText.get(record.article.text) ?? 0) + 1);
    expect(jsonl).toHaveLength(ARTICLES);
    expect(new Set(jsonl.map((r) => r.id)).size).toBe(ARTICLES);
    expect([...texts.keys()].filter((text) => perText.get(text) !== 1)).toEqual([]);

    // SQLite: the same ids, once each, with their rows
    const db = new Database(join(out, 'news.db'), { readonly: true });
    try {
      const ids = db.prepare('SELECT id FROM articles').pluck().all() as string[];
      expect(ids).toHaveLength(ARTICLES);
      expect(new Set(ids)).toEqual(new Set(jsonl.map((r) => r.id)));
      const mentions = (jsonl as unknown as { people: { mentions: unknown[] }[]; places: { mentions: unknown[] }[]; organizations: { mentions: unknown[] }[] }[])
        .flatMap((r) => [...r.people, ...r.places, ...r.organizations])
        .reduce((n, entity) => n + entity.mentions.length, 0);
      expect(db.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(mentions);
    } finally {
      db.close();
    }

    // the state store: every input done, pointing at its record
    const state = new Database(join(out, 'state.db'), { readonly: true });
    try {
      const rows = state.prepare('SELECT input, outcome, record_id FROM inputs').all() as { input: string; outcome: string; record_id: string }[];
      expect(rows).toHaveLength(ARTICLES);
      expect(rows.filter((r) => r.outcome !== 'ok')).toEqual([]);
      const idOf = new Map(jsonl.map((r) => [texts.get(r.article.text), r.id]));
      expect(rows.filter((r) => idOf.get(r.input.split('/').pop()!) !== r.record_id)).toEqual([]);
    } finally {
      state.close();
    }
  }, 120_000);
});
