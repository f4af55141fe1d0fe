/** Stable ids: the same article gets the same record id on every run. */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** 32 hex digits: of the canonical URL for fetched pages, of the content for files and inline text */
export function recordId(basis: { canonicalUrl?: string | null; contentSha256: string }): string {
  const key = basis.canonicalUrl ? `url:${canonicaliseUrl(basis.canonicalUrl)}` : `sha256:${basis.contentSha256}`;
  return sha256Hex(key).slice(0, 32);
}

/** drops the fragment and common tracking parameters so that one article has one URL */
export function canonicaliseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const name of [...parsed.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/i.test(name)) parsed.searchParams.delete(name);
    }
    return parsed.toString();
  } catch {
    return url;
  }
}
