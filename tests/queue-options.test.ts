/** The queue's names and per-job settings: what goes into SQL and into pg-boss is checked first. */
import { describe, expect, it } from 'vitest';
import { retryPolicyOf } from '../src/queue/cli-options.js';
import { jobKey } from '../src/queue/enqueue.js';
import { checkSchemaName, queueNames } from '../src/queue/names.js';

describe('queue names', () => {
  it('derives the three queues from one name', () => {
    expect(queueNames('newsroom')).toEqual({ articles: 'newsroom-articles', deadLetters: 'newsroom-dead-letters', enqueue: 'newsroom-enqueue' });
  });

  it.each(['', 'two words', 'semi;colon', 'x'.repeat(101)])('refuses the queue name %j', (name) => {
    expect(() => queueNames(name)).toThrow(/news-extract: a queue name is/);
  });

  it.each([
    ['pgboss', true],
    ['nxq_run1_boss', true],
    ['1starts_with_digit', false],
    ['drop table', false],
    ['quote"', false],
  ])('schema name %j accepted: %s', (name, ok) => {
    if (ok) expect(checkSchemaName(name)).toBe(name);
    else expect(() => checkSchemaName(name)).toThrow(/news-extract: a schema name is/);
  });
});

describe('job keys', () => {
  it.each([
    [{ kind: 'file', path: '/archive/2024/a.html' } as const, '/archive/2024/a.html'],
    [{ kind: 'url', url: 'https://example.org/news/1' } as const, 'https://example.org/news/1'],
  ])('keys %j by its path or URL', (ref, key) => {
    expect(jobKey(ref)).toBe(key);
  });

  it('hashes a URL too long for an index entry', () => {
    const key = jobKey({ kind: 'url', url: `https://example.org/?q=${'a'.repeat(2000)}` });
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('per-job retry settings from the command line', () => {
  it.each([
    [{}, undefined],
    [{ retryLimit: 0 }, { retryLimit: 0 }],
    [{ retryDelay: 5, expireIn: 60 }, { retryDelaySeconds: 5, expireInSeconds: 60 }],
  ])('%j gives %j', (flags, policy) => {
    expect(retryPolicyOf(flags)).toEqual(policy);
  });
});
