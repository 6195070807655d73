// Operators whose operands include a str or bytes: concatenation, repetition, %-formatting.
// Returns undefined when the combination is not handled here (caller reports or dispatches).
import { checkAlloc } from '../../sandbox/memory';
import { throwError } from '../errors';
import { typeOf } from '../core';
import { callDunder1 } from '../dunder';
import { PyBytes } from '../strings/bytes';
import { isScalar, scalarTypeName } from './typename';
import { PyFloat } from './box';

/** The repeat count for `seq * n`, or undefined when n is not an int. */
function repeatCount(n: any): number | undefined {
  if (typeof n === 'number') return Number.isInteger(n) ? n : undefined;
  if (typeof n === 'boolean') return +n;
  if (typeof n === 'bigint') {
    // Fits CPython's Py_ssize_t: negative repeats give empty, positive ones cannot be allocated.
    if (n >= -(1n << 63n) && n < (1n << 63n)) return n < 0n ? 0 : Number(n);
    throwError('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  return undefined;
}

function repeatStr(s: string, n: number): string {
  if (n <= 0 || s.length === 0) return '';
  if (s.length * n > 0x1fffffe8) throwError('MemoryError');
  checkAlloc(s.length * n * 2); // sandbox cap (UTF-16)
  return s.repeat(n);
}

function nonIntRepeat(n: any): never {
  throwError('TypeError', `can't multiply sequence by non-int of type '${scalarTypeName(n)}'`);
}

// `str % args` (strings/percent.ts) is installed by `$rt.need_percent()`, which compiled code
// calls when its module uses `%` (runtime/builtins/needs.ts, src/emit/method-packs.ts): a
// bundle whose program never formats with `%` drops percent formatting and the float
// formatting it uses.
let strPercent: ((fmt: string, args: any) => string) | undefined;

/** Installs `str % args` (once, from need_percent). */
export function setStrPercent(f: (fmt: string, args: any) => string): void {
  strPercent = f;
}

export function strBinary(op: string, a: any, b: any): any {
  if (op === '+') {
    if (typeof a === 'string') {
      if (typeof b === 'string') return a + b;
      if (isScalar(b)) throwError('TypeError', `can only concatenate str (not "${scalarTypeName(b)}") to str`);
    }
    return undefined;
  }
  if (op === '*') {
    if (typeof a === 'string') {
      const n = repeatCount(b);
      if (n !== undefined) return repeatStr(a, n);
      if (isScalar(b)) nonIntRepeat(b);
    } else if (typeof b === 'string') {
      const n = repeatCount(a);
      if (n !== undefined) return repeatStr(b, n);
      if (isScalar(a)) nonIntRepeat(a);
    }
    return undefined;
  }
  if (op === '%' && typeof a === 'string') {
    if (strPercent === undefined) throwError('SystemError', "str % used by code that did not call $rt.need_percent() (please report a bug in edgepy)");
    return strPercent(a, b);
  }
  return undefined;
}

export function bytesBinary(op: string, a: any, b: any): any {
  // b"%s" % x: bytes.__mod__ (strings/bytesdunders.ts), looked up so this file need not import it
  if (op === '%' && a instanceof PyBytes) return callDunder1(typeOf(a).proto.$__mod__, a, b);
  if (op === '+') {
    if (a instanceof PyBytes) {
      if (b instanceof PyBytes) return a.concat(b);
      if (isScalar(b)) throwError('TypeError', `can't concat ${scalarTypeName(b)} to bytes`);
    }
    return undefined;
  }
  if (op === '*') {
    const seq = a instanceof PyBytes ? a : b instanceof PyBytes ? b : undefined;
    if (seq === undefined) return undefined;
    const other = seq === a ? b : a;
    const n = repeatCount(other);
    if (n !== undefined) return seq.repeat(n);
    if (isScalar(other) || other instanceof PyFloat) nonIntRepeat(other);
  }
  return undefined;
}
