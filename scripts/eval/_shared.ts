/** Where the read-only shared datasets live (../shared beside the repository, or $NEWS_EXTRACT_SHARED). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const sharedDir = process.env.NEWS_EXTRACT_SHARED ?? join(repoRoot, '..', 'shared');

export function requireShared(relative: string): string {
  const path = join(sharedDir, relative);
  if (!existsSync(path)) {
    console.error(`news-extract eval: ${path} not found; the evaluation needs ../shared beside the repository (or NEWS_EXTRACT_SHARED).`);
    process.exit(2);
  }
  return path;
}
