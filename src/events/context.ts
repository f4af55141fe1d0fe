/**
 * The view of one article that event and quote recognition works on: sentences split at line
 * breaks (a headline or dateline is never part of the next sentence), and every entity mention and
 * value mapped onto token ranges so rules can walk tokens and ask "which entity is here?".
 */
import type { Analysis, Token } from '../extract/analyse.js';
import type { EntityResult } from '../extract/entities.js';
import type { ValueResult } from '../extract/values.js';
import { FACILITY_NOUNS } from './lexicon.js';

export type EntityKind = 'person' | 'organization' | 'place';

export interface EntityMention {
  id: string;
  kind: EntityKind;
  /** the entity's fullest name */
  name: string;
  start: number;
  end: number;
  firstToken: number;
  /** exclusive */
  endToken: number;
}

export interface ValueMention {
  id: string;
  kind: 'money' | 'quantity' | 'date';
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  /** ISO value for dates */
  value: string | null;
}

export interface Segment {
  index: number;
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  paragraph: number;
}

export interface EntityInfo {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
}

export interface EventContext {
  text: string;
  tokens: Token[];
  segments: Segment[];
  /** segment index of each token */
  segmentOf: Int32Array;
  /** paragraph number of each token (a paragraph ends at a line break) */
  paragraphOf: Int32Array;
  /** sorted by start */
  mentions: EntityMention[];
  /** index into mentions of the mention covering each token, or -1 */
  mentionAt: Int32Array;
  /** per segment, the range [from, to) of mentions starting in it: rules read one sentence, not the article */
  segmentMentions: Int32Array;
  /** index into mentions of the last person mention that ends at or before each token (length tokens + 1), or -1 */
  lastPersonAt: Int32Array;
  /** sorted by start */
  values: ValueMention[];
  /** index into values of the value covering each token, or -1 */
  valueAt: Int32Array;
  /** per segment, the range [from, to) of values starting in it */
  segmentValues: Int32Array;
  entities: Map<string, EntityInfo>;
}

/** the mentions that start in a segment */
export function mentionsIn(ctx: EventContext, segment: Segment): EntityMention[] {
  return ctx.mentions.slice(ctx.segmentMentions[2 * segment.index], ctx.segmentMentions[2 * segment.index + 1]);
}

/** the values that start in a segment */
export function valuesIn(ctx: EventContext, segment: Segment): ValueMention[] {
  return ctx.values.slice(ctx.segmentValues[2 * segment.index], ctx.segmentValues[2 * segment.index + 1]);
}

/** for each segment, the range [from, to) of the items (sorted by first token) that start in it */
function rangesBySegment(segments: readonly Segment[], items: readonly { firstToken: number }[]): Int32Array {
  const ranges = new Int32Array(segments.length * 2);
  let k = 0;
  for (const segment of segments) {
    while (k < items.length && items[k].firstToken < segment.firstToken) k++;
    ranges[2 * segment.index] = k;
    while (k < items.length && items[k].firstToken < segment.endToken) k++;
    ranges[2 * segment.index + 1] = k;
  }
  return ranges;
}

/** index of the first token whose end is after `offset` */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** token range [first, end) of the characters [start, end) */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  const first = tokenAtOrAfter(tokens, start);
  let last = first;
  while (last < tokens.length && tokens[last].start < end) last++;
  return [first, last];
}

/**
 * wink-nlp also ends a sentence inside an abbreviation ("Rep. David McKinley, R-W.|Va., visited") or
 * before a lower-case word ("“We got her!” |officers announced"): no sentence starts without a space
 * before it or with a lower-case letter.
 */
function falseBreak(tokens: readonly Token[], first: number): boolean {
  if (first === 0 || tokens[first].lineStart) return false;
  return tokens[first].start === tokens[first - 1].end || /^\p{Ll}/u.test(tokens[first].text);
}

