import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyMetadata, type ArticleDocument } from '../src/document.js';
import { analyse } from '../src/extract/analyse.js';
import { recogniseEntities, type EntityResult } from '../src/extract/entities.js';
import { recogniseValues, type ValueResult } from '../src/extract/values.js';
import { recogniseEvents, type EventResult } from '../src/events/index.js';
import { EVENT_TYPES } from '../src/events/taxonomy.js';
import { handEntities, handValues, type HandEntity, type HandValue } from '../fixtures/events/hand-built.js';
import { hasShared, sharedPath } from './helpers/shared.js';

function docOf(text: string, publishedAt: string | null = null): ArticleDocument {
  return {
    source: { uri: 'test', fetchedAt: new Date(0).toISOString(), contentSha256: '0'.repeat(64), mediaType: 'text/plain' },
    metadata: { ...emptyMetadata(), publishedAt },
    text,
    warnings: [],
  };
}

function run(text: string, entities: HandEntity[], values: HandValue[] = []): { result: EventResult; entities: EntityResult; values: ValueResult } {
  const e = handEntities(text, entities);
  const v = handValues(text, values);
  return { result: recogniseEvents(analyse(text), docOf(text), e, v), entities: e, values: v };
}

function nameOf(entities: EntityResult, id: string | null): string | null {
  if (!id) return null;
  return [...entities.people, ...entities.organizations, ...entities.places].find((e) => e.id === id)?.name ?? null;
}

const P = (name: string, forms?: string[]): HandEntity => ({ kind: 'person', name, forms });
const O = (name: string, forms?: string[]): HandEntity => ({ kind: 'organization', name, forms });
const L = (name: string): HandEntity => ({ kind: 'place', name });

interface Case {
  name: string;
  text: string;
  entities: HandEntity[];
  values?: HandValue[];
  /** expected events in order: type, trigger text, participants as name:role, place, date, flags */
  events: { type: string; trigger: string; participants?: string[]; place?: string | null; date?: string | null; negated?: boolean; hypothetical?: boolean; amounts?: number }[];
}

