/** Writes schema/record.schema.json from the TypeBox schemas in src/record.ts (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { RecordSchema } from '../src/record.js';

export function schemaJson(): string {
  return `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...RecordSchema }, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('write-schema.ts')) {
  writeFileSync(new URL('../schema/record.schema.json', import.meta.url), schemaJson());
  console.log('news-extract: wrote schema/record.schema.json');
}
