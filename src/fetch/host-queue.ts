/**
 * Politeness: every request runs in its host's queue (at most `perHost` at once to one host) and then
 * in the global queue (at most `global` at once in all). A host that answered with Retry-After is
 * paused: its queued requests wait until the time it asked for.
 */
import PQueue from 'p-queue';
import { sleep } from './retry.js';

interface Host {
  queue: PQueue;
  /** Date.now() before which no request starts */
  pausedUntil: number;
}

export class HostQueues {
  private readonly global: PQueue;
  private readonly hosts = new Map<string, Host>();

  constructor(
    globalConcurrency: number,
    private readonly perHost: number,
  ) {
    this.global = new PQueue({ concurrency: globalConcurrency });
  }

  /** runs task in the host's queue first so that a busy host never holds a global slot while it waits */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const entry = this.host(host);
    return entry.queue
      .add(async () => {
        await sleep(entry.pausedUntil - Date.now());
        return this.global.add(task);
      })
      .finally(() => this.forgetIfIdle(host, entry));
  }

  pause(host: string, ms: number): void {
    const entry = this.host(host);
    entry.pausedUntil = Math.max(entry.pausedUntil, Date.now() + ms);
  }

  /** a long-lived worker meets many hosts: an idle, unpaused one is dropped */
  private forgetIfIdle(name: string, entry: Host): void {
    const idle = entry.queue.size === 0 && entry.queue.pending === 0 && entry.pausedUntil <= Date.now();
    if (idle && this.hosts.get(name) === entry) this.hosts.delete(name);
  }

  private host(name: string): Host {
    let entry = this.hosts.get(name);
    if (!entry) {
      entry = { queue: new PQueue({ concurrency: this.perHost }), pausedUntil: 0 };
      this.hosts.set(name, entry);
    }
    return entry;
  }
}
