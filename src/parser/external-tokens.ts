// Bridge between our tokenizer (tokenizer.ts) and Lezer. The whole token array is made before
// parsing; every parse stack carries the index of its next token as its context, so the
// external tokenizer only reads `tokens[index]`. Each token covers, for Lezer, the text from
// the end of the previous token to its own end, so no skip tokens are needed.

import { ContextTracker, ExternalTokenizer } from '@lezer/lr';
import type { Tokens } from './tokenizer';
import { Name, kw_case, endmarker } from './gen/parser.terms';

let current: Tokens | null = null;
// The parse reads tokens [base, stop): a file is parsed in groups of top-level statements
// (index.ts), each its own Lezer parse whose stack contexts count from 0. A group that ends
// before the file's endmarker gets a zero-length endmarker of its own at index `stop`; past
// it (and past the last token) the tokenizer gives nothing, which Lezer reads as end of input.
let base = 0;
let stop = 0;
// Index of the furthest token any parse stack asked for: where a failed parse stopped (CPython
// reports generic syntax errors at the last token it read).
let furthest = 0;

// Deepest parse stack seen (Lezer's internal `Stack.stack`, three entries per frame). Lezer
// gives up on a stack of 8,400 entries (its Rec.CutDepth): 2,800 pending prefix operators or
// `lambda`s. A parse that fails after getting that deep failed on nesting, not on bad syntax.
let deepest = 0;

export function deepestStack(): number {
  return deepest;
}

export function furthestToken(): number {
  return furthest;
}

export function resetFurthest(): void {
  furthest = 0;
  deepest = 0;
}

/** Parse tokens [from, to) of `t`, with a synthetic endmarker at `to` unless it is the end. */
export function setTokens(t: Tokens | null, from = 0, to = t ? t.count : 0): void {
  current = t;
  base = from;
  stop = to;
}

export const trackTokenIndex = new ContextTracker<number>({
  start: 0,
  shift: (index) => index + 1,
  hash: (index) => index,
  strict: false,
});

export const pythonTokens = new ExternalTokenizer(
  (input, stack) => {
    const toks = current;
    if (!toks) return;
    const i = base + (stack.context as number);
    if (i >= stop) {
      // Exactly at the end of a group that is not the end of the file: its own endmarker.
      // Any further request must get nothing (not the next group's token, which lies outside
      // the parsed range and made Lezer loop on a token clipped to zero length).
      if (i === stop && stop < toks.count) input.acceptTokenTo(endmarker, toks.end[stop - 1]);
      return;
    }
    if (i > furthest) furthest = i;
    const depth = (stack as unknown as { stack: number[] }).stack.length;
    if (depth > deepest) deepest = depth;
    let t = toks.type[i];
    // `case` is a soft keyword: a keyword exactly where a case clause may begin.
    // The text test comes first: `canShift` walks the parse table and every Name would pay it.
    if (t === Name && toks.end[i] - toks.start[i] === 4 && toks.source.startsWith('case', toks.start[i])) {
      if (stack.canShift(kw_case)) t = kw_case;
    }
    input.acceptTokenTo(t, toks.end[i]);
  },
  { contextual: true, fallback: false },
);

