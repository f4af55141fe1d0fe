/**
 * Memory when every article brings words never seen before (a real stream does: names, numbers),
 * which repeating the 181 benchmark pages does not show: heap in use after 1,000 and after N articles
 * whose capitalised words and numbers are all made new.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBenchPages } from './_corpus.js';

const COUNT = Number(process.env.BENCH_VOCABULARY ?? 10_000);

export async function run(): Promise<Record<string, number | string>> {
  const texts = loadBenchPages().map((p) => p.text).filter((t) => t.trim());
  const dir = mkdtempSync(join(tmpdir(), 'news-extract-vocabulary-'));
  try {
    const textsFile = join(dir, 'texts.json');
    writeFileSync(textsFile, JSON.stringify(texts));
    const child = fileURLToPath(new URL('./_vocabulary-child.mjs', import.meta.url));
    const output = execFileSync(process.execPath, ['--expose-gc', child, textsFile, String(COUNT)], { encoding: 'utf8' });
    const heap = JSON.parse(output.trim().split('\n').pop()!) as Record<string, number>;
    return {
      [`heap in use after 1000 articles of new words, MB`]: heap[1000],
      [`heap in use after ${COUNT} articles of new words, MB`]: heap[COUNT],
      'growth, %': (100 * (heap[COUNT] - heap[1000])) / heap[1000],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
