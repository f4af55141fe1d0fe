/**
 * Plain-text articles: strict UTF-8 (invalid bytes are an error for that article, not silent U+FFFD)
 * unless the server names another charset, no binary data, a leading BOM removed and nothing else
 * changed, so offsets point into the file's text.
 */
import iconv from 'iconv-lite';
import { binaryKind, charsetFromContentType } from '../clean/decode.js';
import { InputError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** `contentType` is the HTTP Content-Type header, whose charset wins when it names one other than UTF-8 */
export function decodeText(bytes: Uint8Array, input: string, contentType?: string | null): string {
  const kind = binaryKind(bytes);
  if (kind) throw new InputError('INPUT_BINARY', `news-extract: "${input}" holds binary data (${kind}), not text`, input);
  const charset = charsetFromContentType(contentType);
  if (charset && !/^utf-?8$/i.test(charset) && iconv.encodingExists(charset)) return iconv.decode(Buffer.from(bytes), charset);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError('INPUT_ENCODING', `news-extract: "${input}" is not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)})`, input);
  }
}

/** index of the first byte that does not start or continue a valid UTF-8 sequence */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
