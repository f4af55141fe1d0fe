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
      'Region', 'County', 'District', 'Taluk', 'Tehsil', 'Oblast', 'Prefecture', 'Governorate', 'Territory', 'Territories', 'Municipality',
      'Borough', 'Parish', 'Township', 'Canton', 'Emirate', 'Republic', 'Kingdom', 'Strip', 'Heights', 'Area',
      'Cave', 'Caves', 'Ridge', 'Peak', 'Pass', 'Gorge', 'Cliffs', 'Moor', 'Heath', 'Marsh', 'Swamp', 'Wetlands',
      'Dunes', 'Reef', 'Atoll', 'Archipelago', 'Volcano', 'Crater', 'Oasis', 'Steppe', 'Fjord', 'Cove', 'Inlet', 'Hollow',
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
      'Hotel', 'Prison', 'Camp', 'Dam', 'Mine', 'Field', 'Zoo', 'Mall', 'Market', 'Crossing',
      'Checkpoint', 'Reactor', 'Refinery', 'Wall', 'Gate', 'Embankment', 'Railroad', 'Railway', 'Rink', 'Playfield', 'Pier',
      'Dock', 'Docks', 'Junction', 'House', 'Pavilion', 'Cemetery', 'Observatory', 'Courthouse', 'Lighthouse',
      'Oval', 'Gym', 'Gymnasium', 'Circuit', 'Raceway', 'Speedway', 'Racecourse', 'Velodrome', 'Ballpark', 'Motorway',
      'Expressway', 'Freeway', 'Parkway', 'Turnpike', 'Quay', 'Wharf', 'Chapel', 'Abbey', 'Basilica', 'Synagogue',
      'Pagoda', 'Mausoleum', 'Citadel', 'Fortress', 'Barracks', 'Jail', 'Penitentiary', 'Promenade', 'Esplanade',
      'Way', 'Estate',
    ],
  },
];

/** Heads of the divisions of a country or region, which a name of their own comes before ("Chittoor District", "Lviv Oblast"). */
export const administrativeDivisionHeads: LexiconGroup = {
  reason: 'an administrative division named before its kind',
  words: ['District', 'County', 'Province', 'Region', 'Parish', 'Municipality', 'Oblast', 'Prefecture', 'Governorate', 'Borough', 'Township', 'Canton', 'Taluk', 'Tehsil'],
};

/** Heads of routes, which are named after the places they join ("Liverpool and Manchester Railway", "Chesapeake and Ohio Canal"). */
export const routeHeads: LexiconGroup = {
  reason: 'a route named after the two places it joins: "A and B" before its head is one name',
  words: ['Railway', 'Railroad', 'Canal', 'Turnpike', 'Tramway'],
};

/**
 * Place head words that are also common English surnames (from the landscape by which a family lived): after
 * given names they end a person's name ("Anna Marie Field"), not a place's. Buildings and parks named after a
 * person ("Tom Becker Park", "Ellen Walsh House") keep the person's surname before the head, so heads
 * such as "Park", "House" or "Tower" are not listed, and the word before the head must not be a surname.
 */
export const placeHeadSurnames: LexiconGroup = {
  reason: 'English surname from a landscape feature or building, also a place head word',
  words: ['Hill', 'Hills', 'Hall', 'Field', 'Fields', 'Wood', 'Woods', 'Ford', 'Brook', 'Brooks', 'Bridges', 'Lane', 'Wells', 'Gates', 'Banks', 'Marsh', 'Moore', 'Dale', 'Green', 'Forest', 'Rivers', 'Waters', 'Lake', 'Beach', 'Camp'],
};

/** First words of "X of Y" names that make them places ("Gulf of Mexico", "State of Texas"). */
export const placeOfHeads: readonly PlaceWordGroup[] = [
  { kind: 'water', reason: 'body of water', words: ['Gulf', 'Bay', 'Sea', 'Strait', 'Straits', 'Lake'] },
  { kind: 'region', reason: 'area named by what it contains', words: ['Isle', 'Island', 'Islands', 'Republic', 'Kingdom', 'State', 'Province', 'Plains', 'Valley', 'Cape', 'Duchy', 'Emirate', 'Commonwealth', 'Principality'] },
  { kind: 'city', reason: 'settlement', words: ['City', 'Town', 'Port', 'Village'] },
  { kind: 'site', reason: 'named site', words: ['Museum', 'Palace', 'Tower', 'Temple', 'Church of the', 'Cathedral', 'Mosque'] },
];

/** First words that make a name a place ("Mount Everest", "Lake Baikal", "Cape Town"). */
export const placeFirstWords: readonly PlaceWordGroup[] = [
  { kind: 'region', reason: 'landform named after its feature', words: ['Mount', 'Mt.', 'Mt', 'Cape', 'Isle', 'Monte', 'Pico', 'Cerro', 'Isla', 'Île', 'Ile'] },
  { kind: 'region', reason: 'administrative division named after its kind, in the language of its country', words: ['Kreis', 'Landkreis', 'Bezirk', 'Provincia', 'Departamento', 'Comarca'] },
  { kind: 'water', reason: 'body of water named after its feature', words: ['Lake', 'Loch', 'Lac', 'Rio', 'River'] },
  { kind: 'site', reason: 'a camp or racing circuit named after its founder or place', words: ['Camp', 'Circuit'] },
  { kind: 'site', reason: 'a mosque, castle or palace named after its kind, in the language of its country', words: ['Masjid', 'Schloss', 'Palazzo', 'Castillo', 'Château', 'Chateau'] },
  { kind: 'city', reason: 'settlement', words: ['Fort', 'Port', 'San', 'Santa', 'São', 'Sao', 'St.', 'Saint', 'Ciudad'] },
];

