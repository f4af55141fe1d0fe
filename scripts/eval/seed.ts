/** `npm run eval -- seed`: the running example against ../shared/seed/expected.json, item by item. */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/index.js';
import { checkSeedRecord } from './_seed-check.js';
import { requireShared } from './_shared.js';

export async function run(): Promise<void> {
  const text = readFileSync(requireShared('seed/article.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(requireShared('seed/expected.json'), 'utf8'));
  const record = extractArticle({ text });
  const checks = checkSeedRecord(record, expected);
  let section = '';
  for (const check of checks) {
    if (check.section !== section) console.log(`\n${(section = check.section)}`);
    console.log(`  ${check.status.padEnd(9)} ${check.item}${check.detail ? `  (${check.detail})` : ''}`);
  }
  const ok = checks.filter((c) => c.status === 'ok').length;
  console.log(`\nseed: ${ok}/${checks.length} ok, ${checks.length - ok} not`);
}
