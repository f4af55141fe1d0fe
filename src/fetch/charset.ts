/**
 * The charset of a fetched page: the header's, unless the bytes prove it wrong, then the page's own
 * declaration. Servers often send a default charset that the page contradicts. Two cases are certain
 * enough to override the header: "UTF-8" on bytes that are mostly not UTF-8 (a UTF-8 page with a stray
 * bad byte keeps UTF-8), and a legacy charset on bytes that are valid UTF-8 with non-ASCII characters
 * (legacy text is practically never valid UTF-8).
 */
import { getEncoding } from 'encoding-sniffer';
import { charsetFromContentType } from '../clean/decode.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** the Content-Type to decode with: the header, or the header with its charset corrected */
export function contentTypeForDecoding(bytes: Uint8Array, contentType: string | null): string | null {
  const declared = charsetFromContentType(contentType);
  if (!declared || !contentType) return contentType;
  const saysUtf8 = /^utf-?8$/i.test(declared);
  if (saysUtf8) {
    if (validUtf8(bytes)) return contentType;
    const { sequences, invalid } = utf8Census(bytes);
    return invalid > sequences ? withCharset(contentType, pageCharset(bytes)) : contentType;
  }
  if (!/^utf-?16/i.test(declared) && validUtf8(bytes) && utf8Census(bytes).sequences > 0) return withCharset(contentType, 'utf-8');
  return contentType;
}

/** the page's own declaration (BOM, <meta>, XML declaration); windows-1252, the web's legacy default, if none or a wrong "utf-8" */
function pageCharset(bytes: Uint8Array): string {
  const sniffed = getEncoding(bytes, { maxBytes: 4096, defaultEncoding: 'windows-1252' });
  return sniffed === 'UTF-8' ? 'windows-1252' : sniffed;
}

function withCharset(contentType: string, charset: string): string {
  return `${contentType.split(';')[0].trim()}; charset=${charset}`;
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** well-formed multi-byte UTF-8 sequences, and bytes that belong to none */
function utf8Census(bytes: Uint8Array): { sequences: number; invalid: number } {
  let sequences = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    let k = 1;
    while (k < length && (bytes[i + k] & 0xc0) === 0x80) k++;
    if (length > 1 && k === length) sequences++;
    else if (length !== 1) invalid++;
    i += length > 1 && k === length ? length : 1;
  }
  return { sequences, invalid };
}
