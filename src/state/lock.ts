/** When a run lock's holder is gone: its process died (same host) or it stopped renewing the lock. */
import { hostname } from 'node:os';
import type { LockHolder } from './types.js';

/** a live holder renews its lock this often */
export const LOCK_HEARTBEAT_MS = 10_000;
/** a lock not renewed for this long belongs to a process that hangs or is on a dead machine */
export const LOCK_STALE_MS = 60_000;

export function currentHolder(now: Date = new Date()): LockHolder {
  const at = now.toISOString();
  return { pid: process.pid, host: hostname(), acquiredAt: at, heartbeatAt: at };
}

export function isStale(holder: LockHolder, now: Date = new Date()): boolean {
  if (now.getTime() - Date.parse(holder.heartbeatAt) > LOCK_STALE_MS) return true;
  return holder.host === hostname() && !processAlive(holder.pid);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** renews a held lock until released; the timer never keeps the process alive */
export function startHeartbeat(renew: () => void): () => void {
  const timer = setInterval(renew, LOCK_HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}
