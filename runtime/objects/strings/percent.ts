// printf-style formatting: `fmt % args` for str (CPython's PyUnicode_Format).
import { throwError, pyError } from '../errors';
import { typeName, typeOf } from '../core';
import { callDunder0 } from '../dunder';
import { pyStr, pyRepr } from '../protocol';
import { PyTuple } from '../containers/list';
import { PyDict } from '../containers/dict';
import { PyFloat } from '../numbers/box';
import { bigToDouble } from '../numbers/bigmath';
import { intRepr } from '../numbers/repr';
import { formatDouble, FormatSpec } from './formatspec';
import { asciiEscape } from './repr';
import { isScalar } from '../numbers/typename';

/** How bytes formatting sees a `%s` argument: its bytes as a latin-1 string (or TypeError). */
export interface BytesView {
  /** the bytes of a %s/%b argument (latin1) */
  arg(v: any): string;
  /** the byte of a %c argument: an int in range(256) or a single byte */
  char(v: any): string;
  /** the mapping key of `%(name)s` (bytes formatting looks up a bytes key) */
  key(name: string): any;
}

interface Conv { left: boolean; zero: boolean; sign: string; alt: boolean; width: number; prec: number }

/** Width counts code points, as CPython does (an astral character is one, not two UTF-16 units). */
function padTo(s: string, c: Conv): string {
  if (c.width <= 0) return s;
  let n = s.length;
  if (n > 1 && /[\ud800-\udbff]/.test(s)) n = [...s].length;
  if (c.width <= n) return s;
  return c.left ? s + ' '.repeat(c.width - n) : ' '.repeat(c.width - n) + s;
}

/** An int argument for %d/%i/%u (floats truncate) or %x/%o/%X (ints only). */
function intArg(v: any, t: string): number | bigint {
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return v;
    if (t === 'd' || t === 'i' || t === 'u') {
      if (!Number.isFinite(v)) throwError(v !== v ? 'ValueError' : 'OverflowError', v !== v ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      const r = Math.trunc(v);
      return Number.isSafeInteger(r) ? r + 0 : BigInt(r);
    }
  } else if (typeof v === 'bigint') return v;
  else if (typeof v === 'boolean') return +v;
  else if (v instanceof PyFloat && (t === 'd' || t === 'i' || t === 'u')) {
    if (!Number.isFinite(v.v)) throwError('OverflowError', 'cannot convert float infinity to integer');
    return Number.isSafeInteger(v.v) ? v.v + 0 : BigInt(v.v);
  }
  else if (v !== null && typeof v === 'object') {
    // %x/%o need __index__; %d/%i/%u also take __int__ (CPython calls PyNumber_Long)
    const p = typeOf(v).proto;
    for (const m of t === 'd' || t === 'i' || t === 'u' ? ['$__index__', '$__int__'] : ['$__index__']) {
      const f = p[m];
      if (f !== undefined && f !== null) {
        const r = callDunder0(f, v);
        if ((typeof r === 'number' && Number.isInteger(r)) || typeof r === 'bigint' || typeof r === 'boolean') return typeof r === 'boolean' ? +r : r;
        throwError('TypeError', `${m.slice(1)} returned non-int (type ${typeName(r)})`);
      }
    }
  }
  if (t === 'd' || t === 'i' || t === 'u') throwError('TypeError', `%${t} format: a real number is required, not ${typeName(v)}`);
  throwError('TypeError', `%${t} format: an integer is required, not ${typeName(v)}`);
}

function floatArg(v: any): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return +v;
  if (typeof v === 'bigint') return bigToDouble(v);
  if (v instanceof PyFloat) return v.v;
  throwError('TypeError', `must be real number, not ${typeName(v)}`);
}

function fmtInt(v: number | bigint, t: string, c: Conv): string {
  const neg = v < 0;
  const abs = neg ? -v : v;
  const radix = t === 'o' ? 8 : t === 'x' || t === 'X' ? 16 : 10;
  let digits = radix === 10 ? intRepr(abs) : abs.toString(radix); // intRepr: the 4300-digit limit
  if (t === 'X') digits = digits.toUpperCase();
  if (c.prec > digits.length) digits = '0'.repeat(c.prec - digits.length) + digits;
  const prefix = (neg ? '-' : c.sign) + (c.alt && radix !== 10 ? '0' + t : '');
  if (c.zero && !c.left && c.width > prefix.length + digits.length) {
    digits = '0'.repeat(c.width - prefix.length - digits.length) + digits;
  }
  return padTo(prefix + digits, c);
}

function fmtFloat(v: number, t: string, c: Conv): string {
  const spec: FormatSpec = {
    fill: c.zero && !c.left && Number.isFinite(v) ? '0' : ' ',
    align: c.left ? '<' : c.zero && Number.isFinite(v) ? '=' : '>',
    sign: c.sign, z: false, alt: c.alt, zero: false, width: c.width,
    grouping: '', precision: c.prec < 0 ? 6 : c.prec, type: t,
  };
  return formatDouble(v, spec);
}

