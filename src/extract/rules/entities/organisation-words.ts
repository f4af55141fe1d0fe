import type { LexiconGroup } from './lexicon.js';

/** The last word of a capitalised name that makes it an organisation ("European Commission", "Acme Corp."). */
export const organisationHeadGroups: readonly LexiconGroup[] = [
  {
    reason: 'government body or public institution',
    words: [
      'Commission', 'Council', 'Ministry', 'Department', 'Agency', 'Authority', 'Administration', 'Government',
      'Parliament', 'Assembly', 'Senate', 'Cabinet', 'Court', 'Tribunal', 'Office', 'Bureau', 'Board',
      'Service', 'Services', 'Secretariat', 'Directorate', 'Inspectorate', 'Treasury', 'Duma', 'Knesset', 'Bundestag',
      'Police', 'Army', 'Navy', 'Guard', 'Corps', 'Force', 'Forces', 'Command', 'Fleet', 'Regiment', 'Brigade',
      'Battalion', 'Division', 'Embassy', 'Consulate', 'Mission', 'Union', 'Alliance', 'Coalition', 'Bloc', 'Front',
    ],
  },
  {
    reason: 'company or business suffix',
    words: [
      'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co.', 'Company', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'LLP', 'PLC',
      'plc', 'AG', 'GmbH', 'SA', 'S.A.', 'NV', 'N.V.', 'AB', 'ASA', 'Oyj', 'SpA', 'S.p.A.', 'Pty', 'Holdings', 'Group',
      'Industries', 'Enterprises', 'Technologies', 'Technology', 'Systems', 'Solutions', 'Partners', 'Associates', 'Capital',
      'Investments', 'Ventures', 'Bank', 'Bancorp', 'Securities', 'Insurance', 'Airlines', 'Airways', 'Air', 'Motors',
      'Motor', 'Energy', 'Petroleum', 'Oil', 'Gas', 'Mining', 'Steel', 'Pharmaceuticals', 'Pharma', 'Labs',
      'Laboratories', 'Software', 'Electronics', 'Communications', 'Telecom', 'Media', 'Entertainment', 'Studios',
      'Pictures', 'Records', 'Publishing', 'Publications', 'Networks', 'Network', 'Railways', 'Exchange',
      'Fund', 'Trust', 'Consulting', 'Logistics', 'Shipping', 'Brands', 'Foods', 'Stores',
    ],
  },
  {
    reason: 'association, party or non-profit body',
    words: [
      'Party', 'Association', 'Organization', 'Organisation', 'Federation', 'Confederation', 'League', 'Society',
      'Foundation', 'Institute', 'Institution', 'Committee', 'Movement', 'Club', 'Team', 'Union', 'Syndicate',
      'Chamber', 'Council', 'Consortium', 'Network', 'Trust', 'Fellowship',
      'Church', 'Diocese', 'Archdiocese', 'Brotherhood', 'Order', 'Orchestra', 'Choir', 'Band', 'FC', 'F.C.', 'SC', 'HC', 'AFC', 'A.F.C.', 'RFC', 'United', 'Rovers', 'Wanderers',
    ],
  },
  {
    reason: 'a lottery: the body that runs the draws and sells the tickets',
    words: ['Lottery'],
  },
  {
    reason: 'an institution that acts as a body: a hospital treats and employs, a library lends',
    words: ['Hospital', 'Library'],
  },
  {
    reason: 'school or research body',
    words: ['University', 'College', 'School', 'High', 'Academy', 'Polytechnic', 'Seminary', 'Observatory', 'Laboratory', 'Centre for', 'Journal'],
  },

  {
    reason: 'news outlet or publication',
    words: [
      'News', 'Times', 'Post', 'Herald', 'Gazette', 'Tribune', 'Telegraph', 'Guardian', 'Journal', 'Chronicle',
      'Press', 'Daily', 'Weekly', 'Magazine', 'Review', 'Observer', 'Independent', 'Star', 'Sun', 'Mirror', 'Express',
      'Standard', 'Examiner', 'Inquirer', 'Register', 'Courier', 'Monitor', 'Bulletin', 'Broadcasting', 'Radio',
      'Television', 'TV', 'Wire', 'Sentinel', 'Statesman', 'Telegram', 'Dispatch', 'Ledger', 'Advertiser', 'Courant',
      'Enquirer', 'Recorder', 'Globe', 'Bee', 'Leader-Post', 'Free Press',
    ],
  },
  {
    reason: 'a radio station named by its band after its brand ("Capital FM", "883JIA FM")',
    words: ['FM'],
  },
];

