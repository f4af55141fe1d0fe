/**
 * Quote records: quotation spans that are speech (not scare quotes or titles), each with its
 * speaker. Pieces of a quote over several paragraphs share the speaker found on any of them; a
 * quote with no attribution of its own continues the speaker of the quote just before it (same or
 * previous paragraph), the way news copy strings quotes together.
 */
import type { Quote } from '../record.js';
import { tokenAtOrAfter, type EventContext } from './context.js';
import { findQuoteSpans, wordCount, type QuoteSpan } from './quotes.js';
import { attribute, type Speaker } from './speakers.js';

/** fewer words than this is a scare quote ("courageous achievement") unless someone is said to say it */
const MIN_WORDS_UNATTRIBUTED = 4;
const MIN_WORDS = 2;

interface Candidate {
  span: QuoteSpan;
  speaker: Speaker | null;
  paragraph: number;
  chain: number;
}

export function recogniseQuotes(ctx: EventContext): Quote[] {
  const candidates: Candidate[] = [];
  let chain = -1;
  for (const span of findQuoteSpans(ctx.text)) {
    const words = wordCount(ctx.text.slice(span.start, span.end));
    if (words < MIN_WORDS) continue;
    const found = attribute(ctx, span);
    const speaker = found && (found.id || found.name) ? found : null;
    if (!speaker && words < MIN_WORDS_UNATTRIBUTED && !span.continues) continue;
    if (!span.continues) chain++;
    const token = tokenAtOrAfter(ctx.tokens, span.start);
    candidates.push({ span, speaker, paragraph: token < ctx.tokens.length ? ctx.paragraphOf[token] : -1, chain });
  }
  // a speaker found on any piece of a multi-paragraph quote speaks all of it
  const chainSpeaker = new Map<number, Speaker>();
  for (const c of candidates) if (c.speaker && !chainSpeaker.has(c.chain)) chainSpeaker.set(c.chain, c.speaker);
  let previous: Candidate | null = null;
  for (const c of candidates) {
    c.speaker ??= chainSpeaker.get(c.chain) ?? null;
    if (!c.speaker && previous?.speaker && c.paragraph - previous.paragraph <= 1) c.speaker = previous.speaker;
    previous = c;
  }
  return candidates.map((c, i) => ({
    id: `quote-${i + 1}`,
    text: ctx.text.slice(c.span.start, c.span.end),
    start: c.span.start,
    end: c.span.end,
    speaker: c.speaker?.id ?? null,
    speakerName: c.speaker?.name ?? null,
  }));
}
