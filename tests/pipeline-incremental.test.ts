/**
 * Incremental, exactly-once runs through the library (`runJob` with sinks and a state store): what
 * each run stores, skips, retries and remembers. Files in a temp folder; URLs and a feed from a
 * local server on 127.0.0.1 that answers 304 to the validators it gave.
 */
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob, type JobOptions } from '../src/job.js';
import type { RunOutcome } from '../src/pipeline.js';
import type { ArticleRecord } from '../src/record.js';
import { MemorySink } from '../src/sinks/memory.js';
import { SqliteSink } from '../src/sinks/sqlite.js';
import type { RecordSink } from '../src/sinks/types.js';
import { MemoryStateStore } from '../src/state/memory.js';
import { startServer, type TestServer } from './fetch-server.js';

const article = (n: number, extra = '') => `Angela Merkel met Emmanuel Macron in Paris on Tuesday (story ${n}). They agreed on a €${n} million fund.${extra}\n`;

/** a sink that counts writes, and can be told to refuse one record */
class CountingSink extends MemorySink {
  writes = 0;
  refuse?: (record: ArticleRecord) => boolean;
  override write(record: ArticleRecord): void {
    if (this.refuse?.(record)) throw new Error(`refused ${record.id}`);
    this.writes++;
    super.write(record);
  }
}

const fetchLimits = { allowPrivate: true, retries: 0, respectRobots: false, timeoutMs: 5000 };

async function run(inputs: string[], options: Partial<JobOptions> & { sinks: RecordSink[] }) {
  const outcomes: RunOutcome[] = [];
  const summary = await runJob(inputs, { concurrency: 4, fetch: fetchLimits, onOutcome: (o) => outcomes.push(o), ...options });
  const byName = new Map(outcomes.map((o) => [o.input.split('/').pop()!, o]));
  const kind = (name: string) => {
    const o = byName.get(name);
    return !o ? 'missing' : 'skipped' in o ? `skipped:${o.reason}` : o.ok ? 'ok' : `failed:${o.error.code}`;
  };
  return { summary, outcomes, kind };
}

