/**
 * recogniseValues on whole real articles: the hand labels of fixtures/values/labels.json (every value
 * in 25 articles of the article extraction benchmark, tuning half) and the seed article's
 * expected.json. Floors are pinned so a change that loses accuracy or invents values is seen;
 * `npm run eval -- values` prints the full figures and every error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/extract/analyse.js';
import { recogniseValues } from '../src/extract/values.js';
import { emptyMetadata, type ArticleDocument } from '../src/document.js';
import { fixturesDir, hasShared, sharedPath } from './helpers/shared.js';

type Kind = 'money' | 'quantities' | 'dates';
interface Label {
  start: number;
  end: number;
  text: string;
  unscored?: string;
  [field: string]: unknown;
}
interface LabelledArticle {
  id: string;
  publishedAt: string | null;
  language: string | null;
  money: Label[];
  quantities: Label[];
  dates: Label[];
}

const SCORED: Record<Kind, string[]> = {
  money: ['amount', 'currency', 'min', 'max'],
  quantities: ['value', 'unit'],
  dates: ['value', 'granularity'],
};

const labels = JSON.parse(readFileSync(join(fixturesDir, 'values', 'labels.json'), 'utf8')) as { articles: LabelledArticle[] };

function documentFor(text: string, publishedAt: string | null, language: string | null): ArticleDocument {
  return {
    source: { uri: 'test:values', fetchedAt: new Date(0).toISOString(), contentSha256: '0'.repeat(64), mediaType: 'text/plain' },
    metadata: { ...emptyMetadata(), publishedAt, language },
    text,
    warnings: [],
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('labelled values file', () => {
  it('labels at least 150 values, all three kinds', () => {
    const counts = { money: 0, quantities: 0, dates: 0 };
    for (const article of labels.articles) for (const kind of Object.keys(counts) as Kind[]) counts[kind] += article[kind].filter((l) => !l.unscored).length;
    expect(counts.money + counts.quantities + counts.dates).toBeGreaterThanOrEqual(150);
    expect(Math.min(counts.money, counts.quantities, counts.dates)).toBeGreaterThanOrEqual(30);
  });

  it('uses only tuning-half articles', () => {
    for (const article of labels.articles) expect(article.id).toMatch(/^[0-7]/);
  });
});

const benchmark = 'datasets/article-extraction-benchmark/ground-truth.json';
describe.skipIf(!hasShared(benchmark))('values in the labelled benchmark articles', () => {
  const bodies = hasShared(benchmark) ? (JSON.parse(readFileSync(sharedPath(benchmark), 'utf8')) as Record<string, { articleBody: string }>) : {};

  it('labels point at their text', () => {
    for (const article of labels.articles) {
      for (const kind of ['money', 'quantities', 'dates'] as const) {
        for (const label of article[kind]) expect(bodies[article.id].articleBody.slice(label.start, label.end)).toBe(label.text);
      }
    }
  });

  it.each(['money', 'quantities', 'dates'] as const)('%s: exact-value accuracy and precision stay at or above 0.97', (kind) => {
    let labelled = 0;
    let right = 0;
    let predicted = 0;
    let predictedRight = 0;
    for (const article of labels.articles) {
      const text = bodies[article.id].articleBody;
      const found = recogniseValues(analyse(text), documentFor(text, article.publishedAt, article.language))[kind] as unknown as Label[];
      const matches = (label: Label, value: Label) => overlaps(label, value) && SCORED[kind].every((f) => same(label[f], value[f]));
      for (const label of article[kind]) {
        if (label.unscored) continue;
        labelled++;
        if (found.some((value) => matches(label, value))) right++;
      }
      for (const value of found) {
        if (article[kind].some((l) => l.unscored && overlaps(l, value))) continue;
        predicted++;
        if (article[kind].some((label) => matches(label, value))) predictedRight++;
      }
    }
    expect(right / labelled).toBeGreaterThanOrEqual(0.97);
    expect(predictedRight / predicted).toBeGreaterThanOrEqual(0.97);
  });
});

const seed = 'seed/expected.json';
describe.skipIf(!hasShared(seed))('the seed article', () => {
  it('has exactly the money, quantities and dates expected.json asks for', () => {
    const text = readFileSync(sharedPath('seed/article.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(sharedPath(seed), 'utf8')) as {
      money: { must: { text: string; amount: number; currency: string }[] };
      quantities: { must: { text: string; value: number; unit: string; itemIncludes: string }[]; may: { text: string; value: number }[] };
      dates: { must: { text: string; value: string; granularity: string }[] };
    };
    const result = recogniseValues(analyse(text), documentFor(text, null, 'en'));
    for (const must of expected.money.must) expect(result.money).toContainEqual(expect.objectContaining({ text: must.text, amount: must.amount, currency: must.currency }));
    for (const must of expected.quantities.must) {
      const found = result.quantities.find((q) => q.text === must.text);
      expect(found).toMatchObject({ value: must.value, unit: must.unit });
      expect(found?.item).toContain(must.itemIncludes);
    }
    for (const must of expected.dates.must) expect(result.dates).toContainEqual(expect.objectContaining({ text: must.text, value: must.value, granularity: must.granularity }));
    // nothing beyond what expected.json lists as must or may
    expect(result.money).toHaveLength(expected.money.must.length);
    expect(result.dates).toHaveLength(expected.dates.must.length);
    const allowed = [...expected.quantities.must, ...expected.quantities.may].map((q) => q.text);
    for (const quantity of result.quantities) expect(allowed).toContain(quantity.text);
    for (const value of [...result.money, ...result.quantities, ...result.dates]) expect(text.slice(value.start, value.end)).toBe(value.text);
  });
});
