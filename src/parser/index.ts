// The parser's public entry: source text → Module AST, or the first SyntaxError exactly as
// CPython 3.11 reports it. Never throws.

import type { Module, Expr, Pos } from '../ast/nodes';
import type { Diagnostic } from '../diagnostics';
import { parser as lezerParser } from './gen/parser';
import type { Tree } from '@lezer/common';
import { tokenize, refineTokens, releaseTokens, isKeyword, type Tokens } from './tokenizer';
import * as T from './gen/parser.terms';
import { setTokens, furthestToken, resetFurthest, deepestStack } from './external-tokens';
import { Builder } from './build';
import { decodeNumber } from './literals';
import { PySyntaxError } from './errors';
import { diagnoseParseFailure } from './diagnose';
import { validateModule } from './validate';
import { checkTreeDepth, tooDeep } from './depth';

export interface ParseResult {
  module: Module | null;
  diagnostics: Diagnostic[];
}

// Subtrees spanning up to this many characters are stored as compact TreeBuffers. Lezer's
// default (1,024) leaves long chains (`a + a + …`) as thousands of nested Tree nodes, which its
// tree builder recurses through and flattens past 2,500 levels (depth.ts); 8,192 keeps chains
// of ~3,000 short terms inside buffers. At most 65,535: buffer positions are 16-bit.
const BUFFER_LENGTH = 8192;
const strictParser = lezerParser.configure({ strict: true, bufferLength: BUFFER_LENGTH });
/** Lezer's stack limit (Rec.CutDepth 8,400 entries), less a margin. */
const LEZER_STACK_LIMIT = 8000;

export function parse(source: string, filename: string): ParseResult {
  try {
    const module = parseModule(normalizeNewlines(source));
    const declaring = lastDeclaringScopes;
    lastDeclaringScopes = null; // not kept alive with the previous module
    validateModule(module, declaring);
    return { module, diagnostics: [] };
  } catch (e) {
    if (e instanceof PySyntaxError) return { module: null, diagnostics: [toDiagnostic(e, filename)] };
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // input nested deeper than the JS stack allows: CPython's error for the same situation
      return { module: null, diagnostics: [{ severity: 'error', kind: 'RecursionError', message: 'maximum recursion depth exceeded during compilation', filename, line: 1, column: 1, endLine: 1, endColumn: 1 }] };
    }
    const message = e instanceof Error ? e.message : String(e);
    return {
      module: null,
      diagnostics: [
        {
          severity: 'error',
          kind: 'SyntaxError',
          message: `internal parser error: ${message}`,
          filename,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
        },
      ],
    };
  }
}

/**
 * CPython reads source with universal newlines: `\r\n` and a lone `\r` become `\n` before
 * tokenizing, so a line break inside a triple-quoted string is always "\n" in its value.
 * Lines and columns are unchanged by this (every form counts as one line break).
 */
function normalizeNewlines(source: string): string {
  return source.indexOf('\r') < 0 ? source : source.replace(/\r\n?/g, '\n');
}

function toDiagnostic(e: PySyntaxError, filename: string): Diagnostic {
  return {
    severity: 'error',
    kind: e.kind,
    message: e.message,
    filename,
    line: e.line,
    column: e.col + 1,
    endLine: e.endLine,
    endColumn: e.endCol + 1,
  };
}

// The scopes of the module parseModule built last that hold `global`/`nonlocal` (Builder), for
// validateModule. Set after the f-string fields' own parseModule calls, so it is the module's.
let lastDeclaringScopes: ReadonlySet<object> | null = null;

/**
 * Tokens → Lezer tree → AST; throws PySyntaxError for the first syntax error the parser and the
 * builder find. The checks after parsing, and the nesting limit, are validateModule's.
 */