describe('incremental runs over files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-incremental-'));
  const state = new MemoryStateStore();
  const sink = new CountingSink();
  const file = (name: string) => join(dir, name);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    writeFileSync(file('a.txt'), article(1));
    writeFileSync(file('b.txt'), article(2));
    writeFileSync(file('empty.txt'), '');
  });

  it('first run: stores every record, remembers every input and its failure', async () => {
    const { summary, kind } = await run([dir], { sinks: [sink], state });
    expect([kind('a.txt'), kind('b.txt'), kind('empty.txt')]).toEqual(['ok', 'ok', 'failed:NO_ARTICLE']);
    expect(summary).toMatchObject({ ok: 2, failed: 1, skipped: 0, records: 2, interrupted: false });
    expect(sink.records.size).toBe(2);
    const a = state.get(file('a.txt'))!;
    expect(a).toMatchObject({ kind: 'file', outcome: 'ok', failures: 0, size: Buffer.byteLength(article(1)) });
    expect(sink.records.has(a.recordId!)).toBe(true);
    expect(state.get(file('empty.txt'))).toMatchObject({ outcome: 'failed', errorCode: 'NO_ARTICLE', failures: 1 });
  });

  it('second run: skips what is unchanged without writing, retries what failed', async () => {
    const { summary, kind } = await run([dir], { sinks: [sink], state });
    expect([kind('a.txt'), kind('b.txt'), kind('empty.txt')]).toEqual(['skipped:unchanged', 'skipped:unchanged', 'failed:NO_ARTICLE']);
    expect(summary).toMatchObject({ ok: 0, failed: 1, skipped: 2, records: 0 });
    expect(sink.writes).toBe(2);
    expect(state.get(file('empty.txt'))!.failures).toBe(2);
  });

  it('a touched file with the same bytes is skipped and its new time remembered', async () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(file('a.txt'), later, later);
    const { kind } = await run([dir], { sinks: [sink], state });
    expect(kind('a.txt')).toBe('skipped:unchanged');
    expect(state.get(file('a.txt'))!.mtimeMs).toBe(statSync(file('a.txt')).mtimeMs);
    expect(sink.writes).toBe(2);
  });

  it('a changed file and a fixed failure give records; the rest is skipped', async () => {
    writeFileSync(file('b.txt'), article(2, ' Olaf Scholz joined them.'));
    writeFileSync(file('empty.txt'), article(3));
    const before = state.get(file('b.txt'))!.recordId;
    const { summary, kind } = await run([dir], { sinks: [sink], state });
    expect([kind('a.txt'), kind('b.txt'), kind('empty.txt')]).toEqual(['skipped:unchanged', 'ok', 'ok']);
    expect(summary).toMatchObject({ ok: 2, failed: 0, skipped: 1, records: 2 });
    expect(state.get(file('b.txt'))!.recordId).not.toBe(before);
    expect(state.get(file('empty.txt'))).toMatchObject({ outcome: 'ok', failures: 0 });
  });

  it('--force redoes every input; the sink keeps one record per id', async () => {
    const { summary } = await run([dir], { sinks: [sink], state, force: true });
    expect(summary).toMatchObject({ ok: 3, skipped: 0 });
    expect(sink.records.size).toBe(4);
  });

  it('an input whose record is missing from the output is redone', async () => {
    const fresh = new CountingSink();
    const { summary } = await run([dir], { sinks: [fresh], state });
    expect(summary).toMatchObject({ ok: 3, skipped: 0 });
    expect(fresh.records.size).toBe(3);
  });

  it('a record a sink refuses fails its article (SINK_FAILED) and is retried by the next run', async () => {
    writeFileSync(file('c.txt'), article(4));
    const refusing = new CountingSink();
    refusing.refuse = (record) => record.article.text.includes('story 4');
    const first = await run([dir], { sinks: [sink, refusing], state });
    expect(first.kind('c.txt')).toBe('failed:SINK_FAILED');
    expect(state.get(file('c.txt'))).toMatchObject({ outcome: 'failed', failures: 1 });
    refusing.refuse = undefined;
    const second = await run([dir], { sinks: [sink, refusing], state });
    expect(second.kind('c.txt')).toBe('ok');
    expect([...refusing.records.values()].filter((r) => r.article.text.includes('story 4'))).toHaveLength(1);
  });
});

