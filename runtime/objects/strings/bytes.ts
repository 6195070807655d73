// bytes: an immutable byte string (`PyBytes`, a Uint8Array inside), its repr, UTF-8
// encode/decode, bytes.fromhex, and the common methods (`bytesMethods`, positional args).
import { iterToListArray } from '../lengthhint';
import { checkAlloc } from '../../sandbox/memory';
import { throwError } from '../errors';
import { builtinType, typeName } from '../core';
import { PyList } from '../containers/list';
import { iterToArray } from '../protocol';
import { adjustSlice } from './codepoints';
import { strMethods } from './methods';

export class PyBytes {
  constructor(public readonly b: Uint8Array) {}
  get length(): number { return this.b.length; }
  concat(o: PyBytes): PyBytes {
    const r = new Uint8Array(this.b.length + o.b.length);
    r.set(this.b, 0);
    r.set(o.b, this.b.length);
    return new PyBytes(r);
  }
  repeat(n: number): PyBytes {
    if (n <= 0 || this.b.length === 0) return new PyBytes(new Uint8Array(0));
    checkAlloc(this.b.length * n); // sandbox cap
    const r = new Uint8Array(this.b.length * n);
    for (let i = 0; i < n; i++) r.set(this.b, i * this.b.length);
    return new PyBytes(r);
  }
  equals(o: PyBytes): boolean {
    if (o.b.length !== this.b.length) return false;
    for (let i = 0; i < this.b.length; i++) if (this.b[i] !== o.b[i]) return false;
    return true;
  }
  compare(o: PyBytes): number {
    const n = Math.min(this.b.length, o.b.length);
    for (let i = 0; i < n; i++) if (this.b[i] !== o.b[i]) return this.b[i] - o.b[i];
    return this.b.length - o.b.length;
  }
  /** Latin-1 view: one JS char per byte (used to reuse string algorithms). */
  latin1(): string {
    let s = '';
    for (let i = 0; i < this.b.length; i += 8192) s += String.fromCharCode(...this.b.subarray(i, i + 8192));
    return s;
  }
}

export const bytesType = builtinType('bytes', null, PyBytes.prototype);

export function bytesFromLatin1(s: string): PyBytes {
  const r = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) r[i] = s.charCodeAt(i);
  return new PyBytes(r);
}

export function bytesRepr(x: PyBytes): string {
  const b = x.b;
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < b.length; i++) { if (b[i] === 39) hasSingle = true; else if (b[i] === 34) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x5c) out += '\\\\';
    else if (c === quote.charCodeAt(0)) out += '\\' + quote;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

const utf8Enc = new TextEncoder();

/** str.encode(encoding='utf-8', errors='strict') for utf-8/ascii/latin-1. */
export function strEncode(s: string, encoding = 'utf-8', errors = 'strict'): PyBytes {
  const enc = encoding.toLowerCase().replace(/_/g, '-');
  if (enc === 'utf-8' || enc === 'utf8') {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) {
        const pair = c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
        if (pair) { i++; continue; }
        if (errors === 'strict') {
          throwError('UnicodeEncodeError', `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${i}: surrogates not allowed`);
        }
      }
    }
    return new PyBytes(utf8Enc.encode(s));
  }
  const limit = enc === 'ascii' ? 0x80 : enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1' ? 0x100 : -1;
  if (limit < 0) throwError('LookupError', `unknown encoding: ${encoding}`);
  const out: number[] = [];
  let i = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < limit) out.push(c);
    else if (errors === 'ignore') { /* skip */ } else if (errors === 'replace') out.push(63);
    else {
      const name = limit === 0x80 ? 'ascii' : 'latin-1';
      const esc = c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
      throwError('UnicodeEncodeError', `'${name}' codec can't encode character '${esc}' in position ${i}: ordinal not in range(${limit})`);
    }
    i++;
  }
  return new PyBytes(Uint8Array.from(out));
}

