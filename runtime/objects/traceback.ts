// Tracebacks (runtime ABI §5): every compiled function's `catch` calls `tb(e, fi, line)`,
// which converts stray JS errors into Python exceptions and records the frame. `formatTraceback`
// prints CPython 3.11's format, chained exceptions included.
import { typeOf } from './core';
import { PyBaseException, pyError } from './errors';
import { depth } from '../scheduler/frames';
import { pyStr } from './repr';
import { isAllocationFailure } from '../sandbox/memory';

/** Converts a JS error that escaped into Python code (never a Python exception) to one. */
export function fromJsError(e: any): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack|too much recursion/i.test(e.message)) {
    return pyError('RecursionError', 'maximum recursion depth exceeded');
  }
  if (isAllocationFailure(e)) return pyError('MemoryError');
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return pyError('SystemError', `internal error in the edgepy runtime: ${what} (please report a bug in edgepy)`);
}

/**
 * CPython's "exception being handled" (ABI §8): compiled `except` bodies set `handled.e` to
 * the caught exception and restore the previous value when the handler ends.
 */
export const handled: { e: any } = { e: undefined };

/** Records frame `fi` at `line` on the exception's traceback; returns the Python exception. */
import { chainContext } from './excmethods';
export function tb(e: any, fi: { name: string; file: string }, line: number): PyBaseException {
  const x = e instanceof PyBaseException ? e : fromJsError(e);
  const d = depth.n;
  const list = x.$$tb;
  if (list === undefined) {
    // first frame the exception leaves: it was raised while `handled.e` was being handled
    x.$$tb = [{ fi, line, d }];
    if (handled.e !== undefined) chainContext(x, handled.e);
  }
  else {
    // A frame that catches and re-raises passes here twice: keep the first (original) line.
    const last = list[list.length - 1];
    if (last.fi === fi && last.d === d) return x;
    list.push({ fi, line, d });
  }
  return x;
}

/** Raised by a compiled function's prologue when the frame counter passes the limit. */
export function recursionError(): never {
  depth.n--; // the prologue incremented it outside the try/finally that would undo it
  throw pyError('RecursionError', 'maximum recursion depth exceeded');
}

import { suggestionSuffix } from './suggest';
/** `Type: message` (the last line of a traceback), as CPython prints it. */
export function formatExceptionOnly(e: any): string {
  const t = typeOf(e);
  const name = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
  let msg: string;
  try { msg = pyStr(e); } catch { msg = '<exception str() failed>'; }
  let out = msg === '' ? name : `${name}: ${msg}`;
  out += suggestionSuffix(e);
  const notes = e.$__notes__;
  if (notes !== undefined && notes.items) for (const n of notes.items) out += '\n' + (typeof n === 'string' ? n : pyStr(n));
  return out;
}

/** The lines for one exception's own traceback (without the chain). */
function formatOne(e: PyBaseException, sources: Record<string, string> | undefined): string {
  let out = '';
  const frames = e.$$tb ?? [];
  if (frames.length) {
    out += 'Traceback (most recent call last):\n';
    let last = '';
    let repeat = 0;
    const flush = () => {
      if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
    };
    for (let i = frames.length - 1; i >= 0; i--) {
      const { fi, line } = frames[i];
      const key = `${fi.file}\0${line}\0${fi.name}`;
      if (key === last) {
        repeat++;
        if (repeat > 3) continue;
      } else {
        flush();
        last = key;
        repeat = 1;
      }
      out += `  File "${fi.file}", line ${line}, in ${fi.name}\n`;
      const src = sourceLine(sources, fi.file, line);
      if (src) out += `    ${src}\n`;
    }
    flush();
  }
  return out + formatExceptionOnly(e) + '\n';
}

const lineCache = new Map<string, string[]>();
function sourceLine(sources: Record<string, string> | undefined, file: string, line: number): string {
  const text = sources?.[file];
  if (text === undefined) return '';
  let lines = lineCache.get(text);
  if (lines === undefined) {
    lines = text.split(/\r\n|\r|\n/);
    if (lineCache.size > 64) lineCache.clear();
    lineCache.set(text, lines);
  }
  return (lines[line - 1] ?? '').trim();
}

/**
 * The full CPython-style traceback text of `exc` (ending in a newline), following
 * `__cause__` / `__context__` chains. `sources` maps file names to their source text.
 */
export function formatTraceback(exc: any, sources?: Record<string, string>): string {
  if (!(exc instanceof PyBaseException)) exc = fromJsError(exc);
  const seen = new Set<any>();
  const parts: string[] = [];
  let e: any = exc;
  while (e instanceof PyBaseException && !seen.has(e)) {
    seen.add(e);
    parts.unshift(formatOne(e, sources));
    const cause = e.$__cause__;
    if (cause instanceof PyBaseException) {
      parts.unshift('\nThe above exception was the direct cause of the following exception:\n\n');
      e = cause;
    } else if (!e.$__suppress_context__ && e.$__context__ instanceof PyBaseException) {
      parts.unshift('\nDuring handling of the above exception, another exception occurred:\n\n');
      e = e.$__context__;
    } else break;
  }
  return parts.join('');
}
