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
  {
    name: 'the antecedent of a relative pronoun is the subject, over "have long refused to"',
    text: 'He hoped for talks between his government and the Taliban, who have long refused to negotiate peace with Kabul.',
    entities: [O('Taliban'), L('Kabul')],
    events: [
      { type: 'meeting', trigger: 'talks', participants: ['Taliban:counterpart'] },
      { type: 'meeting', trigger: 'negotiate', participants: ['Taliban:agent', 'Kabul:counterpart'] },
    ],
  },
  {
    name: 'coordinated subjects over ages and "his wife"',
    text: 'Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are undergoing trial for manslaughter.',
    entities: [P('Thomas Sam'), P('Manju Sam'), L('Sydney'), L('Australia')],
    events: [{ type: 'legal', trigger: 'undergoing trial', participants: ['Thomas Sam:agent', 'Manju Sam:agent'] }],
  },
  {
    name: 'a name in an apposition takes the preposition of the phrase it restates',
    text: 'WeWork agreed to a rescue by its largest shareholder, Japanese technology company SoftBank Group Corp, last month.',
    entities: [O('WeWork'), O('SoftBank Group Corp')],
    values: [{ kind: 'date', text: 'last month', value: '2019-10' }],
    events: [{ type: 'agreement', trigger: 'agreed', participants: ['WeWork:agent', 'SoftBank Group Corp:agent'], date: '2019-10' }],
  },
  {
    name: 'a phrase opening the sentence is no apposition',
    text: 'At the ceremony, NASA Administrator Charles Bolden announced the locations.',
    entities: [O('NASA'), P('Charles Bolden')],
    events: [{ type: 'announcement', trigger: 'announced', participants: ['Charles Bolden:agent'] }],
  },
  {
    name: 'a nominal subject takes the place and date of its predicate; a possessive place names the place it holds',
    text: "A storm yesterday caused a crane to fall into Mecca's Grand Mosque, killing 107.",
    entities: [L('Mecca'), L('Grand Mosque')],
    values: [{ kind: 'date', text: 'yesterday', value: '2015-09-11' }],
    events: [{ type: 'disaster', trigger: 'storm', participants: [], place: 'Grand Mosque', date: '2015-09-11' }],
  },
  {
    name: 'a meeting set to take place somewhere',
    text: 'The first meeting is set to take place in Christchurch on May 16.',
    entities: [L('Christchurch')],
    values: [{ kind: 'date', text: 'May 16', value: '2015-05-16' }],
    events: [{ type: 'meeting', trigger: 'meeting', participants: [], place: 'Christchurch', date: '2015-05-16' }],
  },
  {
    name: 'a place before an event noun over a possessive and a date',
    text: 'All parties spend much as they battle to win the U.K.’s Dec. 12 election.',
    entities: [{ kind: 'place', name: 'United Kingdom', forms: ['U.K.'] }],
    values: [{ kind: 'date', text: 'Dec. 12', value: '2019-12-12' }],
    events: [{ type: 'election', trigger: 'election', participants: [], place: 'United Kingdom', date: '2019-12-12' }],
  },
  {
    name: 'a name before a verb is no modifier of the event noun after it; a date of a "when" clause is not the event\'s',
    text: 'Washington and the Taliban had been holding direct talks. They were on the verge of a deal when President Trump scuttled the talks in September.',
    entities: [L('Washington'), O('Taliban'), P('Trump')],
    values: [{ kind: 'date', text: 'September', value: '2019-09' }],
    events: [
      { type: 'meeting', trigger: 'holding direct talks', participants: ['Washington:agent', 'Taliban:counterpart'] },
      { type: 'agreement', trigger: 'deal', participants: [], date: null },
    ],
  },
  {
    name: 'a place phrase of another verb is not the event\'s place',
    text: 'Officers conducted a traffic stop near Seventh Street and later arrested Elizabeth Burton. Officers arrested Christopher Tays on several charges after stopping his vehicle near Gladstone Avenue.',
    entities: [L('Seventh Street'), P('Elizabeth Burton'), P('Christopher Tays'), L('Gladstone Avenue')],
    events: [
      { type: 'arrest', trigger: 'arrested', participants: ['Elizabeth Burton:target'], place: null },
      { type: 'arrest', trigger: 'arrested', participants: ['Christopher Tays:target'], place: null },
    ],
  },
  {
    name: 'a sentence is not broken inside an abbreviation; hyphenated places name a relation, not the place',
    text: 'In October, Rep. David McKinley, R-W.Va., visited the U.S.-Mexico border near McAllen, Texas.',
    entities: [P('David McKinley'), L('U.S.'), L('Mexico'), L('McAllen'), L('Texas')],
    values: [{ kind: 'date', text: 'October', value: '2019-10' }],
    events: [{ type: 'visit', trigger: 'visited', participants: ['David McKinley:agent'], place: 'McAllen', date: '2019-10' }],
  },
  { name: 'attacking policies is criticism, not assault', text: 'Johnson and Corbyn attacked each other’s policies on Brexit.', entities: [P('Johnson'), P('Corbyn')], events: [] },
  { name: 'launching military operations is no announcement', text: 'The units must be ready to launch surprise operations.', entities: [], events: [] },
  {
    name: 'a verdict without a court is no legal event',
    text: 'The government intends to hold two referendums to reach a verdict on the flag.',
    entities: [],
    events: [{ type: 'election', trigger: 'hold two referendums' }],
  },
  {
    name: 'a gerund tagged as a noun is still the verb; firing "at" a body names the target',
    text: 'They perpetrated such reckless action as firing 36 shells at KPA civil police posts.',
    entities: [O('KPA')],
    events: [{ type: 'attack', trigger: 'firing', participants: ['KPA:target'] }],
  },
  { name: 'an -ing word after a determiner is a noun', text: 'The crowd also included a marching band.', entities: [], events: [] },
  {
    name: 'a clause opened by "after" has its own subject',
    text: 'The report comes after North Korea and South Korea exchanged artillery fire.',
    entities: [L('North Korea'), L('South Korea')],
    events: [{ type: 'conflict', trigger: 'exchanged', participants: ['North Korea:agent', 'South Korea:counterpart'] }],
  },
  {
    name: 'the date of another phrase before the trigger is not its date',
    text: 'According to a posting made 24 hours ago, the website is being attacked by hackers.',
    entities: [],
    values: [{ kind: 'date', text: '24 hours ago', value: '2008-01-19' }],
    events: [{ type: 'attack', trigger: 'attacked', date: null }],
  },
  {
    name: 'coordinated verbs share the date after them',
    text: 'Michael Webb was convicted and sentenced to life in prison last Thursday.',
    entities: [P('Michael Webb')],
    values: [{ kind: 'date', text: 'last Thursday', value: '2019-11-14' }],
    events: [
      { type: 'legal', trigger: 'convicted', participants: ['Michael Webb:target'], date: '2019-11-14' },
      { type: 'legal', trigger: 'sentenced', participants: ['Michael Webb:target'], date: '2019-11-14' },
    ],
  },
  {
    name: '"he" is the last man named, by given name',
    text: 'John Brown met Mary Smith. He was arrested in Leeds.',
    entities: [P('John Brown'), P('Mary Smith'), L('Leeds')],
    events: [
      { type: 'meeting', trigger: 'met', participants: ['John Brown:agent', 'Mary Smith:counterpart'] },
      { type: 'arrest', trigger: 'arrested', participants: ['John Brown:target'], place: 'Leeds' },
    ],
  },
  {
    name: 'a name inside an apposition before the verb is not its subject',
    text: "Kassym-Jomart Tokayev, Kazakhstan's president, met Ursula von der Leyen in Samarkand.",
    entities: [P('Kassym-Jomart Tokayev'), L('Kazakhstan'), P('Ursula von der Leyen'), L('Samarkand')],
    events: [{ type: 'meeting', trigger: 'met', participants: ['Kassym-Jomart Tokayev:agent', 'Ursula von der Leyen:counterpart'], place: 'Samarkand' }],
  },
  {
    name: 'coordinated subjects each with an apposition of office',
    text: 'Emmanuel Macron, the French president, and Olaf Scholz, the German chancellor, signed a treaty in Aachen.',
    entities: [P('Emmanuel Macron'), P('Olaf Scholz'), L('Aachen')],
    events: [{ type: 'agreement', trigger: 'signed a treaty', participants: ['Emmanuel Macron:agent', 'Olaf Scholz:counterpart'], place: 'Aachen' }],
  },
  {
    name: 'a relative clause between subject and verb',
    text: 'Emmanuel Macron, who had visited Berlin, met Olaf Scholz.',
    entities: [P('Emmanuel Macron'), L('Berlin'), P('Olaf Scholz')],
    events: [
      { type: 'visit', trigger: 'visited', participants: ['Emmanuel Macron:agent'], place: 'Berlin' },
      { type: 'meeting', trigger: 'met', participants: ['Emmanuel Macron:agent', 'Olaf Scholz:counterpart'] },
    ],
  },
  {
    name: 'an apposition that is the only name before the verb is its subject',
    text: 'The suspect, Michael Webb, was convicted last Thursday.',
    entities: [P('Michael Webb')],
    events: [{ type: 'legal', trigger: 'convicted', participants: ['Michael Webb:target'] }],
  },
  { name: '"a big deal" is an idiom', text: 'The new keyboard is a big deal for Apple.', entities: [O('Apple')], events: [] },
  {
    name: 'a light verb does not reach over its object pronoun',
    text: 'Aides called it a car crash.',
    entities: [],
    events: [{ type: 'disaster', trigger: 'crash' }],
  },
  {
    name: 'an event noun with its complement as subject takes the place and date of its predicate',
    text: 'Talks between Russia and Ukraine were held in Istanbul on Monday.',
    entities: [L('Russia'), L('Ukraine'), L('Istanbul')],
    values: [{ kind: 'date', text: 'Monday', value: '2025-03-31' }],
    events: [{ type: 'meeting', trigger: 'Talks', participants: ['Russia:agent', 'Ukraine:counterpart'], place: 'Istanbul', date: '2025-03-31' }],
  },
  {
    name: 'names joined by a comma alone are an apposition; a noun after "during" is an event of its own',
    text: 'Co-founder of Google, Sergey Brin, personally met with Ahmed Mohamed during his visit to Google.',
    entities: [O('Google'), P('Sergey Brin'), P('Ahmed Mohamed')],
    events: [
      { type: 'meeting', trigger: 'met', participants: ['Sergey Brin:agent', 'Ahmed Mohamed:counterpart'] },
      { type: 'visit', trigger: 'visit', participants: ['Ahmed Mohamed:agent', 'Google:counterpart'] },
    ],
  },
  {
    name: 'a name before a speech verb is not the subject of the reported clause',
    text: 'Mark Zuckerberg said the boy was welcome to come and tour the company.',
    entities: [P('Mark Zuckerberg')],
    events: [{ type: 'visit', trigger: 'tour', participants: [], hypothetical: false }],
  },
  {
    name: 'an -ing verb after a common noun has that noun as subject',
    text: 'Sunak has made migration a priority, with laws banning illegal migrants from claiming asylum in the UK expected next month.',
    entities: [P('Rishi Sunak', ['Sunak']), { kind: 'place', name: 'United Kingdom', forms: ['UK'] }],
    values: [{ kind: 'date', text: 'next month', value: '2023-03' }],
    events: [{ type: 'policy', trigger: 'banning', participants: [], place: 'United Kingdom', date: '2023-03' }],
  },
  {
    name: 'an object pronoun is the person it stands for',
    text: 'Valeska Paris has claimed that the Church of Scientology imprisoned her for twelve years.',
    entities: [P('Valeska Paris'), O('Church of Scientology')],
    events: [{ type: 'arrest', trigger: 'imprisoned', participants: ['Church of Scientology:agent', 'Valeska Paris:target'] }],
  },
  {
    name: 'a clause opened by "because" has its own subject',
    text: 'His father John Brown said he was taking his family to New York, because dignitaries wanted to meet with his son.',
    entities: [P('John Brown'), L('New York')],
    events: [{ type: 'meeting', trigger: 'meet', participants: [], place: null }],
  },
  {
    name: 'a date before a coordinated verb is its date',
    text: 'Ahmed Mohamed was a guest at the fair this weekend, and was able to meet finalists in Mountain View.',
    entities: [P('Ahmed Mohamed'), L('Mountain View')],
    values: [{ kind: 'date', text: 'this weekend', value: '2015-09-19/2015-09-20' }],
    events: [{ type: 'meeting', trigger: 'meet', participants: ['Ahmed Mohamed:agent'], place: 'Mountain View', date: '2015-09-19/2015-09-20' }],
  },
  {
    name: '"it" after a speech verb is that verb\'s subject',
    text: 'After the exchange of fire, North Korea stated it would attack any loudspeakers.',
    entities: [L('North Korea')],
    events: [{ type: 'attack', trigger: 'attack', participants: ['North Korea:agent'] }],
  },
  {
    name: 'a house number is no date, even when a recogniser read it as a year',
    text: 'Officers later arrested Jane Doe, 32, of 1119 Eighth St.',
    entities: [P('Jane Doe')],
    values: [{ kind: 'date', text: '1119', value: '1119' }],
    events: [{ type: 'arrest', trigger: 'arrested', participants: ['Jane Doe:target'], date: null }],
  },
  {
    name: 'a year after "in" before a street is still a date',
    text: 'Police arrested Jane Doe in 2019 Oxford Street protests.',
    entities: [P('Jane Doe')],
    values: [{ kind: 'date', text: '2019', value: '2019' }],
    events: [{ type: 'arrest', trigger: 'arrested', participants: ['Jane Doe:target'], date: '2019' }],
  },
  {
    name: 'a year before a street-less name is still a date',
    text: 'Police arrested Jane Doe in 1999 Denver raids.',
    entities: [P('Jane Doe')],
    values: [{ kind: 'date', text: '1999', value: '1999' }],
    events: [{ type: 'arrest', trigger: 'arrested', participants: ['Jane Doe:target'], date: '1999' }],
  },
  {
    name: 'meeting a future spouse is no consultation',
    text: 'In Sydney, Jane Doe met her future husband and later left the group.',
    entities: [P('Jane Doe'), L('Sydney')],
    events: [],
  },
  {
    name: 'meeting a bar to clear is no consultation',
    text: 'Jane Doe will need to meet the polling thresholds. She met John Smith in Paris.',
    entities: [P('Jane Doe'), P('John Smith'), L('Paris')],
    events: [{ type: 'meeting', trigger: 'met', participants: ['Jane Doe:agent', 'John Smith:counterpart'], place: 'Paris' }],
  },
  {
    name: 'someone\'s retirement is leaving office; saving for one is not',
    text: 'Max out your retirement accounts before early retirement. Later, John Smith announced his retirement.',
    entities: [P('John Smith')],
    events: [{ type: 'resignation', trigger: 'announced his retirement', participants: ['John Smith:agent'] }],
  },
  {
    name: 'a reader sent to a web page makes no visit; an election won in a landslide is no disaster',
    text: 'For more information, please visit www.example.com. Be sure to visit Acme on Facebook. Jane Doe won in a landslide. Jane Doe visited Paris.',
    entities: [P('Jane Doe'), O('Acme'), L('Paris')],
    events: [{ type: 'visit', trigger: 'visited', participants: ['Jane Doe:agent'], place: 'Paris' }],
  },
  {
    name: 'an appointment with a doctor is no appointment to office',
    text: 'We have been through three appointments to find no heartbeat. The appointment of Jane Doe as minister surprised many.',
    entities: [P('Jane Doe')],
    events: [{ type: 'appointment', trigger: 'appointment', participants: ['Jane Doe:target'] }],
  },
  {
    name: 'a rocket launch, a launch vehicle and signing off work are no announcement or agreement',
    text: 'SLS is the only vehicle for launching humans. They bid a reusable launch vehicle. I was signed off work. Acme launched a new programme.',
    entities: [O('Acme')],
    events: [{ type: 'announcement', trigger: 'launched', participants: ['Acme:agent'] }],
  },
  {
    name: 'a hyphenated participle before a noun describes it',
    text: 'The publicly-funded royals are out of touch. Acme funded the museum.',
    entities: [O('Acme')],
    events: [{ type: 'investment', trigger: 'funded', participants: ['Acme:agent'] }],
  },
  {
    name: 'a heart attack is no assault',
    text: 'He died of natural causes, most likely a heart attack. Gunmen launched an attack on the village.',
    entities: [],
    events: [{ type: 'attack', trigger: 'launched an attack' }],
  },
  {
    name: 'showing something is no demonstration, a rise of prices no rally',
    text: 'This case demonstrates that threats are crimes. A key reason for the market rally is earnings. Students demonstrated outside the embassy.',
    entities: [],
    events: [{ type: 'protest', trigger: 'demonstrated' }],
  },
  {
    name: 'a definite nominal restating an event with its complement adds nothing; one naming someone new is an event',
    text: 'Officers track and prosecute law-breakers. A failure could affect the prosecution of the lawbreakers. It could also affect the prosecution of John Smith.',
    entities: [P('John Smith')],
    events: [
      { type: 'legal', trigger: 'prosecute', participants: [] },
      { type: 'legal', trigger: 'prosecution', participants: ['John Smith:target'] },
    ],
  },
  {
    name: 'a name typed as a person that heads a facility takes no part',
    text: 'Mark Esper paid a visit to the city’s Hoa Lo prison.',
    entities: [P('Mark Esper'), P('Hoa Lo')],
    events: [{ type: 'visit', trigger: 'paid a visit', participants: ['Mark Esper:agent'] }],
  },
  {
    name: 'shopping deals are offers, not agreements',
    text: 'We bring you the best deals on video games. This bundle is $50 cheaper than a regular deal. Acme signed a deal with Globex.',
    entities: [O('Acme'), O('Globex')],
    events: [{ type: 'agreement', trigger: 'signed a deal', participants: ['Acme:agent', 'Globex:counterpart'] }],
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