export function parseModule(source: string): Module {
  const toks = tokenize(source);
  try {
    refineTokens(toks);
    const err = toks.error;
    if (err && err.raising) throw new PySyntaxError(err.kind, err.message, err.line, err.col, err.endLine, err.endCol);
    let parsed = runGroups(toks);
    if (!parsed) {
      // A group failed: parse the whole file in one piece, so that the error found (and the
      // furthest token read) is exactly that of a single parse. A group boundary that was not a
      // true statement boundary (it cannot be, but a wrong guess must not change the result)
      // also ends here, and the whole-file parse then succeeds.
      resetFurthest();
      const tree = runLezer(toks, 0, toks.count);
      if (!tree) {
        // ~2,800 pending prefix operators or lambdas fill Lezer's stack: a nesting error.
        if (deepestStack() >= LEZER_STACK_LIMIT) throw tooDeep();
        throw diagnoseParseFailure(toks, furthestToken(), (src) => tryBuildPrefix(src));
      }
      parsed = { trees: [tree], bases: [0] };
    }
    for (const tree of parsed.trees) checkTreeDepth(tree);
    if (err) {
      // The parser accepted everything before a tokenizer error that only counts once reached.
      throw diagnoseParseFailure(toks, toks.count - 1, (src) => tryBuildPrefix(src));
    }
    const b = new Builder(toks);
    b.parseFieldExpr = parseFieldExpr;
    try {
      // The AST's nesting depth is checked by validateModule, in the same walk as its other checks.
      const mod = b.module(parsed.trees, parsed.bases);
      lastDeclaringScopes = b.declaringScopes;
      return mod;
    } finally {
      b.release();
    }
  } finally {
    // The AST keeps nothing of the tokens: their columns serve the next parse.
    releaseTokens(toks);
  }
}

// Tokens per group of top-level statements. One Lezer parse keeps every node of the file in
// one growing array (most of `shift`'s time went to it); parses of ~4,000 tokens each took
// ~30% less time in all on the bench corpus.
const GROUP_TOKENS = 4000;

/** Token indices where groups of whole top-level statements start (the first is 0). */
export function groupStarts(toks: Tokens): number[] {
  const type = toks.type;
  const n = toks.count;
  const starts = [0];
  let last = 0;
  let level = 0; // indentation level (the tokenizer makes no INDENT/DEDENT inside brackets)
  let lineStart = true; // token i begins a logical line
  let decorator = false; // the last top-level logical line began with `@`
  for (let i = 0; i < n - 1; i++) {
    const t = type[i];
    if (t === T.indent) level++;
    else if (t === T.dedent) level--;
    else if (lineStart && level === 0) decorator = t === T.at;
    lineStart = t === T.newline || t === T.indent || t === T.dedent;
    if (lineStart && level === 0 && !decorator && i + 1 - last >= GROUP_TOKENS && startsStatement(type[i + 1])) {
      starts.push(i + 1);
      last = i + 1;
    }
  }
  return starts;
}

/** Whether a top-level line beginning with this token starts a new statement. */
function startsStatement(t: number): boolean {
  return !(
    t === T.dedent || t === T.indent || t === T.endmarker || t === T.kw_else || t === T.kw_elif ||
    t === T.kw_except || t === T.kw_finally
  );
}

/** One Lezer parse per group of top-level statements; null when any group fails. */
function runGroups(toks: Tokens): Parsed | null {
  const starts = groupStarts(toks);
  const trees: Tree[] = [];
  // A tree parsed from a range counts its positions from the range's start.
  const bases = starts.map((i) => (i > 0 ? toks.end[i - 1] : 0));
  for (let k = 0; k < starts.length; k++) {
    resetFurthest();
    const tree = runLezer(toks, starts[k], k + 1 < starts.length ? starts[k + 1] : toks.count);
    if (!tree) return null;
    trees.push(tree);
  }
  return { trees, bases };
}

/** The Lezer trees of a file and the source offset each one's positions count from. */
interface Parsed {
  trees: Tree[];
  bases: number[];
}

/** Parses tokens [from, to) (a group of whole statements, or the file). */
function runLezer(toks: Tokens, from: number, to: number) {
  setTokens(toks, from, to);
  try {
    const start = from > 0 ? toks.end[from - 1] : 0;
    const end = to > 0 ? toks.end[to - 1] : 0;
    const parse: any =
      from === 0 && to === toks.count
        ? strictParser.startParse(toks.source)
        : strictParser.startParse(toks.source, [], [{ from: start, to: end }]);
    // Lezer moves forward on every call to advance(); a call that leaves every stack where it
    // was would repeat forever. Guard against such a loop becoming a hang.
    let lastPos = -1;
    let still = 0;
    for (;;) {
      // Lezer forces its stack out of a long left-associative chain after 300 big reductions
      // (its guard against trees too deep to recurse through), and a strict parse then fails on
      // valid code such as 700 terms joined by `+`, which CPython accepts. The builder copes
      // with depth itself (depth.ts), so the guard is turned off. `bigReductionCount` is the
      // internal counter that guard reads.
      parse.bigReductionCount = 0;
      const tree = parse.advance();
      if (tree) return tree as Tree;
      const pos = parse.parsedPos as number;
      if (pos === lastPos) {
        if (++still > 1_000_000) throw new Error(`parser made no progress at offset ${pos}`);
      } else {
        lastPos = pos;
        still = 0;
      }
    }
  } catch (e) {
    if (e instanceof SyntaxError) return null;
    throw e;
  } finally {
    setTokens(null);
  }
}

