/** Reads one local file (optionally gzip-compressed), refusing what is too large to be an article or feed. */
import { open } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import type { FetchedInput, FetchLimits } from './types.js';

export async function readArticleFile(path: string, limits: FetchLimits): Promise<FetchedInput> {
  const { bytes, size, mtimeMs } = await readLocalFile(path, limits.maxBytes);
  return {
    uri: path,
    input: path,
    bytes,
    file: { size, mtimeMs },
    mediaType: /\.html?(\.gz)?$/i.test(path) ? 'text/html' : 'text/plain',
    contentType: null,
    fetchedAt: new Date().toISOString(),
  };
}

export interface LocalFile {
  bytes: Uint8Array;
  /** size on disk (before unpacking) and modification time, from the same open as the bytes */
  size: number;
  mtimeMs: number;
}

/** the file's bytes, unpacked if its name ends in .gz, at most maxBytes of them */
export async function readLocalFile(path: string, maxBytes: number): Promise<LocalFile> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new InputError('INPUT_NOT_FOUND', `news-extract: cannot open "${path}": ${error.code ?? error.message}`, path);
  });
  try {
    const { size, mtimeMs } = await handle.stat();
    if (size > maxBytes) throw tooLarge(path, size, maxBytes);
    const bytes: Uint8Array = await handle.readFile();
    return { bytes: /\.gz$/i.test(path) ? gunzip(path, bytes, maxBytes) : bytes, size, mtimeMs };
  } finally {
    await handle.close();
  }
}

export function gunzip(input: string, bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(input, Number.NaN, maxBytes);
    throw new InputError('INPUT_BINARY', `news-extract: "${input}" is not valid gzip data (${code ?? String(error)})`, input);
  }
}

export function tooLarge(input: string, size: number, maxBytes: number): InputError {
  const what = Number.isNaN(size) ? 'more than' : `${size} bytes,`;
  return new InputError('INPUT_TOO_LARGE', `news-extract: "${input}" is ${what} over the ${maxBytes}-byte limit`, input);
}
