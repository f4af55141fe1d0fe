import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/extract/analyse.js';
import { recogniseEntities, type EntityResult } from '../src/extract/entities.js';
import type { ArticleDocument } from '../src/document.js';
import { emptyMetadata } from '../src/document.js';
import { hasShared, sharedPath } from './helpers/shared.js';

function doc(text: string): ArticleDocument {
  return {
    source: { uri: 'test:', fetchedAt: '2025-01-01T00:00:00.000Z', contentSha256: '0'.repeat(64), mediaType: 'text/plain' },
    metadata: emptyMetadata(),
    text,
    warnings: [],
  };
}

function extract(text: string): EntityResult {
  return recogniseEntities(analyse(text), doc(text));
}

const norm = (s: string) => s.toLowerCase().replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

function checkOffsets(text: string, result: EntityResult): void {
  for (const e of [...result.people, ...result.places, ...result.organizations]) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

interface Expected {
  people: { must: { name: string; aliasesInclude?: string[]; titlesInclude?: string[] }[]; mustNot: string[] };
  places: { must: { name: string; countryCode?: string }[]; mustNot: string[] };
  organizations: { must: { name: string; aliasesInclude?: string[] }[]; mustNot: string[] };
}

describe.skipIf(!hasShared('seed/article.txt'))('seed article: people, places and organisations of expected.json', () => {
  const text = readFileSync(sharedPath('seed/article.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(sharedPath('seed/expected.json'), 'utf8')) as Expected;
  const result = extract(text);

  it('points every mention at its text', () => checkOffsets(text, result));

  it.each(expected.people.must)('has the person $name', (want) => {
    const person = result.people.find((p) => norm(p.name) === norm(want.name));
    expect(person, want.name).toBeDefined();
    for (const alias of want.aliasesInclude ?? []) expect(person!.aliases.map(norm)).toContain(norm(alias));
    for (const title of want.titlesInclude ?? []) expect(person!.titles.map(norm)).toContain(norm(title));
  });

  it.each(expected.places.must)('has the place $name', (want) => {
    const place = result.places.find((p) => norm(p.name) === norm(want.name) || p.mentions.some((m) => norm(m.text) === norm(want.name)));
    expect(place, want.name).toBeDefined();
    if (want.countryCode) expect(place!.countryCode).toBe(want.countryCode);
  });

  it.each(expected.organizations.must)('has the organisation $name', (want) => {
    const org = result.organizations.find((o) => norm(o.name) === norm(want.name));
    expect(org, want.name).toBeDefined();
    for (const alias of want.aliasesInclude ?? []) expect(org!.aliases.map(norm)).toContain(norm(alias));
  });

  it('has none of the mustNot names', () => {
    const names = (list: { name: string; mentions: { text: string }[] }[]) => list.flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)]);
    for (const bad of expected.people.mustNot) expect(names(result.people), bad).not.toContain(bad);
    for (const bad of expected.places.mustNot) expect(names(result.places), bad).not.toContain(bad);
    for (const bad of expected.organizations.mustNot) expect(names(result.organizations), bad).not.toContain(bad);
  });

  it('gives people, places and organisations ids in order and keys', () => {
    expect(result.people.map((p) => p.id)).toEqual(result.people.map((_, n) => `person-${n + 1}`));
    expect(result.places.find((p) => p.name === 'Kazakhstan')?.key).toBe('country:KZ');
    expect(result.people.find((p) => p.name === 'Kassym-Jomart Tokayev')?.key).toBe('person:kassym-jomart-tokayev');
  });
});

