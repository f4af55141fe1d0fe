/**
 * JSON Lines files: records.jsonl and errors.jsonl in one folder. Lines are appended; on open, the
 * ids already written are read back (and a line cut short by a crash is dropped), so a re-run after
 * a crash adds only what is missing and every record is there once.
 */
import { createReadStream, existsSync, mkdirSync, openSync, closeSync, writeSync, ftruncateSync, fstatSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleRecord } from '../record.js';
import { RecordIdSet } from '../record-ids.js';
import type { FailedInput, RecordSink } from './types.js';

export class JsonlSink implements RecordSink {
  private readonly ids = new RecordIdSet();
  private recordsFd = -1;
  private errorsFd = -1;

  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<JsonlSink> {
    const sink = new JsonlSink(dir);
    mkdirSync(dir, { recursive: true });
    const recordsPath = join(dir, 'records.jsonl');
    if (existsSync(recordsPath)) {
      dropPartialLastLine(recordsPath);
      for await (const id of idsIn(recordsPath)) sink.ids.add(id);
    }
    dropPartialLastLine(join(dir, 'errors.jsonl'));
    sink.recordsFd = openSync(recordsPath, 'a');
    return sink;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  write(record: ArticleRecord): void {
    if (this.ids.has(record.id)) return;
    writeSync(this.recordsFd, `${JSON.stringify(record)}\n`);
    this.ids.add(record.id);
  }

  writeError(failure: FailedInput): void {
    if (this.errorsFd < 0) this.errorsFd = openSync(join(this.dir, 'errors.jsonl'), 'a');
    writeSync(this.errorsFd, `${JSON.stringify(failure)}\n`);
  }

  close(): void {
    for (const fd of [this.recordsFd, this.errorsFd]) if (fd >= 0) closeSync(fd);
    this.recordsFd = this.errorsFd = -1;
  }
}

/** Writes records as JSON Lines to a stream (`-o -`): nothing else goes there. */
export class StreamSink implements RecordSink {
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly onError: (failure: FailedInput) => void = () => {},
  ) {}

  async write(record: ArticleRecord): Promise<void> {
    if (!this.out.write(`${JSON.stringify(record)}\n`)) await new Promise((resolve) => this.out.once('drain', resolve));
  }

  writeError(failure: FailedInput): void {
    this.onError(failure);
  }

  close(): void {}
}

async function* idsIn(path: string): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    // records are written with schemaVersion and id first: a cheap match, a full parse otherwise
    const match = /^\{"schemaVersion":\d+,"id":"([0-9a-f]+)"/.exec(line);
    const id = match ? match[1] : parseId(line);
    if (id) yield id;
  }
}

function parseId(line: string): string | null {
  try {
    const id = (JSON.parse(line) as { id?: unknown }).id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/** a crash can leave a line without its newline: cut it, its article is redone */
function dropPartialLastLine(path: string): void {
  if (!existsSync(path)) return;
  const fd = openSync(path, 'r+');
  try {
    const { size } = fstatSync(fd);
    if (size === 0) return;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    if (last[0] === 0x0a) return;
    let end = size;
    const chunk = Buffer.alloc(64 * 1024);
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      readSync(fd, chunk, 0, end - start, start);
      const newline = chunk.subarray(0, end - start).lastIndexOf(0x0a);
      if (newline >= 0) {
        ftruncateSync(fd, start + newline + 1);
        return;
      }
      end = start;
    }
    ftruncateSync(fd, 0);
  } finally {
    closeSync(fd);
  }
}
