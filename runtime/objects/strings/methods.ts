// The methods of `str` with CPython's semantics and error messages, as a table of plain JS
// functions over positional arguments (`strMethods.split(s, sep, maxsplit)`). A missing
// optional argument is `undefined`; `None` is accepted wherever CPython accepts it.
// `strMethodSigs` gives each method's Python signature so the caller can bind keywords.
import { checkAlloc } from '../../sandbox/memory';
import { throwError } from '../errors';
import { None, typeName } from '../core';
import { PyList, PyTuple } from '../containers/list';
import { PyDict, dictFrom } from '../containers/dict';
import { iterToArray, truthy } from '../protocol';
import { isSpaceCode, stripWs, isAlphaChar, isAlnumChar, isDecimalChar, isDigitChar, isNumericChar, isCasedChar, isUpperChar, isLowerChar, isPrintableChar } from './chars';
import { hasSurrogates, cpToUnit, unitToCp, strLen, codePoints } from './codepoints';
import { strTitle, strCapitalize, strSwapcase, strCasefold, strIsTitle } from './casing';
import { strEncode } from './bytes';
import { strFormat, strFormatMap } from './strformat';
import { charge } from '../../sandbox/budget';

const isNone = (x: any): boolean => x === undefined || x === None || x === null;

function needStr(x: any, what: string): string {
  if (typeof x === 'string') return x;
  throwError('TypeError', `${what} must be str, not ${typeName(x)}`);
}

function intArg(x: any, dflt: number): number {
  if (isNone(x)) return dflt;
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return +x;
  if (typeof x === 'bigint') return x > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  throwError('TypeError', `'${typeName(x)}' object cannot be interpreted as an integer`);
}

function sliceIndex(x: any): number | undefined {
  if (isNone(x)) return undefined;
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return +x;
  if (typeof x === 'bigint') return x > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  throwError('TypeError', 'slice indices must be integers or None or have an __index__ method');
}

/** CPython's ADJUST_INDICES over code points, returned as UTF-16 offsets [a, b, cpA, cpB]. */
function range(s: string, start: any, end: any): [number, number, number, number] {
  const len = strLen(s);
  let a = sliceIndex(start) ?? 0;
  let b = sliceIndex(end) ?? len;
  if (b > len) b = len; else if (b < 0) { b += len; if (b < 0) b = 0; }
  if (a < 0) { a += len; if (a < 0) a = 0; }
  if (!hasSurrogates(s)) return [a, b, a, b];
  return [cpToUnit(s, a), cpToUnit(s, b), a, b];
}

function find(s: string, sub: any, start: any, end: any, what: string): number {
  const t = needStr2(sub, what);
  const [a, b, ca, cb] = range(s, start, end);
  if (cb - ca < strLen(t)) return -1;
  if (a === 0 && b === s.length) return unitToCp(s, s.indexOf(t));
  const i = s.slice(0, b).indexOf(t, a);
  return i < 0 ? -1 : unitToCp(s, i);
}

function rfind(s: string, sub: any, start: any, end: any, what: string): number {
  const t = needStr2(sub, what);
  const [a, b, ca, cb] = range(s, start, end);
  if (cb - ca < strLen(t)) return -1;
  const i = s.slice(0, b).lastIndexOf(t);
  return i < a ? -1 : unitToCp(s, i);
}

function needStr2(x: any, what: string): string {
  if (typeof x === 'string') return x;
  throwError('TypeError', `must be str, not ${typeName(x)}`);
  void what;
}

function count(s: string, sub: any, start: any, end: any): number {
  const t = needStr2(sub, 'count');
  const [a, b, ca, cb] = range(s, start, end);
  if (cb - ca < strLen(t)) return 0;
  if (t.length === 0) return cb - ca + 1;
  let n = 0;
  let i = s.indexOf(t, a);
  while (i >= 0 && i + t.length <= b) { n++; i = s.indexOf(t, i + t.length); }
  return n;
}

