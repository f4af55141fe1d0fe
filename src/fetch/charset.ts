/**
 * The charset of a fetched page: the header's, unless the bytes prove it wrong, then the page's own
 * declaration. Servers often send a default charset that the page contradicts. Two cases are certain
 * enough to override the header: "UTF-8" on bytes that are not UTF-8, and a legacy charset on bytes
 * that are valid UTF-8 with non-ASCII characters (legacy text is practically never valid UTF-8).
 */
import { getEncoding } from 'encoding-sniffer';
import { charsetFromContentType } from '../clean/decode.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** the Content-Type to decode with: the header, or the header with its charset corrected */
export function contentTypeForDecoding(bytes: Uint8Array, contentType: string | null): string | null {
  const declared = charsetFromContentType(contentType);
  if (!declared || !contentType) return contentType;
  const saysUtf8 = /^utf-?8$/i.test(declared);
  const isUtf8 = validUtf8(bytes);
  if (saysUtf8 && !isUtf8) return withCharset(contentType, pageCharset(bytes));
  if (!saysUtf8 && !/^utf-?16/i.test(declared) && isUtf8 && hasNonAscii(bytes)) return withCharset(contentType, 'utf-8');
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

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return true;
  return false;
}
