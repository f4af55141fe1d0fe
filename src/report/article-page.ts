/**
 * One article's page: the text with every mention highlighted by type, a legend, and a side panel
 * listing entities, values, events, quotes and warnings. Everything from the record is escaped.
 */
import type { ArticleRecord, NewsEvent, Quote } from '../record.js';
import { ARTICLE_PAGE_CSS, ARTICLE_SCRIPT } from './assets.js';
import { renderHighlighted, type HighlightSpan } from './highlight.js';
import { escapeHtml, formatCount, jsonForScript, langAttribute, page, safeHref } from './html.js';
import { itemsOf, MENTION_TYPES, TYPE_LABELS, type MentionType, type ReportItem, type Span } from './items.js';

export interface ArticlePage {
  html: string;
  /** mentions highlighted: one <mark class="m"> first piece each */
  mentions: number;
  /** problems found in the record's offsets, also shown on the page */
  problems: string[];
}

export interface ArticlePageContext {
  /** link back to the batch page, relative to the article page */
  indexHref: string;
}

interface ClientItem {
  type: string;
  label: string;
  details: string[];
  evidence?: true;
}

const EXCERPT_CHARS = 280;
/** a record with every offset wrong would otherwise list thousands */
const PROBLEMS_LISTED = 50;

const PANEL_HEADINGS: Record<MentionType, string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organisations',
  money: 'Money',
  quantity: 'Quantities',
  date: 'Dates',
};

export function renderArticlePage(record: ArticleRecord, context: ArticlePageContext): ArticlePage {
  const text = record.article.text;
  const items = itemsOf(record);
  const problems: string[] = [];
  const spans: HighlightSpan[] = [];
  const client: Record<string, ClientItem> = {};
  const counts = new Map<MentionType, number>(MENTION_TYPES.map((t) => [t, 0]));
  let mentions = 0;

  const inText = (what: string, s: { start: number; end: number }): boolean => {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;
    if (!ok) problems.push(`${what}: offsets ${s.start}–${s.end} are outside the text (length ${text.length}); not highlighted`);
    return ok;
  };

  for (const item of items) {
    client[item.key] = { type: TYPE_LABELS[item.type], label: item.label, details: item.details };
    for (const m of item.mentions) {
      if (!inText(`${item.key} "${m.text}"`, m)) continue;
      if (typeof m.text === 'string' && text.slice(m.start, m.end) !== m.text) {
        problems.push(`${item.key}: the text at ${m.start}–${m.end} is "${text.slice(m.start, m.end)}", the record says "${m.text}"`);
      }
      spans.push(mentionSpan(item, m));
      counts.set(item.type, counts.get(item.type)! + 1);
      mentions++;
    }
  }
  const names = nameIndex(record, items);
  for (const event of record.events) {
    client[event.id] = { type: 'Event', label: `${event.type} event`, details: [], evidence: true };
    if (inText(`${event.id} evidence`, event.evidence)) spans.push(evidenceSpan('ev', event.id, event.evidence, 0));
    if (event.trigger && inText(`${event.id} trigger`, event.trigger)) spans.push(evidenceSpan('tr', event.id, event.trigger, 2));
  }
  for (const quote of record.quotes) {
    client[quote.id] = { type: 'Quote', label: `Quote${quote.speakerName ? ` by ${quote.speakerName}` : ''}`, details: [], evidence: true };
    if (inText(`${quote.id}`, quote)) spans.push(evidenceSpan('qt', quote.id, quote, 0));
  }

  const title = record.article.title?.trim() || `Untitled article ${record.id}`;
  const lang = langAttribute(record.article.language);

  const body =
    '<a class="skip" href="#panel">Skip to the list of entities, events and quotes</a>' +
    `<header><nav><a href="${escapeHtml(context.indexHref)}">← Batch report</a></nav>` +
    `<h1>${escapeHtml(title)}</h1>${metaLine(record)}</header>` +
    '<fieldset class="legend"><legend class="skip">Highlight types</legend>' +
    MENTION_TYPES.map((t) =>
      `<label><input type="checkbox" value="${t}" checked> <span class="chip t-${t}">${TYPE_LABELS[t]}</span> <span class="n">${formatCount(counts.get(t)!)}</span></label>`,
    ).join('') +
    '</fieldset><p id="status" role="status" aria-live="polite"></p>' +
    '<div class="layout"><main id="main">' +
    `<article id="text"${lang ? ` lang="${lang}"` : ''} aria-label="Article text with highlighted mentions">${renderHighlighted(text, spans)}</article>` +
    '</main>' +
    `<aside id="panel" tabindex="-1" aria-label="Entities, values, events and quotes">${panel(record, items, names, problems)}</aside></div>` +
    '<div id="tip" role="tooltip" hidden></div>' +
    `<script type="application/json" id="report-data">${jsonForScript({ items: client })}</script>`;
  return { html: page({ title, css: ARTICLE_PAGE_CSS, body, script: ARTICLE_SCRIPT }), mentions, problems };
}

function mentionSpan(item: ReportItem, m: Span): HighlightSpan {
  const attrs = `class="m t-${item.type}" data-k="${escapeHtml(item.key)}"`;
  return {
    start: m.start,
    end: m.end,
    layer: 1,
    open: `<mark ${attrs} tabindex="0">`,
    openContinued: `<mark class="m t-${item.type} cont" data-k="${escapeHtml(item.key)}">`,
    close: '</mark>',
  };
}