function affix(s: string, x: any, start: any, end: any, what: string, atEnd: boolean): boolean {
  const [a, b, ca, cb] = range(s, start, end);
  const test = (p: string): boolean => {
    if (ca > strLen(s)) return false;
    if (cb - ca < strLen(p)) return false;
    return atEnd ? s.slice(a, b).endsWith(p) : s.startsWith(p, a);
  };
  if (typeof x === 'string') return test(x);
  if (x instanceof PyTuple) {
    for (const p of x.items) {
      if (typeof p !== 'string') throwError('TypeError', `tuple for ${what} must only contain str, not ${typeName(p)}`);
      if (test(p)) return true;
    }
    return false;
  }
  throwError('TypeError', `${what} first arg must be str or a tuple of str, not ${typeName(x)}`);
}

function fillChar(x: any): string {
  if (isNone(x)) return ' ';
  if (typeof x !== 'string') throwError('TypeError', `The fill character must be a unicode character, not ${typeName(x)}`);
  if (strLen(x) !== 1) throwError('TypeError', 'The fill character must be exactly one character long');
  return x;
}

function stripChars(s: string, chars: any, left: boolean, right: boolean): string {
  if (isNone(chars)) return stripWs(s, left, right);
  if (typeof chars !== 'string') throwError('TypeError', `strip arg must be None or str`);
  const set = hasSurrogates(chars) ? new Set(codePoints(chars)) : null;
  if (set === null && !hasSurrogates(s)) {
    let i = 0, j = s.length;
    if (left) while (i < j && chars.includes(s[i])) i++;
    if (right) while (j > i && chars.includes(s[j - 1])) j--;
    return s.slice(i, j);
  }
  const cps = codePoints(s);
  const has = (c: string): boolean => (set ? set.has(c) : chars.includes(c));
  let i = 0, j = cps.length;
  if (left) while (i < j && has(cps[i])) i++;
  if (right) while (j > i && has(cps[j - 1])) j--;
  return cps.slice(i, j).join('');
}

/** str.split / rsplit on runs of whitespace. */
function splitWs(s: string, maxsplit: number, fromRight: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  if (!fromRight) {
    let i = 0;
    while (i < n) {
      while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
      if (i >= n) break;
      if (maxsplit >= 0 && out.length >= maxsplit) {
        out.push(s.slice(i)); // the remainder keeps its trailing whitespace, as in CPython
        return out;
      }
      let j = i;
      while (j < n && !isSpaceCode(s.charCodeAt(j))) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return out;
  }
  let j = n;
  while (j > 0) {
    while (j > 0 && isSpaceCode(s.charCodeAt(j - 1))) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, j)); // the remainder keeps its leading whitespace
      break;
    }
    let i = j;
    while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}

function split(s: string, sep: any, maxsplit: any, fromRight: boolean): PyList {
  const max = intArg(maxsplit, -1);
  if (isNone(sep)) return new PyList(splitWs(s, max, fromRight));
  const t = needStr2(sep, 'split');
  if (t.length === 0) throwError('ValueError', 'empty separator');
  if (max < 0) return new PyList(s.split(t));
  const out: string[] = [];
  if (!fromRight) {
    let i = 0;
    while (out.length < max) {
      const k = s.indexOf(t, i);
      if (k < 0) break;
      out.push(s.slice(i, k));
      i = k + t.length;
    }
    out.push(s.slice(i));
    return new PyList(out);
  }
  let j = s.length;
  while (out.length < max) {
    if (j < t.length) break;
    const k = s.lastIndexOf(t, j - t.length);
    if (k < 0) break;
    out.push(s.slice(k + t.length, j));
    j = k;
  }
  out.push(s.slice(0, j));
  return new PyList(out.reverse());
}

const LINE_BREAKS = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

