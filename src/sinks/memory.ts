/** Keeps records in memory: for tests and for library users who want the records back. */
import type { ArticleRecord } from '../record.js';
import type { FailedInput, RecordSink } from './types.js';

export class MemorySink implements RecordSink {
  readonly records = new Map<string, ArticleRecord>();
  readonly errors: FailedInput[] = [];

  has(id: string): boolean {
    return this.records.has(id);
  }

  write(record: ArticleRecord): void {
    this.records.set(record.id, record);
  }

  writeError(failure: FailedInput): void {
    this.errors.push(failure);
  }

  close(): void {}
}