/** bytes.decode(encoding='utf-8', errors='strict'). */
export function bytesDecode(x: PyBytes, encoding = 'utf-8', errors = 'strict'): string {
  const enc = encoding.toLowerCase().replace(/_/g, '-');
  if (enc === 'utf-8' || enc === 'utf8') {
    if (errors === 'ignore') return utf8DecodeIgnoring(x.b);
    try {
      return new TextDecoder('utf-8', { fatal: errors === 'strict', ignoreBOM: true }).decode(x.b);
    } catch {
      const pos = firstBadUtf8(x.b);
      throwError('UnicodeDecodeError',
        `'utf-8' codec can't decode byte 0x${x.b[pos].toString(16).padStart(2, '0')} in position ${pos}: invalid start byte`);
    }
  }
  if (enc === 'ascii') {
    for (let i = 0; i < x.b.length; i++) {
      if (x.b[i] >= 0x80 && errors === 'strict') {
        throwError('UnicodeDecodeError', `'ascii' codec can't decode byte 0x${x.b[i].toString(16)} in position ${i}: ordinal not in range(128)`);
      }
    }
    return x.latin1();
  }
  if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1') return x.latin1();
  throwError('LookupError', `unknown encoding: ${encoding}`);
}

/** Length of the well-formed UTF-8 sequence at b[i], or 0 (RFC 3629: no overlongs, surrogates). */
function utf8SeqLen(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const ok1 = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return ok1 && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const ok1 = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return ok1 && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** decode('utf-8', 'ignore'): well-formed runs decoded, every other byte dropped. */
function utf8DecodeIgnoring(b: Uint8Array): string {
  const dec = new TextDecoder('utf-8', { ignoreBOM: true });
  let out = '';
  let i = 0;
  while (i < b.length) {
    const start = i;
    for (let n; i < b.length && (n = utf8SeqLen(b, i)) > 0;) i += n;
    if (i > start) out += dec.decode(b.subarray(start, i));
    if (i < b.length) i++; // drop one byte that starts no valid sequence
  }
  return out;
}

function firstBadUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return 0;
}

/** bytes.fromhex(s) / the Edge builtin bytes_fromhex(s). */
export function bytesFromHex(s: string): PyBytes {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r' || s[i] === '\f' || s[i] === '\v') { i++; continue; }
    const hi = parseInt(s[i], 16);
    const lo = i + 1 < s.length ? parseInt(s[i + 1], 16) : NaN;
    if (Number.isNaN(hi) || Number.isNaN(lo)) {
      const pos = Number.isNaN(hi) ? i : i + 1;
      throwError('ValueError', `non-hexadecimal number found in fromhex() arg at position ${pos}`);
    }
    out.push(hi * 16 + lo);
    i += 2;
  }
  return new PyBytes(Uint8Array.from(out));
}

/** bytes(x): from an int count, an iterable of ints, a bytes, or (str, encoding). */
export function bytesNew(x?: any, encoding?: string, errors?: string): PyBytes {
  if (x === undefined) return new PyBytes(new Uint8Array(0));
  if (typeof x === 'string') {
    if (encoding === undefined) throwError('TypeError', 'string argument without an encoding');
    return strEncode(x, encoding, errors);
  }
  if (x instanceof PyBytes) return x;
  if (typeof x === 'number' && Number.isInteger(x)) {
    if (x < 0) throwError('ValueError', 'negative count');
    checkAlloc(x); // sandbox cap
    return new PyBytes(new Uint8Array(x));
  }
  const items = iterToListArray(x);
  const r = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    const n = typeof v === 'boolean' ? +v : v;
    if (typeof n !== 'number' || !Number.isInteger(n)) throwError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
    if (n < 0 || n > 255) throwError('ValueError', 'bytes must be in range(0, 256)');
    r[i] = n;
  }
  return new PyBytes(r);
}

export function bytesGetItem(x: PyBytes, i: number): number {
  let k = i;
  if (k < 0) k += x.b.length;
  if (k < 0 || k >= x.b.length) throwError('IndexError', 'index out of range');
  return x.b[k];
}

