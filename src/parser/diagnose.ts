// When Lezer cannot parse, find the error CPython 3.11 would report. CPython's parser fails on
// its first pass, then re-parses with "invalid_*" rules that produce specific messages, and
// falls back to "invalid syntax" at the last token it read. Tokenizer errors and unclosed
// brackets take priority as in `_PyPegen_set_syntax_error`.

import type { Tokens } from './tokenizer';
import * as T from './gen/parser.terms';
import { PySyntaxError } from './errors';
import { specificError } from './diagnose-rules';

export function diagnoseParseFailure(
  toks: Tokens,
  at: number,
  buildPrefix: (src: string) => PySyntaxError | null,
): PySyntaxError {
  const tokErr = toks.error;
  const last = toks.count - 1; // the endmarker
  if (at > last) at = last;
  const atEnd = at === last;

  // Reached a tokenizer error (bad dedent, tab/space mix, continuation) — CPython reports it.
  if (atEnd && tokErr) {
    return new PySyntaxError(tokErr.kind, tokErr.message, tokErr.line, tokErr.col, tokErr.endLine, tokErr.endCol);
  }
  // Reached the end of the input inside brackets.
  if (atEnd && toks.open.length) return unclosed(toks);

  // Errors in complete statements before the failing one come first.
  const lineStart = logicalLineStart(toks, at);
  if (lineStart > 0) {
    const prefixErr = buildPrefix(toks.source.slice(0, toks.start[lineStart]));
    if (prefixErr) return prefixErr;
  }

  const err = specificError(toks, at, lineStart) ?? generic(toks, at);
  // Brackets left open on an earlier line win over the parser's error.
  if (toks.open.length) {
    const open = toks.open[toks.open.length - 1];
    // CPython compares with the line of the last token it read, not of the error.
    if (open.line < toks.line[at]) return unclosed(toks);
  }
  return err;
}

function unclosed(toks: Tokens): PySyntaxError {
  const open = toks.open[toks.open.length - 1];
  return new PySyntaxError('SyntaxError', `'${String.fromCharCode(open.ch)}' was never closed`, open.line, open.col, open.line, open.col + 1);
}

/** The first token of the logical line holding token `i`. */
export function logicalLineStart(toks: Tokens, i: number): number {
  let j = i;
  while (j > 0) {
    const t = toks.type[j - 1];
    if (t === T.newline || t === T.indent || t === T.dedent) break;
    j--;
  }
  return j;
}

export function tokErrorAt(toks: Tokens, i: number, message: string, kind: PySyntaxError['kind'] = 'SyntaxError'): PySyntaxError {
  return new PySyntaxError(kind, message, toks.line[i], toks.col[i], toks.endLine[i], toks.endCol[i]);
}

function generic(toks: Tokens, at: number): PySyntaxError {
  const t = toks.type[at];
  // CPython's column for these is the indentation width (one less than usual).
  if (t === T.indent) return new PySyntaxError('IndentationError', 'unexpected indent', toks.line[at], toks.col[at] - 1, toks.line[at], toks.col[at]);
  if (t === T.dedent) return new PySyntaxError('IndentationError', 'unexpected unindent', toks.line[at], toks.col[at], toks.line[at], toks.col[at]);
  if (t === T.endmarker || (t === T.newline && toks.start[at] === toks.end[at])) {
    // At the end of input CPython points just past the last token.
    let k = at;
    while (k > 0 && toks.start[k] === toks.end[k] && toks.type[k] !== T.newline) k--;
    return new PySyntaxError('SyntaxError', 'invalid syntax', toks.line[k], toks.col[k], toks.line[k], toks.col[k]);
  }
  return tokErrorAt(toks, at, 'invalid syntax');
}
