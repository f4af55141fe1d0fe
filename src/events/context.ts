/**
 * The view of one article that event and quote recognition works on: sentences split at line
 * breaks (a headline or dateline is never part of the next sentence), and every entity mention and
 * value mapped onto token ranges so rules can walk tokens and ask "which entity is here?".
 */
import type { Analysis, Token } from '../extract/analyse.js';
import type { EntityResult } from '../extract/entities.js';
import type { ValueResult } from '../extract/values.js';

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
  /** paragraph number of each token (a paragraph ends at a line break) */
  paragraphOf: Int32Array;
  mentions: EntityMention[];
  /** index into mentions of the mention covering each token, or -1 */
  mentionAt: Int32Array;
  values: ValueMention[];
  /** index into values of the value covering each token, or -1 */
  valueAt: Int32Array;
  entities: Map<string, EntityInfo>;
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

function splitSegments(analysis: Analysis): { segments: Segment[]; paragraphOf: Int32Array } {
  const { tokens } = analysis;
  const paragraphOf = new Int32Array(tokens.length);
  let paragraph = -1;
  for (const token of tokens) {
    if (token.lineStart) paragraph++;
    paragraphOf[token.index] = Math.max(paragraph, 0);
  }
  const segments: Segment[] = [];
  for (const sentence of analysis.sentences) {
    let first = sentence.firstToken;
    for (let t = sentence.firstToken + 1; t <= sentence.endToken; t++) {
      if (t === sentence.endToken || tokens[t].lineStart) {
        segments.push({
          index: segments.length,
          start: tokens[first].start,
          end: tokens[t - 1].end,
          firstToken: first,
          endToken: t,
          paragraph: paragraphOf[first],
        });
        first = t;
      }
    }
  }
  return { segments, paragraphOf };
}

export function buildContext(analysis: Analysis, entities: EntityResult, values: ValueResult): EventContext {
  const { tokens } = analysis;
  const { segments, paragraphOf } = splitSegments(analysis);
  const infos = new Map<string, EntityInfo>();
  const mentions: EntityMention[] = [];
  const add = (kind: EntityKind, entity: { id: string; name: string; aliases?: string[]; mentions: { start: number; end: number }[] }) => {
    infos.set(entity.id, { id: entity.id, kind, name: entity.name, aliases: entity.aliases ?? [] });
    for (const m of entity.mentions) {
      const [firstToken, endToken] = tokenRange(tokens, m.start, m.end);
      if (endToken > firstToken) mentions.push({ id: entity.id, kind, name: entity.name, start: m.start, end: m.end, firstToken, endToken });
    }
  };
  for (const person of entities.people) add('person', person);
  for (const org of entities.organizations) add('organization', org);
  for (const place of entities.places) add('place', place);
  // longer mentions first so a person's name wins over an organisation nested in it
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let t = m.firstToken; t < m.endToken; t++) if (mentionAt[t] === -1) mentionAt[t] = i;
  });

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

  return { text: analysis.text, tokens, segments, paragraphOf, mentions, mentionAt, values: valueMentions, valueAt, entities: infos };
}
