import type { LexiconGroup } from './lexicon.js';

/**
 * Last words that make a capitalised name an event, law, work or product rather than a person, place or
 * organisation ("World Cup", "Clean Air Act", "Lantern Festival"): such spans are not reported.
 */
export const miscHeadGroups: readonly LexiconGroup[] = [
  {
    reason: 'event',
    words: [
      'Cup', 'Festival', 'Day', 'Week', 'Year', 'Fair', 'Expo', 'Exhibition', 'Championship', 'Championships',
      'Tournament', 'Games', 'Olympics', 'Paralympics', 'Summit', 'Awards', 'Award', 'Prize', 'Trophy', 'Bowl',
      'Series', 'Tour', 'Marathon', 'Race', 'Rally', 'Open', 'Grand Prix', 'Challenge', 'Show', 'Gala', 'Ceremony',
      'Parade', 'Forum', 'Conference', 'Congress', 'Convention', 'Meeting', 'Talks', 'Election', 'Elections',
      'Referendum', 'War', 'Wars', 'Revolution', 'Crisis', 'Massacre', 'Attack', 'Attacks', 'Uprising', 'Pandemic',
      'Eve', 'New Year', 'Masters', 'Plebiscite', 'Plebiscites', 'Draft',
    ],
  },
  {
    reason: 'law, plan or document',
    words: [
      'Act', 'Acts', 'Bill', 'Law', 'Laws', 'Treaty', 'Agreement', 'Accord', 'Accords', 'Protocol', 'Protocols', 'Declaration', 'Charter',
      'Constitution', 'Amendment', 'Directive', 'Regulation', 'Plan', 'Strategy', 'Doctrine', 'Report', 'Index',
      'Programme', 'Program', 'Project', 'Scheme', 'Package', 'Deal', 'Visa', 'Regime',
    ],
  },
  {
    reason: 'product or work',
    words: ['XP', 'VR', 'Explorer', 'Chrome', 'Firefox', 'Phone', 'Pad', 'Album', 'Film', 'Movie', 'Novel', 'Song', 'Book', 'Edition', 'Version', 'T-shirt'],
  },
];

/**
 * Heads of trophies and events often named after a person ("Ryder Cup", "Nobel Prize", "Davis Cup"): after
 * a given name they still name the thing, not the person.
 */
export const namedAfterPersonHeads: LexiconGroup = {
  reason: 'trophy or event named after a person',
  words: ['Cup', 'Cups', 'Trophy', 'Prize', 'Prizes', 'Award', 'Awards', 'Bowl', 'Festival', 'Championship', 'Championships', 'Tournament', 'Games', 'Olympics', 'Expo', 'Memorial'],
};

/** First words that make a name an event or operation ("Operation Clambake", "Battle of Antietam"). */
export const miscFirstWords: readonly LexiconGroup[] = [
  { reason: 'military operation or battle', words: ['Operation', 'Battle', 'Battles', 'Siege', 'Siege of', 'Campaign'] },
  { reason: 'treaty or document named after its place or subject ("Treaty of Versailles")', words: ['Treaty', 'Protocol', 'Protocols', 'Declaration', 'Edict'] },
];