const cases: Case[] = [
  {
    name: 'a meeting with its place and date',
    text: 'On 3 April 2025, Kazakh President Kassym-Jomart Tokayev met with European Commission President Ursula von der Leyen in Samarkand, Uzbekistan.',
    entities: [P('Kassym-Jomart Tokayev'), P('Ursula von der Leyen'), O('European Commission'), L('Samarkand'), L('Uzbekistan')],
    values: [{ kind: 'date', text: '3 April 2025', value: '2025-04-03' }],
    events: [{ type: 'meeting', trigger: 'met', participants: ['Kassym-Jomart Tokayev:agent', 'Ursula von der Leyen:counterpart'], place: 'Samarkand', date: '2025-04-03' }],
  },
  {
    name: 'a negated meeting',
    text: 'Tokayev did not meet von der Leyen in Astana.',
    entities: [P('Tokayev'), P('von der Leyen'), L('Astana')],
    events: [{ type: 'meeting', trigger: 'meet', participants: ['Tokayev:agent', 'von der Leyen:counterpart'], place: 'Astana', negated: true, hypothetical: false }],
  },
  {
    name: 'a hypothetical signing with a counterpart',
    text: 'Macron may sign the agreement with Scholz next week.',
    entities: [P('Macron'), P('Scholz')],
    events: [{ type: 'agreement', trigger: 'sign the agreement', participants: ['Macron:agent', 'Scholz:counterpart'], hypothetical: true, negated: false }],
  },
  {
    name: 'an arrest: the object is the target',
    text: 'Police arrested John Smith in Leeds on Monday.',
    entities: [P('John Smith'), L('Leeds')],
    values: [{ kind: 'date', text: 'Monday', value: '2024-05-06' }],
    events: [{ type: 'arrest', trigger: 'arrested', participants: ['John Smith:target'], place: 'Leeds', date: '2024-05-06' }],
  },
  {
    name: 'a passive arrest names its agent after "by"',
    text: 'Daniel Montalvo was arrested by the Los Angeles Police Department.',
    entities: [P('Daniel Montalvo'), O('Los Angeles Police Department')],
    events: [{ type: 'arrest', trigger: 'arrested', participants: ['Daniel Montalvo:target', 'Los Angeles Police Department:agent'] }],
  },
  {
    name: '"the two leaders" point at the people already named',
    text: 'Xi Jinping welcomed Lula da Silva at the airport. The two leaders held talks in Beijing.',
    entities: [P('Xi Jinping'), P('Lula da Silva'), L('Beijing')],
    events: [{ type: 'meeting', trigger: 'held talks', participants: ['Xi Jinping:agent', 'Lula da Silva:counterpart'], place: 'Beijing' }],
  },
  {
    name: 'a light verb takes the type of its noun, and coordinated subjects are peers',
    text: 'Russia and Ukraine signed a ceasefire.',
    entities: [L('Russia'), L('Ukraine')],
    events: [{ type: 'agreement', trigger: 'signed a ceasefire', participants: ['Russia:agent', 'Ukraine:counterpart'] }],
  },
  {
    name: 'a pledge with an amount is an investment with a beneficiary',
    text: 'The European Union pledged €5 billion to Ukraine.',
    entities: [O('European Union'), L('Ukraine')],
    values: [{ kind: 'money', text: '€5 billion', value: 5e9 }],
    events: [{ type: 'investment', trigger: 'pledged', participants: ['European Union:agent', 'Ukraine:beneficiary'], amounts: 1 }],
  },
  { name: 'a pledge without an amount is no investment', text: 'The European Union pledged support to Ukraine.', entities: [O('European Union'), L('Ukraine')], events: [] },
  {
    name: 'a launch with money is an investment; the noun in its object is the same event',
    text: 'The EU is launching a €12 billion investment package for Central Asia.',
    entities: [O('European Union', ['EU']), L('Central Asia')],
    values: [{ kind: 'money', text: '€12 billion', value: 12e9 }],
    events: [{ type: 'investment', trigger: 'launching a €12 billion investment', participants: ['European Union:agent', 'Central Asia:beneficiary'], amounts: 1 }],
  },
  {
    name: 'a disaster: deaths without a named killer are no attack',
    text: 'Over 300 pilgrims were killed in a stampede near Mecca.',
    entities: [L('Mecca')],
    events: [{ type: 'disaster', trigger: 'stampede', place: 'Mecca' }],
  },
  {
    name: 'a discovery of resources with its site and quantity',
    text: 'Geologists in Karagandy have identified around one million tonnes of rare earths at the Kuirektykol site.',
    entities: [L('Karagandy'), L('Kuirektykol')],
    values: [{ kind: 'quantity', text: 'one million tonnes', value: 1e6 }],
    events: [{ type: 'discovery', trigger: 'identified', place: 'Kuirektykol', amounts: 1 }],
  },
  { name: '"found that" is no discovery', text: 'The study found that prices rose.', entities: [], events: [] },
  {
    name: 'a definite nominal that refers back adds no event',
    text: 'Biden met Sunak in London. The meeting lasted an hour.',
    entities: [P('Biden'), P('Sunak'), L('London')],
    events: [{ type: 'meeting', trigger: 'met', participants: ['Biden:agent', 'Sunak:counterpart'], place: 'London' }],
  },
  {
    name: 'an intention is hypothetical',
    text: 'Modi plans to visit Washington in June.',
    entities: [P('Modi'), L('Washington')],
    events: [{ type: 'visit', trigger: 'visit', participants: ['Modi:agent'], place: 'Washington', hypothetical: true }],
  },
  {
    name: 'fighting between two parties',
    text: 'North Korea and South Korea exchanged artillery fire on Thursday.',
    entities: [L('North Korea'), L('South Korea')],
    events: [{ type: 'conflict', trigger: 'exchanged', participants: ['North Korea:agent', 'South Korea:counterpart'] }],
  },
];

