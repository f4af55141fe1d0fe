import type { LexiconGroup } from './lexicon.js';
import type { PlaceKind } from '../../../record.js';

export interface PlaceWordGroup extends LexiconGroup {
  kind: PlaceKind;
}

/** The last word of a capitalised name that makes it a place ("Caspian Sea", "Grand Mosque", "Taipei City"). */
export const placeHeadGroups: readonly PlaceWordGroup[] = [
  {
    kind: 'water',
    reason: 'body of water',
    words: ['Sea', 'Ocean', 'Gulf', 'Bay', 'Strait', 'Straits', 'River', 'Lake', 'Lagoon', 'Canal', 'Sound', 'Creek', 'Brook', 'Stream', 'Pond', 'Falls', 'Reservoir', 'Estuary', 'Delta'],
  },
  {
    kind: 'region',
    reason: 'landform or administrative area',
    words: [
      'Mountains', 'Mountain', 'Mount', 'Hills', 'Hill', 'Range', 'Peninsula', 'Island', 'Islands', 'Isles', 'Desert',
      'Valley', 'Canyon', 'Basin', 'Plateau', 'Plain', 'Plains', 'Coast', 'Highlands', 'Forest', 'Glacier', 'Province',
      'Region', 'County', 'District', 'Oblast', 'Prefecture', 'Governorate', 'Territory', 'Territories', 'Municipality',
      'Borough', 'Parish', 'Township', 'Canton', 'Emirate', 'Republic', 'Kingdom', 'Strip', 'Heights', 'Area',
    ],
  },
  { kind: 'city', reason: 'settlement', words: ['City', 'Town', 'Village', 'Springs', 'Beach'] },
  {
    kind: 'site',
    reason: 'named site, building or facility',
    words: [
      'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Lane', 'Highway', 'Square', 'Plaza', 'Bridge',
      'Tunnel', 'Airport', 'Station', 'Terminal', 'Port', 'Harbour', 'Harbor', 'Stadium', 'Arena', 'Park', 'Garden',
      'Gardens', 'Hall', 'Palace', 'Castle', 'Fort', 'Mosque', 'Cathedral', 'Temple', 'Shrine', 'Tower', 'Towers',
      'Building', 'Center', 'Centre', 'Complex', 'Base', 'Museum', 'Gallery', 'Memorial', 'Monument', 'Cemetery',
      'Hotel', 'Prison', 'Camp', 'Dam', 'Mine', 'Field', 'Zoo', 'Mall', 'Market', 'Hospital', 'Crossing',
      'Checkpoint', 'Reactor', 'Refinery', 'Wall', 'Gate', 'Embankment', 'Railroad', 'Rink', 'Playfield', 'Pier',
      'Dock', 'Docks', 'Junction', 'House', 'Pavilion', 'Cemetery', 'Observatory', 'Library', 'Courthouse', 'Lighthouse',
    ],
  },
];

/** First words of "X of Y" names that make them places ("Gulf of Mexico", "State of Texas"). */
export const placeOfHeads: readonly PlaceWordGroup[] = [
  { kind: 'water', reason: 'body of water', words: ['Gulf', 'Bay', 'Sea', 'Strait', 'Straits', 'Lake'] },
  { kind: 'region', reason: 'area named by what it contains', words: ['Isle', 'Island', 'Islands', 'Republic', 'Kingdom', 'State', 'Province', 'Plains', 'Valley', 'Cape', 'Duchy', 'Emirate', 'Commonwealth', 'Principality'] },
  { kind: 'city', reason: 'settlement', words: ['City', 'Town', 'Port', 'Village'] },
  { kind: 'site', reason: 'named site', words: ['Museum', 'Palace', 'Tower', 'Temple', 'Church of the', 'Cathedral', 'Mosque'] },
];

/** First words that make a name a place ("Mount Everest", "Lake Baikal", "Cape Town"). */
export const placeFirstWords: readonly PlaceWordGroup[] = [
  { kind: 'region', reason: 'landform named after its feature', words: ['Mount', 'Mt.', 'Mt', 'Cape', 'Isle'] },
  { kind: 'water', reason: 'body of water named after its feature', words: ['Lake', 'Loch', 'Lac', 'Rio'] },
  { kind: 'city', reason: 'settlement', words: ['Fort', 'Port', 'San', 'Santa', 'São', 'Sao', 'St.', 'Saint', 'Ciudad'] },
];

/**
 * Lower-case nouns right after an unknown capitalised word that make it a place ("at the Kuirektykol site",
 * "the Karagandy region"). The noun is not part of the name.
 */
export const placeNounsAfter: readonly PlaceWordGroup[] = [
  { kind: 'site', reason: 'a place described by what is there', words: ['site', 'mine', 'deposit', 'field', 'oilfield', 'gasfield', 'plant', 'facility', 'camp', 'base', 'airport', 'port', 'border', 'crossing', 'checkpoint'] },
  { kind: 'region', reason: 'an area named before its kind', words: ['region', 'province', 'district', 'area', 'county', 'oblast', 'prefecture', 'governorate', 'valley', 'basin', 'peninsula', 'desert', 'steppe', 'mountains', 'coast'] },
  { kind: 'city', reason: 'a settlement named before its kind', words: ['village', 'town', 'city', 'settlement', 'municipality', 'suburb', 'neighbourhood', 'neighborhood'] },
  { kind: 'water', reason: 'water named before its kind', words: ['river', 'lake', 'sea', 'bay', 'gulf', 'strait'] },
];

/** Prepositions before an unknown capitalised word that suggest a place ("in Tororo", "near Kisumu"). */
export const placePrepositions: readonly LexiconGroup[] = [
  { reason: 'location preposition', words: ['in', 'near', 'outside', 'across', 'throughout', 'around', 'towards', 'toward', 'into', 'via'] },
];

/** Words before a gazetteer name that make a part of it or an older form of it ("West Germany", "Old Goa"). */
export const placeQualifierGroups: readonly LexiconGroup[] = [
  {
    reason: 'a part or a former state of a known place',
    words: ['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Greater', 'Old', 'Inner', 'Outer', 'Little', 'Great', 'Downtown', 'Metro', 'Metropolitan', 'Rural'],
  },
];
