/**
 * `npm run eval -- events [--oracle] [--verbose] [--thresholds] [--doc <id prefix>]…`: events and quotes against the hand-made labels in
 * fixtures/events/labels.json, which point into ../shared article bodies by document id and offsets.
 *
 * Events: a prediction matches a label when its trigger overlaps the labelled trigger and the types
 * agree; precision and recall are printed at four levels, each adding a field: type → participants
 * (same set, compared by name and aliases) → place → date (the goal's level).
 * Quotes: a prediction matches when it covers at least half of the labelled quote; then the speaker.
 * --oracle replaces the entity recogniser by GUM's gold mentions plus the labelled names, to measure
 * this stage alone while the entity recogniser is being built.
 * --thresholds adds precision and recall of the full tuple for events kept at each confidence floor.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyMetadata, type ArticleDocument } from '../../src/document.js';
import { analyse } from '../../src/extract/analyse.js';
import { recogniseEntities, type EntityResult } from '../../src/extract/entities.js';
import { recogniseValues } from '../../src/extract/values.js';
import { recogniseEvents } from '../../src/events/index.js';
import type { NewsEvent, Quote } from '../../src/record.js';
import { handEntities, type HandEntity } from '../../fixtures/events/hand-built.js';
import { requireShared } from './_shared.js';

interface LabelEvent {
  type: string;
  trigger: { start: number; end: number; text: string };
  participants: string[];
  place: string | null;
  date: string | null;
}
interface LabelQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}
interface LabelParagraph {
  start: number;
  end: number;
  events: LabelEvent[];
  quotes: LabelQuote[];
}
interface LabelDocument {
  dataset: string;
  id: string;
  publishedAt: string | null;
  paragraphs: LabelParagraph[];
}

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** calls before timing (JIT warm-up) and timed calls, spread over the articles scored */
const WARM_CALLS = 1000;
const TIMED_CALLS = 1000;
const LEVELS = ['type', '+participants', '+place', '+date'] as const;
const CONFIDENCE_FLOORS = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85];

