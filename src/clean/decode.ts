/**
 * Bytes to HTML text: the character encoding is found as browsers find it (the WHATWG sniffing
 * algorithm of encoding-sniffer: a byte-order mark, then the HTTP header's charset, then
 * `<meta charset>` / `<meta http-equiv>` / an XML declaration in the first bytes, else UTF-8), and
 * the bytes are decoded with iconv-lite. Bytes that are not text at all (an image, a PDF, an archive,
 * NUL-filled data) are refused with a ParseError rather than turned into mojibake.
 */
import { getEncoding } from 'encoding-sniffer';
import iconv from 'iconv-lite';
import { ParseError } from '../errors.js';

export interface DecodedHtml {
  html: string;
  /** the WHATWG name of the encoding used, e.g. "UTF-8", "windows-1251" */
  encoding: string;
}

/** how far into the page a `<meta charset>` is looked for (the standard says 1024; real pages put it later) */
const SNIFF_BYTES = 4096;

/** magic numbers of formats that are often served where HTML was expected */
const BINARY_SIGNATURES: Array<{ name: string; bytes: number[] }> = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'WebP/RIFF', bytes: [0x52, 0x49, 0x46, 0x46] },
];

/** the charset parameter of a Content-Type header, if any */
export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const match = contentType?.match(/charset\s*=\s*["']?([^"';\s]+)/i);
  return match?.[1];
}

/** what the bytes are when they are not text (a known file signature, NUL or control bytes), else null */
export function binaryKind(bytes: Uint8Array, encoding = 'utf-8'): string | null {
  for (const { name, bytes: magic } of BINARY_SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  if (/^utf-16/i.test(encoding)) return null;
  // text never holds NUL bytes or many C0 controls; a few stray ones are tolerated
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return 'data with NUL bytes';
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.05 ? 'data with control bytes' : null;
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  const transportLayerEncodingLabel = charsetFromContentType(contentType);
  let encoding: string;
  try {
    encoding = getEncoding(bytes, { maxBytes: SNIFF_BYTES, transportLayerEncodingLabel, defaultEncoding: 'utf-8' });
  } catch {
    // an unknown label in the header: sniff the bytes alone
    encoding = getEncoding(bytes, { maxBytes: SNIFF_BYTES, defaultEncoding: 'utf-8' });
  }
  const kind = binaryKind(bytes, encoding);
  if (kind) {
    throw new ParseError('INPUT_BINARY', `news-extract: the page is binary (${kind}), not HTML text (first bytes: ${hexPrefix(bytes)})`);
  }
  if (!iconv.encodingExists(encoding)) {
    throw new ParseError('INPUT_ENCODING', `news-extract: the page's encoding "${encoding}" cannot be decoded`);
  }
  // iconv-lite strips a BOM by default
  const html = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return { html, encoding };
}

function hexPrefix(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
}
