/**
 * Plain-text articles: strict UTF-8 (invalid bytes are an error for that article, not silent U+FFFD),
 * no binary data, a leading BOM removed and nothing else changed, so offsets point into the file's text.
 */
import { InputError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array, input: string): string {
  if (looksBinary(bytes)) throw new InputError('INPUT_BINARY', `news-extract: "${input}" holds binary data, not text`, input);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError('INPUT_ENCODING', `news-extract: "${input}" is not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)})`, input);
  }
}

/** NUL bytes or a high share of control characters in the first 8 KB mean binary data */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // binary search for the shortest prefix that fails to decode
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
