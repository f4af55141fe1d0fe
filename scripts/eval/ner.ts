/**
 * `npm run eval -- ner [--errors <doc-id|set>] [--no-baseline]`: people, places and organisations over
 * ../shared/datasets/ner (GUM news split into its train/dev/test documents, and WikiGold), strict and
 * overlap precision/recall/F1 per type, beside compromise's out-of-the-box people()/places()/organizations().
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { analyse } from '../../src/extract/analyse.js';
import { emptyMetadata } from '../../src/document.js';
import { recogniseEntities } from '../../src/extract/entities.js';
import { requireShared } from './_shared.js';

type Type = 'PERSON' | 'PLACE' | 'ORG';
const TYPES: Type[] = ['PERSON', 'PLACE', 'ORG'];

interface Entity {
  start: number;
  end: number;
  type: string;
  text: string;
}
interface Doc {
  id: string;
  split?: string;
  text: string;
  entities: Entity[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function load(path: string): Doc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc);
}

/** the mentions of the record's people, places and organisations, as `extractArticle` would give them */
export function ours(text: string): Entity[] {
  const doc = { source: { uri: 'eval:', fetchedAt: '', contentSha256: '', mediaType: 'text/plain' }, metadata: emptyMetadata(), text, warnings: [] };
  const result = recogniseEntities(analyse(text), doc);
  const mentions = (list: { mentions: { start: number; end: number; text: string }[] }[], type: Type): Entity[] =>
    list.flatMap((e) => e.mentions.map((m) => ({ ...m, type })));
  return [...mentions(result.people, 'PERSON'), ...mentions(result.places, 'PLACE'), ...mentions(result.organizations, 'ORG')];
}

/** the README's baseline: compromise 14 out of the box, trailing punctuation trimmed */
function baseline(text: string): Entity[] {
  const doc = nlp(text);
  const out: Entity[] = [];
  const take = (view: { json(options: object): unknown }, type: Type) => {
    for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[\s.,;:!?'"’”)]/.test(text[end - 1])) end--;
      while (start < end && /[\s"“(‘']/.test(text[start])) start++;
      if (end > start) out.push({ start, end, type, text: text.slice(start, end) });
    }
  };
  take(doc.people(), 'PERSON');
  take(doc.places(), 'PLACE');
  take(doc.organizations(), 'ORG');
  return out;
}

function score(gold: Entity[], predicted: Entity[], type: Type, overlap: boolean): Counts {
  const g = gold.filter((e) => e.type === type);
  const p = predicted.filter((e) => e.type === type);
  const matches = (a: Entity, b: Entity) => (overlap ? a.start < b.end && b.start < a.end : a.start === b.start && a.end === b.end);
  const used = new Set<number>();
  let tp = 0;
  for (const e of p) {
    const k = g.findIndex((x, n) => !used.has(n) && matches(x, e));
    if (k >= 0) {
      used.add(k);
      tp++;
    }
  }
  return { tp, fp: p.length - tp, fn: g.length - tp };
}

function prf(c: Counts): [number, number, number] {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

interface SetResult {
  strict: Record<string, Counts>;
  overlap: Record<string, Counts>;
}

function evaluate(docs: Doc[], system: (text: string) => Entity[]): SetResult {
  const zero = (): Record<string, Counts> => Object.fromEntries([...TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const result: SetResult = { strict: zero(), overlap: zero() };
  for (const doc of docs) {
    const predicted = system(doc.text);
    for (const t of TYPES) {
      for (const mode of ['strict', 'overlap'] as const) {
        const c = score(doc.entities, predicted, t, mode === 'overlap');
        result[mode][t] = add(result[mode][t], c);
        result[mode].ALL = add(result[mode].ALL, c);
      }
    }
  }
  return result;
}

const f3 = (n: number) => n.toFixed(3);

function printSet(name: string, docs: Doc[], withBaseline: boolean): void {
  const started = performance.now();
  const ourResult = evaluate(docs, ours);
  const ms = performance.now() - started;
  const base = withBaseline ? evaluate(docs, baseline) : null;
  console.log(`\n${name} (${docs.length} docs, ${ms.toFixed(0)} ms)`);
  console.log('type     strict P  R      F1     | overlap P  R      F1     | baseline strict F1');
  for (const t of [...TYPES, 'ALL']) {
    const [sp, sr, sf] = prf(ourResult.strict[t]);
    const [op, or, of] = prf(ourResult.overlap[t]);
    const bf = base ? f3(prf(base.strict[t])[2]) : '-';
    console.log(`${t.padEnd(8)} ${f3(sp)} ${f3(sr)} ${f3(sf)}  | ${f3(op)} ${f3(or)} ${f3(of)}  | ${bf}`);
  }
}

function printErrors(docs: Doc[]): void {
  for (const doc of docs) {
    const predicted = ours(doc.text);
    const gold = doc.entities.filter((e) => TYPES.includes(e.type as Type));
    const key = (e: Entity) => `${e.start}:${e.end}:${e.type}`;
    const g = new Set(gold.map(key));
    const p = new Set(predicted.map(key));
    for (const e of predicted) if (!g.has(key(e))) console.log(`${doc.id}\tFP\t${e.type}\t${e.text}\t${goldAt(gold, e)}`);
    for (const e of gold) if (!p.has(key(e))) console.log(`${doc.id}\tFN\t${e.type}\t${e.text}`);
  }
}

function goldAt(gold: Entity[], e: Entity): string {
  const o = gold.find((x) => x.start < e.end && e.start < x.end);
  return o ? `(gold ${o.type} "${o.text}")` : '';
}

export async function run(args: string[]): Promise<void> {
  const gum = load(requireShared('datasets/ner/gum-news.jsonl'));
  const wiki = load(requireShared('datasets/ner/wikigold.jsonl'));
  const errorsAt = args.indexOf('--errors');
  if (errorsAt >= 0) {
    const which = args[errorsAt + 1] ?? 'gum-train';
    const all = [...gum.map((d) => ({ ...d, set: `gum-${d.split}` })), ...wiki.map((d) => ({ ...d, set: 'wikigold' }))];
    printErrors(all.filter((d) => d.id === which || d.set === which));
    return;
  }
  const withBaseline = !args.includes('--no-baseline');
  printSet('GUM news — dev (gum-news_homeopathic, gum-news_iodine)', gum.filter((d) => d.split === 'dev'), withBaseline);
  printSet('GUM news — test (gum-news_nasa, gum-news_sensitive)', gum.filter((d) => d.split === 'test'), withBaseline);
  printSet('GUM news — train (error analysis only)', gum.filter((d) => d.split === 'train'), withBaseline);
  printSet('GUM news — all 24', gum, withBaseline);
  printSet('WikiGold', wiki, withBaseline);
}
