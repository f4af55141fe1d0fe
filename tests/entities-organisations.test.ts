/**
 * Organisations found by their words, their context and the article (docs/entities.md, passes 2, 5, 6, 7):
 * real sentences of news and encyclopaedic text, each with the names that must and must not be organisations.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/extract/analyse.js';
import { emptyMetadata } from '../src/document.js';
import { recogniseEntities, type EntityResult } from '../src/extract/entities.js';

function extract(text: string): EntityResult {
  const doc = { source: { uri: 'test:', fetchedAt: '2025-01-01T00:00:00.000Z', contentSha256: '0'.repeat(64), mediaType: 'text/plain' }, metadata: emptyMetadata(), text, warnings: [] };
  return recogniseEntities(analyse(text), doc);
}

/** every organisation mention's text, checked against the article's offsets */
function organisationMentions(text: string): string[] {
  const result = extract(text);
  const mentions = result.organizations.flatMap((o) => o.mentions);
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return mentions.map((m) => m.text);
}

describe('organisations named by their words', () => {
  it.each([
    ['He was inducted into the Hockey Hall of Fame in 1962.', 'Hockey Hall of Fame'],
    ['The Coronado Unified School District closed two schools.', 'Coronado Unified School District'],
    ['He told the Austin American-Statesman and the Fort Worth Star-Telegram that he would run.', 'Fort Worth Star-Telegram'],
    ['The story ran in the Orlando Sentinel on Sunday.', 'Orlando Sentinel'],
    ['It is the Indian branch of the Pakistan Boy Scouts Association.', 'Pakistan Boy Scouts Association'],
    ['Harold Theriault of the Liberal Party of Nova Scotia won the seat.', 'Liberal Party of Nova Scotia'],
    ['The 65th Air Division moved to Spain in 1960.', '65th Air Division'],
    ['The train is operated by the State Railway of Thailand.', 'State Railway of Thailand'],
    ['The House of Commons Science and Technology Committee called for an end to funding.', 'House of Commons Science and Technology Committee'],
    // "High" ends a high school's name
    ['It was the former gym of Kelby Union High until 1970.', 'Kelby Union High'],
    // a hospital or a library acts as a body: it treats, employs and lends
    ['Two nurses at the Kelby General Hospital were praised.', 'Kelby General Hospital'],
    ['The Tarrow Public Library lends e-books to members.', 'Tarrow Public Library'],
    ['She was treated at the Dunmore Regional Medical Center overnight.', 'Dunmore Regional Medical Center'],
    // a club's suffix: hockey, association football and rugby football clubs
    ['The final was won by Kelby HC after extra time.', 'Kelby HC'],
    ['Fans of Dunmore A.F.C. sang all night.', 'Dunmore A.F.C.'],
    // a lottery is the body that runs the draws; a league may be named with its sport after its head
    ['Tickets sold by the Dunmore State Lottery rose by a fifth.', 'Dunmore State Lottery'],
    ['He pitched two seasons in Major League Soccer before he retired.', 'Major League Soccer'],
    // a radio station: its brand and its band, apart or in one word
    ['The interview was aired on Harbour FM at noon.', 'Harbour FM'],
    ['She hosted the breakfast show of 917KLX FM for a decade.', '917KLX FM'],
    ['He moved to Breeze97FM in 2004.', 'Breeze97FM'],
    // a broadcaster's numbered channel
    ['The single was first played on Kelby Radio 1 in May.', 'Kelby Radio 1'],
    ['The debate airs on Dunmore TV 2 tonight.', 'Dunmore TV 2'],
    // "All Saints", "All Souls" are feasts that name the body, "All" included
    ['She was elected a Fellow of All Souls College in 1990.', 'All Souls College'],
    // "Our Lady" is the Virgin Mary, not a title before a person
    ['Mass is said daily at the Church of Our Lady of Sorrows in the town.', 'Church of Our Lady of Sorrows'],
    // a conference of colleges or of bishops is a body of members; other conferences are meetings
    ['The college plays in the Lone Valley Athletic Conference this year.', 'Lone Valley Athletic Conference'],
    ['A letter from the Irish Episcopal Conference was read on Sunday.', 'Irish Episcopal Conference'],
    // a conference whose championships are won is a body of colleges
    ['The Longhorns won three consecutive Lone Valley Conference championships.', 'Lone Valley Conference'],
    ['The team finished third in Big Plains Conference play.', 'Big Plains Conference'],
  ])('%s', (text, name) => {
    expect(organisationMentions(text)).toContain(name);
  });

  it.each([
    ['She served in the Thirty-first United States Congress for two years.', ['United States Congress']],
    ['The U.S. Congress voted on the budget on Friday.', ['U.S. Congress']],
    ['Leaders of the Indian National Congress met in Delhi.', ['Indian National Congress']],
    ['Delegates to the 19th Party Congress arrived on Sunday.', []],
  ])("reads a country's congress as its legislature or party, other congresses as meetings: %s", (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it('does not read the FM band alone as a station', () => {
    expect(organisationMentions('The FM band is crowded, so the station moved to AM.')).toEqual([]);
  });

  it('does not read a conference named after a city or a subject as a body', () => {
    expect(organisationMentions('The Paris Peace Conference opened, the Lone Valley Science Conference closed, and Peace Conference talks began.')).toEqual([]);
  });

  it('reads a newspaper named by its head alone after "the"', () => {
    expect(organisationMentions('The Guardian cited examples. He told the Times, not the guardian of the child.')).toEqual(['Guardian', 'Times']);
  });

  it('reads a well-known body whose acronym is also a function word ("WHO"), but not in a line of capitals', () => {
    const text = 'The World Health Organisation (WHO) recommends iodised salt.\nWHO say the problem is easily fixed.\n\nWHO CARES ABOUT THE WEATHER\nWho knows why.';
    expect(organisationMentions(text)).toEqual(['World Health Organisation', 'WHO', 'WHO']);
  });

  it('keeps the nation in the name of a national society of a movement, not before a company', () => {
    expect(organisationMentions('The British Red Cross and the Turkish Red Crescent sent aid, and Russian Gazprom paid.')).toEqual(['British Red Cross', 'Turkish Red Crescent', 'Gazprom']);
  });

  it('leaves a nationality before a state organ out of its name', () => {
    const mentions = organisationMentions('Worship at the sites was banned by the Greek Ministry of Culture, said the American Academy of Sciences.');
    expect(mentions).toEqual(['Ministry of Culture', 'American Academy of Sciences']);
  });

  it.each([
    ['As an Air Division, it directed the fighter wings of the region.', []],
    ['The club is a Founding Member of the league, and a Heritage Museum opened beside it in 2009.', []],
    ['Dana Ruiz, a Supreme Court justice, met a Labour Party delegation in the House of Commons.', ['Supreme Court', 'Labour Party', 'House of Commons']],
  ])('reads capitalised words after "a" as a kind, not a name, unless a noun follows: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['He was a consensus 1st Team All-American in 1970, and the shop sells Touring Bikes and Racing Bicycles.', []],
    ['He rode for Team Sky and later for Racing Santander.', ['Team Sky', 'Racing Santander']],
  ])('reads a club prefix after an ordinal or before a plural noun as a rank or a kind: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it('reads an agency named after a country by its field, not a country described by an adjective or a period', () => {
    const text = 'She left Corporate America for Statistics Canada. The film is set in World War II Hungary.';
    expect(organisationMentions(text)).toEqual(['Statistics Canada']);
  });

  it('makes a war front named by its direction a place, and a political front an organisation', () => {
    const result = extract('The ceasefire on the Western Front held. The National Front lost two seats.');
    expect(result.places.map((p) => p.name)).toContain('Western Front');
    expect(organisationMentions('The ceasefire on the Western Front held. The National Front lost two seats.')).toEqual(['National Front']);
  });

  it('keeps a railway line and a province places', () => {
    const result = extract('The Welsh Highland Railway crosses the hills. Floods hit La Union and Ilocos Sur.');
    expect(result.organizations).toEqual([]);
  });

  it('ends a club name before a date', () => {
    expect(organisationMentions('The trophy was given to the Montreal Hockey Club on May 15, 1893.')).toEqual(['Montreal Hockey Club']);
  });
});

