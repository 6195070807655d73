// CPython's "invalid_*" rules, re-expressed over the token array around the token where the
// parse failed. Each rule returns a PySyntaxError when it recognises the situation, else null.

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

const HEADER_KEYWORDS = new Set([
  T.kw_if, T.kw_elif, T.kw_else, T.kw_while, T.kw_for, T.kw_with, T.kw_try, T.kw_except, T.kw_finally,
  T.kw_class, T.kw_def, T.kw_match, T.kw_async,
]);

const OPENERS = new Set([T.lparen, T.lbracket, T.lbrace]);
const CLOSERS = new Set([T.rparen, T.rbracket, T.rbrace]);
const EXPR_END = new Set([T.Name, T.Number, T.String, T.True, T.False, T.None, T.rparen, T.rbracket, T.rbrace, T.ellipsis]);
const EXPR_START = new Set([
  T.Name, T.Number, T.String, T.True, T.False, T.None, T.lparen, T.lbracket, T.lbrace, T.ellipsis,
  T.kw_not, T.kw_lambda, T.addOp, T.tilde, T.kw_await,
]);
// Tokens that end a disjunction when scanning backwards at bracket depth 0.
const DISJ_BOUNDARY = new Set([
  T.comma, T.colon, T.assign, T.walrus, T.augOp, T.semi, T.newline, T.indent, T.dedent, T.kw_if, T.ifClause,
  T.kw_else, T.kw_for, T.kw_lambda, T.kw_return, T.kw_yield, T.kw_elif, T.kw_while, T.kw_del, T.kw_assert,
  T.kw_raise, T.kw_from, T.kw_import, T.kw_with, T.kw_as, T.star, T.dstar, T.arrow, T.at, T.kw_async,
  T.kw_global, T.kw_nonlocal, T.kw_match, T.kw_case, T.kw_except, T.kw_await,
]);

type Rule = (toks: Tokens, at: number, lineStart: number) => PySyntaxError | null;

export function specificError(toks: Tokens, at: number, lineStart: number): PySyntaxError | null {
  for (const rule of RULES) {
    const e = rule(toks, at, lineStart);
    if (e) return e;
  }
  return null;
}

function hasToken(toks: Tokens, from: number, to: number, type: number): boolean {
  for (let i = from; i < to; i++) if (toks.type[i] === type) return true;
  return false;
}

function text(toks: Tokens, i: number): string {
  return toks.source.slice(toks.start[i], toks.end[i]);
}

function errRange(toks: Tokens, a: number, b: number, message: string): PySyntaxError {
  return new PySyntaxError('SyntaxError', message, toks.line[a], toks.col[a], toks.endLine[b], toks.endCol[b]);
}

/** Bracket depth just before token `i`, counted from the start of its logical line. */
function depthBefore(toks: Tokens, lineStart: number, i: number): number {
  let d = 0;
  for (let k = lineStart; k < i; k++) {
    const t = toks.type[k];
    if (OPENERS.has(t)) d++;
    else if (CLOSERS.has(t)) d--;
  }
  return d;
}

/** Start of the disjunction that ends with token `end` (scanning back over brackets). */
function disjunctionStart(toks: Tokens, end: number, lineStart: number): number {
  let k = end;
  let depth = 0;
  while (k >= lineStart) {
    const t = toks.type[k];
    if (CLOSERS.has(t)) depth++;
    else if (OPENERS.has(t)) {
      if (depth === 0) return k + 1;
      depth--;
    } else if (depth === 0 && DISJ_BOUNDARY.has(t)) return k + 1;
    k--;
  }
  return lineStart;
}

/** `if x:` followed by a line that is not indented. */
const expectedIndentedBlock: Rule = (toks, at) => {
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
};

/** A compound-statement header that reaches the end of its line without its ':'. */
const expectedColon: Rule = (toks, at, lineStart) => {
  if (toks.type[at] !== T.newline) return null;
  let k = lineStart;
  if (toks.type[k] === T.kw_async) k++;
  const t = toks.type[k];
  const isCase = t === T.Name && text(toks, k) === 'case' && at > k + 1;
  if (!HEADER_KEYWORDS.has(t) && !isCase) return null;
  if (toks.type[at - 1] === T.colon) return null;
  // The rest of the header must be complete: CPython only says "expected ':'" then.
  const bare = t === T.kw_else || t === T.kw_try || t === T.kw_finally || t === T.kw_except;
  if (!bare && at <= k + 1) return null;
  if (t === T.kw_def && toks.type[at - 1] !== T.rparen && !hasToken(toks, k, at, T.arrow)) return null;
  return tokErrorAt(toks, at, "expected ':'");
};

