/**
 * `npm run bench -- ner`: people/places/organisations recognition speed beside compromise alone on the
 * same texts (GUM news from ../shared, or the seed article when it is absent). Our figure includes the
 * shared wink-nlp analysis, since recogniseEntities needs it; module load and gazetteer build are apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import { sharedDir } from '../eval/_shared.js';
import { join } from 'node:path';

function corpus(): string[] {
  const gum = join(sharedDir, 'datasets/ner/gum-news.jsonl');
  if (existsSync(gum)) {
    return readFileSync(gum, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
  }
  return [readFileSync(join(sharedDir, 'seed/article.txt'), 'utf8')];
}

function timePerText(texts: string[], work: (text: string) => unknown, rounds: number): number {
  for (const t of texts) work(t); // warm-up
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) work(t);
  return (performance.now() - started) / (rounds * texts.length);
}

export async function run(): Promise<Record<string, number | string>> {
  const texts = corpus();
  const kb = texts.reduce((n, t) => n + t.length, 0) / texts.length / 1024;
  const loadStarted = performance.now();
  const { analyse } = await import('../../src/extract/analyse.js');
  const { recogniseEntities } = await import('../../src/extract/entities.js');
  const { gazetteer } = await import('../../src/normalise/gazetteer.js');
  const { nameLexicon } = await import('../../src/extract/rules/entities/common-words.js');
  gazetteer();
  nameLexicon();
  const loadMs = performance.now() - loadStarted;
  const doc = { source: { uri: '', fetchedAt: '', contentSha256: '', mediaType: '' }, metadata: {} as never, text: '', warnings: [] };
  const analysisMs = timePerText(texts, (t) => analyse(t), 3);
  const oursMs = timePerText(texts, (t) => recogniseEntities(analyse(t), { ...doc, text: t }), 3);
  const compromiseMs = timePerText(
    texts,
    (t) => {
      const d = nlp(t);
      return [d.people().out('array'), d.places().out('array'), d.organizations().out('array')];
    },
    3,
  );
  return {
    'texts (mean size)': `${texts.length} (${kb.toFixed(1)} KB)`,
    'load: modules + gazetteer + lexicons (ms)': loadMs,
    'wink-nlp analysis alone (ms/article)': analysisMs,
    'analysis + recogniseEntities (ms/article)': oursMs,
    'recogniseEntities alone (ms/article)': oursMs - analysisMs,
    'compromise people/places/orgs (ms/article)': compromiseMs,
    'ours / compromise': oursMs / compromiseMs,
  };
}
