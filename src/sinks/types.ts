/** Where records go. Every sink is idempotent by record id, so a re-run never duplicates a record. */
import type { NewsExtractError } from '../errors.js';
import type { ArticleRecord } from '../record.js';

export interface FailedInput {
  input: string;
  code: string;
  message: string;
  at: string;
}

export interface RecordSink {
  /** true if a record with this id is already stored */
  has?(id: string): boolean;
  /** stores the record, or throws for this record only; it may stay pending until `flush` */
  write(record: ArticleRecord): Promise<void> | void;
  writeError(failure: FailedInput): Promise<void> | void;
  /** makes every record written so far durable (a sink that batches commits them here) */
  flush?(): Promise<void> | void;
  /** flushes and closes */
  close(): Promise<void> | void;
}

export function failureOf(input: string, error: NewsExtractError): FailedInput {
  return { input, code: error.code, message: error.message, at: new Date().toISOString() };
}
