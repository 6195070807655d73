// Diagnostics: the one error shape every stage reports, and the one formatter that prints it
// the way CPython prints a SyntaxError.

export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Python exception type the diagnostic stands for, e.g. 'SyntaxError', 'ModuleNotFoundError'. */
  kind: string;
  message: string;
  filename: string;
  line: number; // 1-based
  column: number; // 1-based, like CPython's SyntaxError.offset
  endLine: number;
  endColumn: number; // 1-based, exclusive
}

/**
 * CPython-style rendering:
 *
 *   File "app.py", line 3
 *     if x
 *         ^
 * SyntaxError: expected ':'
 */
export function formatDiagnostic(d: Diagnostic, source: string | null): string {
  const out = [`  File "${d.filename}", line ${d.line}`];
  const text = source?.split(/\r\n|\r|\n/)[d.line - 1];
  if (text !== undefined) {
    const stripped = text.replace(/^[ \t\f]+/, '');
    const indent = text.length - stripped.length;
    const trimmed = stripped.replace(/\s+$/, '');
    out.push('    ' + trimmed);
    const start = Math.max(1, d.column - indent);
    const sameLine = d.endLine === d.line;
    let width = sameLine ? d.endColumn - d.column : 1;
    if (width < 1) width = 1;
    if (start - 1 + width > trimmed.length + 1) width = Math.max(1, trimmed.length + 1 - (start - 1));
    out.push('    ' + ' '.repeat(start - 1) + '^'.repeat(width));
  }
  out.push(`${d.kind}: ${d.message}`);
  return out.join('\n');
}

export function errorDiagnostic(
  kind: string,
  message: string,
  filename: string,
  pos: { line: number; col: number; endLine?: number; endCol?: number },
): Diagnostic {
  return {
    severity: 'error',
    kind,
    message,
    filename,
    line: pos.line,
    column: pos.col + 1,
    endLine: pos.endLine ?? pos.line,
    endColumn: (pos.endCol ?? pos.col + 1) + 1,
  };
}