/** `match x` + NEWLINE + an indented `case`: the soft keyword was read as a name. */
const matchWithoutColon: Rule = (toks, at, lineStart) => {
  if (at !== lineStart + 1 || toks.type[lineStart] !== T.Name || text(toks, lineStart) !== 'match') return null;
  let nl = at;
  while (nl < toks.count && toks.type[nl] !== T.newline) nl++;
  if (toks.type[nl + 1] !== T.indent || toks.type[nl + 2] !== T.Name || text(toks, nl + 2) !== 'case') return null;
  return tokErrorAt(toks, nl, "expected ':'");
};

/** `try:` block followed by neither `except` nor `finally`. */
const expectedExcept: Rule = (toks, at) => {
  const t = toks.type;
  let k = at - 1;
  if (t[at] === T.dedent) k = at;
  // Walk back over the dedent(s) that closed the block to its INDENT.
  if (t[k] !== T.dedent) return null;
  while (k > 0 && t[k - 1] === T.dedent) k--;
  let depth = 0;
  let i = k - 1;
  for (; i >= 0; i--) {
    if (t[i] === T.dedent) depth++;
    else if (t[i] === T.indent) {
      if (depth === 0) break;
      depth--;
    }
  }
  if (i < 3 || t[i - 1] !== T.newline || t[i - 2] !== T.colon || t[i - 3] !== T.kw_try) return null;
  let e = at;
  while (t[e] === T.dedent) e++;
  if (t[e] === T.kw_except || t[e] === T.kw_finally) return null;
  if (t[e] === T.endmarker) {
    let nl = e;
    while (nl > 0 && t[nl] !== T.newline) nl--;
    return tokErrorAt(toks, nl, "expected 'except' or 'finally' block");
  }
  return tokErrorAt(toks, e, "expected 'except' or 'finally' block");
};

/** `print x`, `exec "code"`: Python 2 statements. */
const legacyPrint: Rule = (toks, at, lineStart) => {
  const a = at - 1;
  if (a < lineStart || toks.type[a] !== T.Name) return null;
  const name = text(toks, a);
  if (name !== 'print' && name !== 'exec') return null;
  if (!EXPR_START.has(toks.type[at]) || toks.type[at] === T.lparen) return null;
  const s = disjunctionStart(toks, a, lineStart);
  if (s !== a) return null;
  const end = expressionEnd(toks, at);
  return errRange(toks, a, end, `Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`);
};

/** Last token of the expression list starting at `i` (to the end of the logical line). */
function expressionEnd(toks: Tokens, i: number): number {
  let depth = 0;
  let k = i;
  for (; k < toks.count; k++) {
    const t = toks.type[k];
    if (OPENERS.has(t)) depth++;
    else if (CLOSERS.has(t)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (t === T.newline || t === T.semi || t === T.endmarker || t === T.assign)) break;
  }
  return k - 1;
}

/** Two expressions side by side inside brackets: `f(a b)`, `[1 2]`. */
const forgotComma: Rule = (toks, at, lineStart) => {
  if (!EXPR_START.has(toks.type[at]) || !EXPR_END.has(toks.type[at - 1])) return null;
  if (depthBefore(toks, lineStart, at) <= 0) return null;
  const a = disjunctionStart(toks, at - 1, lineStart);
  if (a === at - 1 && toks.type[a] === T.Name && toks.type[at] === T.String) return null;
  const bEnd = simpleExpressionEnd(toks, at);
  return errRange(toks, a, bEnd, 'invalid syntax. Perhaps you forgot a comma?');
};

