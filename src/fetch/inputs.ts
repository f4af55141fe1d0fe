/**
 * Turns the user's input arguments (files, directories, globs, URLs, "-" for a list on stdin) into
 * one InputRef per article. An argument that names nothing becomes an error for that argument only.
 */
import { createInterface } from 'node:readline';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../errors.js';
import type { InputRef } from './types.js';

/** file names the pipeline reads as articles: .txt, .html, .htm, each optionally .gz */
export const ARTICLE_FILE = /\.(txt|html?)(\.gz)?$/i;

export type ExpandedInput = InputRef | { kind: 'error'; input: string; error: InputError };

export async function* expandInputs(args: string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<ExpandedInput> {
  for (const arg of args) {
    if (arg === '-') {
      for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
        const trimmed = line.trim();
        if (trimmed && !trimmed.startsWith('#')) yield* expandOne(trimmed);
      }
    } else {
      yield* expandOne(arg);
    }
  }
}

async function* expandOne(arg: string): AsyncGenerator<ExpandedInput> {
  if (/^https?:\/\//i.test(arg)) {
    yield { kind: 'url', url: arg };
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    yield inputError(arg, 'INPUT_UNSUPPORTED', `unsupported URL scheme in "${arg}" (http and https only)`);
    return;
  }
  const info = await stat(arg).catch(() => null);
  if (info?.isFile()) {
    yield { kind: 'file', path: resolve(arg) };
    return;
  }
  if (info?.isDirectory()) {
    yield* matchFiles(arg, '**/*', `no article files (.txt, .html, .htm, optionally .gz) in directory "${arg}"`);
    return;
  }
  if (isDynamicPattern(arg)) {
    yield* matchFiles('.', arg, `no article files match the pattern "${arg}"`);
    return;
  }
  yield inputError(arg, 'INPUT_NOT_FOUND', `no such file, directory or URL: "${arg}"`);
}

async function* matchFiles(cwd: string, pattern: string, emptyMessage: string): AsyncGenerator<ExpandedInput> {
  const files = (await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false }))
    .filter((file) => ARTICLE_FILE.test(file))
    .sort();
  if (files.length === 0) yield inputError(cwd === '.' ? pattern : cwd, 'INPUT_NOT_FOUND', emptyMessage);
  for (const path of files) yield { kind: 'file', path };
}

function inputError(input: string, code: 'INPUT_NOT_FOUND' | 'INPUT_UNSUPPORTED', message: string): ExpandedInput {
  return { kind: 'error', input, error: new InputError(code, `news-extract: ${message}`, input) };
}
