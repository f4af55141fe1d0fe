import { describe, expect, it } from 'vitest';
import { emptyMetadata } from '../src/document.js';
import { analyse } from '../src/extract/analyse.js';
import { recogniseEvents } from '../src/events/index.js';
import { findQuoteSpans } from '../src/events/quotes.js';
import { handEntities, handValues, type HandEntity } from '../fixtures/events/hand-built.js';

function quotesOf(text: string, entities: HandEntity[]) {
  const e = handEntities(text, entities);
  const doc = { source: { uri: 'test', fetchedAt: new Date(0).toISOString(), contentSha256: '0'.repeat(64), mediaType: 'text/plain' }, metadata: emptyMetadata(), text, warnings: [] };
  const { quotes } = recogniseEvents(analyse(text), doc, e, handValues(text, []));
  const ids = new Map([...e.people, ...e.organizations].map((x) => [x.id, x.name]));
  return quotes.map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(ids.get(q.speaker)).toBe(q.speakerName);
    return [q.text, q.speakerName, q.speaker !== null] as const;
  });
}

const smith: HandEntity[] = [{ kind: 'person', name: 'John Smith', forms: ['Smith'] }];

const cases: { name: string; text: string; entities: HandEntity[]; quotes: (readonly [string, string | null, boolean])[] }[] = [
  { name: '“…,” said X', text: '“We will win the next election,” said John Smith.', entities: smith, quotes: [['We will win the next election', 'John Smith', true]] },
  { name: '“…,” X said', text: '“We will win the next election,” Smith said on Monday.', entities: smith, quotes: [['We will win the next election', 'John Smith', true]] },
  { name: 'X said: “…”', text: 'John Smith said: “We will win the next election.”', entities: smith, quotes: [['We will win the next election.', 'John Smith', true]] },
  { name: '“…” – X', text: '“We will win the next election.” – John Smith', entities: smith, quotes: [['We will win the next election.', 'John Smith', true]] },
  { name: 'according to X', text: 'According to John Smith, “the party will win the next election.”', entities: smith, quotes: [['the party will win the next election.', 'John Smith', true]] },
  {
    name: 'an apposition does not take the speaker',
    text: 'John Smith, the Labour Party spokesman, said, "We urge the governments to work together quickly".',
    entities: [...smith, { kind: 'organization', name: 'Labour Party' }],
    quotes: [['We urge the governments to work together quickly', 'John Smith', true]],
  },
  { name: 'he said: the last person named', text: 'John Smith arrived late. “I am sorry for the delay today,” he said.', entities: smith, quotes: [['I am sorry for the delay today', 'John Smith', true]] },
  {
    name: 'the next quote without attribution continues the speaker',
    text: '“We pray for the full recovery of both men,” said John Smith. “We thank the government for its actions.”',
    entities: smith,
    quotes: [['We pray for the full recovery of both men', 'John Smith', true], ['We thank the government for its actions.', 'John Smith', true]],
  },
  {
    name: 'a quote over several paragraphs shares the speaker named at its end',
    text: '“The first part of the statement goes here.\n“And the second part follows now,” said John Smith.',
    entities: smith,
    quotes: [['The first part of the statement goes here.', 'John Smith', true], ['And the second part follows now', 'John Smith', true]],
  },
  {
    name: 'a continued paragraph without an opening mark',
    text: '"They represent our aspirations and resilience.\nThese girls will be proving it to the world," said John Smith.',
    entities: smith,
    quotes: [['They represent our aspirations and resilience.', 'John Smith', true], ['These girls will be proving it to the world', 'John Smith', true]],
  },
  { name: 'the speaker on the next line of attribution', text: '“We will win the next election,”\nsaid John Smith.', entities: smith, quotes: [['We will win the next election', 'John Smith', true]] },
  { name: 'a speaker no entity matches keeps the name, without an id', text: '“We will win the next election,” said Jane Roe.', entities: [], quotes: [['We will win the next election', 'Jane Roe', false]] },
  {
    name: 'a name typed as a place but described as someone speaks, as written',
    text: 'American academic and professor Marc Lamont Hill commented,\n"Hoping that the movement translates into a national conversation."',
    entities: [{ kind: 'place', name: 'Marc Lamont Hill' }],
    quotes: [['Hoping that the movement translates into a national conversation.', 'Marc Lamont Hill', false]],
  },
  { name: 'scare quotes are no quotation', text: 'The team was honoured for "courageous achievement" at the contest.', entities: [], quotes: [] },
  { name: 'a title is no quotation', text: 'She starred in "The Lord of the Rings" last year.', entities: [], quotes: [] },
  { name: 'a ’’ closing pair', text: '“It was an attempt to mislead voters,’’ John Smith told the BBC.', entities: smith, quotes: [['It was an attempt to mislead voters', 'John Smith', true]] },
  {
    name: 'a partial quotation after a speech act ("pledged to take")',
    text: 'Twitter pledged to take “decisive corrective action” against similar strategies.',
    entities: [{ kind: 'organization', name: 'Twitter' }],
    quotes: [['decisive corrective action', 'Twitter', true]],
  },
  {
    name: 'a name before an apposition with verbs and a body in it',
    text: '“It was an attempt to mislead voters,’’ Will Moy, chief executive of the London-based fact-checking website Full Fact, told the BBC.',
    entities: [{ kind: 'organization', name: 'Full Fact' }, { kind: 'organization', name: 'BBC' }, { kind: 'place', name: 'London' }],
    quotes: [['It was an attempt to mislead voters', 'Will Moy', false]],
  },
  {
    name: 'a part of a known name, family name first; no place is a speaker',
    text: 'China’s ambassador Liu Xiaming spoke on Monday about Hong Kong.\nLiu said that the army could be deployed in Beijing, warning: “They are already there in the garrison.”',
    entities: [{ kind: 'person', name: 'Liu Xiaming' }, { kind: 'place', name: 'Hong Kong' }, { kind: 'place', name: 'Beijing' }, { kind: 'place', name: 'China' }],
    quotes: [['They are already there in the garrison.', 'Liu Xiaming', true]],
  },
  {
    name: 'a quotation on the line after "X tweeted:"',
    text: 'US President Barack Obama tweeted using his account:\n"Cool clock, Ahmed.\nWant to bring it to the White House?"',
    entities: [{ kind: 'person', name: 'Barack Obama' }, { kind: 'organization', name: 'White House' }],
    quotes: [['Cool clock, Ahmed.', 'Barack Obama', true], ['Want to bring it to the White House?', 'Barack Obama', true]],
  },
  {
    name: '"she" is the last woman named, by given name',
    text: 'Mary Steenburgen met Charlie McDowell on set. “I had been somebody who really liked music,” she said.',
    entities: [{ kind: 'person', name: 'Mary Steenburgen' }, { kind: 'person', name: 'Charlie McDowell' }],
    quotes: [['I had been somebody who really liked music', 'Mary Steenburgen', true]],
  },
  {
    name: '"he" skips a woman named after him',
    text: 'Thomas Sam’s sister pleaded with him to send Gloria to a doctor, but he replied "I am not able to do that".',
    entities: [{ kind: 'person', name: 'Thomas Sam' }, { kind: 'person', name: 'Gloria' }],
    quotes: [['I am not able to do that', 'Thomas Sam', true]],
  },
  {
    name: 'an earlier quotation in the sentence is stepped over; an -ing speech verb tagged as an adjective',
    text: 'Rishi Sunak defended the record whilst promising a "formal update" from Braverman is forthcoming: "The Home Secretary and I are working intensely."',
    entities: [{ kind: 'person', name: 'Rishi Sunak', forms: ['Sunak'] }, { kind: 'person', name: 'Suella Braverman', forms: ['Braverman'] }],
    quotes: [['formal update', 'Rishi Sunak', true], ['The Home Secretary and I are working intensely.', 'Rishi Sunak', true]],
  },
  {
    name: 'a quotation on the line after "X commented,"',
    text: 'Professor Marc Lamont Hill commented,\n"Hoping that the movement translates into a national conversation."',
    entities: [{ kind: 'person', name: 'Marc Lamont Hill' }],
    quotes: [['Hoping that the movement translates into a national conversation.', 'Marc Lamont Hill', true]],
  },
  {
    name: 'a document "reads"',
    text: 'The Home Office letter reads "we may extend the use of the questionnaire in due course", but no plans exist.',
    entities: [{ kind: 'organization', name: 'Home Office' }],
    quotes: [['we may extend the use of the questionnaire in due course', 'Home Office', true]],
  },
];

describe('quotes and speakers', () => {
  it.each(cases)('$name', (c) => {
    const got = quotesOf(c.text, c.entities);
    expect(got).toEqual(c.quotes);
  });

  it('numbers quotes quote-1, quote-2 in text order', () => {
    const text = '“We pray for both men,” said John Smith. “We thank the government for its actions.”';
    const e = handEntities(text, smith);
    const doc = { source: { uri: 't', fetchedAt: new Date(0).toISOString(), contentSha256: '0'.repeat(64), mediaType: 'text/plain' }, metadata: emptyMetadata(), text, warnings: [] };
    expect(recogniseEvents(analyse(text), doc, e, handValues(text, [])).quotes.map((q) => q.id)).toEqual(['quote-1', 'quote-2']);
  });

  it('marks open pieces and continuations', () => {
    const spans = findQuoteSpans('“First paragraph of it.\n“Second paragraph,” he said.');
    expect(spans.map((s) => [s.unclosed, s.continues])).toEqual([[true, false], [false, true]]);
  });
});