/** First words of "X of Y" names that make them organisations ("University of Texas", "Bank of England"). */
export const organisationOfHeads: readonly LexiconGroup[] = [
  {
    reason: 'an institution named after what or where it serves',
    words: [
      'University', 'Bank', 'Ministry', 'Department', 'Church', 'Institute', 'Council', 'Court', 'Association',
      'Federation', 'Union', 'Office', 'Embassy', 'Academy', 'College', 'School', 'Society', 'League', 'Commission',
      'Committee', 'Board', 'Bureau', 'Agency', 'Party', 'Organization', 'Organisation', 'House', 'Chamber',
      'Municipality', 'Government', 'Parliament', 'Assembly', 'Order', 'Friends', 'Army', 'Corps', 'Coalition',
      'Centre', 'Center', 'Foundation', 'Fund', 'Congress', 'Conference', 'Federal Reserve', 'Supreme Court', 'Secretariat',
      'Railway', // a line is "the X Railway"; "State Railway of Thailand" is the company that runs the lines
    ],
  },
];

/**
 * Endings of several words that make a name an organisation where the last word alone would make a place
 * ("Hockey Hall of Fame", "Coronado Unified School District"). Museums and galleries stay places, as news
 * annotation types the building visitors go to; hospitals and libraries are bodies (organisationHeadGroups).
 */
export const organisationTailPhrases: readonly LexiconGroup[] = [
  { reason: 'a hall of fame: the body that inducts members', words: ['Hall of Fame'] },
  { reason: 'a school district: the body that runs the schools of an area', words: ['School District', 'School Board'] },
  { reason: 'a medical centre is a hospital: a body that treats and employs', words: ['Medical Center', 'Medical Centre'] },
  { reason: 'a conference of colleges or of bishops: a body of members, not a meeting', words: ['Athletic Conference', 'Episcopal Conference', "Bishops' Conference", 'Bishops Conference'] },
  { reason: 'a league named with its sport after its head ("Major League Soccer")', words: ['League Baseball', 'League Soccer', 'League Football', 'League Hockey', 'League Basketball', 'League Cricket', 'League Rugby'] },
];

/**
 * Lower-case nouns that describe an organisation next to its name: "the telecoms firm Safaricom",
 * "Petrobras, the state-controlled oil company,".
 */
export const organisationDescriptors: readonly LexiconGroup[] = [
  {
    reason: 'apposition with a noun for an organisation',
    words: [
      'company', 'firm', 'group', 'carmaker', 'automaker', 'bank', 'lender', 'insurer', 'airline', 'carrier', 'retailer',
      'broadcaster', 'newspaper', 'daily', 'tabloid', 'magazine', 'agency', 'party', 'organisation', 'organization',
      'charity', 'union', 'club', 'team', 'school', 'college', 'academy', 'university', 'institute', 'ministry', 'regulator', 'operator', 'producer',
      'manufacturer', 'maker', 'startup', 'start-up', 'conglomerate', 'giant', 'platform', 'website', 'network',
      'foundation', 'movement', 'militia', 'outlet', 'publisher', 'studio', 'label', 'band', 'brand', 'chain',
      'developer', 'exchange', 'watchdog', 'think-tank', 'consortium', 'subsidiary', 'supermarket', 'broker',
      'fund', 'miner', 'utility', 'telecom', 'broadcaster', 'ngo', 'nonprofit', 'non-profit', 'coalition', 'alliance',
    ],
  },
];

/** Heads of a league's division or a tournament's group, named by a letter or numeral after them ("Group G", "NCAA Division II"). */
export const teamDivisionHeads: LexiconGroup = {
  reason: 'a division of a league or a group of a tournament, named by a letter or numeral: teams organised together',
  words: ['Group', 'Pool', 'Division'],
};

/**
 * Two nouns that describe a body where the last alone would not ("a railway station", "a memorial service"):
 * "X is a public bus service provided by …", "Y, a Chinese radio station,".
 */
