export type { InputFingerprint, InputOutcome, InputState, LockAttempt, LockHolder, StateStore } from './types.js';
export { MemoryStateStore } from './memory.js';
export { SqliteStateStore } from './sqlite.js';
export { LOCK_HEARTBEAT_MS, LOCK_STALE_MS } from './lock.js';
