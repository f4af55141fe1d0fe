/**
 * Places the GeoNames-derived packages do not carry as names: continents, macro-regions, seas and
 * oceans, with a representative point. Each entry says why it is here.
 */
import type { PlaceKind } from '../record.js';

export interface MacroPlace {
  name: string;
  aliases?: string[];
  kind: PlaceKind;
  /** ISO code when the area lies within one country */
  countryCode: string | null;
  latitude: number;
  longitude: number;
  reason: string;
}

const continent = 'continent';
const macro = 'a region of several countries, often named in news';
const water = 'sea, ocean or strait between countries';
const english = 'English name of a region the ISO list names in its own language';

export const macroPlaces: readonly MacroPlace[] = [
  { name: 'Africa', kind: 'continent', countryCode: null, latitude: 7.19, longitude: 21.09, reason: continent },
  { name: 'Asia', kind: 'continent', countryCode: null, latitude: 34.05, longitude: 100.62, reason: continent },
  { name: 'Europe', kind: 'continent', countryCode: null, latitude: 54.53, longitude: 15.26, reason: continent },
  { name: 'North America', kind: 'continent', countryCode: null, latitude: 54.53, longitude: -105.26, reason: continent },
  { name: 'South America', kind: 'continent', countryCode: null, latitude: -8.78, longitude: -55.49, reason: continent },
  { name: 'Latin America', kind: 'region', countryCode: null, latitude: -8.78, longitude: -55.49, reason: macro },
  { name: 'Central America', kind: 'region', countryCode: null, latitude: 12.77, longitude: -85.6, reason: macro },
  { name: 'Oceania', kind: 'continent', countryCode: null, latitude: -22.74, longitude: 140.02, reason: continent },
  { name: 'Antarctica', kind: 'continent', countryCode: 'AQ', latitude: -82.86, longitude: 135, reason: continent },
  { name: 'Central Asia', kind: 'region', countryCode: null, latitude: 45.45, longitude: 68.83, reason: macro },
  { name: 'South Asia', kind: 'region', countryCode: null, latitude: 22.5, longitude: 79, reason: macro },
  { name: 'Southeast Asia', aliases: ['South-East Asia'], kind: 'region', countryCode: null, latitude: 2.5, longitude: 112.5, reason: macro },
  { name: 'East Asia', kind: 'region', countryCode: null, latitude: 38.79, longitude: 120.4, reason: macro },
  { name: 'Middle East', kind: 'region', countryCode: null, latitude: 29.3, longitude: 42.55, reason: macro },
  { name: 'Near East', kind: 'region', countryCode: null, latitude: 33, longitude: 38, reason: macro },
  { name: 'Gulf', aliases: ['Persian Gulf'], kind: 'water', countryCode: null, latitude: 26.5, longitude: 52, reason: water },
  { name: 'North Africa', kind: 'region', countryCode: null, latitude: 26, longitude: 15, reason: macro },
  { name: 'West Africa', kind: 'region', countryCode: null, latitude: 12, longitude: -3, reason: macro },
  { name: 'East Africa', kind: 'region', countryCode: null, latitude: 0, longitude: 37, reason: macro },
  { name: 'Sub-Saharan Africa', kind: 'region', countryCode: null, latitude: 0, longitude: 20, reason: macro },
  { name: 'Sahel', kind: 'region', countryCode: null, latitude: 15, longitude: 5, reason: macro },
  { name: 'Horn of Africa', kind: 'region', countryCode: null, latitude: 8, longitude: 45, reason: macro },
  { name: 'Balkans', aliases: ['Western Balkans'], kind: 'region', countryCode: null, latitude: 42.5, longitude: 20.5, reason: macro },
  { name: 'Caucasus', aliases: ['South Caucasus'], kind: 'region', countryCode: null, latitude: 42, longitude: 44.5, reason: macro },
  { name: 'Scandinavia', aliases: ['Nordics'], kind: 'region', countryCode: null, latitude: 62, longitude: 15, reason: macro },
  { name: 'Eastern Europe', kind: 'region', countryCode: null, latitude: 50, longitude: 30, reason: macro },
  { name: 'Western Europe', kind: 'region', countryCode: null, latitude: 48, longitude: 5, reason: macro },
  { name: 'Central Europe', kind: 'region', countryCode: null, latitude: 49, longitude: 15, reason: macro },
  { name: 'Midwest', kind: 'region', countryCode: 'US', latitude: 41.5, longitude: -90, reason: 'region of the United States' },
  { name: 'Arctic', kind: 'region', countryCode: null, latitude: 76, longitude: 0, reason: macro },
  { name: 'Kashmir', kind: 'region', countryCode: null, latitude: 34.08, longitude: 74.8, reason: 'disputed region' },
  { name: 'West Bank', kind: 'region', countryCode: 'PS', latitude: 31.95, longitude: 35.3, reason: 'territory named in news' },
  { name: 'Gaza', aliases: ['Gaza Strip'], kind: 'region', countryCode: 'PS', latitude: 31.42, longitude: 34.38, reason: 'territory named in news' },
  { name: 'Donbas', aliases: ['Donbass'], kind: 'region', countryCode: 'UA', latitude: 48, longitude: 38, reason: 'region named in news' },
  { name: 'Siberia', kind: 'region', countryCode: 'RU', latitude: 60, longitude: 105, reason: 'region named in news' },
  { name: 'Patagonia', kind: 'region', countryCode: null, latitude: -45, longitude: -69, reason: macro },
  { name: 'Tibet', kind: 'region', countryCode: 'CN', latitude: 31.7, longitude: 86.9, reason: 'region named in news' },
  { name: 'Atlantic Ocean', aliases: ['Atlantic', 'North Atlantic', 'South Atlantic'], kind: 'water', countryCode: null, latitude: 0, longitude: -30, reason: water },
  { name: 'Pacific Ocean', aliases: ['Pacific', 'South Pacific', 'North Pacific'], kind: 'water', countryCode: null, latitude: 0, longitude: -160, reason: water },
  { name: 'Indian Ocean', kind: 'water', countryCode: null, latitude: -20, longitude: 80, reason: water },
  { name: 'Arctic Ocean', kind: 'water', countryCode: null, latitude: 85, longitude: 0, reason: water },
  { name: 'Southern Ocean', kind: 'water', countryCode: null, latitude: -65, longitude: 0, reason: water },
  { name: 'Mediterranean Sea', aliases: ['Mediterranean'], kind: 'water', countryCode: null, latitude: 35, longitude: 18, reason: water },
  { name: 'Caspian Sea', aliases: ['Caspian'], kind: 'water', countryCode: null, latitude: 41.5, longitude: 50.5, reason: water },
  { name: 'Black Sea', kind: 'water', countryCode: null, latitude: 43.4, longitude: 34.3, reason: water },
  { name: 'Red Sea', kind: 'water', countryCode: null, latitude: 20.3, longitude: 38.5, reason: water },
  { name: 'Baltic Sea', aliases: ['Baltic'], kind: 'water', countryCode: null, latitude: 58.5, longitude: 19.5, reason: water },
  { name: 'North Sea', kind: 'water', countryCode: null, latitude: 56.5, longitude: 3, reason: water },
  { name: 'South China Sea', kind: 'water', countryCode: null, latitude: 12, longitude: 113, reason: water },
  { name: 'East China Sea', kind: 'water', countryCode: null, latitude: 29, longitude: 125, reason: water },
  { name: 'Sea of Japan', kind: 'water', countryCode: null, latitude: 40, longitude: 135, reason: water },
  { name: 'Arabian Sea', kind: 'water', countryCode: null, latitude: 15, longitude: 65, reason: water },
  { name: 'Caribbean Sea', aliases: ['Caribbean'], kind: 'water', countryCode: null, latitude: 15, longitude: -75, reason: water },
  { name: 'Aral Sea', kind: 'water', countryCode: null, latitude: 45, longitude: 60, reason: water },
  { name: 'Adriatic Sea', aliases: ['Adriatic'], kind: 'water', countryCode: null, latitude: 43, longitude: 15, reason: water },
  { name: 'Aegean Sea', aliases: ['Aegean'], kind: 'water', countryCode: null, latitude: 39, longitude: 25, reason: water },
  { name: 'Barents Sea', kind: 'water', countryCode: null, latitude: 75, longitude: 40, reason: water },
  { name: 'Gulf of Mexico', kind: 'water', countryCode: null, latitude: 25, longitude: -90, reason: water },
  { name: 'Gulf of Aden', kind: 'water', countryCode: null, latitude: 12, longitude: 48, reason: water },
  { name: 'Bay of Bengal', kind: 'water', countryCode: null, latitude: 15, longitude: 88, reason: water },
  { name: 'English Channel', kind: 'water', countryCode: null, latitude: 50.2, longitude: -1, reason: water },
  { name: 'Strait of Hormuz', kind: 'water', countryCode: null, latitude: 26.6, longitude: 56.3, reason: water },
  { name: 'Bosphorus', kind: 'water', countryCode: 'TR', latitude: 41.12, longitude: 29.07, reason: water },
  { name: 'Suez Canal', kind: 'water', countryCode: 'EG', latitude: 30.6, longitude: 32.3, reason: water },
  { name: 'Panama Canal', kind: 'water', countryCode: 'PA', latitude: 9.1, longitude: -79.7, reason: water },
  { name: 'Taiwan Strait', kind: 'water', countryCode: null, latitude: 24, longitude: 119.5, reason: water },
  { name: 'Korean Peninsula', kind: 'region', countryCode: null, latitude: 37.5, longitude: 127.5, reason: macro },
  { name: 'Arabian Peninsula', kind: 'region', countryCode: null, latitude: 23, longitude: 46, reason: macro },
  { name: 'Himalayas', kind: 'region', countryCode: null, latitude: 28, longitude: 84, reason: 'mountain range' },
  { name: 'Alps', kind: 'region', countryCode: null, latitude: 46.5, longitude: 10, reason: 'mountain range' },
  { name: 'Sahara', kind: 'region', countryCode: null, latitude: 23, longitude: 13, reason: 'desert' },
  // English names of regions that the ISO list gives only in their own language, and islands and areas
  // news names that are no administrative division
  { name: 'Bavaria', kind: 'region', countryCode: 'DE', latitude: 48.8, longitude: 11.5, reason: english },
  { name: 'Saxony', kind: 'region', countryCode: 'DE', latitude: 51.0, longitude: 13.3, reason: english },
  { name: 'Catalonia', kind: 'region', countryCode: 'ES', latitude: 41.8, longitude: 1.6, reason: english },
  { name: 'Andalusia', kind: 'region', countryCode: 'ES', latitude: 37.5, longitude: -4.7, reason: english },
  { name: 'Basque Country', kind: 'region', countryCode: 'ES', latitude: 43.0, longitude: -2.6, reason: english },
  { name: 'Sicily', kind: 'region', countryCode: 'IT', latitude: 37.6, longitude: 14.2, reason: english },
  { name: 'Sardinia', kind: 'region', countryCode: 'IT', latitude: 40.1, longitude: 9.0, reason: english },
  { name: 'Flanders', kind: 'region', countryCode: 'BE', latitude: 51.0, longitude: 4.0, reason: english },
  { name: 'Wallonia', kind: 'region', countryCode: 'BE', latitude: 50.4, longitude: 4.8, reason: english },
  { name: 'Xinjiang', kind: 'region', countryCode: 'CN', latitude: 41.1, longitude: 85.2, reason: english },
  { name: 'Sichuan', kind: 'region', countryCode: 'CN', latitude: 30.6, longitude: 102.7, reason: english },
  { name: 'Inner Mongolia', kind: 'region', countryCode: 'CN', latitude: 44.1, longitude: 113.9, reason: english },
  { name: 'Crimea', kind: 'region', countryCode: 'UA', latitude: 45.3, longitude: 34.4, reason: 'peninsula named in news' },
  { name: 'Sinai', aliases: ['Sinai Peninsula'], kind: 'region', countryCode: 'EG', latitude: 29.5, longitude: 33.8, reason: 'peninsula named in news' },
  { name: 'Golan Heights', aliases: ['Golan'], kind: 'region', countryCode: null, latitude: 33.0, longitude: 35.8, reason: 'disputed territory named in news' },
  { name: 'Kurdistan', kind: 'region', countryCode: null, latitude: 36.5, longitude: 44.0, reason: 'region of several countries' },
  { name: 'Darfur', kind: 'region', countryCode: 'SD', latitude: 13.5, longitude: 24.0, reason: 'region named in news' },
  { name: 'Bali', kind: 'region', countryCode: 'ID', latitude: -8.4, longitude: 115.2, reason: 'island named in news' },
  { name: 'Java', kind: 'region', countryCode: 'ID', latitude: -7.5, longitude: 110.0, reason: 'island named in news' },
  { name: 'Sumatra', kind: 'region', countryCode: 'ID', latitude: 0.0, longitude: 102.0, reason: 'island named in news' },
  { name: 'Borneo', kind: 'region', countryCode: null, latitude: 0.9, longitude: 114.0, reason: 'island of three countries' },
  { name: 'Mindanao', kind: 'region', countryCode: 'PH', latitude: 7.5, longitude: 125.0, reason: 'island named in news' },
  { name: 'Silicon Valley', kind: 'region', countryCode: 'US', latitude: 37.4, longitude: -122.1, reason: 'region named in news' },
];