/** Last token of the expression starting at `i`, stopping at a comma or closing bracket. */
function simpleExpressionEnd(toks: Tokens, i: number): number {
  let depth = 0;
  let k = i;
  for (; k < toks.count; k++) {
    const t = toks.type[k];
    if (OPENERS.has(t)) depth++;
    else if (CLOSERS.has(t)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (t === T.comma || t === T.newline || t === T.colon || t === T.endmarker)) break;
  }
  return k - 1;
}

/** `x = 1 if 2` — a conditional expression without `else`. */
const expectedElse: Rule = (toks, at, lineStart) => {
  if (toks.type[at] !== T.ifClause) return null;
  // Comprehension `if`s and case guards are fine; those are not where parsing stops.
  let depth = 0;
  for (let k = at + 1; k < toks.count; k++) {
    const t = toks.type[k];
    if (OPENERS.has(t)) depth++;
    else if (CLOSERS.has(t)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && t === T.colon) return null;
    else if (depth === 0 && (t === T.newline || t === T.comma || t === T.endmarker)) break;
  }
  const a = disjunctionStart(toks, at - 1, lineStart);
  return errRange(toks, a, at + 1, "expected 'else' after 'if' expression");
};

/** `from x import a,` */
const trailingImportComma: Rule = (toks, at, lineStart) => {
  if (toks.type[at] !== T.newline || toks.type[at - 1] !== T.comma || toks.type[lineStart] !== T.kw_from) return null;
  return tokErrorAt(toks, at, 'trailing comma not allowed without surrounding parentheses');
};

/** `def f` not followed by its parameter list. */
const expectedParen: Rule = (toks, at) => {
  if (at < 2 || toks.type[at - 1] !== T.Name || toks.type[at - 2] !== T.kw_def || toks.type[at] === T.lparen) return null;
  return tokErrorAt(toks, at, "expected '('");
};

/** `{1: }` */
const dictValueMissing: Rule = (toks, at, lineStart) => {
  const t = toks.type[at];
  if ((t !== T.rbrace && t !== T.comma) || toks.type[at - 1] !== T.colon) return null;
  // The innermost open bracket must be a brace.
  let depth = 0;
  for (let k = at - 2; k >= lineStart; k--) {
    const u = toks.type[k];
    if (CLOSERS.has(u)) depth++;
    else if (OPENERS.has(u)) {
      if (depth === 0) {
        if (u !== T.lbrace) return null;
        return tokErrorAt(toks, at - 1, "expression expected after dictionary key and ':'");
      }
      depth--;
    }
  }
  return null;
};

/** `f(a.b=1)`: a keyword argument whose name is an expression. */
const keywordExpression: Rule = (toks, at, lineStart) => {
  if (toks.type[at] !== T.assign || depthBefore(toks, lineStart, at) <= 0) return null;
  const a = disjunctionStart(toks, at - 1, lineStart);
  if (a === at - 1 && toks.type[a] === T.Name) return null;
  // Only inside a call's parentheses.
  if (toks.type[a - 1] !== T.lparen && toks.type[a - 1] !== T.comma) return null;
  return errRange(toks, a, at, 'expression cannot contain assignment, perhaps you meant "=="?');
};

/** `a not b`: after `not`, CPython reads one more token looking for `in`. */
const notWithoutIn: Rule = (toks, at) => {
  if (toks.type[at] !== T.kw_not || !EXPR_END.has(toks.type[at - 1])) return null;
  return tokErrorAt(toks, at + 1, 'invalid syntax');
};

/** `print(*a for a in b)` */
const starInComprehension: Rule = (toks, at, lineStart) => {
  if (toks.type[at] !== T.kw_for && toks.type[at] !== T.kw_async) return null;
  const a = disjunctionStart(toks, at - 1, lineStart);
  if (a - 1 < lineStart || toks.type[a - 1] !== T.star) return null;
  const before = toks.type[a - 2];
  if (!OPENERS.has(before) && before !== T.comma) return null;
  return errRange(toks, a - 1, at - 1, 'iterable unpacking cannot be used in comprehension');
};

const RULES: Rule[] = [
  expectedIndentedBlock,
  expectedExcept,
  expectedParen,
  expectedColon,
  matchWithoutColon,
  trailingImportComma,
  legacyPrint,
  expectedElse,
  dictValueMissing,
  keywordExpression,
  starInComprehension,
  forgotComma,
  notWithoutIn,
];

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
