import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../src/article.js';
import { compromiseLexiconTables } from '../src/extract/rules/compromise-lexicon.js';
import { gazetteerTables } from '../src/normalise/gazetteer.js';
import { PackedPlaceIndex } from '../src/normalise/packed-places.js';
import { PackedStringTable, revive } from '../src/packed-strings.js';
import { readSnapshot, writeSnapshot } from '../src/snapshot.js';
import { fixturesDir, repoRoot } from './helpers/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'news-extract-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** what the v8 serializer gives back for a value: its fields, without its class */
const throughSerializer = <T>(value: T): T => deserialize(serialize(value)) as T;

describe('packed tables read back from a snapshot', () => {
  it('a string table finds every word it was built from, and no other', () => {
    const words = ['almaty', 'astana', 'brussels', 'kazakhstan', 'é', ''];
    const table = revive(throughSerializer(new PackedStringTable(words)), PackedStringTable);
    expect(words.map((w) => table.indexOf(w))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(table.has('paris')).toBe(false);
    expect(table.at(3)).toBe('kazakhstan');
  });

  it("the gazetteer's index gives the same places for the same names", () => {
    const { places } = gazetteerTables();
    const revived = PackedPlaceIndex.revive(throughSerializer(places));
    for (const name of ['almaty', 'kazakhstan', 'georgia', 'paris', 'central asia', 'nowhere-at-all']) {
      expect(revived.get(name)).toEqual(places.get(name));
    }
  });

  it("compromise's lexicon tables survive the round trip", () => {
    const tables = compromiseLexiconTables();
    const back = throughSerializer(tables);
    revive(back.words, PackedStringTable);
    for (const word of ['john', 'kazakh', 'minister', 'germany']) {
      expect(back.tagLists[back.listOfWord[back.words.indexOf(word)]]).toEqual(tables.tagLists[tables.listOfWord[tables.words.indexOf(word)]]);
    }
  });
});

describe('the snapshot file', () => {
  it('gives back what was written', () => {
    const path = join(dir, 'tables.v8');
    writeSnapshot(path, { numbers: [1, 2, 3], names: new Map([['kz', 'Kazakhstan']]) });
    expect(readSnapshot(path)).toEqual({ numbers: [1, 2, 3], names: new Map([['kz', 'Kazakhstan']]) });
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  it("gives each typed array its own memory, not a view that keeps the whole file's buffer alive", () => {
    const path = join(dir, 'arrays.v8');
    writeSnapshot(path, { ends: Uint32Array.of(3, 7, 12), padding: 'x'.repeat(10_000) });
    const { ends } = readSnapshot(path) as { ends: Uint32Array };
    expect([...ends]).toEqual([3, 7, 12]);
    expect(ends.buffer.byteLength).toBe(12);
  });

  it.each([
    ['built from other versions of the packages', () => serialize({ versions: { compromise: '0.0.1' }, parts: { numbers: [1] } })],
    ['not a snapshot at all', () => Buffer.from('<html>not a snapshot</html>')],
    ['cut short', () => serialize({ versions: {}, parts: { numbers: [1, 2, 3] } }).subarray(0, 10)],
  ])('is ignored when it is %s', (_, bytes) => {
    const path = join(dir, 'bad.v8');
    writeFileSync(path, bytes());
    expect(readSnapshot(path)).toBeNull();
  });

  it('is ignored when it is missing', () => {
    expect(readSnapshot(join(dir, 'missing.v8'))).toBeNull();
  });
});

const built = join(repoRoot, 'dist', 'snapshots', 'tables.v8');
describe.skipIf(!existsSync(built))('the build', () => {
  it("writes a current snapshot, and the compiled library's record from it is the one the sources build", () => {
    expect(readSnapshot(built)).not.toBeNull();
    const text = readFileSync(join(fixturesDir, 'articles', 'kazakhstan-eu-summit.txt'), 'utf8');
    const script = `const { extractArticle } = await import(${JSON.stringify(join(repoRoot, 'dist', 'index.js'))}); process.stdout.write(JSON.stringify(extractArticle({ text: process.argv[1] })));`;
    const fromDist = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, text], { encoding: 'utf8', maxBuffer: 1 << 24 }));
    const fromSources = extractArticle({ text });
    const comparable = (record: { source: { fetchedAt: string } }) => ({ ...record, source: { ...record.source, fetchedAt: '' } });
    expect(comparable(fromDist)).toEqual(comparable(JSON.parse(JSON.stringify(fromSources))));
  });

  it('writes the record validator as standalone code, which the compiled library loads instead of compiling the schema', () => {
    const script = `const { createRequire } = await import('node:module');
      const { extractArticle, recordProblems } = await import(${JSON.stringify(join(repoRoot, 'dist', 'index.js'))});
      const record = extractArticle({ text: 'Angela Merkel visited Paris.' });
      record.schemaVersion = 2;
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      process.stdout.write(JSON.stringify({ problems: recordProblems(record), compiler: loaded.filter((path) => path.includes('/ajv/dist/compile/')).length, standalone: loaded.filter((path) => path.endsWith('record-validator.cjs')).length }));`;
    const result = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(result).toEqual({ problems: ['/schemaVersion must be equal to constant'], compiler: 0, standalone: 1 });
  });
});
