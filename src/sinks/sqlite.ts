/**
 * SQLite (better-sqlite3): the same versioned tables as PostgreSQL in one file. A record is replaced
 * whole inside a savepoint of the sink's open transaction, which `flush` commits: one commit per
 * batch instead of one per record (a commit costs a write to the WAL file), every record still all
 * or nothing. WAL and synchronous=NORMAL keep a crash harmless: a committed batch is there
 * entirely, an uncommitted one not at all (and its inputs are not marked done, so they are redone).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { NewsExtractError } from '../errors.js';
import type { ArticleRecord } from '../record.js';
import { currentTables, migrationStatements, migrationsTableSql, MIGRATIONS, MIGRATIONS_TABLE, quoteName } from './migrations/index.js';
import { ARTICLE_TABLES, jsonCell, recordRows, type ArticleTable, type Cell } from './rows.js';
import type { FailedInput, RecordSink } from './types.js';

type Db = Database.Database;

/** Applies the missing migrations, each in its own transaction. Idempotent. */
export function migrateSqlite(db: Db): void {
  db.exec(migrationsTableSql('sqlite'));
  // BEGIN IMMEDIATE: a second process opening the same file waits instead of migrating twice
  const migrate = db.transaction(() => {
    const applied = new Set(db.prepare(`SELECT version FROM ${MIGRATIONS_TABLE}`).pluck().all() as number[]);
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migrationStatements(migration, 'sqlite')) db.exec(statement);
      db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`).run(migration.version, migration.name, new Date().toISOString());
    }
  });
  migrate.immediate();
}

/** opens (creating folders and file) with the settings every news-extract SQLite file uses */
export function openSqlite(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  return db;
}

/** Replaces the record's rows with this version. Runs inside the caller's transaction if there is one. */
export function upsertRecordSqlite(db: Db, record: ArticleRecord): void {
  statementsFor(db).upsert(record);
}

export class SqliteSink implements RecordSink {
  private constructor(
    readonly db: Db,
    private readonly upsert: (record: ArticleRecord) => void,
  ) {}

  /** opens or creates the database file (":memory:" for a private one) and migrates it */
  static open(path: string): SqliteSink {
    let db: Db | undefined;
    try {
      db = openSqlite(path);
      migrateSqlite(db);
    } catch (error) {
      db?.close();
      throw new NewsExtractError('SINK_FAILED', `news-extract: cannot open the SQLite database "${path}": ${(error as Error).message}`, undefined, false, { cause: error });
    }
    const { upsert } = statementsFor(db);
    return new SqliteSink(db, db.transaction(upsert));
  }

  has(id: string): boolean {
    return statementsFor(this.db).has(id);
  }

  write(record: ArticleRecord): void {
    try {
      if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
      // inside a transaction, better-sqlite3 runs this one as a savepoint: a failure undoes this record only
      this.upsert(record);
    } catch (error) {
      throw new NewsExtractError('SINK_FAILED', `news-extract: cannot store record ${record.id} in SQLite: ${(error as Error).message}`, undefined, false, { cause: error });
    }
  }

  /** failures are kept by the state store and errors.jsonl, not in the database */
  writeError(_failure: FailedInput): void {}

  flush(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  close(): void {
    if (!this.db.open) return;
    this.flush();
    this.db.close();
  }
}

interface Statements {
  upsert(record: ArticleRecord): void;
  has(id: string): boolean;
}

const prepared = new WeakMap<Db, Statements>();
const tables = currentTables();

/** prepared once per connection */
function statementsFor(db: Db): Statements {
  const cached = prepared.get(db);
  if (cached) return cached;
  const articleColumns = tables.get('articles')!.columns.map((c) => c.name);
  const upsertArticle = db.prepare(
    `INSERT INTO articles (${articleColumns.map(quoteName).join(', ')}) VALUES (${articleColumns.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${articleColumns.filter((c) => c !== 'id').map((c) => `${quoteName(c)} = excluded.${quoteName(c)}`).join(', ')}`,
  );
  const children = ARTICLE_TABLES.map((table) => {
    const columns = tables.get(table)!.columns.map((c) => c.name);
    return {
      table,
      columns,
      remove: db.prepare(`DELETE FROM ${quoteName(table)} WHERE article_id = ?`),
      // a record that repeats a row (the same mention twice) keeps the first
      insert: db.prepare(`INSERT INTO ${quoteName(table)} (article_id, ${columns.map(quoteName).join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')}) ON CONFLICT DO NOTHING`),
    };
  });
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const statements: Statements = {
    upsert(record) {
      const rows = recordRows(record);
      const known = exists.get(record.id) !== undefined;
      upsertArticle.run(articleColumns.map((c) => sqliteCell(rows.article[c] ?? null)));
      for (const child of children) {
        if (known) child.remove.run(record.id);
        for (const row of rows.children[child.table as ArticleTable]) child.insert.run(record.id, ...child.columns.map((c) => sqliteCell(row[c] ?? null)));
      }
    },
    has: (id) => exists.get(id) !== undefined,
  };
  prepared.set(db, statements);
  return statements;
}

function sqliteCell(value: Cell): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return jsonCell(value) as string | number | null;
}
