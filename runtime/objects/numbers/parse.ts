// int(str, base) and float(str) with CPython's syntax (whitespace, signs, underscores, base
// prefixes) and error messages.
import { throwError } from '../errors';
import { stripWs } from '../strings/chars';
import { strRepr } from '../strings/repr';
import { PyFloat, flt, normBig } from './box';

const MAX_STR_DIGITS = 4300;

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

const ND = /\p{Nd}/u;
/** Replaces non-ASCII decimal digits (e.g. fullwidth '１') with ASCII ones, as CPython accepts them. */
export function asciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    if (ch.charCodeAt(0) >= 0x80 && ND.test(ch)) {
      // Unicode lays out every decimal digit set as a run of ten starting at zero.
      let cp = ch.codePointAt(0)!, k = 0;
      while (ND.test(String.fromCodePoint(cp - 1))) { cp--; k++; }
      out += String(k % 10);
    } else out += ch;
  }
  return out;
}

function invalidInt(s: string, base: number): never {
  let r = strRepr(s);
  if (r.length > 200) r = r.slice(0, 200);
  throwError('ValueError', `invalid literal for int() with base ${base}: ${r}`);
}

/** int(s, base) for a str argument. base 0 means "as a Python literal". */
export function intFromString(s: string, base: number | bigint | boolean = 10): number | bigint {
  const b = Number(base);
  if (!(b === 0 || (b >= 2 && b <= 36))) throwError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const t = asciiDigits(stripWs(s));
  let i = 0;
  let neg = false;
  if (t[0] === '+' || t[0] === '-') { neg = t[0] === '-'; i = 1; }
  let radix = b;
  let prefixed = false;
  if (t[i] === '0' && i + 1 < t.length) {
    const p = t[i + 1].toLowerCase();
    const pb = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : 0;
    if (pb !== 0 && (b === 0 || b === pb)) { radix = pb; i += 2; prefixed = true; }
  }
  if (radix === 0) radix = 10;
  // Digits with single underscores between them (and one allowed right after a prefix).
  let digits = '';
  let lastUnderscore = prefixed; // "0x_1" is valid; "_1" and "0x__1" are not
  let allowUnderscore = prefixed;
  if (i >= t.length) invalidInt(s, b);
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 95) { // '_'
      if (!allowUnderscore) invalidInt(s, b);
      allowUnderscore = false;
      lastUnderscore = true;
      continue;
    }
    if (digitValue(c) >= radix) invalidInt(s, b);
    digits += t[i];
    allowUnderscore = true;
    lastUnderscore = false;
  }
  if (lastUnderscore || digits.length === 0) invalidInt(s, b);
  // Base 0 forbids leading zeros on a non-zero decimal literal ("010").
  if (b === 0 && !prefixed && digits.length > 1 && digits[0] === '0' && /[1-9]/.test(digits)) invalidInt(s, b);
  if ((radix & (radix - 1)) !== 0 && digits.length > MAX_STR_DIGITS) {
    throwError('ValueError',
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let v: number | bigint;
  if (digits.length * Math.log2(radix) < 53) { // exact in a double
    v = parseInt(digits, radix);
  } else if (radix === 10) v = normBig(BigInt(digits));
  else if (radix === 16) v = normBig(BigInt('0x' + digits));
  else if (radix === 8) v = normBig(BigInt('0o' + digits));
  else if (radix === 2) v = normBig(BigInt('0b' + digits));
  else {
    let acc = 0n;
    const R = BigInt(radix);
    for (let k = 0; k < digits.length; k++) acc = acc * R + BigInt(digitValue(digits.charCodeAt(k)));
    v = normBig(acc);
  }
  if (neg) return typeof v === 'bigint' ? normBig(-v) : v === 0 ? 0 : -v;
  return v;
}

const D = '[0-9](?:_?[0-9])*';
const FLOAT_RE = new RegExp(`^[+-]?(?:${D}(?:\\.(?:${D})?)?|\\.${D})(?:[eE][+-]?${D})?$`);
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** float(s) for a str argument, as a JS double. */
export function parseFloatStrict(s: string): number {
  const t = asciiDigits(stripWs(s));
  if (FLOAT_RE.test(t)) return Number(t.indexOf('_') >= 0 ? t.replace(/_/g, '') : t);
  const m = SPECIAL_RE.exec(t);
  if (m) {
    if (m[2].toLowerCase() === 'nan') return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  throwError('ValueError', `could not convert string to float: ${strRepr(s)}`);
}

/** float(s) for a str argument, as a Python float value. */
export function floatFromString(s: string): number | PyFloat {
  return flt(parseFloatStrict(s));
}