const norm = (s: string): string => s.toLowerCase().replace(/[.,'’"“”]/g, '').replace(/\s+/g, ' ').trim();

/** whole-word containment either way: "Mohib" ~ "Hamdullah Mohib", "Hoa Lo" ~ "Hoa Lo prison" */
function sameName(expected: string, names: readonly string[]): boolean {
  const e = norm(expected);
  return names.some((n) => {
    const p = norm(n);
    return p === e || (p.length > 0 && (` ${p} `.includes(` ${e} `) || ` ${e} `.includes(` ${p} `)));
  });
}

function loadTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const line of readFileSync(requireShared('datasets/ner/gum-news.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { id: string; text: string };
    texts.set(doc.id, doc.text);
  }
  const truth = JSON.parse(readFileSync(requireShared('datasets/article-extraction-benchmark/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  for (const [id, page] of Object.entries(truth)) texts.set(id, page.articleBody);
  return texts;
}

function goldGumEntities(): Map<string, HandEntity[]> {
  const out = new Map<string, HandEntity[]>();
  const kinds: Record<string, HandEntity['kind']> = { PERSON: 'person', PLACE: 'place', ORG: 'organization' };
  for (const line of readFileSync(requireShared('datasets/ner/gum-news.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { id: string; entities: { type: string; text: string }[] };
    const table: HandEntity[] = [];
    for (const e of doc.entities) {
      const kind = kinds[e.type];
      if (!kind || table.some((t) => t.name === e.text)) continue;
      table.push({ kind, name: e.text });
    }
    // a person named by surname alone is the one named in full
    for (const person of table.filter((t) => t.kind === 'person')) {
      const full = table.find((t) => t !== person && t.kind === 'person' && t.name.endsWith(` ${person.name}`));
      if (full) {
        full.forms = [...(full.forms ?? []), person.name];
        person.name = '';
      }
    }
    out.set(doc.id, table.filter((t) => t.name));
  }
  return out;
}

const ORG_WORDS = /\b(Department|Corp|Group|Ministry|Party|Church|Council|Agency|University|Police|Taliban|Culture|KPA|KCNA|Twitter|WeWork|SoftBank|Hotel)\b/;
const looksLikePerson = (name: string): boolean => /^[A-Z][\w.-]*( [A-Z][\w.-]*){1,3}$/.test(name) && !ORG_WORDS.test(name);
/** a labelled person, also found by surname ("Mohib", "Liu") as the entity recogniser links them */
const person = (name: string): HandEntity => ({ kind: 'person', name, forms: name.includes(' ') ? [name.split(' ').pop()!] : [] });

function oracleEntities(text: string, label: LabelDocument, gold: Map<string, HandEntity[]>): EntityResult {
  const table: HandEntity[] = [...(gold.get(label.id) ?? [])];
  const known = (name: string) => table.some((t) => t.name === name || t.forms?.includes(name));
  for (const p of label.paragraphs) {
    for (const q of p.quotes) if (q.speaker && !known(q.speaker)) table.push(person(q.speaker));
    for (const e of p.events) {
      if (e.place && !known(e.place)) table.push({ kind: 'place', name: e.place });
      for (const name of e.participants) if (!known(name)) table.push(looksLikePerson(name) ? person(name) : { kind: 'organization', name });
    }
  }
  return handEntities(text, table);
}

/** each entity's name, aliases and the words the article uses for it (a place has no aliases: "U.K." is a mention of "United Kingdom") */
function namesOf(entities: EntityResult, text: string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (id: string, given: string[], mentions: { start: number; end: number }[]) => names.set(id, [...new Set([...given, ...mentions.map((m) => text.slice(m.start, m.end))])]);
  for (const p of entities.people) add(p.id, [p.name, ...p.aliases], p.mentions);
  for (const o of entities.organizations) add(o.id, [o.name, ...o.aliases], o.mentions);
  for (const p of entities.places) add(p.id, [p.name], p.mentions);
  return names;
}

/** how many levels a prediction reaches against a label: 0 = not even type, 4 = all fields */
function levelOf(predicted: NewsEvent, expected: LabelEvent, names: Map<string, string[]>): number {
  if (predicted.type !== expected.type) return 0;
  if (predicted.trigger.start >= expected.trigger.end || expected.trigger.start >= predicted.trigger.end) return 0;
  const ids = predicted.participants.map((p) => p.id);
  const used = new Set<string>();
  const participantsOk =
    ids.length === expected.participants.length &&
    expected.participants.every((name) => {
      const id = ids.find((i) => !used.has(i) && sameName(name, names.get(i) ?? []));
      if (id) used.add(id);
      return !!id;
    });
  if (!participantsOk) return 1;
  const placeOk = expected.place === null ? predicted.place === null : predicted.place !== null && sameName(expected.place, names.get(predicted.place) ?? []);
  if (!placeOk) return 2;
  return predicted.date === expected.date ? 4 : 3;
}

function quoteMatches(predicted: Quote, expected: LabelQuote): boolean {
  const overlap = Math.min(predicted.end, expected.end) - Math.max(predicted.start, expected.start);
  return overlap >= (expected.end - expected.start) / 2;
}

function speakerMatches(predicted: Quote, expected: LabelQuote, names: Map<string, string[]>): boolean {
  if (expected.speaker === null) return predicted.speaker === null && predicted.speakerName === null;
  const candidates = predicted.speaker ? (names.get(predicted.speaker) ?? []) : predicted.speakerName ? [predicted.speakerName] : [];
  return sameName(expected.speaker, candidates);
}

interface TimedInput {
  analysis: ReturnType<typeof analyse>;
  doc: ArticleDocument;
  entities: EntityResult;
  values: ReturnType<typeof recogniseValues>;
}

/**
 * CPU time of recogniseEvents per article, as in a long batch: a thousand calls over the set warm the
 * JIT first, and CPU time (not wall time) keeps other processes on the machine out of the figure.
 */
function cpuMsPerArticle(inputs: readonly TimedInput[]): number {
  const pass = () => {
    for (const x of inputs) recogniseEvents(x.analysis, x.doc, x.entities, x.values);
  };
  const passes = (calls: number) => Math.max(1, Math.ceil(calls / inputs.length));
  for (let r = passes(WARM_CALLS); r > 0; r--) pass();
  const timed = passes(TIMED_CALLS);
  const start = process.cpuUsage();
  for (let r = 0; r < timed; r++) pass();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / timed / inputs.length;
}

const fmt = (n: number): string => (Number.isFinite(n) ? n.toFixed(3) : '  -  ');

export async function run(args: string[]): Promise<void> {
  const oracle = args.includes('--oracle');
  const verbose = args.includes('--verbose');
  const thresholds = args.includes('--thresholds');
  // --doc <id prefix> (repeatable): score only those documents, e.g. a batch labelled after the rules were written
  const only = args.flatMap((a, i) => (a === '--doc' && args[i + 1] ? [args[i + 1]] : []));
  const labels = JSON.parse(readFileSync(join(repoRoot, 'fixtures', 'events', 'labels.json'), 'utf8')) as { documents: LabelDocument[] };
  if (only.length > 0) labels.documents = labels.documents.filter((d) => only.some((prefix) => d.id.startsWith(prefix)));
  const texts = loadTexts();
  const gold = oracle ? goldGumEntities() : new Map<string, HandEntity[]>();
  const eventTp = [0, 0, 0, 0];
  let eventPredicted = 0;
  let eventExpected = 0;
  let quotePredicted = 0;
  let quoteExpected = 0;
  let quoteSpanTp = 0;
  let quoteSpeakerTp = 0;
  let quoteExact = 0;
  let paragraphs = 0;
  const timed: TimedInput[] = [];
  /** each predicted event's confidence and whether it matched a label at every level */
  const scored: { confidence: number; full: boolean }[] = [];

  for (const label of labels.documents) {
    const text = texts.get(label.id);
    if (text === undefined) throw new Error(`news-extract eval: labelled document "${label.id}" is not in ${label.dataset}`);
    const doc: ArticleDocument = {
      source: { uri: `${label.dataset}#${label.id}`, fetchedAt: new Date(0).toISOString(), contentSha256: '0'.repeat(64), mediaType: 'text/plain' },
      metadata: { ...emptyMetadata(), publishedAt: label.publishedAt },
      text,
      warnings: [],
    };
    const analysis = analyse(text);
    const entities = oracle ? oracleEntities(text, label, gold) : recogniseEntities(analysis, doc);
    const values = recogniseValues(analysis, doc);
    const result = recogniseEvents(analysis, doc, entities, values);
    timed.push({ analysis, doc, entities, values });
    const names = namesOf(entities, text);

    for (const p of label.paragraphs) {
      paragraphs++;
      for (const e of p.events) if (text.slice(e.trigger.start, e.trigger.end) !== e.trigger.text) throw new Error(`news-extract eval: label trigger "${e.trigger.text}" does not match ${label.id}@${e.trigger.start}`);
      for (const q of p.quotes) if (text.slice(q.start, q.end) !== q.text) throw new Error(`news-extract eval: label quote does not match ${label.id}@${q.start}`);
      const predicted = result.events.filter((e) => e.trigger.start >= p.start && e.trigger.start < p.end);
      eventPredicted += predicted.length;
      eventExpected += p.events.length;
      // greedy one-to-one pairing, best level first
      const pairs = p.events.flatMap((e, ei) => predicted.map((pe, pi) => ({ ei, pi, level: levelOf(pe, e, names) }))).filter((x) => x.level > 0).sort((a, b) => b.level - a.level);
      const usedE = new Set<number>();
      const usedP = new Set<number>();
      const fullP = new Set<number>();
      for (const pair of pairs) {
        if (usedE.has(pair.ei) || usedP.has(pair.pi)) continue;
        usedE.add(pair.ei);
        usedP.add(pair.pi);
        if (pair.level === LEVELS.length) fullP.add(pair.pi);
        for (let l = 0; l < pair.level; l++) eventTp[l]++;
        if (verbose && pair.level < 4) {
          const pe = predicted[pair.pi];
          const show = (id: string | null) => (id ? (names.get(id)?.[0] ?? id) : null);
          console.log(`  partial ${label.id.slice(0, 20)} "${pe.trigger.text}" level ${pair.level}: got ${JSON.stringify({ participants: pe.participants.map((x) => show(x.id)), place: show(pe.place), date: pe.date })} want ${JSON.stringify({ participants: p.events[pair.ei].participants, place: p.events[pair.ei].place, date: p.events[pair.ei].date })}`);
        }
      }
      predicted.forEach((e, i) => scored.push({ confidence: e.confidence, full: fullP.has(i) }));
      if (verbose) {
        p.events.forEach((e, i) => usedE.has(i) || console.log(`  missed  ${label.id.slice(0, 20)} ${e.type} "${e.trigger.text}"`));
        predicted.forEach((e, i) => usedP.has(i) || console.log(`  extra   ${label.id.slice(0, 20)} ${e.type} "${e.trigger.text}" in "${text.slice(e.evidence.start, e.evidence.end).slice(0, 90)}"`));
      }

      const predictedQuotes = result.quotes.filter((q) => q.start < p.end && q.end > p.start);
      quotePredicted += predictedQuotes.length;
      quoteExpected += p.quotes.length;
      const usedQ = new Set<number>();
      for (const q of p.quotes) {
        const i = predictedQuotes.findIndex((pq, k) => !usedQ.has(k) && quoteMatches(pq, q));
        if (i < 0) {
          if (verbose) console.log(`  missed quote ${label.id.slice(0, 20)} "${q.text.slice(0, 50)}"`);
          continue;
        }
        usedQ.add(i);
        quoteSpanTp++;
        if (predictedQuotes[i].start === q.start && predictedQuotes[i].end === q.end) quoteExact++;
        if (speakerMatches(predictedQuotes[i], q, names)) quoteSpeakerTp++;
        else if (verbose) console.log(`  speaker ${label.id.slice(0, 20)} "${q.text.slice(0, 40)}": got ${predictedQuotes[i].speakerName} want ${q.speaker}`);
      }
      if (verbose) predictedQuotes.forEach((q, k) => usedQ.has(k) || console.log(`  extra quote ${label.id.slice(0, 20)} "${q.text.slice(0, 60)}"`));
    }
  }

  console.log(`entities: ${oracle ? 'oracle (GUM gold mentions + labelled names)' : 'recogniseEntities'}; ${labels.documents.length} documents, ${paragraphs} paragraphs, ${eventExpected} labelled events, ${quoteExpected} labelled quotes`);
  console.log('events      precision  recall  (predicted %d)', eventPredicted);
  LEVELS.forEach((level, l) => console.log(`  ${level.padEnd(14)} ${fmt(eventTp[l] / eventPredicted)}     ${fmt(eventTp[l] / eventExpected)}`));
  if (thresholds) {
    for (const floor of CONFIDENCE_FLOORS) {
      const kept = scored.filter((x) => x.confidence >= floor);
      const right = kept.filter((x) => x.full).length;
      console.log(`  confidence ≥ ${floor.toFixed(2)}  ${fmt(right / kept.length)}     ${fmt(right / eventExpected)}   (kept ${kept.length})`);
    }
  }
  console.log('quotes      precision  recall  (predicted %d)', quotePredicted);
  console.log(`  span           ${fmt(quoteSpanTp / quotePredicted)}     ${fmt(quoteSpanTp / quoteExpected)}   (exact offsets ${quoteExact}/${quoteSpanTp})`);
  console.log(`  +speaker       ${fmt(quoteSpeakerTp / quotePredicted)}     ${fmt(quoteSpeakerTp / quoteExpected)}`);
  console.log(`recogniseEvents: ${cpuMsPerArticle(timed).toFixed(3)} ms CPU per article (warm: ${WARM_CALLS} calls first, then the mean of about ${TIMED_CALLS} calls over ${timed.length} articles)`);
}
