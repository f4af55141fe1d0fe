import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP, { type Model } from 'wink-nlp';
import { readerModel } from '../src/extract/wink-model.js';

const require = createRequire(import.meta.url);
const article = readFileSync(new URL('../fixtures/articles/kazakhstan-eu-summit.txt', import.meta.url), 'utf8');

/** what the recognisers read of a document: tokens, tags, lemmas and sentence spans */
function annotations(model: Model): unknown {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const doc = nlp.readDoc(article);
  return {
    tokens: doc.tokens().out(nlp.its.value),
    tags: doc.tokens().out(nlp.its.pos),
    lemmas: doc.tokens().out(nlp.its.lemma as never),
    sentences: doc.sentences().out(nlp.its.span),
  };
}

describe('readerModel', () => {
  it("annotates an article exactly as the package's own model does", () => {
    const trimmed = annotations(readerModel());
    const packaged = annotations(require('wink-eng-lite-web-model') as Model);
    expect(trimmed).toEqual(packaged);
    expect((trimmed as { tokens: string[] }).tokens.length).toBeGreaterThan(500);
  });

  it("gives each of 25 readers the same custom-entity machines (the package's own loader doubles them at each call)", () => {
    const machinesOf = (model: Model) => JSON.stringify((model.metaCER as () => { machines: unknown })().machines).length;
    const model = readerModel();
    const sizes = Array.from({ length: 25 }, () => machinesOf(model));
    expect(new Set(sizes).size).toBe(1);
    const packaged = require('wink-eng-lite-web-model') as Model;
    expect(machinesOf(packaged)).toBeLessThan(machinesOf(packaged));
  });

  it('leaves no module of the package in the module cache, so its parsed core JSON can be collected', () => {
    const model = readerModel();
    winkNLP(model, ['sbd', 'pos']);
    expect(Object.keys(require.cache).filter((path) => path.includes('wink-eng-lite-web-model'))).toEqual([]);
  });
});
