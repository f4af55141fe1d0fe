/**
 * compromise's lexicon (lower-cased word or phrase → its tags), the one part of compromise this project
 * reads: given names, surnames, demonyms, roles and place names. It is taken from compromise's CommonJS
 * build, which is then dropped from the module cache: an import would keep compromise's whole model
 * (tagger, conjugation tables: ≈ 10 MB) alive in every extraction thread for this one object. What is kept is
 * packed (packed-strings.ts): its 24,600 words have only 73 different lists of tags.
 */
import { createRequire } from 'node:module';
import { PackedStringTable, revive } from '../../packed-strings.js';
import { snapshotPart } from '../../snapshot.js';

export interface CompromiseLexicon {
  /** compromise's tags for a lower-cased word or phrase; empty when it has none */
  tags(word: string): readonly string[];
  /** every word with its tags, in compromise's order */
  entries(): IterableIterator<[string, readonly string[]]>;
}

/** the lexicon packed: its words, the distinct lists of tags, and each word's list */
export interface LexiconTables {
  words: PackedStringTable;
  tagLists: (readonly string[])[];
  listOfWord: Uint8Array;
}

let lexicon: CompromiseLexicon | undefined;

export function compromiseLexicon(): CompromiseLexicon {
  lexicon ??= lexiconOf(compromiseLexiconTables());
  return lexicon;
}

let tables: LexiconTables | undefined;

/** from the build's snapshot when there is one (snapshot.ts), else read from compromise; once per thread */
export function compromiseLexiconTables(): LexiconTables {
  tables ??= snapshotTables() ?? packLexicon(readLexicon());
  return tables;
}

function snapshotTables(): LexiconTables | undefined {
  const saved = snapshotPart<LexiconTables>('compromise-lexicon');
  if (!saved) return undefined;
  revive(saved.words, PackedStringTable);
  saved.tagLists.forEach((tags) => Object.freeze(tags));
  return saved;
}

function readLexicon(): Record<string, string | string[]> {
  // a require of its own, so that no module's `children` keeps the build alive either
  const require = createRequire(import.meta.url);
  const path = require.resolve('compromise');
  try {
    const nlp = require(path) as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    return nlp.model().one.lexicon;
  } finally {
    delete require.cache[path];
  }
}

function packLexicon(raw: Record<string, string | string[]>): LexiconTables {
  const words = new PackedStringTable(Object.keys(raw));
  const tagLists: (readonly string[])[] = [];
  const listNumbers = new Map<string, number>();
  const listOfWord = Uint8Array.from(Object.values(raw), (tag) => {
    const tags = typeof tag === 'string' ? [tag] : tag;
    const id = tags.join(' ');
    if (!listNumbers.has(id)) listNumbers.set(id, tagLists.push(Object.freeze([...tags])) - 1);
    return listNumbers.get(id) ?? 0;
  });
  if (tagLists.length > 256) throw new Error(`news-extract: compromise's lexicon has ${tagLists.length} lists of tags, more than a byte numbers`);
  return { words, tagLists, listOfWord };
}

function lexiconOf({ words, tagLists, listOfWord }: LexiconTables): CompromiseLexicon {
  return {
    tags: (word) => {
      const i = words.indexOf(word);
      return i < 0 ? NO_TAGS : tagLists[listOfWord[i]];
    },
    *entries() {
      for (let i = 0; i < words.size; i++) yield [words.at(i), tagLists[listOfWord[i]]];
    },
  };
}

const NO_TAGS: readonly string[] = Object.freeze([]);
