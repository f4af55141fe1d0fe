/** How the installed command starts node, for the tests and benchmarks that start it the same way. */
import { readFileSync } from 'node:fs';

const BIN = new URL('../bin/news-extract.js', import.meta.url);

export interface CommandLine {
  /** the environment the `#!` line sets (`MALLOC_ARENA_MAX=2`) */
  env: Record<string, string>;
  /** node's flags (`--single-threaded-gc`) */
  nodeFlags: string[];
}

/** Linux before 5.1 (RHEL 8's 4.18, which Node 20 supports) reads no more of a `#!` line: the flags past it would be cut off */
const MAX_SHEBANG_CHARS = 127;

/** the environment and node flags of bin/news-extract.js's `#!/usr/bin/env -S [NAME=value…] node [flags]` line */
export function commandLine(): CommandLine {
  const shebang = readFileSync(BIN, 'utf8').split('\n', 1)[0];
  if (shebang.length > MAX_SHEBANG_CHARS) throw new Error(`news-extract: bin/news-extract.js's #! line has ${shebang.length} characters, more than the ${MAX_SHEBANG_CHARS} that Linux before 5.1 reads: ${JSON.stringify(shebang)}`);
  const match = /^#!\/usr\/bin\/env -S((?:\s+[A-Z_]+=\S+)*)\s+node((?:\s+--[\w-]+(?:=\S+)?)*)\s*$/.exec(shebang);
  if (!match) throw new Error(`news-extract: bin/news-extract.js does not start with "#!/usr/bin/env -S [NAME=value…] node [flags]": ${JSON.stringify(shebang)}`);
  const words = (list: string) => list.split(/\s+/).filter(Boolean);
  const env = Object.fromEntries(words(match[1]).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  return { env, nodeFlags: words(match[2]) };
}
