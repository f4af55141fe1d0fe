import type { LexiconGroup } from './lexicon.js';

/**
 * Titles and honorifics written before a name. They are kept apart from the name (`titles`) and
 * are strong evidence that the capitalised words after them are a person.
 * Multi-word titles are listed whole so the longest one wins ("Vice President" over "President").
 */
export const titleGroups: readonly LexiconGroup[] = [
  {
    reason: 'head of state or government, or a minister',
    words: [
      'President', 'Vice President', 'Vice-President', 'President-elect', 'Prime Minister', 'Deputy Prime Minister',
      'Premier', 'Chancellor', 'Minister', 'Deputy Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister',
      'Finance Minister', 'Interior Minister', 'Home Secretary', 'Foreign Secretary', 'Secretary', 'Secretary of State',
      'Secretary-General', 'Secretary General', 'Under-Secretary', 'Undersecretary', 'Attorney General', 'Attorney-General',
      'Governor', 'Lieutenant Governor', 'Mayor', 'Deputy Mayor', 'Speaker', 'Chief Minister', 'First Minister',
      'Vice Premier', 'Commissioner', 'High Commissioner', 'Ambassador', 'Envoy', 'Consul', 'Administrator',
      'Director', 'Director-General', 'Director General', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair',
      'Chief Executive', 'CEO', 'Executive Director', 'Managing Director', 'Founder', 'Co-founder', 'Spokesman',
      'Spokeswoman', 'Spokesperson', 'Treasurer', 'Chief Justice',
    ],
  },
  {
    reason: 'legislator or judge',
    words: [
      'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman', 'Congresswoman', 'Assemblyman', 'Assemblywoman',
      'Councillor', 'Councilor', 'Councilman', 'Councilwoman', 'Judge', 'Justice', 'MP', 'MEP', 'MPP', 'MLA', 'MSP', 'MHA', 'Gov.', 'Lt. Gov.',
    ],
  },
  {
    reason: 'monarch, nobility or ruler',
    words: [
      'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emperor', 'Empress', 'Sultan', 'Emir', 'Sheikh', 'Shaikh',
      'Duke', 'Duchess', 'Earl', 'Baron', 'Baroness', 'Lord', 'Lady', 'Sir', 'Dame', 'Tsar', 'Shah',
    ],
  },
  {
    reason: 'religious title',
    words: [
      'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Reverend', 'Rev.', 'Father', 'Pastor', 'Imam', 'Rabbi', 'Ayatollah',
      'Grand Ayatollah', 'Patriarch', 'Metropolitan', 'Sister', 'Brother', 'Mufti', 'Cleric',
    ],
  },
  {
    reason: 'military or police rank',
    words: [
      'General', 'Gen.', 'Lieutenant General', 'Lt. Gen.', 'Major General', 'Maj. Gen.', 'Brigadier General',
      'Brig. Gen.', 'Colonel', 'Col.', 'Lieutenant Colonel', 'Lt. Col.', 'Major', 'Maj.', 'Captain', 'Capt.',
      'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.', 'Corporal', 'Cpl.', 'Private', 'Pvt.', 'Admiral', 'Adm.',
      'Vice Admiral', 'Rear Admiral', 'Commander', 'Cmdr.', 'Marshal', 'Field Marshal', 'Commodore', 'Inspector',
      'Detective', 'Constable', 'Superintendent', 'Chief Inspector', 'Sheriff', 'Officer', 'Agent', 'Chief',
    ],
  },
  {
    reason: 'courtesy title or academic honorific',
    words: [
      'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Mx.', 'Dr.', 'Dr', 'Doctor', 'Prof.', 'Professor', 'Mme',
      'Mme.', 'M.', 'Herr', 'Frau', 'Señor', 'Senor', 'Coach', 'Judge', 'Astronaut',
    ],
  },
  {
    reason: 'an honour or rank won in a sport or game, written before the name',
    words: ['Hall of Famer', 'Hall-of-Famer', 'Grandmaster'],
  },
];

/**
 * Words that may precede a title and belong to it ("Foreign Minister", "Acting President") or qualify it
 * ("former", "then-"): they are dropped with the title.
 */
export const titleModifiers: readonly LexiconGroup[] = [
  {
    reason: 'qualifies a title, never part of a name',
    words: ['Acting', 'Former', 'Deputy', 'Interim', 'Outgoing', 'Incoming', 'Senior', 'Chief', 'Assistant', 'Associate', 'Executive', 'Then-President', 'Ex-President'],
  },
];

/** Titles that in lower case are mostly ordinary words ("a major exhibition", "the general public"): not titles then. */
export const ambiguousLowerCaseTitles: LexiconGroup = {
  reason: 'an ordinary word when written in lower case',
  words: [
    'major', 'general', 'private', 'chief', 'father', 'brother', 'sister', 'lady', 'lord', 'justice', 'chair', 'agent',
    'officer', 'founder', 'director', 'judge', 'doctor', 'coach', 'captain', 'commander', 'secretary', 'leader',
    'speaker', 'treasurer', 'cleric', 'astronaut', 'envoy', 'detective', 'inspector', 'constable',
  ],
};

/**
 * Titles that are also common English surnames: after a given name alone they are the surname ("Carole King",
 * "Alexander Pope"). Other titles stay titles there ("Art Director": "Art" is a given name and a word).
 */
export const surnameTitles: LexiconGroup = {
  reason: 'a title that is also a common English surname',
  words: ['King', 'Pope', 'Bishop', 'Duke', 'Prince', 'Knight', 'Baron', 'Earl', 'Major', 'Dean', 'Judge', 'Marshal', 'Sheriff', 'Deacon', 'Chancellor', 'Abbott', 'Squire'],
};