describe('recogniseEvents on hand-built entities', () => {
  it.each(cases)('$name', (c) => {
    const { result, entities, values } = run(c.text, c.entities, c.values);
    expect(result.events.map((e) => e.type)).toEqual(c.events.map((e) => e.type));
    result.events.forEach((event, i) => {
      const want = c.events[i];
      expect(event.id).toBe(`event-${i + 1}`);
      expect(event.trigger.text).toBe(want.trigger);
      expect(c.text.slice(event.trigger.start, event.trigger.end)).toBe(event.trigger.text);
      expect(c.text.slice(event.evidence.start, event.evidence.end)).toContain(event.trigger.text);
      if (want.participants) expect(event.participants.map((p) => `${nameOf(entities, p.id)}:${p.role}`)).toEqual(want.participants);
      if (want.place !== undefined) expect(nameOf(entities, event.place)).toBe(want.place);
      if (want.date !== undefined) expect(event.date).toBe(want.date);
      if (want.negated !== undefined) expect(event.negated).toBe(want.negated);
      if (want.hypothetical !== undefined) expect(event.hypothetical).toBe(want.hypothetical);
      if (want.amounts !== undefined) {
        expect(event.amounts).toHaveLength(want.amounts);
        const ids = [...values.money, ...values.quantities].map((v) => v.id);
        for (const id of event.amounts) expect(ids).toContain(id);
      }
      expect(event.confidence).toBeGreaterThan(0);
      expect(event.confidence).toBeLessThanOrEqual(1);
    });
  });

  it('evidence is the sentence, split at line breaks', () => {
    const text = 'Headline about talks\nBiden met Sunak in London on Monday.';
    const { result } = run(text, [P('Biden'), P('Sunak'), L('London')]);
    const meeting = result.events.find((e) => e.type === 'meeting' && e.trigger.text === 'met')!;
    expect(text.slice(meeting.evidence.start, meeting.evidence.end)).toBe('Biden met Sunak in London on Monday.');
  });
});

describe('the taxonomy', () => {
  it('covers the event types news needs, each with a reason and CAMEO root code where CAMEO has one', () => {
    const types = EVENT_TYPES.map((t) => t.type);
    for (const needed of ['meeting', 'visit', 'agreement', 'investment', 'announcement', 'discovery', 'appointment', 'resignation', 'election', 'protest', 'attack', 'conflict', 'disaster', 'legal', 'arrest', 'trade']) expect(types).toContain(needed);
    for (const t of EVENT_TYPES) {
      expect(t.reason.length).toBeGreaterThan(10);
      if (t.cameo !== null) expect(t.cameo).toMatch(/^\d{2}$/);
      for (const rule of t.triggers) expect(rule.reason.length).toBeGreaterThan(5);
    }
  });
});

const SEED = 'seed/article.txt';
describe.skipIf(!hasShared(SEED))('the seed article end to end (real recognisers)', () => {
  const text = readFileSync(sharedPath(SEED), 'utf8');
  const doc = docOf(text, '2025-04-04');
  const analysis = analyse(text);
  const entities = recogniseEntities(analysis, doc);
  const values = recogniseValues(analysis, doc);
  const { events, quotes } = recogniseEvents(analysis, doc, entities, values);
  const name = (id: string | null) => nameOf(entities, id);
  const amountsOf = (ids: string[]) => ids.map((id) => values.money.find((m) => m.id === id)?.amount ?? values.quantities.find((q) => q.id === id)?.value);

  it('holds the meeting of Tokayev and von der Leyen in Samarkand on 3 April 2025', () => {
    const meeting = events.find((e) => e.type === 'meeting' && e.participants.length === 2);
    expect(meeting).toBeDefined();
    expect(meeting!.participants.map((p) => name(p.id)).sort()).toEqual(['Kassym-Jomart Tokayev', 'Ursula von der Leyen']);
    expect(name(meeting!.place)).toBe('Samarkand');
    expect(meeting!.date).toBe('2025-04-03');
    expect(meeting!.cameo).toBe('04');
  });

  it.each([12e9, 10e9])('holds the investment of €%d', (amount) => {
    expect(events.some((e) => e.type === 'investment' && amountsOf(e.amounts).includes(amount))).toBe(true);
  });

  it('holds the discovery at Kuirektykol of one million tonnes', () => {
    const discovery = events.find((e) => e.type === 'discovery' && name(e.place) === 'Kuirektykol');
    expect(discovery).toBeDefined();
    expect(amountsOf(discovery!.amounts)).toContain(1e6);
  });

  it('holds the quote of Ursula von der Leyen, without its quotation marks', () => {
    const quote = quotes.find((q) => q.text.startsWith('To kick-start this new era'));
    expect(quote).toBeDefined();
    expect(quote!.speakerName).toBe('Ursula von der Leyen');
    expect(name(quote!.speaker)).toBe('Ursula von der Leyen');
    expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text);
    expect(quote!.text).not.toMatch(/^[“"]|[”"]$/);
  });
});