function splitlines(s: string, keepends: any): PyList {
  const keep = !isNone(keepends) && truthy(keepends);
  const out: string[] = [];
  let i = 0;
  LINE_BREAKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_BREAKS.exec(s)) !== null) {
    out.push(s.slice(i, keep ? m.index + m[0].length : m.index));
    i = m.index + m[0].length;
  }
  if (i < s.length) out.push(s.slice(i));
  return new PyList(out);
}

function replace(s: string, old: any, nw: any, cnt: any): string {
  const o = needStr2(old, 'replace'), n = needStr2(nw, 'replace');
  const max = intArg(cnt, -1);
  if (max < 0) {
    if (o.length === 0) {
      const cps = hasSurrogates(s) ? codePoints(s) : s.split('');
      return n + cps.join(n) + (cps.length ? n : '');
    }
    // replaceAll is ~2x split+join on short lines; a `$` in the replacement would be a pattern
    // for it, so that case goes through a function
    return n.indexOf('$') < 0 ? s.replaceAll(o, n) : s.replaceAll(o, () => n);
  }
  if (max === 0) return s;
  if (o.length === 0) {
    const cps = hasSurrogates(s) ? codePoints(s) : s.split('');
    let out = '';
    let k = 0;
    for (; k < cps.length && k < max; k++) out += n + cps[k];
    if (k < max && k === cps.length) return out + n;
    return out + cps.slice(k).join('');
  }
  let out = '';
  let i = 0, done = 0;
  while (done < max) {
    const k = s.indexOf(o, i);
    if (k < 0) break;
    out += s.slice(i, k) + n;
    i = k + o.length;
    done++;
  }
  return out + s.slice(i);
}