describe('teams', () => {
  it('reads a team named after a city, and its nickname later in the article', () => {
    const text = 'Gaudin was selected by the Tampa Bay Devil Rays in 2001. In 2003, for the Devil Rays, he went 1-2. He later faced the St. Louis Cardinals.';
    expect(organisationMentions(text)).toEqual(['Tampa Bay Devil Rays', 'Devil Rays', 'St. Louis Cardinals']);
  });

  it('names a team the lexicon knows again by its nickname', () => {
    const text = 'He was traded to the Toronto Blue Jays in May. He had a 4.10 ERA with the Blue Jays.';
    expect(organisationMentions(text)).toEqual(['Toronto Blue Jays', 'Blue Jays']);
  });

  it('reads a city and a plural that is no English word as a team, but not a surname that ends in s', () => {
    const text = 'Fans of the Ottawa Quillons cheered as the Quillons won. Later Calgary Williams spoke to reporters.';
    expect(organisationMentions(text)).toEqual(['Ottawa Quillons', 'Quillons']);
  });

  it.each([
    ['The station stopped broadcasting Perth Valour matches in 2006. It is now the partner of the Perth Valour.', ['Perth Valour', 'Perth Valour']],
    ['Crowds of Leeds fans filled the stand, and Leeds Harmony players sang.', ['Leeds Harmony']],
    // a town and a word before anything else is no team
    ['They walked past the Perth Valour monument.', []],
  ])('reads a town and a capitalised word before what a team has as the team: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it('reads "the" and a capitalised plural noun as a team', () => {
    expect(organisationMentions('He was traded to the Athletics in December, and the Pirates lost 10-7.')).toEqual(['Athletics', 'Pirates']);
  });

  it('does not read laws, plebiscites or a tournament named in the plural as a team', () => {
    const text = 'The Harwick Laws were repealed after the Tarrant Plebiscites, and the Marlboro Masters moved to May.';
    expect(organisationMentions(text)).toEqual([]);
  });

  it('does not read a people or the end of a quoted title as a team', () => {
    expect(organisationMentions('Some said they descended from the Goths, others from the Saracens.')).toEqual([]);
    expect(organisationMentions('The band played "Takin\' It to the Streets." She was on "Dancing with the Stars."')).toEqual([]);
  });

  it.each([
    ['He spent four seasons in the Austrian Football League for FC Kornberg before retiring.', ['Austrian Football League', 'FC Kornberg']],
    ['She skated in the Western Hockey League for the Calgary Flames until 1999.', ['Western Hockey League', 'Calgary Flames']],
    // what a body is for stays in its name
    ['The National League for Democracy won the vote.', ['National League for Democracy']],
  ])('cuts a league at "for" before a team: %s', (text, expected) => {
    expect(organisationMentions(text)).toEqual(expected);
  });

  it.each([
    ['He designed the tracks of NASCAR 2002 before joining the studio.', [], 'NASCAR'],
    ['Fans still play NASCAR 1998 and NASCAR 2002, and the studio is working on Unreal 2.5.', [], 'NASCAR'],
    // a number that counts or dates what follows leaves the body; a channel's number belongs to it
    ['NASCAR 2002 revenue rose, and NASCAR signed a deal with Ford 20 years ago.', ['NASCAR', 'NASCAR', 'Ford'], ''],
    ['She presented on BBC Radio 1 for a decade.', ['BBC Radio 1'], ''],
  ])('a body before a year or a version is a title: %s', (text, expected, absent) => {
    const found = organisationMentions(text);
    expect(found).toEqual(expected);
    if (absent) expect(found).not.toContain(absent);
  });

  it.each([
    ['He played with Footscray until 1930. His best season at Footscray was his last.', ['Footscray', 'Footscray']],
    ['She signed with Coburg in May. After a year at Coburg she moved on.', ['Coburg', 'Coburg']],
  ])('makes a town a player plays for its team in every mention of the article: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it('keeps a town a place when no one plays for it', () => {
    expect(organisationMentions('He worked at Footscray for a year. Coburg is a town.')).toEqual([]);
  });

  it.each([
    ['He was traded to the AFL Champion Dunmore Hawks in 1988.', ['AFL', 'Dunmore Hawks']],
    ['Premier League Champions Kelby Rovers lost at home.', ['Premier League', 'Kelby Rovers']],
    ['He scored twice in the UEFA Champions League last year.', ['UEFA Champions League']],
  ])('cuts a name at "Champion" between what was won and the winner: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['In the first game of Group C, Kelby faced Dunmore.', ['Group C']],
    ['Pool B — Fiji 24 – 10 Samoa\nThe match was played in Suva.', ['Pool B', 'Fiji', 'Samoa']],
    ['The college has played in NCAA Division II since 1995.', ['NCAA Division II']],
    ['Group A streptococcus spread through the ward.', []],
  ])("reads a league's division or a tournament's group named by a letter as a body of teams: %s", (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['Brazil 2 – 1 Serbia\nNeymar scored, putting the Brazilians ahead. The Serbians pressed late.', ['Brazil', 'Serbia', 'Brazilians', 'Serbians']],
    ['Germans voted on Sunday, and the Germans in Brazil voted early.', []],
  ])('reads "the" and the plural of the nationality of a country that plays a match as its team: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['He helped found the Ottawa 67s in 1967.', ['Ottawa 67s']],
    ['The Philadelphia 76ers won at home.', ['Philadelphia 76ers']],
    ['In Paris 60s fashion returned to the shops.', []],
  ])('reads a town and its players named by a number as a team: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it('makes a place a player plays for its team', () => {
    expect(organisationMentions('He played with Footscray and North Melbourne in the VFL before he signed with Rangers.')).toEqual(['Footscray', 'North Melbourne', 'VFL', 'Rangers']);
  });
});