/** Names the country data spells differently from news usage (world-countries covers most through altSpellings). */
export const countryAliases: readonly { alias: string; countryCode: string; reason: string }[] = [
  { alias: 'U.S.', countryCode: 'US', reason: 'common abbreviation' },
  { alias: 'US', countryCode: 'US', reason: 'common abbreviation' },
  { alias: 'U.S.A.', countryCode: 'US', reason: 'common abbreviation' },
  { alias: 'America', countryCode: 'US', reason: 'common short name' },
  { alias: 'UK', countryCode: 'GB', reason: 'common abbreviation' },
  { alias: 'U.K.', countryCode: 'GB', reason: 'common abbreviation' },
  { alias: 'Britain', countryCode: 'GB', reason: 'common short name' },
  { alias: 'Great Britain', countryCode: 'GB', reason: 'common name' },
  { alias: 'England', countryCode: 'GB', reason: 'constituent country' },
  { alias: 'Scotland', countryCode: 'GB', reason: 'constituent country' },
  { alias: 'Wales', countryCode: 'GB', reason: 'constituent country' },
  { alias: 'Northern Ireland', countryCode: 'GB', reason: 'constituent country' },
  { alias: 'UAE', countryCode: 'AE', reason: 'common abbreviation' },
  { alias: 'Emirates', countryCode: 'AE', reason: 'common short name' },
  { alias: 'Turkey', countryCode: 'TR', reason: 'former English name, still common' },
  { alias: 'Holland', countryCode: 'NL', reason: 'common informal name' },
  { alias: 'Burma', countryCode: 'MM', reason: 'former name, still common' },
  { alias: 'Czech Republic', countryCode: 'CZ', reason: 'common long name' },
  { alias: 'DRC', countryCode: 'CD', reason: 'common abbreviation' },
  { alias: 'Congo', countryCode: 'CG', reason: 'short name (the DRC is usually named in full)' },
  { alias: 'Korea', countryCode: 'KR', reason: 'short name, usually the South in news' },
  { alias: 'Republic of Korea', countryCode: 'KR', reason: 'official name' },
  { alias: 'DPRK', countryCode: 'KP', reason: 'official abbreviation' },
  { alias: 'PRC', countryCode: 'CN', reason: 'official abbreviation' },
  { alias: "People's Republic of China", countryCode: 'CN', reason: 'official name' },
  { alias: 'Mainland China', countryCode: 'CN', reason: 'common name' },
  { alias: 'Vatican', countryCode: 'VA', reason: 'common short name' },
  { alias: 'East Timor', countryCode: 'TL', reason: 'common name' },
  { alias: 'Swaziland', countryCode: 'SZ', reason: 'former name' },
  { alias: 'Macedonia', countryCode: 'MK', reason: 'former name' },
  { alias: 'Cape Verde', countryCode: 'CV', reason: 'common name' },
  { alias: 'Palestinian Territories', countryCode: 'PS', reason: 'common name' },
];