/**
 * CPython reports the first error in the file. When Lezer fails at some token, the statements
 * before it may still hold an error our builder finds (an invalid target, say): parse and
 * build that prefix alone and report its error if it has one.
 */
function tryBuildPrefix(prefix: string): PySyntaxError | null {
  // Only errors our builder finds count here (they are CPython parser errors); a prefix that
  // does not parse on its own (it may stop inside a block) tells nothing.
  const toks = tokenize(prefix);
  refineTokens(toks);
  if (toks.error) return null;
  resetFurthest();
  const tree = runLezer(toks, 0, toks.count);
  if (!tree) return null;
  try {
    const b = new Builder(toks);
    b.parseFieldExpr = parseFieldExpr;
    b.module([tree]);
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    return null;
  }
}

/**
 * Replacement-field expressions of f-strings, parsed as CPython 3.11 does: the text wrapped in
 * parentheses, then positioned at (line, col) in the file.
 */
function parseFieldExpr(text: string, line: number, col: number): Expr {
  const simple = simpleField(text, line, col);
  if (simple) return simple;
  let m: Module;
  try {
    m = parseModule('(' + text + ')');
  } catch (e) {
    if (e instanceof PySyntaxError) {
      // CPython 3.11 moves the line of such errors but keeps the column inside "(expr)".
      throw new PySyntaxError(e.kind, 'f-string: ' + e.message, e.line + line - 1, e.col, e.endLine + line - 1, e.endCol);
    }
    throw e;
  }
  const st = m.body[0];
  if (m.body.length !== 1 || st.type !== 'Expr') {
    throw new PySyntaxError('SyntaxError', 'f-string: invalid syntax', line, 0, line, 1);
  }
  shiftPositions(st.value, line - 1, col - 1);
  return st.value;
}

// Most replacement fields are a name or a dotted name (`{x}`, `{ self.total }`). They are built
// here as the parse of "(text)" would build them: a nested parse costs ~80 µs, and the ~1,100
// fields of bench/parse took a fifth of the builder's time that way.
const SIMPLE_FIELD = /^([ \t]*)([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)[ \t]*$/;

// A decimal integer without leading zeros (`{0}`, `{255}`), read as the parser reads it.
const INT_FIELD = /^([ \t]*)(0|[1-9][0-9]*)[ \t]*$/;

function simpleField(text: string, line: number, col: number): Expr | null {
  const n = INT_FIELD.exec(text);
  if (n) {
    const start = col + n[1].length;
    return { type: 'Constant', value: decodeNumber(n[2]), line, col: start, endLine: line, endCol: start + n[2].length };
  }
  const m = SIMPLE_FIELD.exec(text);
  if (!m) return null;
  const parts = m[2].split('.');
  for (const p of parts) if (isKeyword(p)) return null; // True, None, `lambda`, ...: the parser's
  const start = col + m[1].length;
  let end = start + parts[0].length;
  let e: Expr = { type: 'Name', id: parts[0], ctx: 'Load', line, col: start, endLine: line, endCol: end };
  for (let i = 1; i < parts.length; i++) {
    end += 1 + parts[i].length;
    e = { type: 'Attribute', value: e, attr: parts[i], ctx: 'Load', line, col: start, endLine: line, endCol: end };
  }
  return e;
}

/** Moves a subtree parsed on its own to where its text sits in the file. */
function shiftPositions(n: unknown, dLine: number, dCol: number): void {
  if (n === null || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (const x of n) shiftPositions(x, dLine, dCol);
    return;
  }
  const o = n as Record<string, unknown> & Partial<Pos>;
  if (typeof o.line === 'number') {
    if (o.line === 1) o.col! += dCol;
    if (o.endLine === 1) o.endCol! += dCol;
    o.line += dLine;
    o.endLine! += dLine;
  }
  for (const k in o) {
    const v = o[k];
    if (v !== null && typeof v === 'object') shiftPositions(v, dLine, dCol);
  }
}