/**
 * Lower-case nouns right after an unknown capitalised word that make it a place ("at the Kuirektykol site",
 * "the Karagandy region"). The noun is not part of the name.
 */
export const placeNounsAfter: readonly PlaceWordGroup[] = [
  { kind: 'site', reason: 'a place described by what is there', words: ['site', 'mine', 'deposit', 'field', 'oilfield', 'gasfield', 'plant', 'facility', 'camp', 'base', 'airport', 'port', 'border', 'crossing', 'checkpoint', 'prison', 'jail', 'cave', 'circuit', 'racetrack', 'estate'] },
  { kind: 'region', reason: 'an area named before its kind', words: ['region', 'province', 'district', 'area', 'county', 'oblast', 'prefecture', 'governorate', 'valley', 'basin', 'peninsula', 'desert', 'steppe', 'mountains', 'coast'] },
  { kind: 'city', reason: 'a settlement named before its kind', words: ['village', 'town', 'city', 'settlement', 'municipality', 'suburb', 'neighbourhood', 'neighborhood'] },
  { kind: 'water', reason: 'water named before its kind', words: ['river', 'lake', 'sea', 'bay', 'gulf', 'strait', 'islands', 'island'] },
];

/**
 * Lower-case nouns of a natural feature that complete the name before them ("the Huallaga river", "the Cape Verde
 * islands", "Barker pond"): the feature is named "Huallaga River", whichever case the writer gives its noun. Not the
 * nouns of divisions ("the Lombardy region" is Lombardy) nor of buildings.
 */
export const featureNounsInName: readonly PlaceWordGroup[] = [
  { kind: 'water', reason: 'a body of water named with its lower-case noun', words: ['river', 'lake', 'pond', 'creek'] },
  { kind: 'region', reason: 'islands named with their lower-case noun', words: ['islands'] },
];

/**
 * Nouns a sentence defines a name by ("Bredholt is a village in Norfolk", "Tororo, a town near …", "X was a
 * prison in Paris"): settlements, divisions and features of the land, and buildings named as places.
 */
export const placeDefinitionNouns: readonly PlaceWordGroup[] = [
  {
    kind: 'city',
    reason: 'defined as a settlement',
    words: ['village', 'town', 'city', 'hamlet', 'commune', 'municipality', 'suburb', 'settlement', 'neighbourhood', 'neighborhood', 'township', 'borough', 'capital', 'port', 'resort', 'community', 'locality', 'parish', 'quarter'],
  },
  {
    kind: 'region',
    reason: 'defined as an area or a feature of the land',
    words: ['district', 'county', 'province', 'region', 'state', 'territory', 'département', 'department', 'prefecture', 'oblast', 'canton', 'sum', 'taluk', 'island', 'islet', 'atoll', 'archipelago', 'peninsula', 'mountain', 'peak', 'volcano', 'hill', 'valley', 'cave', 'desert', 'plateau', 'glacier', 'wetland', 'marsh', 'forest'],
  },
  { kind: 'water', reason: 'defined as a body of water', words: ['river', 'tributary', 'lake', 'sea', 'bay', 'lagoon', 'strait', 'reservoir', 'stream'] },
  { kind: 'site', reason: 'defined as a site', words: ['prison', 'jail', 'castle', 'fortress', 'estate', 'circuit', 'racetrack', 'stadium'] },
];

/** Participles after a name and a comma that say where it lies ("Kelmora, situated at the confluence of …"): only a place is situated. */
export const placeSituatedWords: LexiconGroup = {
  reason: 'apposition saying where the name lies: a place',
  words: ['situated', 'located', 'nestled'],
};

/** Verbs of going before "to" or "from" and a name ("fled to Abra", "marched from Poolesville"): one flees to a place, not to a person. */
export const placeMotionVerbs: LexiconGroup = {
  reason: 'where someone goes or comes from',
  words: [
    'fled', 'flee', 'flees', 'fleeing', 'retreat', 'retreated', 'retreating', 'moved', 'relocated', 'emigrated', 'sailed', 'flew',
    'travelled', 'traveled', 'marched', 'marching', 'escaped', 'withdrew', 'deported', 'exiled', 'evacuated', 'returned',
  ],
};

/** Prepositions before an unknown capitalised word that suggest a place ("in Tororo", "near Kisumu"). */
export const placePrepositions: readonly LexiconGroup[] = [
  // not "into", "via", "towards": "investigations into Velmora", "via Zentrix", "favourable towards reform"
  { reason: 'location preposition', words: ['in', 'near', 'outside', 'across', 'throughout', 'around'] },
];

/** Words before a gazetteer name that make a part of it or an older form of it ("West Germany", "Old Goa"). */
export const placeQualifierGroups: readonly LexiconGroup[] = [
  {
    reason: 'a part or a former state of a known place',
    words: ['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Greater', 'Old', 'Inner', 'Outer', 'Little', 'Great', 'Downtown', 'Metro', 'Metropolitan', 'Rural'],
  },
];
