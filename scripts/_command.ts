/** How the installed command starts node, for the tests and benchmarks that start it the same way. */
import { readFileSync } from 'node:fs';

const BIN = new URL('../bin/news-extract.js', import.meta.url);

/** the node flags of bin/news-extract.js's `#!/usr/bin/env -S node …` line */
export function commandNodeFlags(): string[] {
  const shebang = readFileSync(BIN, 'utf8').split('\n', 1)[0];
  const match = /^#!\/usr\/bin\/env -S node((?:\s+--[\w-]+(?:=\S+)?)*)\s*$/.exec(shebang);
  if (!match) throw new Error(`news-extract: bin/news-extract.js does not start with "#!/usr/bin/env -S node [flags]": ${JSON.stringify(shebang)}`);
  return match[1].split(/\s+/).filter(Boolean);
}
