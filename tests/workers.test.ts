import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordFromFetched } from '../src/article.js';
import type { FetchedInput } from '../src/fetch/types.js';
import { ExtractionPool } from '../src/workers/pool.js';
import { fixturesDir } from './helpers/shared.js';

const fetchedOf = (name: string, text = readFileSync(join(fixturesDir, 'articles', name), 'utf8')): FetchedInput => ({
  uri: name,
  input: name,
  bytes: Buffer.from(text),
  mediaType: name.endsWith('.html') ? 'text/html' : 'text/plain',
  contentType: null,
  fetchedAt: '2025-04-04T00:00:00.000Z',
});

describe('extraction worker pool', () => {
  const pool = new ExtractionPool(2);
  afterAll(() => pool.close());

  it.each(['kazakhstan-eu-summit.txt', 'kazakhstan-eu-summit.html'])('gives the same record for %s as the main thread', async (name) => {
    const [inWorker, inMain] = [await pool.extract(fetchedOf(name)), recordFromFetched(fetchedOf(name))];
    expect(inWorker).toEqual(inMain);
  });

  it('answers many articles at once, each with its own record', async () => {
    const texts = Array.from({ length: 20 }, (_, i) => `Report ${i}: Angela Merkel visited Paris on ${i + 1} May 2020.`);
    const records = await Promise.all(texts.map((text, i) => pool.extract(fetchedOf(`a${i}.txt`, text))));
    expect(records.map((r) => r.article.text)).toEqual(texts);
  });

  it('replaces a thread that dies and goes on', async () => {
    const threads = (pool as unknown as { workers: { terminate(): Promise<number> }[] }).workers;
    await threads[0].terminate();
    const records = await Promise.all([1, 2, 3].map((i) => pool.extract(fetchedOf(`after-${i}.txt`, `Angela Merkel visited Paris on ${i} May 2020.`))));
    expect(records.map((r) => r.dates[0]?.value)).toEqual(['2020-05-01', '2020-05-02', '2020-05-03']);
    expect(threads).toHaveLength(2);
  });

  it('passes a per-article error back as a typed error', async () => {
    await expect(pool.extract(fetchedOf('empty.txt', ''))).rejects.toMatchObject({ code: 'NO_ARTICLE', input: 'empty.txt' });
  });
});

describe('extraction worker pool, a page too big for a thread', () => {
  const pool = new ExtractionPool(1);
  afterAll(() => pool.close());

  it('fails that article with a clear error, replaces the thread and goes on', async () => {
    // under the 10 MB fetch limit, but 180,000 paragraphs: a DOM larger than a thread's heap
    const page = `<html><body><article>${'<p>Angela Merkel met officials in Paris on 3 May.</p>'.repeat(180_000)}</article></body></html>`;
    await expect(pool.extract(fetchedOf('huge.html', page))).rejects.toMatchObject({
      code: 'EXTRACT_FAILED',
      message: expect.stringMatching(/needed more than the \d+ MB heap of an extraction thread .*the thread was replaced/),
    });
    const next = await pool.extract(fetchedOf('kazakhstan-eu-summit.txt'));
    expect(next.people.map((p) => p.name)).toContain('Kassym-Jomart Tokayev');
  }, 60_000);
});
