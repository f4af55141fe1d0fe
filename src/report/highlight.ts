/**
 * Renders a text with highlighted spans that may nest or overlap. The text is cut at every span
 * boundary; at each cut the open elements are reconciled with the spans that cover the next piece,
 * ordered outermost first (earlier start, then later end, then lower layer). Properly nested spans
 * therefore become one element each; a span that crosses another's end is closed there and reopened
 * as a continuation piece, so the HTML stays well formed and the text is reproduced exactly.
 */
import { escapeHtml } from './html.js';

export interface HighlightSpan {
  start: number;
  /** exclusive */
  end: number;
  /** breaks ties between spans with the same start and end: lower is outer */
  layer: number;
  /** opening tag of the span's first piece, e.g. `<mark class="m t-person" …>` */
  open: string;
  /** opening tag of any later piece, when the span is split by an overlap */
  openContinued: string;
  close: string;
}

/** Spans with start < end inside the text are rendered; any other is the caller's to report. */
export function renderHighlighted(text: string, spans: readonly HighlightSpan[]): string {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
  // rank = nesting order; a plain integer makes the per-cut sort cheap
  const ordered = valid
    .map((span, index) => ({ span, index }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.span.layer - b.span.layer || a.index - b.index);
  const rank = new Map<HighlightSpan, number>(ordered.map((o, i) => [o.span, i]));

  const startingAt = new Map<number, HighlightSpan[]>();
  const endingAt = new Map<number, HighlightSpan[]>();
  const cuts = new Set<number>([0, text.length]);
  for (const { span } of ordered) {
    push(startingAt, span.start, span);
    push(endingAt, span.end, span);
    cuts.add(span.start).add(span.end);
  }
  const positions = [...cuts].sort((a, b) => a - b);

  const out: string[] = [];
  const active = new Set<HighlightSpan>();
  const opened = new Set<HighlightSpan>();
  let stack: HighlightSpan[] = [];
  for (let i = 0; i < positions.length - 1; i++) {
    const at = positions[i]!;
    for (const span of endingAt.get(at) ?? []) active.delete(span);
    for (const span of startingAt.get(at) ?? []) active.add(span);
    const wanted = [...active].sort((a, b) => rank.get(a)! - rank.get(b)!);
    let keep = 0;
    while (keep < stack.length && keep < wanted.length && stack[keep] === wanted[keep]) keep++;
    for (let j = stack.length - 1; j >= keep; j--) out.push(stack[j]!.close);
    for (let j = keep; j < wanted.length; j++) {
      const span = wanted[j]!;
      out.push(opened.has(span) ? span.openContinued : span.open);
      opened.add(span);
    }
    stack = wanted;
    out.push(escapeHtml(text.slice(at, positions[i + 1])));
  }
  for (let j = stack.length - 1; j >= 0; j--) out.push(stack[j]!.close);
  return out.join('');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