describe('people', () => {
  it.each([
    ['Saudi Crown Prince Mohammed bin Salman met the press.', 'Mohammed bin Salman', ['Crown Prince']],
    ['Energy Minister Khalid al-Falih said output would rise.', 'Khalid al-Falih', ['Energy Minister', 'Minister']],
    ['Turkish President Recep Tayyip Erdoğan arrived in Ankara on Monday.', 'Recep Tayyip Erdoğan', ['President']],
    ['The talks were led by Prime Minister Shehbaz Sharif in Islamabad.', 'Shehbaz Sharif', ['Prime Minister']],
    ['"We are ready," said Amina Okonkwo, a nurse in Lagos.', 'Amina Okonkwo', []],
  ])('%s -> %s', (text, name, titles) => {
    const result = extract(text);
    checkOffsets(text, result);
    const person = result.people.find((p) => p.name === name);
    expect(person, JSON.stringify(result.people)).toBeDefined();
    if (titles.length) expect(titles.some((t) => person!.titles.includes(t))).toBe(true);
    expect(result.people.map((p) => p.name)).not.toContain('President');
  });

  it('links a later surname, titled or possessive, to the full name', () => {
    const text = 'Finance Minister Jean-Luc Moreau unveiled the budget. Critics said Moreau’s plan was vague. Minister Moreau disagreed.';
    const result = extract(text);
    expect(result.people).toHaveLength(1);
    expect(result.people[0]).toMatchObject({ name: 'Jean-Luc Moreau', aliases: ['Moreau'] });
    expect(result.people[0].mentions.map((m) => m.text)).toEqual(['Jean-Luc Moreau', 'Moreau', 'Moreau']);
  });
});

describe('places', () => {
  it.each([
    ['Talks between Georgia and Azerbaijan resumed in Baku.', 'Georgia', 'GE', 'country'],
    ['The storm hit Atlanta, and the rest of Georgia was spared.', 'Georgia', 'US', 'region'],
    ['Kazakhstan’s exports grew.', 'Kazakhstan', 'KZ', 'country'],
    ['Fishing boats returned to the Caspian Sea.', 'Caspian Sea', null, 'water'],
    ['Protesters gathered in Nairobi on Friday.', 'Nairobi', 'KE', 'city'],
  ])('%s -> %s (%s)', (text, name, countryCode, type) => {
    const result = extract(text);
    checkOffsets(text, result);
    const place = result.places.find((p) => p.name === name);
    expect(place, JSON.stringify(result.places)).toBeDefined();
    expect(place!.countryCode).toBe(countryCode);
    expect(place!.type).toBe(type);
    if (type !== 'water') expect(place!.latitude).not.toBeNull();
  });

  it('does not report demonyms as places', () => {
    const result = extract('Kazakh officials and Afghan students met in Almaty.');
    expect(result.places.map((p) => p.name)).toEqual(['Almaty']);
  });

  it('takes the country of a small town from the region named after it', () => {
    const result = extract('The factory at Sengerema, Tanzania, employs 300 people.');
    expect(result.places.find((p) => p.name === 'Sengerema')).toMatchObject({ type: 'city', countryCode: 'TZ' });
  });

  it('gives a place outside the gazetteer the country of its paragraph', () => {
    const result = extract('Miners in Chile have found copper at the Quebrada Tolar site near Antofagasta.');
    const site = result.places.find((p) => p.name === 'Quebrada Tolar');
    expect(site).toMatchObject({ type: 'site', countryCode: 'CL', key: 'place:quebrada-tolar' });
  });
});

