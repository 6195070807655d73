// The format-spec mini-language for int, bool, float and str (`format(x, spec)`, f-strings,
// str.format): [[fill]align][sign][z][#][0][width][,|_][.precision][type].
import { checkAlloc } from '../../sandbox/memory';
import { throwError } from '../errors';
import { typeName } from '../core';
import { pyStr } from '../protocol';
import { PyFloat } from '../numbers/box';
import { bigToDouble } from '../numbers/bigmath';
import { doubleRepr, intRepr } from '../numbers/repr';
import { fixedDigits, expNotation, generalNotation, expDigits, stripTrailingZeros } from '../numbers/dtoa';
import { strLen, codePoints, hasSurrogates } from './codepoints';

export interface FormatSpec {
  fill: string;
  align: string; // '' | '<' | '>' | '=' | '^'
  sign: string; // '' | '+' | '-' | ' '
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string; // '' | ',' | '_'
  precision: number; // -1 when absent
  type: string;
}

const cache = new Map<string, FormatSpec>();

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

export function parseSpec(spec: string, tname: string): FormatSpec {
  const hit = cache.get(spec);
  if (hit !== undefined) return hit;
  const cps = hasSurrogates(spec) ? codePoints(spec) : spec.split('');
  const r: FormatSpec = { fill: ' ', align: '', sign: '', z: false, alt: false, zero: false, width: -1, grouping: '', precision: -1, type: '' };
  let i = 0;
  let fillGiven = false;
  if (cps.length >= 2 && isAlign(cps[1])) { r.fill = cps[0]; r.align = cps[1]; i = 2; fillGiven = true; }
  else if (isAlign(cps[0])) { r.align = cps[0]; i = 1; }
  if (cps[i] === '+' || cps[i] === '-' || cps[i] === ' ') r.sign = cps[i++];
  if (cps[i] === 'z') { r.z = true; i++; }
  if (cps[i] === '#') { r.alt = true; i++; }
  if (cps[i] === '0') {
    // Numbers then default to '=' alignment (see numAlign); strings just get the fill.
    r.zero = true; i++;
    if (!fillGiven) r.fill = '0';
  }
  let w = '';
  while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') w += cps[i++];
  if (w) { if (w.length > 18) throwError('ValueError', 'Too many decimal digits in format string'); r.width = parseInt(w, 10); }
  if (cps[i] === ',' || cps[i] === '_') {
    r.grouping = cps[i++];
    if (cps[i] === ',' || cps[i] === '_') throwError('ValueError', "Cannot specify both ',' and '_'.");
  }
  if (cps[i] === '.') {
    i++;
    let p = '';
    while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') p += cps[i++];
    if (!p) throwError('ValueError', 'Format specifier missing precision');
    if (p.length > 18) throwError('ValueError', 'Too many decimal digits in format string');
    r.precision = parseInt(p, 10);
  }
  if (i < cps.length - 1) throwError('ValueError', `Invalid format specifier '${spec}' for object of type '${tname}'`);
  if (i < cps.length) r.type = cps[i];
  if (r.grouping) {
    const t = r.type;
    const ok = r.grouping === ','
      ? ['', 'd', 'e', 'E', 'f', 'F', 'g', 'G', '%'].includes(t)
      : ['', 'd', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'b', 'o', 'x', 'X'].includes(t);
    if (!ok) throwError('ValueError', `Cannot specify '${r.grouping}' with '${t}'.`);
  }
  if (cache.size < 500) cache.set(spec, r);
  return r;
}

/** Inserts `sep` every `n` digits from the right; zero-extends to reach minWidth if given. */
function group(digits: string, sep: string, n: number, minWidth: number): string {
  const once = (d: string): string => {
    let out = '';
    let i = d.length;
    while (i > n) { out = sep + d.slice(i - n, i) + out; i -= n; }
    return d.slice(0, i) + out;
  };
  let s = once(digits);
  let d = digits;
  while (s.length < minWidth) { d = '0' + d; s = once(d); }
  return s;
}

