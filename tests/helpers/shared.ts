/**
 * Tests that read ../shared (the read-only datasets beside the repository) skip with a clear message
 * on a clone without it; CI has it, so they run there.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../../scripts/eval/_shared.js';

export { sharedDir };
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = join(repoRoot, 'fixtures');

export function sharedPath(relative: string): string {
  return join(sharedDir, relative);
}

/** true when ../shared/<relative> exists; otherwise prints why the tests that need it are skipped */
export function hasShared(relative: string): boolean {
  const ok = existsSync(sharedPath(relative));
  if (!ok) console.warn(`[skip] ${sharedPath(relative)} is not present: tests that need ../shared are skipped.`);
  return ok;
}
