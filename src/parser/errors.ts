// The exception the builder and validator throw to stop at the first error; `parse()` turns
// it into a Diagnostic. Positions: 1-based line, 0-based column (converted at the end).

export type ErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError' | 'RecursionError';

export class PySyntaxError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly line: number,
    readonly col: number,
    readonly endLine: number,
    readonly endCol: number,
  ) {
    super(message);
  }
}

export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export function syntaxError(message: string, at: Span, kind: ErrorKind = 'SyntaxError'): PySyntaxError {
  return new PySyntaxError(kind, message, at.line, at.col, at.endLine, at.endCol);
}
