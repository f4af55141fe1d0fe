/**
 * `npm run bench [-- <name>…]`: speed and memory, measured (never asserted in tests).
 * Each benchmark lives in scripts/bench/<name>.ts and exports `run()` returning its figures.
 */
import { readdirSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => basename(f, '.ts'))
  .sort((a, b) => (a === 'pipeline' ? -1 : b === 'pipeline' ? 1 : a.localeCompare(b)));

const requested = process.argv.slice(2);
for (const name of requested) {
  if (!available.includes(name)) {
    console.error(`news-extract bench: unknown benchmark "${name}"; available: ${available.join(', ')}`);
    process.exit(2);
  }
}
console.log(`news-extract bench ${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? arch()} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
for (const name of requested.length ? requested : available) {
  const module = (await import(join(here, `${name}.ts`))) as { run: () => Promise<Record<string, number | string>> };
  console.log(`\n=== bench ${name}`);
  const figures = await module.run();
  for (const [key, value] of Object.entries(figures)) {
    console.log(`  ${key.padEnd(48)} ${typeof value === 'number' ? formatNumber(value) : value}`);
  }
}

function formatNumber(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}
