/**
 * Page files written a few at a time while the next pages are rendered: writing 10,000 pages one
 * await after another leaves the CPU idle most of the time. At most `limit` writes wait in the queue,
 * so memory stays flat however large the batch; the first failed write fails the report.
 */
import { writeFile } from 'node:fs/promises';
import PQueue from 'p-queue';

export class WriteQueue {
  private readonly queue: PQueue;
  private failure: unknown;

  constructor(private readonly limit = 16) {
    this.queue = new PQueue({ concurrency: limit });
  }

  async write(path: string, content: string): Promise<void> {
    this.throwIfFailed();
    await this.queue.onSizeLessThan(this.limit);
    this.queue.add(() => writeFile(path, content)).catch((error: unknown) => (this.failure ??= error));
  }

  /** waits for every write; throws the first failure */
  async flush(): Promise<void> {
    await this.queue.onIdle();
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw new Error(`news-extract: report: cannot write a page: ${(this.failure as Error).message}`, { cause: this.failure });
  }
}
