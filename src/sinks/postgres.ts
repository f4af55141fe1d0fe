/**
 * PostgreSQL: the versioned tables of migrations/, loaded with one idempotent upsert per record.
 * `migratePostgres` and `upsertRecordPostgres` work on any pg client, so a queue worker can load a
 * record inside the transaction that completes its job; `PostgresSink` wraps them for the pipeline.
 */
import pg from 'pg';
import { NewsExtractError } from '../errors.js';
import type { ArticleRecord } from '../record.js';
import { currentTables, migrationStatements, migrationsTableSql, MIGRATIONS, MIGRATIONS_TABLE, quoteName } from './migrations/index.js';
import { ARTICLE_TABLES, jsonCell, recordRows, type Row } from './rows.js';
import type { FailedInput, RecordSink } from './types.js';

/** pg_advisory_xact_lock key that serialises migrations across processes ("news" in ASCII) */
const MIGRATION_LOCK = 0x6e657773;
/** PostgreSQL allows 65535 bind parameters per statement */
const MAX_PARAMETERS = 60_000;

/**
 * Brings the database to the latest schema version. Idempotent; safe when several processes start
 * at once (they wait on an advisory lock, then find the work done). Call it outside a transaction.
 */
export async function migratePostgres(client: pg.ClientBase): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(migrationsTableSql('postgres'));
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${MIGRATIONS_TABLE}`);
    const applied = new Set(rows.map((r) => r.version));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migrationStatements(migration, 'postgres')) await client.query(statement);
      await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES ($1, $2, now())`, [migration.version, migration.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw sinkError(`cannot migrate the PostgreSQL database: ${(error as Error).message}`, error);
  }
}

/**
 * Replaces the record's rows (its article and everything that belongs to it) with this version.
 * Idempotent. Opens no transaction: run it inside one so the record lands whole or not at all.
 */
export async function upsertRecordPostgres(client: pg.ClientBase, record: ArticleRecord): Promise<void> {
  const { article, children } = recordRows(record);
  // the upsert takes the article's row lock first, so concurrent loads of one record queue up
  await client.query(ARTICLE_UPSERT, articleColumns.map((c) => jsonCell(article[c] ?? null)));
  await client.query(CHILDREN_DELETE, [record.id]);
  for (const table of ARTICLE_TABLES) {
    const rows = children[table];
    if (rows.length > 0) await insertRows(client, table, record.id, rows);
  }
}

/**
 * A RecordSink over one PostgreSQL connection. Records are written in savepoints of one open
 * transaction that `flush` commits: every record all or nothing, one commit per batch.
 */
export class PostgresSink implements RecordSink {
  private inTransaction = false;

  private constructor(private readonly client: pg.Client) {}

  /** connects (a `postgres://` URL or pg client options) and migrates */
  static async open(connection: string | pg.ClientConfig): Promise<PostgresSink> {
    const client = new pg.Client(typeof connection === 'string' ? { connectionString: connection } : connection);
    try {
      await client.connect();
    } catch (error) {
      throw sinkError(`cannot connect to PostgreSQL at ${describeConnection(connection)}: ${(error as Error).message}`, error);
    }
    try {
      await migratePostgres(client);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    return new PostgresSink(client);
  }

  async write(record: ArticleRecord): Promise<void> {
    if (!this.inTransaction) {
      await this.client.query('BEGIN');
      this.inTransaction = true;
    }
    try {
      await this.client.query('SAVEPOINT record');
      await upsertRecordPostgres(this.client, record);
      await this.client.query('RELEASE SAVEPOINT record');
    } catch (error) {
      await this.client.query('ROLLBACK TO SAVEPOINT record').catch(() => {});
      throw sinkError(`cannot store record ${record.id} in PostgreSQL: ${(error as Error).message}`, error);
    }
  }

  /** failures are kept by the state store and errors.jsonl, not in the database */
  writeError(_failure: FailedInput): void {}

  async flush(): Promise<void> {
    if (!this.inTransaction) return;
    this.inTransaction = false;
    try {
      await this.client.query('COMMIT');
    } catch (error) {
      throw sinkError(`cannot commit records to PostgreSQL: ${(error as Error).message}`, error);
    }
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.client.end();
    }
  }
}

const tables = currentTables();
const articleColumns = tables.get('articles')!.columns.map((c) => c.name);

const ARTICLE_UPSERT = `INSERT INTO articles (${articleColumns.map(quoteName).join(', ')}) VALUES (${articleColumns.map((_, i) => `$${i + 1}`).join(', ')})
  ON CONFLICT (id) DO UPDATE SET ${articleColumns.filter((c) => c !== 'id').map((c) => `${quoteName(c)} = EXCLUDED.${quoteName(c)}`).join(', ')}`;

// one round trip empties every table of the article (data-modifying CTEs)
const CHILDREN_DELETE = `WITH ${ARTICLE_TABLES.slice(0, -1).map((t, i) => `d${i} AS (DELETE FROM ${quoteName(t)} WHERE article_id = $1)`).join(', ')}
  DELETE FROM ${quoteName(ARTICLE_TABLES[ARTICLE_TABLES.length - 1])} WHERE article_id = $1`;

const childColumns = new Map(ARTICLE_TABLES.map((t) => [t, ['article_id', ...tables.get(t)!.columns.map((c) => c.name)]]));

async function insertRows(client: pg.ClientBase, table: string, articleId: string, rows: Row[]): Promise<void> {
  const columns = childColumns.get(table as (typeof ARTICLE_TABLES)[number])!;
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const start = values.length;
      values.push(articleId, ...columns.slice(1).map((c) => jsonCell(row[c] ?? null)));
      return `(${columns.map((_, i) => `$${start + i + 1}`).join(', ')})`;
    });
    // a record that repeats a row (the same mention twice) keeps the first
    await client.query(`INSERT INTO ${quoteName(table)} (${columns.map(quoteName).join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING`, values);
  }
}

function describeConnection(connection: string | pg.ClientConfig): string {
  if (typeof connection !== 'string') return `${connection.host ?? 'localhost'}:${connection.port ?? 5432}/${connection.database ?? ''}`;
  return connection.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

function sinkError(message: string, cause: unknown): NewsExtractError {
  return new NewsExtractError('SINK_FAILED', `news-extract: ${message}`, undefined, false, { cause });
}