/** City names news uses that GeoNames' main name does not carry (short, former or renamed forms). */
export const cityAliases: readonly { alias: string; geonameId: number; reason: string; renamed?: boolean }[] = [
  { alias: 'Washington', geonameId: 4140963, reason: 'the US capital, as news names it' },
  { alias: 'New York', geonameId: 5128581, reason: 'the city, as news names it (the state is "New York State")' },
  { alias: 'Kiev', geonameId: 703448, reason: 'former English spelling of Kyiv' },
  { alias: 'Astana', geonameId: 1526273, reason: 'the capital of Kazakhstan, named Nur-Sultan 2019–2022', renamed: true },
  { alias: 'Bombay', geonameId: 1275339, reason: 'former name of Mumbai' },
  { alias: 'Calcutta', geonameId: 1275004, reason: 'former name of Kolkata' },
  { alias: 'Madras', geonameId: 1264527, reason: 'former name of Chennai' },
  { alias: 'Peking', geonameId: 1816670, reason: 'former English name of Beijing' },
  { alias: 'Saigon', geonameId: 1566083, reason: 'common name of Ho Chi Minh City' },
  { alias: 'Rangoon', geonameId: 1298824, reason: 'former name of Yangon' },
  { alias: 'Hague', geonameId: 2747373, reason: '"the Hague" without its article' },
];
