import { describe, expect, it } from 'vitest';
import { analyse, DOCUMENTS_PER_READER } from '../src/extract/analyse.js';

const sentence = 'Kassym-Jomart Tokayev met Ursula von der Leyen in Samarkand on 4 April 2025. They signed €12 billion of deals.';

describe('analyse', () => {
  it('gives tokens with offsets into the text, parts of speech and sentences', () => {
    const { tokens, sentences } = analyse(sentence);
    for (const token of tokens) expect(sentence.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.find((t) => t.text === 'Samarkand')?.pos).toBe('PROPN');
    expect(sentences.map((s) => sentence.slice(s.start, s.end))).toEqual([
      'Kassym-Jomart Tokayev met Ursula von der Leyen in Samarkand on 4 April 2025.',
      'They signed €12 billion of deals.',
    ]);
  });

  it('gives the same analysis after its wink-nlp reader is renewed (which bounds the memory of new words)', () => {
    const before = analyse(sentence);
    // words it has never seen, as a stream of articles brings: each is added to the reader's lexicon
    for (let i = 0; i < DOCUMENTS_PER_READER; i++) analyse(`Mr Zqx${i.toString(36)} paid ${i}.${i} to Vlorx${i}.`);
    expect(analyse(sentence)).toEqual(before);
  });
});
