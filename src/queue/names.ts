/**
 * What the cluster shares in PostgreSQL: pg-boss's schema and three queues under one name, so
 * several clusters (or test runs) can use one database without meeting.
 */
import { ConfigError } from '../errors.js';

export interface QueueNames {
  /** one job per article */
  articles: string;
  /** articles that failed every attempt, each with its last error */
  deadLetters: string;
  /** one job per scheduled enqueue: expands feeds, sitemaps and folders on a worker */
  enqueue: string;
}

export const DEFAULT_QUEUE = 'news-extract';
export const DEFAULT_BOSS_SCHEMA = 'pgboss';
/** workers' connections are named "<this> <host:pid>", so `status` can list the live ones */
export const WORKER_APPLICATION_NAME = 'news-extract worker';

export function queueNames(queue: string = DEFAULT_QUEUE): QueueNames {
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(queue)) {
    throw new ConfigError(`a queue name is letters, digits, "_", "." and "-" (at most 100), got ${JSON.stringify(queue)}`);
  }
  return { articles: `${queue}-articles`, deadLetters: `${queue}-dead-letters`, enqueue: `${queue}-enqueue` };
}

/** pg-boss puts its tables in this schema; the name goes into SQL, so it is checked like pg-boss does */
export function checkSchemaName(schema: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,49}$/.test(schema)) {
    throw new ConfigError(`a schema name is a letter or "_" then letters, digits or "_" (at most 50), got ${JSON.stringify(schema)}`);
  }
  return schema;
}
