/** Bad input gets a clear error for that input only; the other articles are still written. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type Outcome } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'news-extract-bad-'));
const good = 'Angela Merkel met Emmanuel Macron in Berlin on Tuesday to discuss the budget.';
const files: Record<string, Uint8Array | string> = {
  'good.txt': good,
  'empty.txt': '',
  'blank.txt': ' \n\n \t\n',
  'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
  'huge.txt': 'word '.repeat(4 * 1024 * 1024),
  // under the fetch limit, but no article: a dump of 600,000 characters
  'long.txt': 'Angela Merkel met officials. '.repeat(20_700),
  'invalid-utf8.txt': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' in Paris, said Jean Dupont.')]),
};
for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
mkdirSync(join(dir, 'no-articles'));
writeFileSync(join(dir, 'no-articles', 'notes.pdf'), 'not an article');

let silent: Server;
let silentUrl = '';
let outcomes: Map<string, Outcome>;
beforeAll(async () => {
  // accepts the connection and never answers
  silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/article`;
  outcomes = await run([dir, join(dir, 'no-articles'), silentUrl]);
});
afterAll(() => {
  silent.closeAllConnections();
  silent.close();
});

async function run(inputs: string[]): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const pipelineOptions = { concurrency: 4, fetch: { timeoutMs: 300, retries: 0, allowPrivate: true } } as Parameters<typeof runPipeline>[1];
  for await (const outcome of runPipeline(inputs, pipelineOptions)) outcomes.set(outcome.input.split('/').pop()!, outcome);
  return outcomes;
}

describe('bad input', () => {
  it.each([
    ['empty.txt', 'NO_ARTICLE', /no article text/],
    ['blank.txt', 'NO_ARTICLE', /no article text/],
    ['binary.txt', 'INPUT_BINARY', /binary data/],
    ['huge.txt', 'INPUT_TOO_LARGE', /over the \d+-byte limit/],
    ['long.txt', 'INPUT_TOO_LARGE', /has 600,300 characters of article text, more than the 500,000 an article is read for/],
    ['invalid-utf8.txt', 'INPUT_ENCODING', /not valid UTF-8 \(at byte 3\)/],
    ['no-articles', 'INPUT_NOT_FOUND', /no article files/],
    ['article', 'FETCH_TIMEOUT', /no answer within 300 ms/],
  ])('%s fails with %s and a message that says why', (name, code, message) => {
    const outcome = outcomes.get(name);
    expect(outcome?.ok).toBe(false);
    if (outcome && !outcome.ok) {
      expect(outcome.error.code).toBe(code);
      expect(outcome.error.message).toMatch(message);
    }
    expect(outcomes.get('good.txt')?.ok).toBe(true);
  });
});

describe('bad configuration', () => {
  it.each([
    [{ maxBytes: 0 }, /fetch limit maxBytes must be a whole number ≥ 1, got 0/],
    [{ perHostConcurrency: 1.5 }, /fetch limit perHostConcurrency must be a whole number ≥ 1, got 1.5/],
    [{ retries: -1 }, /fetch limit retries must be a number ≥ 0, got -1/],
  ])('%o stops the run before any input, naming the value', async (fetch, message) => {
    const run = runPipeline([join(dir, 'good.txt')], { fetch } as Parameters<typeof runPipeline>[1]);
    await expect(run.next()).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringMatching(message) });
  });
});
