/** Migrations are data: one description, rendered to SQL for SQLite and for PostgreSQL. */
export type Dialect = 'sqlite' | 'postgres';

/** text, integer, real, boolean, json: the types both databases have an honest version of */
export type ColumnType = 'text' | 'integer' | 'real' | 'boolean' | 'json';

export interface ColumnDef {
  name: string;
  type: ColumnType;
  notNull?: boolean;
}

export interface TableDef {
  name: string;
  columns: ColumnDef[];
  primaryKey: string[];
  /** rows belong to one article: an `article_id` column referencing articles(id), deleted with it */
  ofArticle?: boolean;
}

export interface IndexDef {
  name: string;
  table: string;
  columns: string[];
}

export type MigrationStep =
  | { createTable: TableDef }
  | { createIndex: IndexDef }
  /** anything else, written once per dialect */
  | { sql: Record<Dialect, string> };

export interface Migration {
  /** applied in order; a database remembers the versions it has */
  version: number;
  name: string;
  reason: string;
  steps: MigrationStep[];
}
