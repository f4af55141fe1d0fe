import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, recordProblems } from '../src/index.js';
import { compileValidator, prebuiltValidator, standaloneValidatorSource } from '../src/validate.js';
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

describe('the standalone validator the build writes', () => {
  // inside the repository, so that the file's requires of ajv's runtime resolve as they do from dist/snapshots
  mkdirSync(join(repoRoot, 'node_modules', '.cache'), { recursive: true });
  const dir = mkdtempSync(join(repoRoot, 'node_modules', '.cache', 'validator-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** the source written to a file of its own and loaded from there, as a start loads dist/snapshots/record-validator.cjs */
  function loadedFrom(name: string, source: string) {
    writeFileSync(join(dir, name), source);
    return prebuiltValidator(join(dir, name));
  }
  // built, written and compiled once for every case below (each build compiles the schema)
  let source: string;
  let standalone: NonNullable<ReturnType<typeof prebuiltValidator>>;
  let compiled: Awaited<ReturnType<typeof compileValidator>>;
  beforeAll(async () => {
    source = await standaloneValidatorSource();
    standalone = loadedFrom('current.cjs', source)!;
    compiled = await compileValidator();
  });

  const valid = extractArticle({ text: 'Angela Merkel visited Paris on 3 May 2020 and pledged €12 billion.' });
  const broken: Array<[string, (record: Record<string, any>) => void]> = [
    ['a wrong schema version', (r) => (r.schemaVersion = 2)],
    ['a missing list', (r) => delete r.places],
    ['a date-time that is not one', (r) => (r.source.fetchedAt = 'yesterday')],
    ['an unknown field', (r) => (r.extra = true)],
    ['a negative offset', (r) => (r.people[0].mentions[0].start = -1)],
  ];

  it.each([['a valid record', () => {}] as [string, (record: Record<string, any>) => void], ...broken])('judges %s as the compiled schema does, with the same errors', (what, breakIt) => {
    const record = structuredClone(valid) as unknown as Record<string, any>;
    breakIt(record);
    expect(standalone(record)).toBe(what === 'a valid record');
    expect(compiled(record)).toBe(what === 'a valid record');
    expect(standalone.errors).toEqual(compiled.errors);
  });

  it('is used only when built from the schema and the ajv installed: a stale file from an earlier build is ignored', () => {
    expect(loadedFrom('current.cjs', source)?.(valid)).toBe(true);
    expect(loadedFrom('stale.cjs', source.replace(/builtFrom = "[0-9a-f]+"/, `builtFrom = "${'0'.repeat(64)}"`))).toBeUndefined();
    expect(prebuiltValidator(join(dir, 'missing.cjs'))).toBeUndefined();
  });
});