function charArg(v: any): string {
  if (typeof v === 'string') {
    if ([...v].length !== 1) throwError('TypeError', '%c requires int or char');
    return v;
  }
  if ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'boolean' || typeof v === 'bigint') {
    const n = Number(v);
    if (n < 0 || n > 0x10ffff) throwError('OverflowError', '%c arg not in range(0x110000)');
    return String.fromCodePoint(n);
  }
  throwError('TypeError', '%c requires int or char');
}

/** Looks up `key` in the mapping argument of `'%(key)s' % mapping`. */
function mappingGet(m: any, key: any): any {
  if (m instanceof PyDict) {
    const v = m.get(key);
    if (v === undefined) throw pyError('KeyError', key);
    return v;
  }
  const f = m?.$__getitem__;
  if (typeof f === 'function') return f(m, key);
  throwError('TypeError', 'format requires a mapping');
}

/**
 * `fmt % args`. With `bytes` set, this is bytes formatting on the latin-1 view of the format:
 * `%s`/`%b` take bytes-like values (copied byte for byte), `%r`/`%a` give the ASCII repr.
 */
export function percentFormat(fmt: string, args: any, bytes: BytesView | null = null): string {
  const isTuple = args instanceof PyTuple;
  const items: any[] = isTuple ? args.items : [args];
  // A non-tuple, non-str argument with __getitem__ may serve as the mapping.
  const mapping = !isTuple && !isScalar(args) && (args instanceof PyDict || typeof args?.$__getitem__ === 'function') ? args : undefined;
  let ai = 0;
  let usedMapping = false;
  const next = (): any => {
    if (ai >= items.length) throwError('TypeError', 'not enough arguments for format string');
    return items[ai++];
  };
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const p = fmt.indexOf('%', i);
    if (p < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, p);
    i = p + 1;
    if (i >= n) throwError('ValueError', 'incomplete format');
    let key: string | undefined;
    if (fmt[i] === '(') {
      if (mapping === undefined) throwError('TypeError', 'format requires a mapping');
      let depth = 1, j = i + 1;
      while (j < n && depth > 0) { if (fmt[j] === '(') depth++; else if (fmt[j] === ')') depth--; j++; }
      if (depth > 0) throwError('ValueError', 'incomplete format key');
      key = fmt.slice(i + 1, j - 1);
      i = j;
      usedMapping = true;
    }
    const c: Conv = { left: false, zero: false, sign: '', alt: false, width: -1, prec: -1 };
    for (; i < n; i++) {
      const f = fmt[i];
      if (f === '-') c.left = true;
      else if (f === '0') c.zero = true;
      else if (f === '+') c.sign = '+';
      else if (f === ' ') { if (c.sign !== '+') c.sign = ' '; }
      else if (f === '#') c.alt = true;
      else break;
    }
    if (fmt[i] === '*') {
      const w = next();
      if (typeof w !== 'number' || !Number.isInteger(w)) throwError('TypeError', '* wants int');
      if (w < 0) { c.left = true; c.width = -w; } else c.width = w;
      i++;
    } else {
      let w = '';
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') w += fmt[i++];
      if (w) c.width = parseInt(w, 10);
    }
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const pr = next();
        if (typeof pr !== 'number' || !Number.isInteger(pr)) throwError('TypeError', '* wants int');
        c.prec = Math.max(pr, 0);
        i++;
      } else {
        let pr = '';
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') pr += fmt[i++];
        c.prec = pr ? parseInt(pr, 10) : 0;
      }
    }
    while (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L') i++;
    if (i >= n) throwError('ValueError', 'incomplete format');
    const t = fmt[i++];
    if (t === '%') { out += '%'; continue; }
    const v = key !== undefined ? mappingGet(mapping, bytes !== null ? bytes.key(key) : key) : next();
    switch (t) {
      case 'b': case 's': case 'r': case 'a': {
        if (t === 'b' && bytes === null) throwError('ValueError', `unsupported format character 'b' (0x62) at index ${i - 1}`);
        let s = bytes !== null ? (t === 's' || t === 'b' ? bytes.arg(v) : asciiEscape(pyRepr(v)))
          : t === 's' ? pyStr(v) : t === 'r' ? pyRepr(v) : asciiEscape(pyRepr(v));
        if (c.prec >= 0) s = [...s].slice(0, c.prec).join('');
        out += padTo(s, c);
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        out += fmtInt(intArg(v, t), t, c);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        out += fmtFloat(floatArg(v), t, c);
        break;
      case 'c':
        out += padTo(bytes !== null ? bytes.char(v) : charArg(v), c);
        break;
      default: {
        const code = t.codePointAt(0)!;
        throwError('ValueError', `unsupported format character '${t}' (0x${code.toString(16)}) at index ${i - 1}`);
      }
    }
  }
  if (ai < items.length && !usedMapping && mapping === undefined) {
    throwError('TypeError', `not all arguments converted during ${bytes !== null ? 'bytes' : 'string'} formatting`);
  }
  return out;
}