describe('organisations named by their context', () => {
  it.each([
    ['Pro-democracy candidates Cheng Chung-tai of Civic Passion and Raymond Chan of People Power were elected.', ['Civic Passion', 'People Power']],
    ['The mall is managed by CBL & Associates Properties. The chain was bought by Newell in 1994.', ['CBL & Associates Properties', 'Newell']],
    ['Ubisoft\'s founder spoke first. Wikinews reporters attended the opening.', ['Ubisoft', 'Wikinews']],
    ['He worked for companies like AT&T, Wachovia, and Carnival Cruise Lines.', ['Wachovia']],
    ['Dark Room Notes are a four-piece electro band. Bilka is a Danish chain of hypermarkets. Sam Carter is a band member.', ['Dark Room Notes', 'Bilka']],
    ['She joined the Sea Org aged 14 and left in 2005.', ['Sea Org']],
    ['In 2006 she was elected a Fellow of the Norvane Scientific Affiliation.', ['Norvane Scientific Affiliation']],
    // a team, a school or a college named after the noun for it, or in apposition
    ['The final saw the US team Kestrel9 beat a side from Brazil.', ['Kestrel9']],
    ['Dravo Marsolino, a catholic school in Turin, must pay the tax.', ['Dravo Marsolino']],
    // the describing noun may be followed by what is said of the body ("operated by", "owned by")
    ['Tarvo Cable was an early cable network operated by a broadcaster.', ['Tarvo Cable']],
    ['Orvane Telka is a small chain owned by two brothers.', ['Orvane Telka']],
    ['Both Youngspiration\'s Baggio Leung and Lau Siu-lai were elected.', ['Youngspiration']],
    ['"Demand is slowing," said Priya Nair, an analyst at Jefferies. A spokesperson for Zalando declined to comment.', ['Jefferies', 'Zalando']],
  ])('%s', (text, names) => {
    const mentions = organisationMentions(text);
    for (const name of names) expect(mentions).toContain(name);
  });

  it.each([
    ['The Scottish League of Anglers met in May. The League was formed in 1960.', ['Scottish League of Anglers', 'League']],
    ['Delegates of the Northern Council for Rural Schools voted. The Council will meet again in June.', ['Northern Council for Rural Schools', 'Council']],
  ])('names a body again by "the" and the head before its "of": %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['He plays lead guitar in the band Marisol. Marisol toured Japan in 2004.', ['Marisol', 'Marisol'], []],
    ['The album came out on the label Kelby in May.', ['Kelby'], []],
    // a verb after the name: the name is the subject of a clause about the body; an occupation is a title
    ['Investors liked the company Marisol founded in 2010.', [], ['Marisol']],
    ['The crossing was run by operator Kelby Tarrant that night.', [], ['Kelby Tarrant']],
  ])('reads a name after a noun for a body as the body, over its given name: %s', (text, bodies, people) => {
    expect(organisationMentions(text)).toEqual(bodies);
    expect(extract(text).people.map((p) => p.name)).toEqual(people);
  });

  it.each([
    ['Volunteers of the 212th Legion ran a stall at the fair.', ['212th Legion']],
    ['It was redesignated 47 Fighter Wing in 1944, and the west wing of the hall burned.', ['47 Fighter Wing']],
  ])('reads a unit head after its number as a unit, though the head alone is no body: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['She stood as a Greenback-Farmer candidate in the spring election, against a Labour MP.', ['Greenback-Farmer', 'Labour']],
    ['The Leeds MP and the Scottish MPs voted against the bill.', []],
  ])('reads one word before a member of a party as the party, not a place or a nationality: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['Sales figures were published by Fendrix UK and Quorbane Japan on Monday.', ['Fendrix UK', 'Quorbane Japan']],
    ['The prize went to Michael Jordan of Chicago.', []],
  ])('reads a word that is no English word or name before a country as a company\'s branch: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['Women in Tech is a Specialist Group of the Kelby Computer Society.', ['Kelby Computer Society']],
    ['As a Founding Member of the league, it voted first.', []],
  ])('keeps what a capitalised kind belongs to after "of the", not the kind: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['In 1864 the battery was the artillery of the Division of the VI Corps of the Army of the Shenandoah.', ['VI Corps', 'Army of the Shenandoah']],
    ['The 82nd Airborne Division of the US Army landed at dawn.', ['82nd Airborne Division', 'US Army']],
    ['The Division of Corporation Finance reviews filings.', ['Division of Corporation Finance']],
  ])('cuts a military unit from the larger unit it belongs to: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ["The regiment joined Merrow's Brigade of Tallis's Division in 1863.", ["Merrow's Brigade", "Tallis's Division"]],
    ["He said Britain's Division had won, and the director praised Tallis's division.", []],
  ])("keeps a commander's possessive in the name of the unit named after him: %s", (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['The brigade included the 93d PVI, 98th PVI and the 102d PVI in 1864.', ['93d PVI', '98th PVI', '102d PVI']],
    ['He attended the 5th BRICS summit, and won his 3rd NBA title in 2014.', ['BRICS', 'NBA']],
  ])('reads an ordinal before an acronym that ends the phrase as a numbered unit: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it('names a numbered unit again by "the" and its number, not a number before a noun', () => {
    const text = 'The 82nd Airborne Division landed at dawn. By noon the 82nd had taken the bridge, on the 82nd day of the war.';
    expect(organisationMentions(text)).toEqual(['82nd Airborne Division', '82nd']);
  });

  it.each([
    ['The 139th was formed near Pittsburgh in 1862. The regiment fought at Antietam, and the 139th later moved south.', ['139th', '139th']],
    // a number a day of the month may have, or no regiment in the article, or a noun after it: no unit
    ['No. 18 Squadron was formed in 1942. No. 18 later moved north, and No. 120 moved west.', ['18 Squadron', 'No. 18', 'No. 120']],
    ['The regiment had the No. 1 seed, and No. 10 Downing Street wrote.', ['Downing Street']],
    ['The regiment marched on the 20th and rested.', []],
    ['The 150th was celebrated with fireworks in the town.', []],
    ['The regiment held the 139th parade in May.', []],
  ])('reads "the" and an ordinal, or "No." and a number, alone as a unit in an article about regiments: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['He booked bands like Harrow Tenant, Velmo Drift and Quarry Saints for the festival.', ['Harrow Tenant', 'Velmo Drift']],
    ['Her poems appeared in Tarrow Vellum, Kessel Quandry and many other publications.', ['Tarrow Vellum', 'Kessel Quandry']],
    ['The tour featured Dravel Vance, Kester Jubb, and several other bands.', ['Dravel Vance', 'Kester Jubb']],
    ['The music came from such bands as the Marrow Kestrel.', ['Marrow Kestrel']],
    ['The court ruled that the religious schools Santo Vellario and Tessaglia must pay.', ['Santo Vellario', 'Tessaglia']],
  ])('reads the names of a list whose kind is a plural noun for bodies as bodies: %s', (text, names) => {
    const mentions = organisationMentions(text);
    for (const name of names) expect(mentions).toContain(name);
  });

  it.each([
    ['In 1862 it replaced the Gardes Vellarde regiment on the line.', ['Gardes Vellarde']],
    // a person's or a place's name, or a known word, before the noun is no unit's name
    ['The Anna Kowalska battalion and the Dunmore regiment marched.', []],
  ])('reads unknown words before a noun for a unit as the unit: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['He is now an SS officer and runs the transports.', ['SS']],
    ['At dawn two FN agents were seen at the border.', ['FN']],
    // a place, or a short acronym before anything else, is no force
    ['US troops and UK officers left, and he scored a KO win.', []],
  ])('reads a two-letter acronym before its officers, agents or troops as the force: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['He was taken first in the NBA Draft last year.', ['NBA']],
    ['Major League Baseball grew. He was picked in the 2001 Major League Baseball Draft.', ['Major League Baseball', 'Major League Baseball']],
  ])('reads a draft as an event and the league behind it as a body: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it('reads a noun for a body after an ordinal as a rank, not a body', () => {
    expect(organisationMentions('He was named second team Varsitonian in 1969.')).toEqual([]);
  });

  it('types a name at a sentence start by the same name found mid-sentence with equal evidence', () => {
    const text = "Harrovia's Dana Kell won a seat. Voters also backed Tom Reyes of Harrovia.";
    expect(organisationMentions(text)).toEqual(['Harrovia', 'Harrovia']);
  });

  it('keeps a company named after its founder a company where the text says so, beside the founder', () => {
    const text = 'Varrick was founded in 1898 by Luigi Varrick. In 1972, Varrick introduced a folding bicycle.';
    expect(organisationMentions(text)).toEqual(['Varrick', 'Varrick']);
    expect(extract(text).people.map((p) => p.name)).toEqual(['Luigi Varrick']);
  });

  it('keeps people after a plural noun for people who may be bodies', () => {
    expect(extract('The guests included publishers Dravel Quint of Kessel Monthly.').people.map((p) => p.name)).toContain('Dravel Quint');
  });

  it('keeps a place in a list of bodies a place', () => {
    const result = extract('He worked for companies such as Dunmore Tarrant and Toronto.');
    expect(result.places.map((p) => p.name)).toContain('Toronto');
  });

  it.each([
    ['Every Saturday 693 4KQ carries the match.', ['693 4KQ']],
    ['Listeners of 1116 2XL rang in.', ['1116 2XL']],
  ])('keeps the AM frequency before a call sign in the name of the station: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it('reads a call sign named by its station, or founded, as a broadcaster in every mention', () => {
    const text = 'The talk station 4KQ led the ratings. 2GB was founded in 1926. Listeners of 4KQ and 2GB phoned in.';
    expect(organisationMentions(text)).toEqual(['4KQ', '4KQ', '2GB', '2GB']);
  });

  it('does not make a railway station described after its name a broadcaster, nor a 4G network a body', () => {
    const text = 'Passengers must travel to Kelsworth, the next station south. The 4G network reached the town.';
    expect(organisationMentions(text)).toEqual([]);
  });

  it('reads a company named by an ordinary word from its apposition, not an adverb at a sentence start', () => {
    expect(organisationMentions('Apple, a giant of industrial design, said so. Inexplicably, the club folded.')).toEqual(['Apple']);
  });

  it.each([
    ['In his youth he established a band called " Quillet " which was popular locally.', ['Quillet']],
    ['She founded a new company named Vexaro in 2001.', ['Vexaro']],
    ['In 1980 he started Quillet, his first jazz band, with schoolmates.', ['Quillet']],
    ['Eventually, he joined Secrets , a Richmond -based jazz fusion band .', ['Secrets']],
    ['Crazyhead are an English punk rock / garage rock band from Leicester.', ['Crazyhead']],
    ['Half of the track was sold in 1987 to Vendorado, a Bungalow park developer at that time.', ['Vendorado']],
    ['Anna Kowalska is a Labour party member from Leeds.', []],
    ['"Cancer for the Cure" is a single released by American rock band , Quillets .', ['Quillets']],
    ['A driving Jazz band , Blue Vellum performed at the fair. He also played in Blue Vellum with friends.', ['Blue Vellum', 'Blue Vellum']],
    // the comma ends a phrase whose noun is known or a verb's object: the name is the clause's subject
    ['After leaving the band , Zappolo founded a label.', []],
    ['After leaving a band , Zappolo founded a label.', []],
    ['With a new band , Zappolo toured Europe.', []],
    // the band naming something else, and a person described by a place and a role
    ['The logo (which the band named " Mithra ") bears a motto.', []],
    ['He met Anna Kowalska, a London bank manager, twice.', []],
    // the noun describes the name after it
    ['According to Vessary, her former label Big Quarry, which owns the masters, refused.', ['Big Quarry']],
  ])('reads a body from what it is called or its apposition: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it('does not make a place after a person and "of" an organisation', () => {
    expect(organisationMentions('The temple was built by Madhav Mantri of Pune in the same century.')).toEqual([]);
  });

  it('reads an acronym after a decimal or an ordinal as a statistic, in every mention', () => {
    expect(organisationMentions('He posted a 2.26 ERA in Single A. His ERA later rose, and the NCAA took note.')).toEqual(['NCAA']);
  });

  it.each([
    ['His lifetime ERA stood at 1.80 when he left. His ERA was the best of the club.', []],
    ['The new level is harder than beatmania IIDX. Fans of IIDX complained.', []],
    ['The programme is written in the markup language HTML and ships with the militant group ISIS listed.', ['ISIS']],
  ])('reads an acronym after a lower-case noun as a code, in every mention: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['The Dunmore Connector is a public bus service provided by the county.', ['Dunmore Connector']],
    ['Kelby Hope is a Chinese radio station in Perth.', ['Kelby Hope']],
    ['Tom Mills is a Danish band formed in 1994.', ['Tom Mills']],
    ['Anna Mills is a band member, and Mass is a religious service.', []],
  ])('reads a name defined as a body as one, over a guess from a given name: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['Dunmore won the Kelbrew Man of the Match award after the final.', ['Kelbrew']],
    ['He was named the Northbank Player of the Month for March.', ['Northbank']],
    ['She was voted the PFA Player of the Year twice.', ['PFA']],
    ['He won the Man of the Match award, and the fans were pleased.', []],
  ])('reads the name before an award for a player as its sponsor or the body that gives it: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['The station was founded by the electrical firm Garrity\'s Limited in 1931.', ["Garrity's Limited"]],
    ['It traded as Garrity\'s Broadcasting Service Pty Ltd until 1960.', ["Garrity's Broadcasting Service Pty Ltd"]],
    ['Shares of Japan\'s Toshiba Corp fell, and Buffett\'s Berkshire Hathaway Inc rose.', ['Toshiba Corp', 'Berkshire Hathaway Inc']],
  ])("keeps a founder's possessive inside a company's name that ends in its legal form: %s", (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['She represented the Ratepayers\' Association on the council.', ["Ratepayers' Association"]],
    ['The Nurses’ Union called a strike.', ['Nurses’ Union']],
    ['France fought the Seven Years\' War, and the Rays\' Manager Lou Dorian spoke.', []],
  ])("keeps the members' plural possessive inside a body's name: %s", (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['He was elected as the Liberal-Labour MPP for Kenora in 1951.', ['Liberal-Labour']],
    ['Former Western Australian Labor MP Graeme Cole founded the group.', ['Labor']],
    ['Scottish Labour MSP Anna Reid spoke first.', ['Labour']],
    ['He lost to Farquhar Oliver (himself a former United Farmers of Ontario MPP) in 1954.', ['United Farmers of Ontario']],
  ])("reads the party before a member's title, after a nationality or over \"of\": %s", (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['Wren sat with the Liberal caucus and ran twice.', ['Liberal']],
    ['He represented Welland from 1879 to 1883 as a Liberal member.', ['Liberal']],
    ['The Nationals got fewer votes than either the Labor or Liberal parties.', ['Labor', 'Liberal']],
    // the adjective alone, or lower-case, names no party
    ['He took a Liberal view of the law, as a liberal member of the club.', []],
  ])("reads a party's adjective before its member as the party: %s", (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it('does not read the acronym of a member of a legislature as a body', () => {
    expect(organisationMentions('The MPP for the riding met an MLA and two MSPs from the north.')).toEqual([]);
  });

  it.each([
    ['Kelbrix, Microsoft, and Nintendo all had large stands.', ['Kelbrix', 'Microsoft', 'Nintendo']],
    ['Meanwhile, Microsoft and Nintendo spoke.', ['Microsoft', 'Nintendo']],
    ['Hopefully, Walmart will stock them soon.', ['Walmart']],
  ])('reads a name no ordinary word at a sentence start, listed beside an organisation, as one: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['She sang with the Kelby Big Band and Dunmore Orchestra in 1998.', ['Kelby Big Band', 'Dunmore Orchestra']],
    ['The Securities and Exchange Commission and the Food and Drug Administration met.', ['Securities and Exchange Commission', 'Food and Drug Administration']],
  ])('splits two bodies joined by "and", not one body named by two fields: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['A spokesman for the Ministry of Culture, Sports and Tourism said the museum would reopen.', ['Ministry of Culture, Sports and Tourism']],
    ['The Department of Health and the Dunmore Police met on Monday.', ['Department of Health', 'Dunmore Police']],
  ])('reads a ministry named by a list of its fields as one name: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    ['The line is run by the Kelbrix and Dunmoria rail operating companies.', ['Kelbrix', 'Dunmoria']],
    ['The Vaxo and Tram companies belong to the state.', ['Vaxo', 'Tram']],
    ['Anna Kowalska and Tom Reyes spoke to the companies.', []],
  ])('reads a list of names that qualifies a plural noun for bodies as bodies: %s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it('does not take a common word or a place from a list of organisations', () => {
    const mentions = organisationMentions('The Department of Natural Resources, Mines and Water merged. He toured L.A., Miami, and the BBC studios.');
    expect(mentions).not.toContain('Mines');
    expect(mentions).not.toContain('Miami');
  });
});

