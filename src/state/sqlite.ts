/**
 * The state store in an SQLite file (by default `state.db` beside the output). One row per input,
 * one per feed, one per held lock. Every write commits on its own: a crash loses at most the
 * outcome being written, and that article is then simply redone (the sinks are idempotent).
 */
import Database from 'better-sqlite3';
import { NewsExtractError } from '../errors.js';
import type { Validators } from '../fetch/types.js';
import { openSqlite } from '../sinks/sqlite.js';
import { currentHolder, isStale, startHeartbeat } from './lock.js';
import type { InputState, LockAttempt, LockHolder, StateStore } from './types.js';

/** PRAGMA user_version of the state file; bump it with a migration below */
const STATE_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS inputs (
  input TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  outcome TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  size INTEGER,
  mtime_ms REAL,
  content_sha256 TEXT,
  record_id TEXT,
  error_code TEXT,
  error_message TEXT,
  failures INTEGER NOT NULL,
  hints TEXT,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS inputs_unfinished ON inputs (kind, outcome) WHERE outcome <> 'ok';
CREATE TABLE IF NOT EXISTS feeds (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS locks (
  name TEXT PRIMARY KEY,
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  acquired_at TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL
) STRICT;`;

interface InputRow {
  input: string;
  kind: string;
  outcome: string;
  etag: string | null;
  last_modified: string | null;
  size: number | null;
  mtime_ms: number | null;
  content_sha256: string | null;
  record_id: string | null;
  error_code: string | null;
  error_message: string | null;
  failures: number;
  hints: string | null;
  updated_at: string;
}

interface LockRow {
  pid: number;
  host: string;
  acquired_at: string;
  heartbeat_at: string;
}

export class SqliteStateStore implements StateStore {
  private readonly statements;

  private constructor(readonly db: Database.Database) {
    this.statements = {
      get: db.prepare<[string], InputRow>('SELECT * FROM inputs WHERE input = ?'),
      put: db.prepare(`INSERT INTO inputs (input, kind, outcome, etag, last_modified, size, mtime_ms, content_sha256, record_id, error_code, error_message, failures, hints, updated_at)
        VALUES (@input, @kind, @outcome, @etag, @last_modified, @size, @mtime_ms, @content_sha256, @record_id, @error_code, @error_message, @failures, @hints, @updated_at)
        ON CONFLICT (input) DO UPDATE SET kind = excluded.kind, outcome = excluded.outcome, etag = excluded.etag, last_modified = excluded.last_modified,
          size = excluded.size, mtime_ms = excluded.mtime_ms, content_sha256 = excluded.content_sha256, record_id = excluded.record_id,
          error_code = excluded.error_code, error_message = excluded.error_message, failures = excluded.failures, hints = excluded.hints, updated_at = excluded.updated_at`),
      unfinished: db.prepare<[number], InputRow>("SELECT * FROM inputs WHERE kind = 'url' AND outcome <> 'ok' AND failures < ? ORDER BY updated_at"),
      getFeed: db.prepare<[string], { etag: string | null; last_modified: string | null }>('SELECT etag, last_modified FROM feeds WHERE url = ?'),
      setFeed: db.prepare(`INSERT INTO feeds (url, etag, last_modified, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at`),
      getLock: db.prepare<[string], LockRow>('SELECT pid, host, acquired_at, heartbeat_at FROM locks WHERE name = ?'),
      setLock: db.prepare('INSERT OR REPLACE INTO locks (name, pid, host, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)'),
      renewLock: db.prepare('UPDATE locks SET heartbeat_at = ? WHERE name = ? AND pid = ? AND host = ?'),
      dropLock: db.prepare('DELETE FROM locks WHERE name = ? AND pid = ? AND host = ?'),
    };
  }

  /** opens or creates the state file (":memory:" for a private one) */
  static open(path: string): SqliteStateStore {
    let db: Database.Database | undefined;
    try {
      db = openSqlite(path);
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > STATE_VERSION) throw new Error(`it was written by a newer news-extract (state version ${version}, this one knows ${STATE_VERSION})`);
      db.exec(SCHEMA);
      db.pragma(`user_version = ${STATE_VERSION}`);
      return new SqliteStateStore(db);
    } catch (error) {
      db?.close();
      throw new NewsExtractError('CONFIG_INVALID', `news-extract: cannot open the state store "${path}": ${(error as Error).message}`, undefined, false, { cause: error });
    }
  }

  get(input: string): InputState | undefined {
    const row = this.statements.get.get(input);
    return row && stateOf(row);
  }

  put(state: InputState): void {
    this.statements.put.run({
      input: state.input,
      kind: state.kind,
      outcome: state.outcome,
      etag: state.etag ?? null,
      last_modified: state.lastModified ?? null,
      size: state.size ?? null,
      mtime_ms: state.mtimeMs ?? null,
      content_sha256: state.contentSha256 ?? null,
      record_id: state.recordId ?? null,
      error_code: state.errorCode ?? null,
      error_message: state.errorMessage ?? null,
      failures: state.failures,
      hints: state.hints ? JSON.stringify(state.hints) : null,
      updated_at: state.updatedAt,
    });
  }

  putAll(states: InputState[]): void {
    this.db.transaction(() => {
      for (const state of states) this.put(state);
    })();
  }

  getFeed(url: string): Validators | undefined {
    const row = this.statements.getFeed.get(url);
    return row ? { ...(row.etag !== null && { etag: row.etag }), ...(row.last_modified !== null && { lastModified: row.last_modified }) } : undefined;
  }

  setFeed(url: string, validators: Validators): void {
    this.statements.setFeed.run(url, validators.etag ?? null, validators.lastModified ?? null, new Date().toISOString());
  }

  unfinishedUrls(maxFailures: number): InputState[] {
    return this.statements.unfinished.all(maxFailures).map(stateOf);
  }

  tryLock(name: string): LockAttempt {
    const holder = currentHolder();
    // IMMEDIATE: the look and the take are one step for every process sharing the file
    const take = this.db.transaction((): LockHolder | null => {
      const row = this.statements.getLock.get(name);
      const held = row && { pid: row.pid, host: row.host, acquiredAt: row.acquired_at, heartbeatAt: row.heartbeat_at };
      if (held && !isStale(held)) return held;
      this.statements.setLock.run(name, holder.pid, holder.host, holder.acquiredAt, holder.heartbeatAt);
      return null;
    });
    const held = take.immediate();
    if (held) return { acquired: false, holder: held };
    const stop = startHeartbeat(() => {
      if (this.db.open) this.statements.renewLock.run(new Date().toISOString(), name, holder.pid, holder.host);
    });
    return {
      acquired: true,
      release: () => {
        stop();
        if (this.db.open) this.statements.dropLock.run(name, holder.pid, holder.host);
      },
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function stateOf(row: InputRow): InputState {
  return {
    input: row.input,
    kind: row.kind as InputState['kind'],
    outcome: row.outcome as InputState['outcome'],
    ...(row.etag !== null && { etag: row.etag }),
    ...(row.last_modified !== null && { lastModified: row.last_modified }),
    ...(row.size !== null && { size: row.size }),
    ...(row.mtime_ms !== null && { mtimeMs: row.mtime_ms }),
    ...(row.content_sha256 !== null && { contentSha256: row.content_sha256 }),
    ...(row.record_id !== null && { recordId: row.record_id }),
    ...(row.error_code !== null && { errorCode: row.error_code }),
    ...(row.error_message !== null && { errorMessage: row.error_message }),
    failures: row.failures,
    ...(row.hints !== null && { hints: JSON.parse(row.hints) }),
    updatedAt: row.updated_at,
  };
}