describe('a state store that cannot write', () => {
  it('stops the run with its error instead of going on without remembering', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-extract-state-fails-'));
    try {
      for (let i = 0; i < 30; i++) writeFileSync(join(dir, `${i}.txt`), article(200 + i));
      const state = new MemoryStateStore();
      state.putAll = () => {
        throw new Error('disk full');
      };
      const sink = new CountingSink();
      await expect(runJob([dir], { sinks: [sink], state, batchSize: 4 })).rejects.toThrow('disk full');
      expect(sink.writes).toBeLessThan(30);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('incremental runs into SQLite, stopped by a signal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-stop-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops taking inputs when aborted; the next run does exactly the rest', async () => {
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), article(100 + i));
    const state = new MemoryStateStore();
    const db = SqliteSink.open(join(dir, 'news.db'));
    const controller = new AbortController();
    const first = await runJob([dir], {
      sinks: [db],
      state,
      concurrency: 2,
      batchSize: 4,
      signal: controller.signal,
      onOutcome: () => controller.abort(),
    });
    expect(first.interrupted).toBe(true);
    expect(first.ok).toBeGreaterThan(0);
    expect(first.ok).toBeLessThan(40);
    db.flush();
    const stored = db.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    expect(stored).toBe(first.ok);
    const second = await runJob([dir], { sinks: [db], state, concurrency: 4 });
    expect(second).toMatchObject({ ok: 40 - first.ok, skipped: first.ok, failed: 0, interrupted: false });
    expect(db.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(40);
    db.close();
  });
});

describe('incremental runs over URLs and a feed', () => {
  let server: TestServer;
  let feedBody = '';
  let brokenFails = true;
  beforeAll(async () => {
    const withEtag = (etag: string, type: string, body: () => string) => (req: { headers: Record<string, unknown> }, res: import('node:http').ServerResponse) => {
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      res.writeHead(200, { etag, 'content-type': type }).end(body());
    };
    server = await startServer({
      '/one': withEtag('"one-v1"', 'text/plain; charset=utf-8', () => article(10)),
      '/two': withEtag('"two-v1"', 'text/plain; charset=utf-8', () => article(11)),
      '/broken': (_req, res) => (brokenFails ? res.writeHead(500).end('down') : res.writeHead(200, { 'content-type': 'text/plain' }).end(article(12))),
      '/feed.xml': withEtag('"feed-v1"', 'application/rss+xml', () => feedBody),
    });
    feedBody = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>One from the feed</title><link>${server.url('/one')}</link><pubDate>Tue, 01 Apr 2025 08:00:00 GMT</pubDate></item>
      <item><title>Broken</title><link>${server.url('/broken')}</link></item>
      </channel></rss>`;
  });
  afterAll(() => server.close());

  it('a page that answers 304 to its saved validators is skipped without a body', async () => {
    const state = new MemoryStateStore();
    const sink = new CountingSink();
    const first = await run([server.url('/two')], { sinks: [sink], state });
    expect(first.kind('two')).toBe('ok');
    expect(state.get(server.url('/two'))).toMatchObject({ etag: '"two-v1"', outcome: 'ok' });
    const second = await run([server.url('/two')], { sinks: [sink], state });
    expect(second.kind('two')).toBe('skipped:not-modified');
    expect(server.headers('/two').at(-1)?.['if-none-match']).toBe('"two-v1"');
    expect(sink.writes).toBe(1);
  });

  it("a feed's articles get its hints; an unchanged feed lists nothing, yet its failed article is retried", async () => {
    const state = new MemoryStateStore();
    const sink = new CountingSink();
    const first = await run([server.url('/feed.xml')], { sinks: [sink], state });
    expect([first.kind('one'), first.kind('broken')]).toEqual(['ok', 'failed:FETCH_HTTP']);
    const record = [...sink.records.values()][0];
    expect([record.article.title, record.article.publishedAt?.slice(0, 10)]).toEqual(['One from the feed', '2025-04-01']);
    expect(state.getFeed(server.url('/feed.xml'))).toEqual({ etag: '"feed-v1"' });
    expect(state.get(server.url('/broken'))).toMatchObject({ outcome: 'failed', hints: { title: 'Broken' } });

    brokenFails = false;
    const brokenHits = server.hits('/broken');
    const second = await run([server.url('/feed.xml')], { sinks: [sink], state });
    expect([second.kind('one'), second.kind('broken')]).toEqual(['missing', 'ok']);
    expect(server.hits('/broken')).toBe(brokenHits + 1);
    expect([...sink.records.values()].find((r) => r.article.text.includes('story 12'))!.article.title).toBe('Broken');
  });

  it('a URL that failed and is named again is fetched once, not once more as a retry', async () => {
    brokenFails = true;
    const state = new MemoryStateStore();
    const sink = new CountingSink();
    const before = server.hits('/broken');
    const first = await run([server.url('/broken')], { sinks: [sink], state });
    const second = await run([server.url('/broken'), server.url('/two')], { sinks: [sink], state });
    expect([first.kind('broken'), second.kind('broken'), second.kind('two')]).toEqual(['failed:FETCH_HTTP', 'failed:FETCH_HTTP', 'ok']);
    expect(server.hits('/broken') - before).toBe(2);
    expect(state.get(server.url('/broken'))).toMatchObject({ failures: 2 });
  });

  it("an interrupted run does not keep the feed's validators, so the next run lists the feed again", async () => {
    const state = new MemoryStateStore();
    const controller = new AbortController();
    controller.abort();
    const summary = await runJob([server.url('/feed.xml')], { sinks: [new MemorySink()], state, fetch: fetchLimits, signal: controller.signal });
    expect(summary.interrupted).toBe(true);
    expect(state.getFeed(server.url('/feed.xml'))).toBeUndefined();
  });
});
