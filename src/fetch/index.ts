export { expandInputs, ARTICLE_FILE, type ExpandedInput } from './inputs.js';
export { readArticleFile } from './file.js';
export { fetchArticleUrl } from './http.js';
export { decodeText } from './text.js';
export * from './types.js';

import { readArticleFile } from './file.js';
import { fetchArticleUrl } from './http.js';
import type { FetchedInput, FetchLimits, InputRef } from './types.js';

export function fetchInput(ref: InputRef, limits: FetchLimits): Promise<FetchedInput> {
  return ref.kind === 'file' ? readArticleFile(ref.path, limits) : fetchArticleUrl(ref.url, limits);
}