function join(sep: string, it: any): string {
  const items: any[] = it instanceof PyList || it instanceof PyTuple ? it.items : iterToArray(it);
  if (it instanceof PyList || it instanceof PyTuple) charge(items.length); // sandbox: per item joined
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== 'string') throwError('TypeError', `sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
  }
  return items.join(sep);
}

function partition(s: string, sep: any, fromRight: boolean): PyTuple {
  const t = needStr2(sep, 'partition');
  if (t.length === 0) throwError('ValueError', 'empty separator');
  const k = fromRight ? s.lastIndexOf(t) : s.indexOf(t);
  if (k < 0) return new PyTuple(fromRight ? ['', '', s] : [s, '', '']);
  return new PyTuple([s.slice(0, k), t, s.slice(k + t.length)]);
}

function just(s: string, width: any, fill: any, how: 'l' | 'r' | 'c'): string {
  const w = intArg(width, 0);
  const f = fillChar(fill);
  const len = strLen(s);
  if (w <= len) return s;
  checkAlloc(w * 2); // sandbox cap (UTF-16)
  const marg = w - len;
  if (how === 'l') return s + f.repeat(marg);
  if (how === 'r') return f.repeat(marg) + s;
  const left = (marg >> 1) + (marg & w & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

function zfill(s: string, width: any): string {
  const w = intArg(width, 0);
  const len = strLen(s);
  if (w <= len) return s;
  checkAlloc(w * 2); // sandbox cap (UTF-16)
  const z = '0'.repeat(w - len);
  if (s[0] === '+' || s[0] === '-') return s[0] + z + s.slice(1);
  return z + s;
}

function expandtabs(s: string, tabsize: any): string {
  const ts = intArg(tabsize, 8);
  if (ts > 0x7fffffff || ts < -0x80000000) throwError('OverflowError', 'Python int too large to convert to C int');
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (ts > 0) {
        const n = ts - (col % ts);
        if (out.length + n > 0x7fffffff) throwError('OverflowError', 'new string is too long');
        out += ' '.repeat(n); col += n;
      }
    } else if (ch === '\n' || ch === '\r') { out += ch; col = 0; }
    else { out += ch; col++; }
  }
  return out;
}

function every(s: string, pred: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  if (!hasSurrogates(s)) { for (let i = 0; i < s.length; i++) if (!pred(s[i])) return false; return true; }
  for (const ch of s) if (!pred(ch)) return false;
  return true;
}

function translate(s: string, table: any): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    let v: any;
    if (table instanceof PyDict) v = table.get(c);
    else {
      const f = table?.$__getitem__;
      if (typeof f !== 'function') throwError('TypeError', `'${typeName(table)}' object is not subscriptable`);
      try { v = f(table, c); } catch (e: any) {
        if (e?.$$cls?.name === 'LookupError' || e?.$$cls?.mro?.some((t: any) => t.name === 'LookupError')) v = undefined;
        else throw e;
      }
    }
    if (v === undefined) out += ch;
    else if (v === None) continue;
    else if (typeof v === 'string') out += v;
    else if (typeof v === 'number' && Number.isInteger(v)) {
      if (v < 0 || v > 0x10ffff) throwError('ValueError', 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(v);
    } else throwError('TypeError', 'character mapping must return integer, None or str');
  }
  return out;
}

/** str.maketrans(x[, y[, z]]) */
export function strMaketrans(x: any, y?: any, z?: any): PyDict {
  const pairs: [any, any][] = [];
  if (y === undefined) {
    if (!(x instanceof PyDict)) throwError('TypeError', 'if you give only one argument to maketrans it must be a dict');
    for (const k of x.table.keys) {
      if (k === undefined || typeof k === 'symbol') continue;
      const v = x.get(k);
      if (typeof k === 'string') {
        if (strLen(k) !== 1) throwError('ValueError', 'string keys in translate table must be of length 1');
        pairs.push([k.codePointAt(0)!, v]);
      } else if (typeof k === 'number') pairs.push([k, v]);
      else throwError('TypeError', 'keys in translate table must be strings or integers');
    }
    return dictFrom(pairs);
  }
  const a = codePoints(needStr(x, 'maketrans() argument 1')), b = codePoints(needStr(y, 'maketrans() argument 2'));
  if (a.length !== b.length) throwError('ValueError', 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < a.length; i++) pairs.push([a[i].codePointAt(0)!, b[i].codePointAt(0)!]);
  if (z !== undefined) for (const ch of codePoints(needStr(z, 'maketrans() argument 3'))) pairs.push([ch.codePointAt(0)!, None]);
  return dictFrom(pairs);
}

const ID_RE = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

type M = (self: string, ...args: any[]) => any;

export const strMethods: Record<string, M> = {
  capitalize: (s) => strCapitalize(s),
  casefold: (s) => strCasefold(s),
  center: (s, w, f) => just(s, w, f, 'c'),
  count: (s, sub, a, b) => count(s, sub, a, b),
  encode: (s, enc, errors) => strEncode(s, isNone(enc) ? 'utf-8' : enc, isNone(errors) ? 'strict' : errors),
  endswith: (s, x, a, b) => affix(s, x, a, b, 'endswith', true),
  expandtabs: (s, ts) => expandtabs(s, ts),
  find: (s, sub, a, b) => find(s, sub, a, b, 'find'),
  format: (s, ...args) => strFormat(s, args, null),
  format_map: (s, m) => strFormatMap(s, m),
  index: (s, sub, a, b) => { const r = find(s, sub, a, b, 'index'); if (r < 0) throwError('ValueError', 'substring not found'); return r; },
  isalnum: (s) => every(s, isAlnumChar),
  isalpha: (s) => every(s, isAlphaChar),
  isascii: (s) => /^[\x00-\x7f]*$/.test(s),
  isdecimal: (s) => every(s, isDecimalChar),
  isdigit: (s) => every(s, isDigitChar),
  isidentifier: (s) => ID_RE.test(s),
  islower: (s) => { let cased = false; for (const ch of s) { if (isUpperChar(ch) || (isCasedChar(ch) && !isLowerChar(ch))) return false; if (isLowerChar(ch)) cased = true; } return cased; },
  isnumeric: (s) => every(s, isNumericChar),
  isprintable: (s) => { for (const ch of s) if (!isPrintableChar(ch)) return false; return true; },
  isspace: (s) => every(s, (ch) => isSpaceCode(ch.codePointAt(0)!)),
  istitle: (s) => strIsTitle(s),
  isupper: (s) => { let cased = false; for (const ch of s) { if (isLowerChar(ch)) return false; if (isUpperChar(ch)) cased = true; } return cased; },
  join: (s, it) => join(s, it),
  ljust: (s, w, f) => just(s, w, f, 'l'),
  lower: (s) => s.toLowerCase(),
  lstrip: (s, c) => stripChars(s, c, true, false),
  partition: (s, sep) => partition(s, sep, false),
  removeprefix: (s, p) => { const t = needStr2(p, 'removeprefix'); return t && s.startsWith(t) ? s.slice(t.length) : s; },
  removesuffix: (s, p) => { const t = needStr2(p, 'removesuffix'); return t && s.endsWith(t) ? s.slice(0, s.length - t.length) : s; },
  replace: (s, o, n, c) => replace(s, o, n, c),
  rfind: (s, sub, a, b) => rfind(s, sub, a, b, 'rfind'),
  rindex: (s, sub, a, b) => { const r = rfind(s, sub, a, b, 'rindex'); if (r < 0) throwError('ValueError', 'substring not found'); return r; },
  rjust: (s, w, f) => just(s, w, f, 'r'),
  rpartition: (s, sep) => partition(s, sep, true),
  rsplit: (s, sep, max) => split(s, sep, max, true),
  rstrip: (s, c) => stripChars(s, c, false, true),
  split: (s, sep, max) => split(s, sep, max, false),
  splitlines: (s, keep) => splitlines(s, keep),
  startswith: (s, x, a, b) => affix(s, x, a, b, 'startswith', false),
  strip: (s, c) => stripChars(s, c, true, true),
  swapcase: (s) => strSwapcase(s),
  title: (s) => strTitle(s),
  translate: (s, t) => translate(s, t),
  upper: (s) => s.toUpperCase(),
  zfill: (s, w) => zfill(s, w),
};

/**
 * Python signatures of strMethods (parameter names after `self`, how many trailing ones have
 * defaults, how many are positional-only) for binding keyword arguments. `format` takes
 * `*args, **kwargs`: call `strFormat(s, args, kwargs)` directly when keywords are given.
 */
export const strMethodSigs: Record<string, { params: string[]; ndefaults: number; nposonly: number }> = (() => {
  const sig = (params: string[], ndefaults: number, nposonly = params.length) => ({ params, ndefaults, nposonly });
  const out: Record<string, { params: string[]; ndefaults: number; nposonly: number }> = {};
  for (const m of ['capitalize', 'casefold', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
    'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'lower', 'swapcase', 'title', 'upper']) out[m] = sig([], 0);
  for (const m of ['center', 'ljust', 'rjust']) out[m] = sig(['width', 'fillchar'], 1);
  for (const m of ['count', 'find', 'index', 'rfind', 'rindex']) out[m] = sig(['sub', 'start', 'end'], 2);
  for (const m of ['startswith', 'endswith']) out[m] = sig(['prefix', 'start', 'end'], 2);
  out.encode = sig(['encoding', 'errors'], 2, 0);
  out.expandtabs = sig(['tabsize'], 1, 0);
  out.format_map = sig(['mapping'], 0);
  out.join = sig(['iterable'], 0);
  for (const m of ['lstrip', 'rstrip', 'strip']) out[m] = sig(['chars'], 1);
  for (const m of ['partition', 'rpartition']) out[m] = sig(['sep'], 0);
  out.removeprefix = sig(['prefix'], 0);
  out.removesuffix = sig(['suffix'], 0);
  out.replace = sig(['old', 'new', 'count'], 1);
  for (const m of ['split', 'rsplit']) out[m] = sig(['sep', 'maxsplit'], 2, 0);
  out.splitlines = sig(['keepends'], 1, 0);
  out.translate = sig(['table'], 0);
  out.zfill = sig(['width'], 0);
  return out;
})();
