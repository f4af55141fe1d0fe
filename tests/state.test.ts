/**
 * The state store, in SQLite and in memory: what it remembers about inputs and feeds, which URLs it
 * hands back for a retry, and the run lock that keeps two runs over one output apart.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_STALE_MS, MemoryStateStore, SqliteStateStore, type InputState, type StateStore } from '../src/state/index.js';

const dir = mkdtempSync(join(tmpdir(), 'news-extract-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = '2025-04-03T10:00:00.000Z';
const done: InputState = {
  input: '/data/a.txt',
  kind: 'file',
  outcome: 'ok',
  size: 120,
  mtimeMs: 1743674400000.5,
  contentSha256: 'ab'.repeat(32),
  recordId: 'c'.repeat(32),
  failures: 0,
  updatedAt: at,
};
const failedUrl: InputState = {
  input: 'https://news.example/a',
  kind: 'url',
  outcome: 'failed',
  etag: '"v1"',
  lastModified: 'Thu, 03 Apr 2025 10:00:00 GMT',
  errorCode: 'FETCH_HTTP',
  errorMessage: 'news-extract: HTTP 503',
  failures: 2,
  hints: { title: 'A title from the feed', publishedAt: '2025-04-03' },
  updatedAt: at,
};
const givenUp: InputState = { ...failedUrl, input: 'https://news.example/gone', failures: 5 };
const failedFile: InputState = { ...done, input: '/data/b.txt', outcome: 'failed', recordId: undefined, failures: 1 };

const stores: [string, () => StateStore][] = [
  ['SQLite', () => SqliteStateStore.open(join(dir, `state-${Math.random()}.db`))],
  ['memory', () => new MemoryStateStore()],
];

describe.each(stores)('%s state store', (_name, open) => {
  it('gives back every field it was given, and the latest version of an input', () => {
    const store = open();
    store.putAll([done, failedUrl]);
    expect([store.get(done.input), store.get(failedUrl.input), store.get('/nothing')]).toEqual([done, failedUrl, undefined]);
    const retried = { ...failedUrl, outcome: 'ok' as const, recordId: 'd'.repeat(32), failures: 0, errorCode: undefined, errorMessage: undefined };
    store.put(retried);
    expect(store.get(failedUrl.input)).toEqual(JSON.parse(JSON.stringify(retried)));
    store.close();
  });

  it('hands back the URLs to retry: not ok, not given up, never files', () => {
    const store = open();
    store.putAll([done, failedUrl, givenUp, failedFile, { ...failedUrl, input: 'https://news.example/b', failures: 4 }]);
    expect(store.unfinishedUrls(5).map((s) => s.input).sort()).toEqual(['https://news.example/a', 'https://news.example/b']);
    store.close();
  });

  it("keeps feeds' validators apart from articles", () => {
    const store = open();
    store.setFeed('https://news.example/feed.xml', { etag: '"feed-1"' });
    expect([store.getFeed('https://news.example/feed.xml'), store.getFeed('https://news.example/other.xml'), store.get('https://news.example/feed.xml')]).toEqual([
      { etag: '"feed-1"' },
      undefined,
      undefined,
    ]);
    store.close();
  });

  it('lets one run at a time hold the lock, and the next take it once released', () => {
    const store = open();
    const first = store.tryLock('run');
    const second = store.tryLock('run');
    expect([first.acquired, second.acquired]).toEqual([true, false]);
    if (!second.acquired) expect(second.holder).toMatchObject({ pid: process.pid, host: hostname() });
    if (first.acquired) first.release();
    const third = store.tryLock('run');
    expect(third.acquired).toBe(true);
    if (third.acquired) third.release();
    store.close();
  });
});

describe('SQLite run lock across processes', () => {
  const path = join(dir, 'shared-state.db');

  it('takes over the lock of a process that died holding it', () => {
    // a process that takes the lock and is gone before we look (like a run killed with SIGKILL)
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', lockScript(path)], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('acquired');
    const store = SqliteStateStore.open(path);
    const row = store.db.prepare('SELECT pid FROM locks WHERE name = ?').get('run') as { pid: number };
    expect(row.pid).toBe(child.pid);
    const attempt = store.tryLock('run');
    expect(attempt.acquired).toBe(true);
    if (attempt.acquired) attempt.release();
    store.close();
  });

  it('takes over a lock whose holder stopped renewing it, on this host or another', () => {
    const store = SqliteStateStore.open(path);
    const old = new Date(Date.now() - LOCK_STALE_MS - 1000).toISOString();
    store.db.prepare('INSERT OR REPLACE INTO locks VALUES (?, ?, ?, ?, ?)').run('run', process.pid, 'another-host', old, old);
    const attempt = store.tryLock('run');
    expect(attempt.acquired).toBe(true);
    if (attempt.acquired) attempt.release();
    store.close();
  });

  it('refuses the lock while a live process on another host renews it', () => {
    const store = SqliteStateStore.open(path);
    const now = new Date().toISOString();
    store.db.prepare('INSERT OR REPLACE INTO locks VALUES (?, ?, ?, ?, ?)').run('run', 1, 'another-host', now, now);
    const attempt = store.tryLock('run');
    expect(attempt).toEqual({ acquired: false, holder: { pid: 1, host: 'another-host', acquiredAt: now, heartbeatAt: now } });
    store.db.prepare('DELETE FROM locks').run();
    store.close();
  });

  it('says which file it cannot open', () => {
    expect(() => SqliteStateStore.open(join(dir, 'shared-state.db', 'nested', 'state.db'))).toThrow(/news-extract: cannot open the state store ".*shared-state\.db\/nested\/state\.db"/);
  });
});

/** a child process that takes the lock of the state file at `path`, prints "acquired" and exits without releasing it */
function lockScript(path: string): string {
  return `
    import Database from 'better-sqlite3';
    import { hostname } from 'node:os';
    const db = new Database(${JSON.stringify(path)});
    db.exec("CREATE TABLE IF NOT EXISTS locks (name TEXT PRIMARY KEY, pid INTEGER NOT NULL, host TEXT NOT NULL, acquired_at TEXT NOT NULL, heartbeat_at TEXT NOT NULL) STRICT");
    const now = new Date().toISOString();
    db.prepare('INSERT OR REPLACE INTO locks VALUES (?, ?, ?, ?, ?)').run('run', process.pid, hostname(), now, now);
    db.close();
    console.log('acquired');`;
}