describe('news conventions', () => {
  it.each([
    ['NAIROBI, Kenya (AP) — The president spoke.', 'places', 'Nairobi', 'KE'],
    ['BRASÍLIA — Lula met Xi.', 'places', 'Brasília', 'BR'],
    ['Russian President Vladimir Putin spoke in Moscow and St. Petersburg. Later he flew to Los Angeles, California.', 'places', 'Moscow', 'RU'],
    ['Russian President Vladimir Putin spoke in Moscow and St. Petersburg. Later he flew to Los Angeles, California.', 'places', 'Saint Petersburg', 'RU'],
    ['Turkey said it would buy more gas from Azerbaijan.', 'places', 'Türkiye', 'TR'],
    ['Tokayev Meets EU Leaders In Samarkand As Trade Talks Resume', 'places', 'Samarkand', 'UZ'],
    ['India beat Pakistan. Later, United won 2-1 at Old Trafford.', 'places', 'Old Trafford', 'GB'],
  ])('%s -> %s %s', (text, _kind, name, countryCode) => {
    const place = extract(text).places.find((p) => p.name === name);
    expect(place, name).toBeDefined();
    expect(place!.countryCode).toBe(countryCode);
  });

  it.each([
    ['Saudi Crown Prince Mohammed bin Salman hosted Qatar’s Emir Sheikh Tamim bin Hamad Al Thani in Riyadh.', 'Tamim bin Hamad Al Thani', 'Emir'],
    ['Brazil’s President Luiz Inácio Lula da Silva met Chinese leader Xi Jinping in Beijing.', 'Luiz Inácio Lula da Silva', 'President'],
    ['Author J.K. Rowling attended the event.', 'J.K. Rowling', 'Author'],
    ['Later, chairman of the Water Council Amara Diallo told reporters it was unfair.', 'Amara Diallo', null],
  ])('%s -> %s', (text, name, title) => {
    const person = extract(text).people.find((p) => p.name === name);
    expect(person, name).toBeDefined();
    if (title) expect(person!.titles).toContain(title);
  });

  it.each([
    ['In Jakarta, the central bank, Bank Indonesia, kept rates unchanged.', 'Bank Indonesia'],
    ['Paris Saint-Germain beat Olympique de Marseille at the Parc des Princes.', 'Olympique de Marseille'],
    ['The F-16 Falcon and MiG-29 Fulcrum flew over the base.', 'F-16 Falcon'],
    ['North Korean leader Kim Jong Un oversaw a missile test.', 'North Korean'],
    ['Amazon said on Monday it would hire 10,000 workers in Poland.', 'Amazon'],
  ])('%s has no person %s', (text, name) => {
    expect(extract(text).people.map((p) => p.name)).not.toContain(name);
  });
});

describe('odd input', () => {
  it.each([[''], ['   \n  '], ['... — !!!'], ['1 2 3 4 5']])('%j gives no entities', (text) => {
    expect(extract(text)).toEqual({ people: [], places: [], organizations: [] });
  });

  it('reads a headline in capitals word by word', () => {
    const text = 'PRESIDENT TOKAYEV MEETS EU LEADERS IN SAMARKAND\nTokayev said the talks went well.';
    const result = extract(text);
    checkOffsets(text, result);
    expect(result.people).toHaveLength(1);
    expect(result.people[0]).toMatchObject({ name: 'Tokayev', titles: ['PRESIDENT'] });
    expect(result.places.map((p) => p.name)).toEqual(['Samarkand']);
    expect(result.organizations.map((o) => o.key)).toEqual(['org:european-union']);
  });
});

describe('organisations', () => {
  it('links an acronym to its full name', () => {
    const result = extract('The European Union agreed. EU ministers met later, and the EU said so.');
    expect(result.organizations).toHaveLength(1);
    expect(result.organizations[0]).toMatchObject({ name: 'European Union', aliases: ['EU'], key: 'org:european-union' });
  });

  it('gives a well-known acronym the key of its full name', () => {
    expect(extract('EU ministers met in Brussels.').organizations[0]).toMatchObject({ name: 'EU', key: 'org:european-union' });
  });

  it.each([
    ['Shares of Acme Holdings fell after the Securities and Exchange Commission opened an inquiry.', ['Acme Holdings', 'Securities and Exchange Commission']],
    ['She studied at the University of Nairobi before joining the World Health Organization (WHO).', ['University of Nairobi', 'World Health Organization']],
    ['The report was funded by the Bill & Melinda Gates Foundation and the Council on Foreign Relations.', ['Bill & Melinda Gates Foundation', 'Council on Foreign Relations']],
    ['Opposition leader Raila Odinga’s Orange Democratic Movement (ODM) welcomed the move. ODM officials agreed.', ['Orange Democratic Movement']],
    ['Members of the ruling Likud party spoke to the Kommersant newspaper.', ['Likud', 'Kommersant']],
    ['The judge sided with NetChoice, a trade group whose members include large platforms.', ['NetChoice']],
    ['Petrobras, the state-controlled oil company, said it would invest more. Safaricom shares rose.', ['Petrobras', 'Safaricom']],
  ])('%s', (text, names) => {
    const result = extract(text);
    for (const name of names) expect(result.organizations.map((o) => o.name)).toContain(name);
  });

  it('never makes a common noun an organisation', () => {
    const result = extract('Visa rules were eased. These investments will help, officials said.');
    expect(result.organizations).toEqual([]);
  });
});

