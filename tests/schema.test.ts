import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, recordProblems } from '../src/index.js';
import { schemaJson } from '../scripts/write-schema.js';
import { repoRoot } from './helpers/shared.js';

describe('record schema', () => {
  it('schema/record.schema.json is the one generated from src/record.ts (run `npm run schema`)', () => {
    expect(readFileSync(join(repoRoot, 'schema/record.schema.json'), 'utf8')).toBe(schemaJson());
  });

  it('rejects a record whose mention offsets do not point at its text', () => {
    const record = extractArticle({ text: 'Angela Merkel visited Paris.' });
    record.people.push({ id: 'person-x', key: 'x', name: 'Merkel', aliases: [], titles: [], mentions: [{ start: 0, end: 6, text: 'Merkel' }] });
    expect(recordProblems(record)).toEqual(['/people/0/mentions/0 [0, 6) is not "Merkel"'].map((p) => p.replace('/0/', `/${record.people.length - 1}/`)));
  });

  it('rejects a record with a field of the wrong type', () => {
    const record = extractArticle({ text: 'Angela Merkel visited Paris.' }) as unknown as { schemaVersion: unknown };
    record.schemaVersion = 2;
    expect(recordProblems(record).join('\n')).toMatch(/schemaVersion/);
  });
});
