/**
 * What a run remembers about every input between runs, so the next run skips what has not changed,
 * retries what failed, and never runs twice at the same time over the same output.
 */
import type { FeedHints, Validators } from '../fetch/types.js';

export type InputOutcome = 'ok' | 'failed';

/** the facts that tell whether an input changed since it was last read */
export interface InputFingerprint extends Validators {
  /** files: size and modification time, checked before the file is read */
  size?: number;
  mtimeMs?: number;
  /** the bytes that were read */
  contentSha256?: string;
}

export interface InputState extends InputFingerprint {
  /** the absolute path or URL */
  input: string;
  kind: 'file' | 'url';
  outcome: InputOutcome;
  /** the record it gave, when it gave one */
  recordId?: string;
  errorCode?: string;
  errorMessage?: string;
  /** failures in a row (0 after a success) */
  failures: number;
  /** what a feed said about the article, kept so a retry outside the feed keeps it */
  hints?: FeedHints;
  updatedAt: string;
}

export interface LockHolder {
  pid: number;
  host: string;
  acquiredAt: string;
  heartbeatAt: string;
}

export type LockAttempt = { acquired: true; release(): void } | { acquired: false; holder: LockHolder };

export interface StateStore {
  get(input: string): InputState | undefined;
  put(state: InputState): void;
  /** several at once, in one transaction */
  putAll(states: InputState[]): void;
  /** a feed's or sitemap's validators, for the next run's conditional request */
  getFeed(url: string): Validators | undefined;
  setFeed(url: string, validators: Validators): void;
  /** URL inputs that failed last time, fewer than `maxFailures` times in a row */
  unfinishedUrls(maxFailures: number): InputState[];
  /**
   * Takes the run lock unless another live process holds it (a holder that died, or stopped
   * renewing its lock, loses it). The holder renews it while it runs and releases it at the end.
   */
  tryLock(name: string): LockAttempt;
  close(): void;
}
