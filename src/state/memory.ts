/** The state store in memory: for tests and for library users who run once. */
import type { Validators } from '../fetch/types.js';
import { currentHolder, isStale, startHeartbeat } from './lock.js';
import type { InputState, LockAttempt, LockHolder, StateStore } from './types.js';

export class MemoryStateStore implements StateStore {
  readonly inputs = new Map<string, InputState>();
  readonly feeds = new Map<string, Validators>();
  readonly locks = new Map<string, LockHolder>();

  get(input: string): InputState | undefined {
    return this.inputs.get(input);
  }

  put(state: InputState): void {
    this.inputs.set(state.input, { ...state });
  }

  putAll(states: InputState[]): void {
    for (const state of states) this.put(state);
  }

  getFeed(url: string): Validators | undefined {
    return this.feeds.get(url);
  }

  setFeed(url: string, validators: Validators): void {
    this.feeds.set(url, { ...validators });
  }

  unfinishedUrls(maxFailures: number): InputState[] {
    return [...this.inputs.values()].filter((s) => s.kind === 'url' && s.outcome !== 'ok' && s.failures < maxFailures);
  }

  tryLock(name: string): LockAttempt {
    const held = this.locks.get(name);
    if (held && !isStale(held)) return { acquired: false, holder: held };
    const holder = currentHolder();
    this.locks.set(name, holder);
    const stop = startHeartbeat(() => (holder.heartbeatAt = new Date().toISOString()));
    return {
      acquired: true,
      release: () => {
        stop();
        if (this.locks.get(name) === holder) this.locks.delete(name);
      },
    };
  }

  close(): void {}
}