function splitSegments(analysis: Analysis): { segments: Segment[]; paragraphOf: Int32Array; segmentOf: Int32Array } {
  const { tokens } = analysis;
  const paragraphOf = new Int32Array(tokens.length);
  let paragraph = -1;
  for (const token of tokens) {
    if (token.lineStart) paragraph++;
    paragraphOf[token.index] = Math.max(paragraph, 0);
  }
  const starts = new Uint8Array(tokens.length);
  if (tokens.length > 0) starts[0] = 1;
  for (const token of tokens) if (token.lineStart) starts[token.index] = 1;
  for (const sentence of analysis.sentences) if (sentence.firstToken < tokens.length && !falseBreak(tokens, sentence.firstToken)) starts[sentence.firstToken] = 1;
  const segments: Segment[] = [];
  const segmentOf = new Int32Array(tokens.length);
  let first = 0;
  for (let t = 1; t <= tokens.length; t++) {
    if (t < tokens.length && !starts[t]) continue;
    segments.push({ index: segments.length, start: tokens[first].start, end: tokens[t - 1].end, firstToken: first, endToken: t, paragraph: paragraphOf[first] });
    segmentOf.fill(segments.length - 1, first, t);
    first = t;
  }
  return { segments, paragraphOf, segmentOf };
}

const namesFacility = (tokens: readonly Token[], m: EntityMention): boolean => {
  const next = tokens[m.endToken];
  return !!next && next.text === next.lower && FACILITY_NOUNS.words.has(next.lower);
};

export function buildContext(analysis: Analysis, entities: EntityResult, values: ValueResult): EventContext {
  const { tokens } = analysis;
  const { segments, paragraphOf, segmentOf } = splitSegments(analysis);
  const infos = new Map<string, EntityInfo>();
  const recognised: EntityMention[] = [];
  const add = (kind: EntityKind, entity: { id: string; name: string; aliases?: string[]; mentions: { start: number; end: number }[] }) => {
    infos.set(entity.id, { id: entity.id, kind, name: entity.name, aliases: entity.aliases ?? [] });
    for (const m of entity.mentions) {
      const [firstToken, endToken] = tokenRange(tokens, m.start, m.end);
      if (endToken > firstToken) recognised.push({ id: entity.id, kind, name: entity.name, start: m.start, end: m.end, firstToken, endToken });
    }
  };
  for (const person of entities.people) add('person', person);
  for (const org of entities.organizations) add('organization', org);
  for (const place of entities.places) add('place', place);
  // "the city's Hoa Lo prison": a name typed as a person that heads a facility is no one who takes part
  const mentions = recognised.filter((m) => !(m.kind === 'person' && namesFacility(tokens, m)));
  // longer mentions first so a person's name wins over an organisation nested in it
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let t = m.firstToken; t < m.endToken; t++) if (mentionAt[t] === -1) mentionAt[t] = i;
  });
  // the person named last before each token: the one with the latest start among those ended by then
  const lastPersonAt = new Int32Array(tokens.length + 1).fill(-1);
  mentions.forEach((m, i) => {
    if (m.kind === 'person') lastPersonAt[m.endToken] = Math.max(lastPersonAt[m.endToken], i);
  });
  for (let t = 1; t <= tokens.length; t++) lastPersonAt[t] = Math.max(lastPersonAt[t], lastPersonAt[t - 1]);

  const valueMentions: ValueMention[] = [];
  const addValue = (kind: ValueMention['kind'], v: { id: string; start: number; end: number }, value: string | null) => {
    const [firstToken, endToken] = tokenRange(tokens, v.start, v.end);
    if (endToken > firstToken) valueMentions.push({ id: v.id, kind, start: v.start, end: v.end, firstToken, endToken, value });
  };
  for (const m of values.money) addValue('money', m, null);
  for (const q of values.quantities) addValue('quantity', q, null);
  for (const d of values.dates) addValue('date', d, d.value);
  valueMentions.sort((a, b) => a.start - b.start);
  const valueAt = new Int32Array(tokens.length).fill(-1);
  valueMentions.forEach((v, i) => {
    for (let t = v.firstToken; t < v.endToken; t++) if (valueAt[t] === -1) valueAt[t] = i;
  });

  return {
    text: analysis.text,
    tokens,
    segments,
    segmentOf,
    paragraphOf,
    mentions,
    mentionAt,
    segmentMentions: rangesBySegment(segments, mentions),
    lastPersonAt,
    values: valueMentions,
    valueAt,
    segmentValues: rangesBySegment(segments, valueMentions),
    entities: infos,
  };
}
