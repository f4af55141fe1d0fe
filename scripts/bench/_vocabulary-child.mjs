// Child of vocabulary.ts, over the compiled library (dist/), run with --expose-gc:
// argv = a JSON file of article texts, article count. Prints one JSON line of heap figures.
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../dist/index.js';

const [textsFile, countArg] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(textsFile, 'utf8'));
const count = Number(countArg);
const heapMb = () => (globalThis.gc(), process.memoryUsage().heapUsed / 2 ** 20);

let fresh = 0;
// every capitalised word and every number made new, as if each article came with names never seen before
const varied = (text) => text.replace(/\b([A-Z][a-z]+)\b/g, (word) => `${word}${(fresh++).toString(36)}`).replace(/\d+/g, () => String(fresh++));

const figures = {};
for (let i = 1; i <= count; i++) {
  extractArticle({ text: varied(texts[i % texts.length]) });
  if (i === 1_000 || i === count) figures[i] = heapMb();
}
console.log(JSON.stringify(figures));
