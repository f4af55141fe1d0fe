/**
 * PostgreSQL: the versioned tables of migrations/, loaded with one idempotent upsert per record.
 * `migratePostgres` and `upsertRecordPostgres` work on any pg client, so a queue worker can load a
 * record inside the transaction that completes its job; `PostgresSink` wraps them for the pipeline.
 */
import pg from 'pg';
import { NewsExtractError } from '../errors.js';
import type { ArticleRecord } from '../record.js';
import { RecordIdSet } from '../record-ids.js';
import { currentTables, migrationStatements, migrationsTableSql, MIGRATIONS, MIGRATIONS_TABLE, quoteName, type ColumnType } from './migrations/index.js';
import { ARTICLE_TABLES, jsonCell, recordRows } from './rows.js';
import type { FailedInput, RecordSink } from './types.js';

/** pg_advisory_xact_lock key that serialises migrations across processes ("news" in ASCII) */
const MIGRATION_LOCK = 0x6e657773;

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
  // the upsert takes the article's row lock first, so concurrent loads of one record queue up, and the
  // next statements (each with a fresh snapshot) see what the previous holder committed
  const { rows } = await client.query<{ inserted: boolean }>(ARTICLE_UPSERT, articleColumns.map((c) => jsonCell(article[c] ?? null)));
  if (!rows[0].inserted) await client.query(CHILDREN_DELETE, [record.id]);
  await client.query(CHILDREN_INSERT, [record.id, ...ARTICLE_TABLES.map((table) => JSON.stringify(children[table]))]);
}

/**
 * A RecordSink over one PostgreSQL connection. Records are written in savepoints of one open
 * transaction that `flush` commits: every record all or nothing, one commit per batch.
 */
export class PostgresSink implements RecordSink {
  private inTransaction = false;

  private constructor(
    private readonly client: pg.Client,
    /** the ids stored when the sink opened and since, so an incremental run can tell a record went missing */
    private readonly ids: RecordIdSet,
  ) {}

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
      return new PostgresSink(client, await storedIds(client));
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
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
      this.ids.add(record.id);
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

/** ids read a page at a time, so that a large table never arrives as one result of row objects */
const ID_PAGE = 10_000;

export async function storedIds(client: pg.ClientBase, pageSize = ID_PAGE): Promise<RecordIdSet> {
  const ids = new RecordIdSet();
  for (let after = ''; ; ) {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM articles WHERE id > $1 ORDER BY id LIMIT $2', [after, pageSize]);
    for (const { id } of rows) ids.add(id);
    if (rows.length < pageSize) return ids;
    after = rows[rows.length - 1].id;
  }
}

const tables = currentTables();
const articleColumns = tables.get('articles')!.columns.map((c) => c.name);

const ARTICLE_UPSERT = `INSERT INTO articles (${articleColumns.map(quoteName).join(', ')}) VALUES (${articleColumns.map((_, i) => `$${i + 1}`).join(', ')})
  ON CONFLICT (id) DO UPDATE SET ${articleColumns.filter((c) => c !== 'id').map((c) => `${quoteName(c)} = EXCLUDED.${quoteName(c)}`).join(', ')}
  RETURNING (xmax = 0) AS inserted`;

// one round trip empties every table of the article (data-modifying CTEs)
const CHILDREN_DELETE = `WITH ${ARTICLE_TABLES.slice(0, -1).map((t, i) => `d${i} AS (DELETE FROM ${quoteName(t)} WHERE article_id = $1)`).join(', ')}
  DELETE FROM ${quoteName(ARTICLE_TABLES[ARTICLE_TABLES.length - 1])} WHERE article_id = $1`;

const PG_TYPES: Record<ColumnType, string> = { text: 'text', integer: 'integer', real: 'double precision', boolean: 'boolean', json: 'jsonb' };

/**
 * one round trip fills every table of the article: each table's rows travel as one JSON array
 * ($2…) read by jsonb_to_recordset; a record that repeats a row (the same mention twice) keeps the first
 */
const CHILDREN_INSERT = `WITH ${ARTICLE_TABLES.map((table, i) => {
  const columns = tables.get(table)!.columns;
  const names = columns.map((c) => quoteName(c.name)).join(', ');
  const types = columns.map((c) => `${quoteName(c.name)} ${PG_TYPES[c.type]}`).join(', ');
  return `i${i} AS (INSERT INTO ${quoteName(table)} ("article_id", ${names}) SELECT $1, ${names} FROM jsonb_to_recordset($${i + 2}::jsonb) AS x(${types}) ON CONFLICT DO NOTHING)`;
}).join(',\n  ')}
  SELECT 1`;

function describeConnection(connection: string | pg.ClientConfig): string {
  if (typeof connection !== 'string') return `${connection.host ?? 'localhost'}:${connection.port ?? 5432}/${connection.database ?? ''}`;
  return connection.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

function sinkError(message: string, cause: unknown): NewsExtractError {
  return new NewsExtractError('SINK_FAILED', `news-extract: ${message}`, undefined, false, { cause });
}