describe('names that open with a capital "The": bands and papers after a cue, registered bodies', () => {
  it.each([
    ['She is the sister of the frontman of now defunct band The Quarrels.', ['The Quarrels']],
    ['Dreams of Tin is a compilation album by the band The Dunwells containing 18 songs.', ['The Dunwells']],
    ['Harbour Lights is a compilation album by The Marrowbones, released in 1994.', ['The Marrowbones']],
    ['Her brother is the drummer of The Kestrels and sings too.', ['The Kestrels']],
    ['They toured the UK again, supporting The Vellums on a number of dates.', ['The Vellums']],
    ['In 1989 they opened for The Quarrels in Leeds.', ['The Quarrels']],
    // a registered name that opens with "The"; not a paper's or a church's, nor after a lower-case "the"
    ['He has worked for The Kelbrook Corporation and for the Dunmore Society since.', ['The Kelbrook Corporation', 'Dunmore Society']],
    ['BIRT is a division of The Vellum Trust, which runs care homes.', ['The Vellum Trust']],
    ['He told The Dunmore Times about the insurgency against The Church of Kelbrix.', ['Dunmore Times', 'Church of Kelbrix']],
    // the article at a sentence start, or lower-case, is no part of a name
    ['The Kestrels played two songs and left.', []],
    ['He is the drummer of the band.', []],
  ])('%s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });
});

describe('shops and firms named by a possessive that owns nothing', () => {
  it.each([
    ['On Fridays the trio played at Garrity\'s, the pub by the harbour.', ["Garrity's"]],
    ['Brenner\'s was sold a year later to a larger chain.', ["Brenner's"]],
    ['The arcade opened with Quimby\'s and Norcross as anchors.', ["Quimby's"]],
    ['Brackwell\'s became Farrand\'s in 1988, which closed in 2004.', ["Brackwell's"]],
    ['The new owners bought Castellan\'s; the old staff stayed on.', ["Castellan's"]],
  ])('%s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });

  it.each([
    // the possessed noun follows, or the sentence gives it: a person's or a place's possessive
    'The mayor praised Garrity\'s speech and left.',
    'The coat is a friend of Garrity\'s, she said.',
    'The final word was Garrity\'s.',
    'Visitors compared the skyline with Madrid\'s, and Lisbon\'s was judged the better one.',
    'It was the city\'s Hottest Venue\'s, he joked.',
  ])('leaves a possessive whose noun is understood alone: %s', (text) => {
    expect(organisationMentions(text)).toEqual([]);
  });
});

describe('acronyms of terms the article writes in lower case', () => {
  it.each([
    ['The hospital opened a new intensive care unit in May. The ICU has 20 beds, said the director.', []],
    ['Many veterans suffer from chronic traumatic encephalopathy. Researchers at Boston University say CTE is common.', ['Boston University']],
    ['Children with iodine deficiency disorders grow slowly. The effects of IDD are visible.', []],
    // a body's name is written with capitals; a run with a function word or a verb is no term
    ['The National Rifle Association opposed the bill. The NRA said it would sue.', ['National Rifle Association', 'NRA']],
    ['The FAA said each unit would be inspected, and not yet called the fault systemic.', ['FAA']],
  ])('%s', (text, names) => {
    expect(organisationMentions(text)).toEqual(names);
  });
});

describe('a name ending in a plural listed beside a team', () => {
  it.each([
    ['Radio 4KQ carried every match of the Brisbane Lions and Kalamunda Dockers that winter.', 'Kalamunda Dockers'],
    ['Crowds watched the Albany Hornets and Rochester Gideons play to a draw.', 'Rochester Gideons'],
    ['He later coached the Hamilton Tigers and Kelso Wanderers for a season.', 'Hamilton Tigers'],
  ])('%s -> %s', (text, name) => {
    const result = extract(text);
    expect(organisationMentions(text)).toContain(name);
    expect(result.people.map((p) => p.name)).not.toContain(name);
  });

  // a given name that is no place before a surname shaped as a plural names a person, even beside a team
  it.each([
    ['Guests included the Denver Broncos and Marta Hollins.', 'Marta Hollins'],
    ['Tickets for the Denver Broncos and Tom Hanks sold out within an hour.', 'Tom Hanks'],
  ])('%s -> %s stays a person', (text, name) => {
    expect(extract(text).people.map((p) => p.name)).toContain(name);
  });
});
