/**
 * What the money, date and quantity recognisers share for one article: the wink-nlp tokens, a
 * lowercase copy of the text for lexicon matching, char-offset → token look-ups, and which tokens an
 * earlier recogniser has already claimed (money first, then dates, then quantities).
 */
import type { Analysis, Token } from '../analyse.js';
import { lowerForMatching } from './lexicon.js';

export interface ValueContext {
  text: string;
  lower: string;
  tokens: Token[];
  analysis: Analysis;
  /** 1 where a recogniser has used the token */
  claimed: Uint8Array;
  /** char offset → index of the token that ends there, or -1 */
  tokenEndingAt: Int32Array;
}

export function createContext(analysis: Analysis): ValueContext {
  const { text, tokens } = analysis;
  const tokenEndingAt = new Int32Array(text.length + 1).fill(-1);
  for (const token of tokens) tokenEndingAt[token.end] = token.index;
  return { text, lower: lowerForMatching(text), tokens, analysis, claimed: new Uint8Array(tokens.length), tokenEndingAt };
}

/** true when token b follows token a with nothing in between ("5" "m" in "5m") */
export function adjacent(ctx: ValueContext, a: number, b: number): boolean {
  return b < ctx.tokens.length && a >= 0 && ctx.tokens[a].end === ctx.tokens[b].start;
}

export function lowerAt(ctx: ValueContext, i: number): string {
  return i >= 0 && i < ctx.tokens.length ? ctx.tokens[i].lower : '';
}

export function claim(ctx: ValueContext, first: number, end: number): void {
  ctx.claimed.fill(1, first, end);
}

export function isClaimed(ctx: ValueContext, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (ctx.claimed[i]) return true;
  return false;
}

/** index of the token ending exactly at char offset `end`, or -1 when the offset falls inside a token */
export function tokenEndingAt(ctx: ValueContext, end: number): number {
  return end >= 0 && end < ctx.tokenEndingAt.length ? ctx.tokenEndingAt[end] : -1;
}

/** same sentence and no line break between tokens a and b */
export function sameLine(ctx: ValueContext, a: number, b: number): boolean {
  if (b >= ctx.tokens.length || a < 0) return false;
  if (ctx.tokens[a].sentence !== ctx.tokens[b].sentence) return false;
  for (let i = a + 1; i <= b; i++) if (ctx.tokens[i].lineStart) return false;
  return true;
}
