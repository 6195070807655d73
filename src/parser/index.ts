// The parser's public entry: source text → Module AST, or the first SyntaxError exactly as
// CPython 3.11 reports it. Never throws.

import type { Module, Expr } from '../ast/nodes';
import type { Diagnostic } from '../diagnostics';
import { parser as lezerParser } from './gen/parser';
import { tokenize, refineTokens, type Tokens } from './tokenizer';
import { setTokens, furthestToken, resetFurthest } from './external-tokens';
import { Builder } from './build';
import { PySyntaxError } from './errors';
import { diagnoseParseFailure } from './diagnose';
import { validateModule } from './validate';

export interface ParseResult {
  module: Module | null;
  diagnostics: Diagnostic[];
}

const strictParser = lezerParser.configure({ strict: true });

export function parse(source: string, filename: string): ParseResult {
  try {
    const module = parseModule(source);
    validateModule(module);
    return { module, diagnostics: [] };
  } catch (e) {
    if (e instanceof PySyntaxError) return { module: null, diagnostics: [toDiagnostic(e, filename)] };
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

/** Tokens → Lezer tree → AST; throws PySyntaxError for the first syntax error. */
export function parseModule(source: string, lineOffset = 0, colOffset = 0): Module {
  const toks = tokenize(source);
  refineTokens(toks);
  const err = toks.error;
  if (err && err.raising) throw new PySyntaxError(err.kind, err.message, err.line, err.col, err.endLine, err.endCol);
  const tree = runLezer(toks);
  if (!tree) throw diagnoseParseFailure(toks, furthestToken(), (src) => tryBuildPrefix(src));
  if (err) {
    // The parser accepted everything before a tokenizer error that only counts once reached.
    throw diagnoseParseFailure(toks, toks.count - 1, (src) => tryBuildPrefix(src));
  }
  const b = new Builder(toks, lineOffset, colOffset);
  b.parseFieldExpr = parseFieldExpr;
  return b.module(tree);
}

function runLezer(toks: Tokens) {
  setTokens(toks);
  resetFurthest();
  try {
    return strictParser.parse(toks.source);
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
  try {
    const m = parseModule(prefix);
    validateModule(m, true);
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError && e.message !== 'invalid syntax') return e;
    return null;
  }
}

/**
 * Replacement-field expressions of f-strings, parsed as CPython 3.11 does: the text wrapped in
 * parentheses, then positioned at (line, col) in the file.
 */
function parseFieldExpr(text: string, line: number, col: number): Expr {
  let m: Module;
  try {
    m = parseModule('(' + text + ')', line - 1, col - 1);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      // CPython keeps the column inside the parenthesised copy but moves the line.
      throw new PySyntaxError(e.kind, 'f-string: ' + e.message, e.line, e.line === line ? e.col - (col - 1) : e.col, e.endLine, e.endLine === line ? e.endCol - (col - 1) : e.endCol);
    }
    throw e;
  }
  const st = m.body[0];
  if (m.body.length !== 1 || st.type !== 'Expr') {
    throw new PySyntaxError('SyntaxError', 'f-string: invalid syntax', line, col, line, col + 1);
  }
  return st.value;
}
