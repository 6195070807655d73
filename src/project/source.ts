// Reading a .py file from disk: UTF-8 (a leading BOM is dropped), as CPython reads source with
// no encoding declaration. Bytes that are not UTF-8 are CPython's SyntaxError, not a crash.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics';

/** Thrown by readPySource for a file that is not UTF-8; carries the diagnostic to print. */
export class SourceDecodeError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

export function readPySource(file: string, displayName: string = file): string {
  const bytes = readFileSync(file);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new SourceDecodeError(nonUtf8(bytes, displayName));
  }
}

/** CPython 3.11: `Non-UTF-8 code starting with '\xff' in file app.py on line 1, but no ...`. */
function nonUtf8(bytes: Uint8Array, filename: string): Diagnostic {
  const at = firstInvalidUtf8(bytes);
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  const hex = (bytes[at] ?? 0).toString(16).padStart(2, '0');
  return {
    severity: 'error',
    kind: 'SyntaxError',
    message: `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
    filename,
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
  };
}

/** Index of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > b.length) return i;
    for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    // overlong 3/4-byte forms, surrogates and code points past U+10FFFF
    if ((c === 0xe0 && b[i + 1] < 0xa0) || (c === 0xed && b[i + 1] >= 0xa0) || (c === 0xf0 && b[i + 1] < 0x90) || (c === 0xf4 && b[i + 1] >= 0x90)) return i;
    i += n;
  }
  return b.length;
}