export const organisationCompoundDescriptors: LexiconGroup = {
  reason: 'a noun for a service or broadcaster that a body runs',
  words: ['bus service', 'coach service', 'ferry service', 'transit service', 'news service', 'radio station', 'television station', 'TV station', 'radio network', 'television network'],
};

/**
 * Nouns right before a name that make it a broadcaster ("talk station 3AW", "sister stations 2GB and 3AW");
 * after a name they describe a railway station as often (", the next station south").
 */
export const broadcastStationNouns: LexiconGroup = {
  reason: 'after a noun for a broadcasting station',
  words: ['station', 'stations', 'channel', 'channels'],
};

/** First words that make a name a club or a body ("FC Basel", "AC Milan", "Team Estonia"). */
export const organisationFirstWords: readonly LexiconGroup[] = [
  {
    reason: 'sports club prefix',
    words: ['FC', 'F.C.', 'AC', 'AS', 'SC', 'CF', 'CD', 'SV', 'VfB', 'VfL', 'SK', 'FK', 'NK', 'KV', 'RC', 'Dynamo', 'Dinamo', 'Sporting', 'Atlético', 'Atletico', 'Olympique', 'Racing', 'Club', 'Team'],
  },
];

/** Lower-case nouns right after a name that belong to a company or body ("Safaricom shares", "Google headquarters"). */
export const organisationNounsAfter: readonly LexiconGroup[] = [
  {
    reason: 'what a company or body has',
    words: ['shares', 'stock', 'headquarters', 'subsidiary', 'subsidiaries', 'shareholders', 'employees', 'executives', 'spokesman', 'spokeswoman', 'spokesperson', 'products', 'customers', 'subscribers', 'board', 'chairman', 'ceo', 'staffers'],
  },
  {
    reason: 'what a news outlet has',
    words: ['reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'correspondents', 'editors', 'columnist', 'newsroom'],
  },
  {
    reason: 'a name followed by the kind of body it names ("the Likud party", "the Kommersant newspaper")',
    words: ['party', 'group', 'movement', 'militia', 'coalition', 'alliance', 'company', 'firm', 'newspaper', 'daily', 'broadcaster', 'agency', 'bank', 'airline', 'carrier', 'network', 'foundation', 'charity', 'union', 'club', 'organisation', 'organization', 'institute', 'conglomerate', 'carmaker', 'automaker'],
  },
];

/**
 * Lower-case nouns after a town and a word that make the two a team ("Perth Glory matches", "Chicago Fire
 * fans"): a team plays matches and has players and fans; a town with a capitalised word is otherwise a landmark.
 */
export const teamNounsAfter: LexiconGroup = {
  reason: 'a town and a capitalised word before what a team has: matches, players, fans',
  words: ['match', 'matches', 'fixture', 'fixtures', 'game', 'games', 'player', 'players', 'fans', 'supporters', 'coach', 'squad', 'roster', 'season'],
};

/** Lower-case nouns for a unit after the name it goes by ("the Gardes Lafayette regiment", "the Tyneside Scottish brigade"). */
export const unitNounsAfter: LexiconGroup = {
  reason: 'a military unit named before the noun for its kind',
  words: ['regiment', 'battalion', 'brigade', 'squadron'],
};

/**
 * Members, candidates and caucuses of a party, right after its name: "a Labour MP", "a Liberal-Labour candidate",
 * "the Kadima caucus". The party's name is often an ordinary word.
 */
export const partyMemberNouns: LexiconGroup = {
  reason: 'a member, candidate or caucus of a party named before it',
  words: ['MP', 'MPs', 'MPP', 'MPPs', 'MLA', 'MLAs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'MHA', 'MHAs', 'caucus', 'candidate', 'candidates', 'member', 'members', 'parties'],
};

/**
 * Adjectives that name a party's members and are no name alone (not-entities.ts: "a liberal reading", "Liberal,
 * Kansas"), but name the party right before its member: "a Liberal member", "the Liberal caucus", "the Labor
 * or Liberal parties".
 */
export const partyAdjectives: LexiconGroup = {
  reason: 'a party named by the adjective of its members, before a member, candidate or caucus',
  words: ['Liberal', 'Conservative', 'Republican', 'Democrat', 'Socialist', 'Communist'],
};

/** The legal form at the end of a company's full name: dropped, the rest is how the article names it later ("SoftBank Group Corp" … "SoftBank"). */
export const legalFormSuffixes: LexiconGroup = {
  reason: 'legal form of a company, left out when the company is named again',
  words: ['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Company', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'LLP', 'PLC', 'plc', 'AG', 'GmbH', 'SA', 'S.A.', 'NV', 'N.V.', 'AB', 'ASA', 'Oyj', 'SpA', 'S.p.A.', 'Pty', 'Holdings', 'Group', 'LP', 'L.P.'],
};

/**
 * Words that end a firm's full name but not the name it goes by: "Cesaroni Design Associates" … "Cesaroni Design",
 * as a legal form is left out (legalFormSuffixes).
 */
export const firmDesignationSuffixes: LexiconGroup = {
  reason: 'a designation of a firm of partners, left out when the firm is named again',
  words: ['Associates'],
};

/**
 * Words right before a name (with or without "the") whose object is a body: what companies, clubs and
 * bands do to people and to each other ("owned by X", "signed with X", "traded to the X", "a member of X").
 */
export const organisationObjectCues: readonly LexiconGroup[] = [
  {
    reason: 'ownership or control: only a body owns, runs or buys a business',
    words: ['owned by', 'operated by', 'acquired by', 'bought by', 'purchased by', 'managed by', 'sponsored by', 'subsidiary of', 'division of', 'shares of', 'shares in', 'stake in'],
  },
  {
    reason: 'employment or membership: people sign for, play for and join clubs, labels, bands and firms',
    words: ['signed with', 'signed for', 'signed to', 'signed by', 'drafted by', 'traded to', 'traded by', 'played for', 'plays for', 'playing for', 'employed by', 'worked for', 'works for', 'working for', 'member of', 'members of', 'fellow of', 'fellows of'],
  },
  {
    reason: 'publishing and release: labels, publishers and distributors put out records, books and films',
    words: ['released on', 'released by', 'distributed by', 'published by', 'licensed by'],
  },
  {
    reason: 'a role that exists inside a body: a spokesperson, an executive, an analyst or a researcher speaks for or works at one',
    words: [
      'spokesman for', 'spokeswoman for', 'spokesperson for', 'executive of', 'ceo of', 'founder of', 'co-founder of', 'chairman of',
      'analyst at', 'analysts at', 'economist at', 'economists at', 'researcher at', 'researchers at', 'scientist at', 'scientists at',
      'professor at', 'lawyer for', 'lawyers for', 'employees of', 'shareholders of', 'shareholder in',
    ],
  },
];

/**
 * Words before a place name that make it the place's sports team ("played for Footscray", "signed with
 * Rangers", "debuted with Steaua"): a player plays for a club or a country's team, never for a place.
 */
export const teamCues: LexiconGroup = {
  reason: 'a player plays for a team: a place named as what one plays for is its team',
  words: ['played for', 'plays for', 'playing for', 'played with', 'plays with', 'playing with', 'signed for', 'signed with', 'debuted with', 'debut for', 'debut with', 'capped by'],
};

/**
 * Organs of a state named "X of Y": a nationality before them describes whose they are and is not part of
 * the name ("the Greek Ministry of Culture" → "Ministry of Culture"), unlike a society's ("American Academy of Arts").
 */
export const stateOrganOfHeads: LexiconGroup = {
  reason: 'organ of a state, named by its field: the nationality before it is a description',
  words: ['Ministry', 'Department', 'Supreme Court', 'Court', 'Office', 'Embassy', 'Consulate', 'Secretariat'],
};

/** Heads of military units, which are named with their number ("the 65th Air Division", "3 Air Division", "501st Legion"). */
export const numberedUnitHeads: LexiconGroup = {
  reason: 'military unit: its number is part of its name',
  words: ['Division', 'Corps', 'Brigade', 'Regiment', 'Battalion', 'Squadron', 'Wing', 'Fleet', 'Army', 'Legion', 'Group', 'Command', 'Force', 'Infantry', 'Cavalry', 'Artillery'],
};

/** Nouns after a possessive that only a company, club or body has ("Safaricom's shares", "Ubisoft's founder", "Ajax's goalkeeper"). */
export const organisationPossessions: LexiconGroup = {
  reason: 'what a company, club or body has and a person has not',
  words: ['shares', 'shareholders', 'stock', 'subsidiary', 'subsidiaries', 'headquarters', 'founder', 'founders', 'co-founder', 'website', 'ceo', 'board', 'employees', 'workforce', 'goalkeeper', 'striker', 'midfielder', 'roster', 'fans', 'membership'],
};

/**
 * Words before a capitalised "The" mid-sentence that make the "The" part of a band's or a paper's name: "the
 * band The Stands", "an album by The Triffids", "the drummer of The Zutons". The article "the" is never
 * capitalised mid-sentence, so the capital belongs to the name the cue introduces.
 */
export const namesWithTheCues: readonly LexiconGroup[] = [
  {
    reason: 'a noun for a band, label or paper right before its name',
    words: ['band', 'group', 'label', 'newspaper', 'magazine', 'tabloid'],
  },
  {
    reason: 'a record and "by": the band that made it',
    words: ['album by', 'albums by', 'single by', 'song by', 'songs by', 'EP by', 'record by', 'compilation by', 'track by', 'released by', 'recorded by', 'performed by'],
  },
  {
    reason: 'a band member and "of": the band the player belongs to',
    words: ['drummer of', 'guitarist of', 'bassist of', 'frontman of', 'frontwoman of', 'singer of', 'vocalist of', 'keyboardist of', 'member of', 'members of'],
  },
  {
    reason: 'a band on tour supports, opens for or tours with another band',
    words: ['supporting', 'opening for', 'opened for', 'toured with', 'touring with'],
  },
];

/**
 * Heads of bodies whose registered names often open with "The" ("The Scout Association", "The Aerospace
 * Corporation", "The University of Texas"): a capital "The" mid-sentence before them is part of the name.
 * Papers and churches are left out: news text writes "the" before them as an article, capitalised or not.
 */
export const registeredNameHeads: LexiconGroup = {
  reason: 'a capital "The" mid-sentence before a society\'s, company\'s or university\'s name is part of its registered name',
  words: ['Association', 'Corporation', 'Trust', 'Society', 'Institute', 'Institution', 'University', 'Foundation', 'Company', 'College', 'Academy'],
};

/**
 * Lower-case nouns for a body's armed or sworn personnel, right after an acronym: "an SS officer", "IS fighters",
 * "a KGB agent". Two letters alone are too often something else ("KO", "EP"); before these they name the force.
 */
export const personnelNounsAfter: LexiconGroup = {
  reason: 'an acronym before its officers, agents or troops names the force or service they serve',
  words: ['officer', 'officers', 'agent', 'agents', 'troops', 'soldiers', 'fighters', 'guards', 'commander', 'commanders'],
};

/** Verbs before "the" and a name that only a body can follow ("joined the Sea Org", "quit the Democratic Party"; one founds events and courses too). */
export const organisationWithTheCues: LexiconGroup = {
  reason: 'one joins or quits a body: "the" and a name after these verbs name one',
  words: ['joined', 'joining', 'joins', 'quit', 'rejoined'],
};

/**
 * News outlet heads that name the paper alone after "the" ("The Guardian cited …", "told the Times"); heads
 * that are also a star, a sea or a train ("Sun", "Star", "Atlantic", "Express") are left out.
 */
export const newspaperShortNames: LexiconGroup = {
  reason: 'a newspaper named by its head alone after "the"',
  words: ['Guardian', 'Times', 'Telegraph', 'Economist', 'Observer', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Independent', 'Spectator', 'Globe', 'Inquirer', 'Examiner'],
};

/**
 * Plural nouns for bodies that name the kind of a list: "bands like X, Y and Z", "X, Y and many other
 * publications": the names listed are bodies of that kind.
 */
export const organisationKindPlurals: LexiconGroup = {
  reason: 'a list of bodies named by their kind',
  words: [
    'companies', 'firms', 'bands', 'groups', 'labels', 'clubs', 'teams', 'parties', 'networks', 'channels', 'newspapers',
    'broadcasters', 'banks', 'airlines', 'organisations', 'organizations', 'charities', 'universities', 'publications',
    'magazines', 'retailers', 'brands', 'carmakers', 'automakers', 'insurers', 'lenders', 'manufacturers', 'studios',
    'schools', 'colleges', 'hospitals',
  ],
};
