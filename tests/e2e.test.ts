/**
 * End to end over fixtures/articles: every fixture becomes one valid record whose offsets point at its
 * text; the seed article meets ../shared/seed/expected.json; its HTML page gives the same entities.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline, recordProblems, type ArticleRecord } from '../src/index.js';
import { checkSeedRecord } from '../scripts/eval/_seed-check.js';
import { fixturesDir, hasShared, sharedPath } from './helpers/shared.js';

const articlesDir = join(fixturesDir, 'articles');

async function recordsOf(inputs: string[]): Promise<Map<string, ArticleRecord>> {
  const records = new Map<string, ArticleRecord>();
  for await (const outcome of runPipeline(inputs, { concurrency: 4 })) {
    if (!outcome.ok) throw outcome.error;
    records.set(outcome.input.split('/').pop()!, outcome.record);
  }
  return records;
}

describe('fixtures end to end', async () => {
  const records = await recordsOf([articlesDir]);

  it('turns every fixture into exactly one record', () => {
    expect([...records.keys()].sort()).toEqual(readdirSync(articlesDir).sort());
  });

  it.each([...records.entries()])('%s validates against the schema and every offset points at its text', (_name, record) => {
    expect(recordProblems(record)).toEqual([]);
  });

  it('keeps a plain-text article text unchanged', () => {
    const name = 'kazakhstan-eu-summit.txt';
    expect(records.get(name)!.article.text).toBe(readFileSync(join(articlesDir, name), 'utf8').replace(/^\uFEFF/, ''));
  });

  it('gives the same record id on every run', async () => {
    const again = await recordsOf([articlesDir]);
    for (const [name, record] of records) expect(again.get(name)!.id).toBe(record.id);
  });

  it('finds the same people, places and organisations in the HTML page as in the text', () => {
    const names = (r: ArticleRecord) => ({
      people: r.people.map((p) => p.name).sort(),
      places: r.places.map((p) => p.name).sort(),
      organizations: r.organizations.map((o) => o.name).sort(),
    });
    const html = records.get('kazakhstan-eu-summit.html')!;
    expect(names(html)).toEqual(names(records.get('kazakhstan-eu-summit.txt')!));
    expect(html.article.title).toMatch(/Tokayev and von der Leyen/);
    expect(html.article.text).not.toMatch(/cookies|Related stories|Narendra Modi|All rights reserved/);
  });
});

describe.skipIf(!hasShared('seed/expected.json'))('the seed article against ../shared/seed/expected.json', async () => {
  const expected = JSON.parse(readFileSync(sharedPath('seed/expected.json'), 'utf8'));
  const [record] = (await recordsOf([sharedPath('seed/article.txt')])).values();
  const stages = ['people', 'places', 'organizations', 'money', 'quantities', 'dates'];
  const checks = checkSeedRecord(record, expected).filter((c) => stages.includes(c.section));

  it('checks every section the record must fill', () => {
    expect(new Set(checks.map((c) => c.section))).toEqual(new Set(stages));
  });

  it.each(checks.map((c) => [`${c.section}: ${c.item}`, c] as const))('%s', (_label, check) => {
    expect(check.status, check.detail).toBe('ok');
  });
});
