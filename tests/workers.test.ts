import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordFromFetched } from '../src/article.js';
import type { FetchedInput } from '../src/fetch/types.js';
import { ExtractionPool } from '../src/workers/pool.js';
import { commandLine } from '../scripts/_command.js';
import { fixturesDir, repoRoot } from './helpers/shared.js';

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

describe('extraction worker pool, threads started as work needs them', () => {
  const pool = new ExtractionPool(2);
  afterAll(() => pool.close());
  const threads = (pool as unknown as { workers: unknown[] }).workers;
  const merkel = (i: number) => pool.extract(fetchedOf(`m${i}.txt`, `Angela Merkel visited Paris on ${i} May 2020.`));

  it('keeps to one thread while articles come one at a time, and starts the second when two are in flight', async () => {
    expect(threads).toHaveLength(1);
    for (const i of [1, 2, 3]) await merkel(i);
    expect(threads).toHaveLength(1);
    await Promise.all([4, 5, 6, 7].map(merkel));
    expect(threads).toHaveLength(2);
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

/** the main thread's semi-space (MB) on the command's `#!` line */
const mainSemiSpaceMb = Number(/^--max-semi-space-size=(\d+)$/.exec(commandLine().nodeFlags.find((flag) => flag.startsWith('--max-semi-space-size=')) ?? '')?.[1]);

/**
 * The largest new space (both semi-spaces, MB) a thread reaches while it keeps a few MB of young objects alive, in
 * a node started with the command's flags, after `setUp` ran there.
 */
function threadNewSpaceMb(setUp: string): number {
  // the thread's code is a module, as the -e script is (--input-type=module)
  const probe = `const [v8, { parentPort }] = await Promise.all([import('node:v8'), import('node:worker_threads')]); let kept = []; let most = 0;
    for (let i = 0; i < 200000; i++) {
      kept.push({ i, s: 'x' + i }); if (kept.length > 20000) kept = [];
      if (i % 1000 === 0) most = Math.max(most, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
    }
    parentPort.postMessage(most / 2 ** 20);`;
  const script = `${setUp}
    const { THREAD_LIMITS } = await import(${JSON.stringify(join(repoRoot, 'src/workers/pool.ts'))});
    const { Worker } = await import('node:worker_threads');
    const thread = new Worker(${JSON.stringify(probe)}, { eval: true, resourceLimits: THREAD_LIMITS });
    thread.on('message', (mb) => { console.log(mb); process.exit(0); });`;
  return Number(execFileSync(process.execPath, [...commandLine().nodeFlags, '--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' }));
}

describe("extraction thread heaps under the command's flags", () => {
  it('the command gives the main thread small semi-spaces', () => {
    expect(mainSemiSpaceMb).toBeGreaterThan(0);
    expect(mainSemiSpaceMb).toBeLessThan(16);
  });

  it("V8 would give every thread the main thread's young generation", () => {
    expect(threadNewSpaceMb('')).toBeLessThanOrEqual(2 * mainSemiSpaceMb);
  });

  it('a thread started after the pool grows the young generation of its resourceLimits', () => {
    const startPool = `const { ExtractionPool } = await import(${JSON.stringify(join(repoRoot, 'src/workers/pool.ts'))}); await new ExtractionPool(1).close();`;
    expect(threadNewSpaceMb(startPool)).toBeGreaterThan(2 * mainSemiSpaceMb);
  });
});
