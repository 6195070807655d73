// Code-point semantics for JS (UTF-16) strings: len, indexing, slicing.
// Strings without surrogates (the common case) use the UTF-16 index directly; the check is
// cached for the last string seen so `len(s)` in a loop stays cheap.
import { throwError } from '../errors';
import { None } from '../core';
import { asIndex } from '../containers/index_';
import { PyFloat } from '../numbers/box';
import { scalarTypeName } from '../numbers/typename';
import { bigItemIndex } from '../numbers/ssize';

const SURROGATE = /[\uD800-\uDFFF]/;
let lastStr = '';
let lastHas = false;

/** True when s contains a surrogate code unit (so UTF-16 and code-point indices differ). */
export function hasSurrogates(s: string): boolean {
  if (s.length < 1) return false;
  if (s === lastStr) return lastHas;
  lastStr = s;
  return (lastHas = SURROGATE.test(s));
}

/** The code points of s as one-code-point strings (lone surrogates stay as themselves). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

export function strLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 offset of code-point index cp (clamped to the string's end). */
export function cpToUnit(s: string, cp: number): number {
  if (!hasSurrogates(s)) return cp;
  let i = 0;
  while (cp > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    cp--;
  }
  return i;
}

/** Code-point index of UTF-16 offset u. */
export function unitToCp(s: string, u: number): number {
  if (u <= 0 || !hasSurrogates(s)) return u;
  let n = 0;
  for (let i = 0; i < u; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < u && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/** An index argument as a JS number (ints, bools; huge bigints saturate). */
export function indexArg(x: any, what = 'string indices must be integers'): number {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return +x;
  if (typeof x === 'bigint') return x > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  throwError('TypeError', `${what}, not '${scalarTypeName(x) ?? x?.constructor?.name ?? 'object'}'`);
}

/** s[i] */
export function strGetItem(s: string, i: any): string {
  let k = typeof i === 'number' && Number.isInteger(i) ? i : typeof i === 'bigint' ? bigItemIndex(i) : indexArg(i);
  if (!hasSurrogates(s)) {
    if (k < 0) k += s.length;
    if (k < 0 || k >= s.length) throwError('IndexError', 'string index out of range');
    return s[k];
  }
  const cps = codePoints(s);
  if (k < 0) k += cps.length;
  if (k < 0 || k >= cps.length) throwError('IndexError', 'string index out of range');
  return cps[k];
}

/** A slice bound: undefined, null and None mean "omitted". */
function sliceArg(x: any): number | undefined {
  if (x === undefined || x === null || x === None) return undefined;
  if (typeof x === 'number') {
    if (Number.isInteger(x)) return x;
  } else if (typeof x === 'boolean') return +x;
  else if (typeof x === 'bigint') return x > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  else if (typeof x === 'object' && !(x instanceof PyFloat)) {
    const n = asIndex(x); // an object with __index__, as CPython's _PyEval_SliceIndex
    if (n !== undefined) return n;
  }
  throwError('TypeError', 'slice indices must be integers or None or have an __index__ method');
}

/**
 * CPython's PySlice_AdjustIndices: normalised [start, stop, step, count] for a sequence of
 * length len. Omitted bounds may be undefined, null or None.
 */
export function adjustSlice(len: number, start: any, stop: any, step: any): [number, number, number, number] {
  const st = sliceArg(step) ?? 1;
  if (st === 0) throwError('ValueError', 'slice step cannot be zero');
  let a = sliceArg(start), b = sliceArg(stop);
  if (a === undefined) a = st < 0 ? len - 1 : 0;
  else if (a < 0) { a += len; if (a < 0) a = st < 0 ? -1 : 0; }
  else if (a >= len) a = st < 0 ? len - 1 : len;
  if (b === undefined) b = st < 0 ? -1 : len;
  else if (b < 0) { b += len; if (b < 0) b = st < 0 ? -1 : 0; }
  else if (b >= len) b = st < 0 ? len - 1 : len;
  let n = 0;
  if (st < 0) { if (b < a) n = Math.floor((a - b - 1) / -st) + 1; }
  else if (a < b) n = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, n];
}

/** s[start:stop:step] */
export function strSlice(s: string, start?: any, stop?: any, step?: any): string {
  const surr = hasSurrogates(s);
  const cps = surr ? codePoints(s) : undefined;
  const len = cps ? cps.length : s.length;
  const [a, , st, n] = adjustSlice(len, start, stop, step);
  if (n <= 0) return '';
  if (!cps) {
    if (st === 1) return s.slice(a, a + n);
    let out = '';
    for (let i = 0, k = a; i < n; i++, k += st) out += s[k];
    return out;
  }
  if (st === 1) return cps.slice(a, a + n).join('');
  let out = '';
  for (let i = 0, k = a; i < n; i++, k += st) out += cps[k];
  return out;
}

/** `item in s` for a str container. */
export function strContains(s: string, item: any): boolean {
  if (typeof item !== 'string') {
    throwError('TypeError', `'in <string>' requires string as left operand, not ${scalarTypeName(item) ?? item?.constructor?.name ?? 'object'}`);
  }
  return s.includes(item);
}
