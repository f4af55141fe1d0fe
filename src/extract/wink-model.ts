/**
 * The wink-eng-lite-web-model that analyse.ts makes its readers from (a fresh one every 1,000 documents),
 * mended where the package's loaders, run once per reader, cost memory:
 *
 * - The package keeps the parsed core JSON (the 87,000-word lexicon: 5 MB of heap, ~100,000 strings) alive in
 *   a closure, to deep-copy it for each new reader. Readers are made once every 1,000 documents, so the core is
 *   read afresh from the package for each one instead, and the package is dropped from the module cache.
 * - The package's custom-entity loader stringifies its machines in place each time it is called, so each new
 *   reader doubled the string: after ~15 readers (15,000 documents) it took tens of MB, after ~20 a thread ran out
 *   of heap. It is run from a fresh copy of its module for each reader.
 * - wink builds every model's automaton whatever the pipe asks for. The recognisers run sentences and parts of
 *   speech only, so entities, negation and sentiment get empty machines (1.5 MB of heap less per reader).
 * Measured with `node --expose-gc` and `heapUsed`; the tokens, tags, lemmas and sentences are unchanged.
 */
import { dirname, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { Model } from 'wink-nlp';

const PACKAGE = 'wink-eng-lite-web-model';

/** a state machine with no states, in wink's automaton JSON: version, last state, then four empty tables */
const NO_MACHINE = JSON.stringify([100, 0, {}, {}, {}, {}]);

export function readerModel(): Model {
  const require = createRequire(import.meta.url);
  const model = require(PACKAGE) as Model;
  // the first reader takes the core the package has just read; later ones read it afresh
  let loadedCore = model.core as (() => unknown) | undefined;
  const core = (): unknown => {
    const load = loadedCore ?? (() => loadFresh('load-core-model.js'));
    loadedCore = undefined;
    return load();
  };
  try {
    return {
      ...model,
      core,
      metaCER: () => loadFresh('load-cer-meta-model.js'),
      ner: () => ({ machines: [], transformers: [] }),
      negation: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
      sa: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
    };
  } finally {
    forgetPackage(require);
  }
}

/** what one of the package's loaders gives when run from a fresh copy of its module (and of the JSON it reads) */
function loadFresh(loader: string): unknown {
  // a require of its own each time, so that no module's `children` keeps a loaded copy alive
  const require = createRequire(import.meta.url);
  try {
    return (require(`${PACKAGE}/dist/${loader}`) as () => unknown)();
  } finally {
    forgetPackage(require);
  }
}

function forgetPackage(require: NodeJS.Require): void {
  const directory = dirname(require.resolve(`${PACKAGE}/package.json`)) + sep;
  for (const path of Object.keys(require.cache)) if (path.startsWith(directory)) delete require.cache[path];
}