export function bytesSlice(x: PyBytes, start?: any, stop?: any, step?: any): PyBytes {
  const [a, , st, n] = adjustSlice(x.b.length, start, stop, step);
  if (st === 1) return new PyBytes(x.b.slice(a, a + Math.max(n, 0)));
  const r = new Uint8Array(Math.max(n, 0));
  for (let i = 0, k = a; i < n; i++, k += st) r[i] = x.b[k];
  return new PyBytes(r);
}

function asBytesArg(x: any, what: string): PyBytes {
  if (x instanceof PyBytes) return x;
  throwError('TypeError', `a bytes-like object is required, not '${typeName(x)}'`);
  void what;
}

export function bytesContains(x: PyBytes, item: any): boolean {
  if (typeof item === 'number' && Number.isInteger(item)) {
    if (item < 0 || item > 255) throwError('ValueError', 'byte must be in range(0, 256)');
    return x.b.includes(item);
  }
  return x.latin1().includes(asBytesArg(item, 'in').latin1());
}

/** Methods of bytes, positional arguments (self first). Reuses string algorithms on latin-1. */
export const bytesMethods: Record<string, (self: PyBytes, ...args: any[]) => any> = {
  decode: (self, encoding = 'utf-8', errors = 'strict') => bytesDecode(self, encoding, errors),
  hex: (self) => Array.from(self.b, (c) => c.toString(16).padStart(2, '0')).join(''),
  count: (self, sub) => { const h = self.latin1(), n = asBytesArg(sub, 'count').latin1(); if (!n) return h.length + 1; return h.split(n).length - 1; },
  find: (self, sub) => self.latin1().indexOf(asBytesArg(sub, 'find').latin1()),
  rfind: (self, sub) => self.latin1().lastIndexOf(asBytesArg(sub, 'rfind').latin1()),
  index: (self, sub) => { const r = self.latin1().indexOf(asBytesArg(sub, 'index').latin1()); if (r < 0) throwError('ValueError', 'subsection not found'); return r; },
  startswith: (self, p) => self.latin1().startsWith(asBytesArg(p, 'startswith').latin1()),
  endswith: (self, p) => self.latin1().endsWith(asBytesArg(p, 'endswith').latin1()),
  upper: (self) => bytesFromLatin1(self.latin1().replace(/[a-z]+/g, (m) => m.toUpperCase())),
  lower: (self) => bytesFromLatin1(self.latin1().replace(/[A-Z]+/g, (m) => m.toLowerCase())),
  strip: (self, chars?) => bytesFromLatin1(stripSet(self.latin1(), chars, true, true)),
  lstrip: (self, chars?) => bytesFromLatin1(stripSet(self.latin1(), chars, true, false)),
  rstrip: (self, chars?) => bytesFromLatin1(stripSet(self.latin1(), chars, false, true)),
  // str.replace's algorithm on the latin-1 views (an empty pattern inserts between bytes)
  replace: (self, old, nw, count?) => bytesFromLatin1(strMethods.replace(self.latin1(), asBytesArg(old, 'replace').latin1(), asBytesArg(nw, 'replace').latin1(), count)),
  split: (self, sep?) => {
    const s = self.latin1();
    const parts = sep === undefined || sep === null || (typeof sep === 'object' && !(sep instanceof PyBytes))
      ? s.split(/[ \t\n\r\f\v]+/).filter((p) => p !== '')
      : s.split(asBytesArg(sep, 'split').latin1());
    return new PyList(parts.map(bytesFromLatin1));
  },
  join: (self, it) => {
    const items = iterToArray(it);
    const sep = self.latin1();
    return bytesFromLatin1(items.map((x, i) => {
      if (!(x instanceof PyBytes)) throwError('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
      return x.latin1();
    }).join(sep));
  },
};

function stripSet(s: string, chars: any, left: boolean, right: boolean): string {
  const set = chars === undefined || chars === null || (typeof chars === 'object' && !(chars instanceof PyBytes))
    ? ' \t\n\r\f\v' : asBytesArg(chars, 'strip').latin1();
  let i = 0, j = s.length;
  if (left) while (i < j && set.includes(s[i])) i++;
  if (right) while (j > i && set.includes(s[j - 1])) j--;
  return s.slice(i, j);
}
