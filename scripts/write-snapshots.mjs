// Run by `npm run build` after tsc: builds the tables derived from packages (compromise's lexicon, the name
// lexicon, the gazetteer) once and writes them where the compiled library reads them at start (src/snapshot.ts).
import { rmSync } from 'node:fs';
import { SNAPSHOT_FILE, writeSnapshot } from '../dist/snapshot.js';

// the old file first: the tables below must be built from the packages, not read back from it
rmSync(SNAPSHOT_FILE, { force: true });
const { compromiseLexiconTables } = await import('../dist/extract/rules/compromise-lexicon.js');
const { nameTables } = await import('../dist/extract/rules/entities/common-words.js');
const { gazetteerTables } = await import('../dist/normalise/gazetteer.js');
writeSnapshot(SNAPSHOT_FILE, { 'compromise-lexicon': compromiseLexiconTables(), 'name-lexicon': nameTables(), gazetteer: gazetteerTables() });
