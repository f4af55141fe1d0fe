/** Escaping and the page shell: every string from a record reaches the page through one of these. */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values. */
export function escapeHtml(value: string): string {
  return /[&<>"']/.test(value) ? value.replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c]!) : value;
}

/** JSON for a `<script type="application/json">` block: no `<` can close the element early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The URL if it is a web address a reader may follow; null for anything else (javascript:, data:, paths). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return null;
  return url;
}

/** A BCP 47 tag fit for the `lang` attribute, or null. */
export function langAttribute(language: string | null | undefined): string | null {
  return language && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(language) ? language : null;
}

/** marks a page as this report's, so a later report into the same folder may replace it */
export const GENERATOR = 'news-extract report';

export interface PageParts {
  title: string;
  css: string;
  body: string;
  /** client script, inlined; omitted for pages that need none */
  script?: string;
}

/** A complete, self-contained HTML document: styles and scripts inline, nothing loaded from anywhere. */
export function page({ title, css, body, script }: PageParts): string {
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta name="generator" content="${GENERATOR}">` +
    `<title>${escapeHtml(title)}</title><style>${css}</style></head>` +
    `<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>\n`
  );
}

const numberFormat = new Intl.NumberFormat('en');
export function formatCount(n: number): string {
  return Number.isInteger(n) && n > -1000 && n < 1000 ? String(n) : numberFormat.format(n);
}

/** "1 article", "2 articles" */
export function plural(n: number, one: string): string {
  return `${formatCount(n)} ${n === 1 ? one : `${one}s`}`;
}