/** The alignment of a number: explicit, else '=' with the '0' flag, else right. */
function numAlign(spec: FormatSpec): string {
  return spec.align || (spec.zero ? '=' : '>');
}

/** Pads `body` (sign and prefix already split off) to the spec's width. */
function pad(sign: string, body: string, spec: FormatSpec, align: string): string {
  const total = strLen(sign) + strLen(body);
  if (spec.width <= total) return sign + body;
  const n = spec.width - total;
  checkAlloc(spec.width * 2); // sandbox cap (UTF-16)
  const f = spec.fill;
  switch (align) {
    case '<': return sign + body + f.repeat(n);
    case '^': { const l = n >> 1; return f.repeat(l) + sign + body + f.repeat(n - l); }
    case '=': return sign + f.repeat(n) + body;
    default: return f.repeat(n) + sign + body;
  }
}

/** Sign string for a number; `neg` is whether it is negative. */
function signOf(neg: boolean, spec: FormatSpec): string {
  if (neg) return '-';
  return spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

/** Width available to digits when zero padding with grouping ('=' and fill '0'). */
function groupMinWidth(spec: FormatSpec, signLen: number, extraLen: number): number {
  return spec.fill === '0' && numAlign(spec) === '=' && spec.width > 0 ? spec.width - signLen - extraLen : 0;
}

export function formatStr(s: string, spec: FormatSpec): string {
  if (spec.type !== '' && spec.type !== 's') throwError('ValueError', `Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.sign) throwError('ValueError', 'Sign not allowed in string format specifier');
  if (spec.alt) throwError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throwError('ValueError', "'=' alignment not allowed in string format specifier");
  if (spec.z) throwError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (spec.grouping) throwError('ValueError', `Cannot specify '${spec.grouping}' with 's'.`);
  if (spec.precision >= 0) {
    if (hasSurrogates(s)) { const c = codePoints(s); if (c.length > spec.precision) s = c.slice(0, spec.precision).join(''); }
    else if (s.length > spec.precision) s = s.slice(0, spec.precision);
  }
  return pad('', s, spec, spec.align || '<');
}

export function formatInt(x: number | bigint | boolean, spec: FormatSpec, tname = 'int'): string {
  let t = spec.type;
  if ('eEfFgG%'.includes(t) && t !== '') {
    return formatDouble(typeof x === 'bigint' ? bigToDouble(x) : +x, spec);
  }
  if (!['', 'd', 'b', 'o', 'x', 'X', 'c', 'n'].includes(t)) {
    throwError('ValueError', `Unknown format code '${t}' for object of type '${tname}'`);
  }
  if (spec.precision >= 0) throwError('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.z) throwError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const v = typeof x === 'boolean' ? +x : x;
  if (t === 'c') {
    if (spec.sign) throwError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (spec.alt) throwError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v >= 1n << 63n || v < -(1n << 63n))) throwError('OverflowError', 'Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) throwError('OverflowError', '%c arg not in range(0x110000)');
    return pad('', String.fromCodePoint(Number(v)), spec, spec.align || '>'); // a number: right-aligned
  }
  if (t === 'n') t = 'd';
  const neg = v < 0;
  const abs = neg ? -v : v;
  const radix = t === 'b' ? 2 : t === 'o' ? 8 : t === 'x' || t === 'X' ? 16 : 10;
  // decimal output obeys the 4300-digit limit (intRepr raises ValueError), as CPython's
  let digits = radix === 10 ? intRepr(abs) : abs.toString(radix);
  if (t === 'X') digits = digits.toUpperCase();
  const prefix = spec.alt && radix !== 10 ? '0' + (t === 'X' ? 'X' : t) : '';
  const sign = signOf(neg, spec);
  if (spec.grouping) {
    const n = radix === 10 ? 3 : 4;
    digits = group(digits, spec.grouping, n, groupMinWidth(spec, sign.length, prefix.length));
  }
  return pad(sign + prefix, digits, spec, numAlign(spec));
}

/** Digits of a finite non-negative double for a float presentation type. */
function floatBody(a: number, spec: FormatSpec, t: string): string {
  const p = spec.precision;
  switch (t) {
    case 'f': case 'F': { const s = fixedDigits(a, p < 0 ? 6 : p); return spec.alt && !s.includes('.') ? s + '.' : s; }
    case 'e': case 'E': return expNotation(a, p < 0 ? 6 : p, spec.alt, t === 'E');
    case 'g': case 'G': return generalNotation(a, p < 0 ? 6 : p, spec.alt, t === 'G');
    case '%': { const s = fixedDigits(a * 100, p < 0 ? 6 : p); return (spec.alt && !s.includes('.') ? s + '.' : s) + '%'; }
    default: {
      // No type: repr when no precision, else like 'g' but always with a digit after the point
      // in fixed notation, switching to exponent notation already when exp >= precision - 1.
      if (p < 0) {
        const r = doubleRepr(a);
        if (!spec.alt || r.includes('.')) return r;
        const e = r.indexOf('e');
        return e < 0 ? r + '.' : r.slice(0, e) + '.' + r.slice(e);
      }
      const prec = p === 0 ? 1 : p;
      const { exp } = expDigits(a, prec - 1);
      if (exp >= -4 && exp < prec - 1) {
        let s = fixedDigits(a, prec - 1 - exp);
        if (!spec.alt) {
          if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '.0');
          else s += '.0';
        }
        return s;
      }
      let s = expNotation(a, prec - 1, spec.alt, false);
      if (!spec.alt) s = stripTrailingZeros(s);
      return s;
    }
  }
}

export function formatDouble(v: number, spec: FormatSpec, tname = 'float'): string {
  let t = spec.type;
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'].includes(t)) {
    throwError('ValueError', `Unknown format code '${t}' for object of type '${tname}'`);
  }
  if (t === 'n') t = 'g';
  let neg = v < 0 || Object.is(v, -0);
  let body: string;
  if (v !== v) body = 'nan';
  else if (!Number.isFinite(v)) body = 'inf';
  else body = floatBody(Math.abs(v), spec, t);
  if (v !== v || !Number.isFinite(v)) {
    if (t === '%') body += '%';
    if (t === 'F' || t === 'E' || t === 'G') body = body.toUpperCase();
  }
  if (neg && spec.z && /^[0.%eE+\-]*$/.test(body.replace(/e[+-]\d+$/, ''))) neg = false;
  const sign = v !== v ? signOf(false, spec) : signOf(neg, spec);
  if (spec.grouping && Number.isFinite(v)) {
    const m = /^(\d+)(.*)$/.exec(body);
    if (m) {
      const minW = groupMinWidth(spec, sign.length, m[2].length);
      body = group(m[1], spec.grouping, 3, minW) + m[2];
    }
  }
  return pad(sign, body, spec, numAlign(spec));
}

/** format(x, spec) for builtin scalars (int, bool, float, str). */
export function formatValue(x: any, spec: string): string {
  switch (typeof x) {
    case 'string':
      if (spec === '') return x;
      return formatStr(x, parseSpec(spec, 'str'));
    case 'number':
      if (Number.isInteger(x)) {
        if (spec === '') return String(x);
        return formatInt(x, parseSpec(spec, 'int'));
      }
      return formatDouble(x, parseSpec(spec, 'float'));
    case 'bigint':
      return formatInt(x, parseSpec(spec, 'int'));
    case 'boolean':
      if (spec === '') return x ? 'True' : 'False';
      return formatInt(x, parseSpec(spec, 'bool'), 'bool');
  }
  if (x instanceof PyFloat) return formatDouble(x.v, parseSpec(spec, 'float'));
  if (spec === '') return pyStr(x);
  throwError('TypeError', `unsupported format string passed to ${typeName(x)}.__format__`);
}
