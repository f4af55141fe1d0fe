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
  write(record: ArticleRecord): Promise<void> | void;
  writeError(failure: FailedInput): Promise<void> | void;
  close(): Promise<void> | void;
}

export function failureOf(input: string, error: NewsExtractError): FailedInput {
  return { input, code: error.code, message: error.message, at: new Date().toISOString() };
}
