/** Reads one article file (optionally gzip-compressed), refusing what is too large to be an article. */
import { open } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import type { FetchedInput, FetchLimits } from './types.js';

export async function readArticleFile(path: string, limits: FetchLimits): Promise<FetchedInput> {
  const gzipped = /\.gz$/i.test(path);
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new InputError('INPUT_NOT_FOUND', `news-extract: cannot open "${path}": ${error.code ?? error.message}`, path);
  });
  try {
    const { size } = await handle.stat();
    if (size > limits.maxBytes) throw tooLarge(path, size, limits.maxBytes);
    let bytes: Uint8Array = await handle.readFile();
    if (gzipped) bytes = gunzip(path, bytes, limits.maxBytes);
    return {
      uri: path,
      input: path,
      bytes,
      mediaType: /\.html?(\.gz)?$/i.test(path) ? 'text/html' : 'text/plain',
      contentType: null,
      fetchedAt: new Date().toISOString(),
    };
  } finally {
    await handle.close();
  }
}

function gunzip(path: string, bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(path, Number.NaN, maxBytes);
    throw new InputError('INPUT_BINARY', `news-extract: "${path}" is not valid gzip data (${code ?? String(error)})`, path);
  }
}

export function tooLarge(input: string, size: number, maxBytes: number): InputError {
  const what = Number.isNaN(size) ? 'more than' : `${size} bytes,`;
  return new InputError('INPUT_TOO_LARGE', `news-extract: "${input}" is ${what} over the ${maxBytes}-byte limit for one article`, input);
}
