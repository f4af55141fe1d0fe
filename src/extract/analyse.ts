/**
 * The one linguistic pass every recogniser shares: wink-nlp tokenises, splits sentences and tags
 * parts of speech in a single fast pass (~0.5M tokens/s). Recognisers work on these tokens and their
 * character offsets; compromise is called only on the short spans that need it.
 */
import { threadId } from 'node:worker_threads';
import winkNLP, { type ItemSentence } from 'wink-nlp';
import { readerModel } from './wink-model.js';

export interface Token {
  /** index in Analysis.tokens */
  index: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, NUM, PUNCT, …) */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, currency, symbol, … */
  kind: string;
  lemma: string;
  sentence: number;
  /** whitespace between the previous token and this one contains a line break */
  lineStart: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  firstToken: number;
  /** exclusive */
  endToken: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * Only the annotations the recognisers read: sentences and parts of speech. wink's entities,
 * negation and sentiment passes cost a third of the pass and nothing reads them (tokens, tags,
 * lemmas and sentences are the same without them).
 */
const model = readerModel();
const newReader = () => winkNLP(model, ['sbd', 'pos']);
let nlp = newReader();
// wink's `its` helpers are one module, shared by every instance
const its = nlp.its;

/**
 * wink-nlp adds every word it has not seen (names, numbers) to its instance's lexicon and never lets
 * go of it: over a stream of real articles, always bringing new names, the heap would grow without
 * bound. A fresh instance (≈80 ms) every so many documents keeps memory flat for < 0.1 ms an article.
 */
export const DOCUMENTS_PER_READER = 1000;
/**
 * Threads renew their readers out of step: a renewal holds two readers' worth of heap for a moment, and two
 * threads renewing together made the highest peaks of a long batch's memory. Each thread starts at its own
 * point of the cycle, spread by the golden ratio so that any number of threads stay apart.
 */
let documentsRead = Math.floor(((threadId * 0.618034) % 1) * DOCUMENTS_PER_READER);

function readDoc(text: string) {
  if (documentsRead === DOCUMENTS_PER_READER) {
    nlp = newReader();
    documentsRead = 0;
  }
  documentsRead++;
  return nlp.readDoc(text);
}

export function analyse(text: string): Analysis {
  const doc = readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const kinds = doc.tokens().out(its.type) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];

  // wink token index -> our token index (whitespace tokens are dropped)
  const winkToOurs = new Int32Array(values.length + 1);
  const tokens: Token[] = [];
  let offset = 0;
  let pendingBreak = true;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    if (spaces[i].includes('\n')) pendingBreak = true;
    const value = values[i];
    winkToOurs[i] = tokens.length;
    if (kinds[i] === 'tabCRLF' || value.trim() === '') {
      if (value.includes('\n')) pendingBreak = true;
      offset += value.length;
      continue;
    }
    tokens.push({
      index: tokens.length,
      text: value,
      lower: value.toLowerCase(),
      start: offset,
      end: offset + value.length,
      pos: pos[i],
      kind: kinds[i],
      lemma: lemmas[i],
      sentence: 0,
      lineStart: pendingBreak,
    });
    pendingBreak = false;
    offset += value.length;
  }
  winkToOurs[values.length] = tokens.length;

  const sentences: Sentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const firstToken = winkToOurs[first];
    const endToken = winkToOurs[last + 1];
    if (endToken <= firstToken) return;
    const index = sentences.length;
    for (let t = firstToken; t < endToken; t++) tokens[t].sentence = index;
    sentences.push({ index, start: tokens[firstToken].start, end: tokens[endToken - 1].end, firstToken, endToken });
  });

  return { text, tokens, sentences };
}
