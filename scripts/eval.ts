/**
 * `npm run eval -- <suite…>`: the project's own evaluation over ../shared/datasets.
 * Each suite lives in scripts/eval/<suite>.ts and exports `run(args)`; with no suite, all run.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), 'eval');
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => basename(f, '.ts'))
  .sort();

const [first, ...rest] = process.argv.slice(2);
const suites = first ? [first] : available;
for (const suite of suites) {
  if (!available.includes(suite)) {
    console.error(`news-extract eval: unknown suite "${suite}"; available: ${available.join(', ')}`);
    process.exit(2);
  }
  const module = (await import(join(here, `${suite}.ts`))) as { run: (args: string[]) => Promise<void> };
  console.log(`\n=== eval ${suite}`);
  await module.run(first ? rest : []);
}
