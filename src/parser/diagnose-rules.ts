// CPython's "invalid_*" rules, re-expressed over the token array around the failing token.
// Each rule returns a PySyntaxError when it recognises the situation, else null.

import type { Tokens } from './tokenizer';
import * as T from './gen/parser.terms';
import { PySyntaxError } from './errors';
import { tokErrorAt } from './diagnose';

const BLOCK_NAMES: Record<number, string> = {
  [T.kw_if]: "'if' statement",
  [T.kw_elif]: "'elif' statement",
  [T.kw_else]: "'else' statement",
  [T.kw_while]: "'while' statement",
  [T.kw_for]: "'for' statement",
  [T.kw_with]: "'with' statement",
  [T.kw_try]: "'try' statement",
  [T.kw_except]: "'except' statement",
  [T.kw_finally]: "'finally' statement",
  [T.kw_class]: 'class definition',
  [T.kw_def]: 'function definition',
  [T.kw_match]: "'match' statement",
  [T.kw_case]: "'case' statement",
};

export function specificError(toks: Tokens, at: number, lineStart: number): PySyntaxError | null {
  return expectedIndentedBlock(toks, at) ?? null;
  void lineStart;
}

function text(toks: Tokens, i: number): string {
  return toks.source.slice(toks.start[i], toks.end[i]);
}

/** `if x:` followed by a line that is not indented. */
function expectedIndentedBlock(toks: Tokens, at: number): PySyntaxError | null {
  const t = toks.type;
  if (t[at] === T.indent || at < 2 || t[at - 1] !== T.newline || t[at - 2] !== T.colon) return null;
  const head = headerStart(toks, at - 2);
  let k = head;
  if (t[k] === T.kw_async) k++;
  let name = BLOCK_NAMES[t[k]];
  if (t[k] === T.Name && text(toks, k) === 'case') name = BLOCK_NAMES[T.kw_case];
  if (!name) return null;
  if (t[k] === T.kw_for && t[head] === T.kw_async) name = "'async for' statement";
  if (t[k] === T.kw_with && t[head] === T.kw_async) name = "'async with' statement";
  // The error sits on the token after the header's NEWLINE (its end for end-of-input).
  let e = at;
  while (e < toks.count - 1 && toks.start[e] === toks.end[e] && t[e] !== T.endmarker) e++;
  const msg = `expected an indented block after ${name} on line ${toks.line[k]}`;
  if (t[e] === T.endmarker) {
    const nl = at - 1;
    return new PySyntaxError('IndentationError', msg, toks.line[nl], toks.col[nl], toks.line[nl], toks.col[nl]);
  }
  return tokErrorAt(toks, e, msg, 'IndentationError');
}

/** First token of the compound-statement header that ends at token `colon`. */
function headerStart(toks: Tokens, colon: number): number {
  let j = colon;
  while (j > 0) {
    const u = toks.type[j - 1];
    if (u === T.newline || u === T.indent || u === T.dedent) break;
    j--;
  }
  return j;
}
