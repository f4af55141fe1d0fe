/**
 * The wink-eng-lite-web-model that analyse.ts makes its readers from, arranged so that a thread keeps one
 * copy of the model, not two, and none of the parts it never runs.
 *
 * - The package keeps the parsed core JSON (the 87,000-word lexicon: 5 MB of heap, ~100,000 strings) alive in
 *   a closure, to deep-copy it for each new reader. Readers are made once every 1,000 documents, so the core is
 *   read afresh from the package for each one instead, and the package is dropped from the module cache.
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
  try {
    return {
      ...model,
      core: readCore,
      ner: () => ({ machines: [], transformers: [] }),
      negation: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
      sa: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
    };
  } finally {
    forgetPackage(require);
  }
}

/** the core model as the package's loader gives it, from a fresh read of its JSON */
function readCore(): unknown {
  // a require of its own each time, so that no module's `children` keeps a loaded copy alive
  const require = createRequire(import.meta.url);
  try {
    return (require(`${PACKAGE}/dist/load-core-model.js`) as () => unknown)();
  } finally {
    forgetPackage(require);
  }
}

function forgetPackage(require: NodeJS.Require): void {
  const directory = dirname(require.resolve(`${PACKAGE}/package.json`)) + sep;
  for (const path of Object.keys(require.cache)) if (path.startsWith(directory)) delete require.cache[path];
}
