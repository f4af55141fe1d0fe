/**
 * compromise's lexicon (lower-cased word or phrase → its tags), the one part of compromise this project
 * reads: given names, surnames, demonyms, roles and place names. It is taken from compromise's CommonJS
 * build, which is then dropped from the module cache: an import would keep compromise's whole model
 * (tagger, conjugation tables: ≈ 10 MB) alive in every extraction thread for this one 2.5 MB object.
 */
import { createRequire } from 'node:module';

export type CompromiseLexicon = Readonly<Record<string, string | readonly string[]>>;

let lexicon: CompromiseLexicon | undefined;

export function compromiseLexicon(): CompromiseLexicon {
  lexicon ??= readLexicon();
  return lexicon;
}

/** the tags of one entry, always as a list */
export function tagsOf(entry: string | readonly string[] | undefined): readonly string[] {
  return entry === undefined ? [] : typeof entry === 'string' ? [entry] : entry;
}

function readLexicon(): CompromiseLexicon {
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