function evidenceSpan(kind: 'ev' | 'tr' | 'qt', key: string, s: { start: number; end: number }, layer: number): HighlightSpan {
  const open = `<span class="${kind}" data-k="${escapeHtml(key)}">`;
  return { start: s.start, end: s.end, layer, open, openContinued: open, close: '</span>' };
}

function metaLine(record: ArticleRecord): string {
  const a = record.article;
  const parts = [
    a.siteName ? escapeHtml(a.siteName) : '',
    a.publishedAt ? `published ${escapeHtml(a.publishedAt)}` : '',
    a.authors.length ? `by ${escapeHtml(a.authors.join(', '))}` : '',
  ].filter(Boolean);
  const href = safeHref(a.canonicalUrl) ?? safeHref(record.source?.uri);
  const source = href
    ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(href)}</a>`
    : record.source?.uri ? escapeHtml(record.source.uri) : '';
  return `<p class="meta">${[...parts, source].filter(Boolean).join(' · ')}</p>`;
}

/** id → display name for people, places and organisations (event participants, quote speakers) */
function nameIndex(record: ArticleRecord, items: ReportItem[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of items) if (item.type === 'person' || item.type === 'place' || item.type === 'organization') names.set(item.key, item.label);
  for (const m of record.money) names.set(m.id, m.text);
  for (const q of record.quantities) names.set(q.id, q.text);
  return names;
}

function panel(record: ArticleRecord, items: ReportItem[], names: Map<string, string>, problems: string[]): string {
  const sections: string[] = [];
  for (const type of MENTION_TYPES) {
    const ofType = items.filter((i) => i.type === type);
    if (ofType.length === 0) continue;
    sections.push(
      `<h2>${PANEL_HEADINGS[type]} <span class="n">${formatCount(ofType.length)}</span></h2><ul>` +
        ofType.map((item) =>
          `<li><button type="button" class="pick t-${item.type}" data-k="${escapeHtml(item.key)}" aria-pressed="false">${escapeHtml(item.label)}` +
          ` <span class="n">×${formatCount(item.mentions.length)}</span><span class="sub">${escapeHtml(item.details.filter((d) => !/^key: | mentions$/.test(d)).join(' · '))}</span></button></li>`,
        ).join('') +
        '</ul>',
    );
  }
  const text = record.article.text;
  if (record.events.length) {
    sections.push(`<h2>Events <span class="n">${formatCount(record.events.length)}</span></h2><ul>` + record.events.map((e) => eventItem(e, names, text)).join('') + '</ul>');
  }
  if (record.quotes.length) {
    sections.push(`<h2>Quotes <span class="n">${formatCount(record.quotes.length)}</span></h2><ul>` + record.quotes.map((q) => quoteItem(q, names)).join('') + '</ul>');
  }
  const warnings = [
    ...record.warnings.map((w) => `${w.stage} · ${w.code}: ${w.message}`),
    ...problems.slice(0, PROBLEMS_LISTED).map((p) => `report · OFFSETS: ${p}`),
    ...(problems.length > PROBLEMS_LISTED ? [`report · OFFSETS: ${formatCount(problems.length - PROBLEMS_LISTED)} more offset problems`] : []),
  ];
  if (warnings.length) {
    sections.push(`<h2>Warnings <span class="n">${formatCount(warnings.length)}</span></h2><ul>` + warnings.map((w) => `<li class="warn">${escapeHtml(w)}</li>`).join('') + '</ul>');
  }
  return sections.join('') || '<p class="muted">Nothing was extracted from this article.</p>';
}

function eventItem(e: NewsEvent, names: Map<string, string>, text: string): string {
  const facts = [
    e.participants.length ? e.participants.map((p) => `${names.get(p.id) ?? p.id} (${p.role})`).join(', ') : '',
    e.place ? `in ${names.get(e.place) ?? e.place}` : '',
    e.date ? `on ${e.date}` : '',
    e.amounts.length ? e.amounts.map((id) => names.get(id) ?? id).join(', ') : '',
    `confidence ${e.confidence}`,
    e.negated ? 'negated' : '',
    e.hypothetical ? 'hypothetical' : '',
    e.cameo ? `CAMEO ${e.cameo}` : '',
  ].filter(Boolean);
  return (
    `<li><button type="button" class="pick" data-k="${escapeHtml(e.id)}" aria-pressed="false"><b>${escapeHtml(e.type)}</b> · ${escapeHtml(e.trigger?.text ?? '')}` +
    `<span class="sub">${escapeHtml(facts.join(' · '))}</span></button>` +
    `<blockquote>${escapeHtml(excerpt(text.slice(e.evidence.start, e.evidence.end)))}</blockquote></li>`
  );
}

function quoteItem(q: Quote, names: Map<string, string>): string {
  const speaker = q.speakerName ?? (q.speaker ? names.get(q.speaker) ?? q.speaker : 'unknown speaker');
  return (
    `<li><button type="button" class="pick" data-k="${escapeHtml(q.id)}" aria-pressed="false"><b>${escapeHtml(speaker)}</b></button>` +
    `<blockquote>${escapeHtml(excerpt(q.text))}</blockquote></li>`
  );
}

function excerpt(value: string): string {
  return value.length > EXCERPT_CHARS ? `${value.slice(0, EXCERPT_CHARS - 1)}…` : value;
}
