/** What the fetch stage hands on: the raw bytes of one input and what is known about them. */
export type InputRef = { kind: 'file'; path: string } | { kind: 'url'; url: string };

export interface FetchedInput {
  /** file path (absolute) or the final URL after redirects */
  uri: string;
  /** what the user asked for (path or URL), for error reports */
  input: string;
  bytes: Uint8Array;
  /** text/html or text/plain */
  mediaType: 'text/html' | 'text/plain';
  /** Content-Type header as received, for the charset */
  contentType: string | null;
  fetchedAt: string;
}

export interface FetchLimits {
  /** largest accepted input in bytes (after gzip decompression) */
  maxBytes: number;
  /** per-request timeout for URLs */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
}

export const defaultFetchLimits: FetchLimits = {
  maxBytes: 10 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  userAgent: 'news-extract/0.1 (+https://github.com/news-extract/news-extract)',
};

export function describeInput(ref: InputRef): string {
  return ref.kind === 'file' ? ref.path : ref.url;
}
