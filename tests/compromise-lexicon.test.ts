import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compromiseLexicon } from '../src/extract/rules/compromise-lexicon.js';

describe('compromise lexicon, read without keeping compromise loaded', () => {
  it.each([
    ['john', ['MaleName']],
    ['mary', ['FemaleName']],
    ['smith', ['LastName']],
    ['kazakh', ['Demonym']],
    ['normandy', ['Region', 'ProperNoun']],
    ['kassym-jomart', []],
  ])('%s → %j', (word, tags) => {
    expect(compromiseLexicon().tags(word)).toEqual(tags);
  });

  it('leaves no compromise build in the module cache', () => {
    compromiseLexicon();
    const cached = Object.keys(createRequire(import.meta.url).cache);
    expect(cached.filter((path) => path.includes('/compromise/'))).toEqual([]);
  });
});