describe('organisations without a head word', () => {
  it.each([
    ['The Boston Braves moved to Milwaukee in 1953.', 'Boston Braves'],
    ['He joined the Bowling Green Falcons in 2007.', 'Bowling Green Falcons'],
    ['Voters backed the Neo Democrats in the district.', 'Neo Democrats'],
  ])('%s: a name ending in a plural noun after a place or a name is a body', (text, name) => {
    const result = extract(text);
    expect(result.organizations.map((o) => o.name)).toContain(name);
    expect(result.people.map((p) => p.name)).not.toContain(name);
  });

  it.each([
    ['Tom Hanks met Robert Williams at the premiere.', ['Tom Hanks', 'Robert Williams']],
    ['The report covered Special Events and the Middle Ages.', []],
  ])('%s: no body from a surname or ordinary words', (text, people) => {
    const result = extract(text);
    expect(result.organizations).toEqual([]);
    for (const name of people) expect(result.people.map((p) => p.name)).toContain(name);
  });

  it('names a company later without its legal form', () => {
    const text = 'SoftBank Group Corp said on Monday it would buy the firm. Shares of SoftBank rose 5%.';
    const result = extract(text);
    checkOffsets(text, result);
    expect(result.organizations).toHaveLength(1);
    expect(result.organizations[0]).toMatchObject({ name: 'SoftBank Group Corp', aliases: ['SoftBank'] });
  });

  it.each([
    ['Marlow Brandt Associates designs bridges. Marlow Brandt won the contract in May.', 'Marlow Brandt Associates', 'Marlow Brandt'],
    ['Kessel Design Associates opened in 1979. Since then Kessel Design has grown.', 'Kessel Design Associates', 'Kessel Design'],
  ])('names a firm of partners later without "Associates": %s', (text, name, alias) => {
    const result = extract(text);
    checkOffsets(text, result);
    expect(result.organizations).toHaveLength(1);
    expect(result.organizations[0]).toMatchObject({ name, aliases: [alias] });
  });

  it('names an organisation again by "the" and its head word', () => {
    const text = 'He left the Church of Scientology in 2009. Critics of the Church spoke, and the church bells rang.';
    const result = extract(text);
    checkOffsets(text, result);
    expect(result.organizations).toHaveLength(1);
    expect(result.organizations[0]).toMatchObject({ name: 'Church of Scientology', aliases: ['Church'] });
  });

  it('does not make an ordinary word a company because of a legal form', () => {
    expect(extract('Apple Inc. reported results. Apple pie sold well in autumn.').organizations.flatMap((o) => o.mentions.map((m) => m.text))).toEqual(['Apple Inc.']);
  });
});

describe('shared words left out', () => {
  it.each([
    ['Talks between North and South Korea resumed.', 'North', 'country:KP'],
    ['Storms hit North and South Carolina.', 'North', 'iso3166-2:US-NC'],
  ])('%s: "%s" is %s', (text, mention, key) => {
    const result = extract(text);
    checkOffsets(text, result);
    const place = result.places.find((p) => p.mentions.some((m) => m.text === mention));
    expect(place?.key).toBe(key);
  });

  it('leaves a lone direction alone when the gazetteer has no such place', () => {
    expect(extract('Paris and South Korea signed a deal.').places.map((p) => p.name)).toEqual(['Paris', 'South Korea']);
  });
});

describe('teams named by their country', () => {
  it('makes a country that plays a match with a score its team in the whole article', () => {
    const text = 'Sweden defeated South Korea 1 – 0 on Monday.\nSweden had more of the ball. Stockholm celebrated.';
    const result = extract(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Sweden', 'South Korea']);
    expect(result.organizations[0].mentions).toHaveLength(2);
    expect(result.places.map((p) => p.name)).toEqual(['Stockholm']);
  });

  it('leaves countries places when no score is given', () => {
    expect(extract('Israel defeated Egypt in 1967.').places.map((p) => p.name)).toEqual(['Israel', 'Egypt']);
  });
});
