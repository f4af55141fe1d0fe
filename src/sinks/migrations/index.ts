/**
 * The versioned schema of the SQLite and PostgreSQL sinks. Each database keeps the versions it has
 * applied in `news_extract_migrations`; a sink applies the missing ones, in order, when it opens.
 */
import { initial } from './001-initial.js';
import { articlesUri } from './002-articles-uri.js';
import type { ColumnDef, ColumnType, Dialect, Migration, MigrationStep, TableDef } from './types.js';

export type { ColumnDef, ColumnType, Dialect, Migration, MigrationStep, TableDef } from './types.js';

export const MIGRATIONS: readonly Migration[] = [initial, articlesUri];

export const MIGRATIONS_TABLE = 'news_extract_migrations';

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

const COLUMN_TYPES: Record<Dialect, Record<ColumnType, string>> = {
  // SQLite STRICT tables know INTEGER, REAL, TEXT: booleans are 0/1, JSON is text
  sqlite: { text: 'TEXT', integer: 'INTEGER', real: 'REAL', boolean: 'INTEGER', json: 'TEXT' },
  postgres: { text: 'text', integer: 'integer', real: 'double precision', boolean: 'boolean', json: 'jsonb' },
};

export function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** the SQL statements of one migration, in order */
export function migrationStatements(migration: Migration, dialect: Dialect): string[] {
  return migration.steps.map((step) => stepSql(step, dialect));
}

export function migrationsTableSql(dialect: Dialect): string {
  const time = dialect === 'sqlite' ? 'TEXT' : 'timestamptz';
  return `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version integer PRIMARY KEY, name text NOT NULL, applied_at ${time} NOT NULL)`;
}

function stepSql(step: MigrationStep, dialect: Dialect): string {
  if ('createTable' in step) return createTableSql(step.createTable, dialect);
  if ('createIndex' in step) {
    const { name, table, columns } = step.createIndex;
    return `CREATE INDEX ${quoteName(name)} ON ${quoteName(table)} (${columns.map(quoteName).join(', ')})`;
  }
  return step.sql[dialect];
}

function createTableSql(table: TableDef, dialect: Dialect): string {
  const columns: ColumnDef[] = table.ofArticle ? [{ name: 'article_id', type: 'text', notNull: true }, ...table.columns] : table.columns;
  const lines = columns.map((c) => `${quoteName(c.name)} ${COLUMN_TYPES[dialect][c.type]}${c.notNull ? ' NOT NULL' : ''}`);
  lines.push(`PRIMARY KEY (${table.primaryKey.map(quoteName).join(', ')})`);
  if (table.ofArticle) lines.push(`FOREIGN KEY ("article_id") REFERENCES "articles" ("id") ON DELETE CASCADE`);
  return `CREATE TABLE ${quoteName(table.name)} (\n  ${lines.join(',\n  ')}\n)${dialect === 'sqlite' ? ' STRICT' : ''}`;
}

/** the tables as the latest migration leaves them, for the loaders */
export function currentTables(): Map<string, TableDef> {
  const tables = new Map<string, TableDef>();
  for (const migration of MIGRATIONS) {
    for (const step of migration.steps) if ('createTable' in step) tables.set(step.createTable.name, step.createTable);
  }
  return tables;
}
