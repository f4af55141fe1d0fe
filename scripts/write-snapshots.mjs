// Run by `npm run build` after tsc: builds what the compiled library would otherwise build at every start and in
// every extraction thread, once, and writes it where the library reads it: the tables derived from packages
// (compromise's lexicon, the name lexicon, the gazetteer; src/snapshot.ts) and the record validator as
// standalone code (src/validate.ts).
import { rmSync } from 'node:fs';
import { SNAPSHOT_FILE, writeBuildFile, writeSnapshot } from '../dist/snapshot.js';

// the old file first: the tables below must be built from the packages, not read back from it
rmSync(SNAPSHOT_FILE, { force: true });
const { compromiseLexiconTables } = await import('../dist/extract/rules/compromise-lexicon.js');
const { nameTables } = await import('../dist/extract/rules/entities/common-words.js');
const { gazetteerTables } = await import('../dist/normalise/gazetteer.js');
writeSnapshot(SNAPSHOT_FILE, { 'compromise-lexicon': compromiseLexiconTables(), 'name-lexicon': nameTables(), gazetteer: gazetteerTables() });

const { PREBUILT_VALIDATOR_FILE, standaloneValidatorSource } = await import('../dist/validate.js');
writeBuildFile(PREBUILT_VALIDATOR_FILE, await standaloneValidatorSource());
