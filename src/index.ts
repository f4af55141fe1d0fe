/** news-extract's public API. */
export { extractArticle, recordFromFetched, recordFromDocument, documentFromFetched, type ArticleInput, type ExtractOptions } from './article.js';
export { runPipeline, processInput, type Outcome, type RunOutcome, type SkippedOutcome, type PipelineOptions, type IncrementalOptions } from './pipeline.js';
export { runJob, type JobOptions, type RunSummary } from './job.js';
export {
  expandInputs,
  fetchInput,
  defaultFetchLimits,
  FetchSession,
  parseFeed,
  type InputRef,
  type FetchedInput,
  type FetchLimits,
  type FetchResult,
  type FetchContext,
  type NotModifiedInput,
  type Validators,
  type ValidatorStore,
  type FeedHints,
} from './fetch/index.js';
export { cleanHtml, type CleanedPage, type CleanOptions } from './clean/index.js';
export { analyse, type Analysis, type Token, type Sentence } from './extract/analyse.js';
export { recogniseEntities, type EntityResult } from './extract/entities.js';
export { recogniseValues, type ValueResult } from './extract/values.js';
export { recogniseEvents, type EventResult } from './events/index.js';
export { JsonlSink, StreamSink } from './sinks/jsonl.js';
export { MemorySink } from './sinks/memory.js';
export { SqliteSink, migrateSqlite, upsertRecordSqlite } from './sinks/sqlite.js';
export { PostgresSink, migratePostgres, upsertRecordPostgres } from './sinks/postgres.js';
export { MIGRATIONS, LATEST_VERSION } from './sinks/migrations/index.js';
export { MemoryStateStore, SqliteStateStore, type StateStore, type InputState, type InputFingerprint, type LockAttempt, type LockHolder } from './state/index.js';
export { ExtractionPool } from './workers/pool.js';
export { writeReport } from './report/index.js';
export type { RecordSink, FailedInput } from './sinks/types.js';
export { recordProblems } from './validate.js';
export { NewsExtractError, InputError, FetchError, ParseError, ConfigError, type ErrorCode } from './errors.js';
export type { ArticleDocument, ArticleMetadata } from './document.js';
export * from './record.js';
