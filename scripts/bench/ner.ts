/**
 * `npm run bench -- ner`: people/places/organisations recognition speed beside compromise alone on the
 * same texts (GUM news from ../shared, or the seed article when it is absent). Our figure includes the
 * shared wink-nlp analysis, since recogniseEntities needs it; module load and gazetteer build are apart.
 * Times are CPU time, which a busy shared machine distorts less than wall time.
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

/** CPU milliseconds per text (user + system): steadier than wall time on a shared machine */
function timePerText(texts: string[], work: (text: string) => unknown, rounds: number): number {
  for (const t of texts) work(t); // warm-up
  const started = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const t of texts) work(t);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / (rounds * texts.length);
}

export async function run(): Promise<Record<string, number | string>> {
  const texts = corpus();
  const kb = texts.reduce((n, t) => n + t.length, 0) / texts.length / 1024;
  const loadStarted = process.cpuUsage();
  const { analyse } = await import('../../src/extract/analyse.js');
  const { recogniseEntities } = await import('../../src/extract/entities.js');
  const { gazetteer } = await import('../../src/normalise/gazetteer.js');
  const { nameLexicon } = await import('../../src/extract/rules/entities/common-words.js');
  gazetteer();
  nameLexicon();
  const loadUsed = process.cpuUsage(loadStarted);
  const loadMs = (loadUsed.user + loadUsed.system) / 1000;
  const doc = { source: { uri: '', fetchedAt: '', contentSha256: '', mediaType: '' }, metadata: {} as never, text: '', warnings: [] };
  const analysisMs = timePerText(texts, (t) => analyse(t), 10);
  const oursMs = timePerText(texts, (t) => recogniseEntities(analyse(t), { ...doc, text: t }), 10);
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
    'load: modules + gazetteer + lexicons (CPU ms)': loadMs,
    'wink-nlp analysis alone (CPU ms/article)': analysisMs,
    'analysis + recogniseEntities (CPU ms/article)': oursMs,
    'recogniseEntities alone (CPU ms/article)': oursMs - analysisMs,
    'compromise people/places/orgs (CPU ms/article)': compromiseMs,
    'ours / compromise': oursMs / compromiseMs,
  };
}
