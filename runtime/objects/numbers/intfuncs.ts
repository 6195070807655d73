// Builtin functions over numbers: abs, round, divmod, pow (3-arg), bin/oct/hex, int(float),
// float(int), and the int/float methods (bit_length, to_bytes, from_bytes, is_integer,
// as_integer_ratio).
import { throwError } from '../errors';
import { typeName, None } from '../core';
import { PyTuple } from '../containers/list';
import { iterToArray } from '../protocol';
import { PyBytes } from '../strings/bytes';
import { PyFloat, flt, normBig, MAX_SAFE } from './box';
import { bigBitLength, bigFloorDiv, bigMod, bigToDouble, intBitLength } from './bigmath';
import { floatDivmod } from './floatops';
import { roundDecimalString } from './dtoa';
import { decompose } from './decompose';
import { floordiv, mod, neg } from './arith';

type Int = number | bigint;

/** A Python int argument (int or bool) as number|bigint, else TypeError like CPython's __index__. */
export function asInt(x: any): Int {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return +x;
  const f = x?.$__index__;
  if (typeof f === 'function') { const r = f(x); if (isIntVal(r)) return asInt(r); }
  throwError('TypeError', `'${typeName(x)}' object cannot be interpreted as an integer`);
}

function isIntVal(x: any): boolean {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' || typeof x === 'boolean';
}

function floatOf(x: any): number | undefined {
  if (typeof x === 'number' && !Number.isInteger(x)) return x;
  if (x instanceof PyFloat) return x.v;
  return undefined;
}

/** abs(x) for numbers (others: undefined so the caller can try __abs__). */
export function numAbs(x: any): any {
  if (typeof x === 'number') return Number.isInteger(x) ? Math.abs(x) : Math.abs(x);
  if (typeof x === 'bigint') return x < 0n ? -x : x;
  if (typeof x === 'boolean') return +x;
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.v));
  return undefined;
}

/** int(v) for a double: truncation toward zero. */
export function floatToInt(v: number): Int {
  if (v !== v) throwError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throwError('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(v);
  return t <= MAX_SAFE && t >= -MAX_SAFE ? t + 0 : BigInt(t);
}

/** float(x) for an int, bool or float value. */
export function toFloat(x: any): number | PyFloat {
  if (typeof x === 'number') return Number.isInteger(x) ? new PyFloat(x) : x;
  if (typeof x === 'boolean') return new PyFloat(+x);
  if (typeof x === 'bigint') return flt(bigToDouble(x));
  if (x instanceof PyFloat) return x;
  throwError('TypeError', `float() argument must be a string or a real number, not '${typeName(x)}'`);
}

function roundHalfEven(v: number): number {
  const r = Math.round(v);
  // Math.round rounds .5 up; CPython rounds half to even.
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** round(x[, ndigits]) for ints and floats. */
export function pyRound(x: any, ndigits?: any): any {
  const f = floatOf(x);
  const noDigits = ndigits === undefined || ndigits === None;
  if (f !== undefined) {
    if (noDigits) return floatToInt(roundHalfEven(f));
    const nd = asInt(ndigits);
    if (!Number.isFinite(f) || f === 0) return flt(f);
    if (nd > 330) return flt(f);
    if (nd < -330) return new PyFloat(f < 0 ? -0 : 0);
    const s = roundDecimalString(f, Number(nd));
    const r = Number(s);
    if (!Number.isFinite(r)) throwError('OverflowError', 'rounded value too large to represent');
    return flt(f < 0 ? -r : r);
  }
  if (!isIntVal(x)) throwError('TypeError', `type ${typeName(x)} doesn't define __round__ method`);
  const n = asInt(x);
  if (noDigits) return n;
  const nd = asInt(ndigits);
  if (nd >= 0) return n;
  // Round to a multiple of 10^-nd, ties to even.
  const p = 10n ** BigInt(-nd);
  const b = BigInt(n);
  let q = bigFloorDiv(b, p);
  const r = b - q * p;
  if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) q += 1n;
  return normBig(q * p);
}

/** divmod(a, b) for numbers. */
export function pyDivmod(a: any, b: any): PyTuple {
  const fa = floatOf(a), fb = floatOf(b);
  if (fa !== undefined || fb !== undefined) {
    const x = fa ?? Number(typeof a === 'bigint' ? bigToDouble(a) : +a);
    const y = fb ?? Number(typeof b === 'bigint' ? bigToDouble(b) : +b);
    const [d, m] = floatDivmod(x, y);
    return new PyTuple([flt(d), flt(m)]);
  }
  const x = asInt(a), y = asInt(b);
  if (y === 0 || y === 0n) throwError('ZeroDivisionError', 'integer division or modulo by zero');
  return new PyTuple([floordiv(x, y), mod(x, y)]);
}

/** Modular inverse of a mod m (m > 0), or throws as CPython. */
function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throwError('ValueError', 'base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}

function modPowBig(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n % m;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    e >>= 1n;
    if (e > 0n) b = (b * b) % m;
  }
  return r;
}

/** pow(base, exp, mod) with ints (3-argument form). */
export function powMod(base: any, exp: any, m: any): Int {
  if (!isIntVal(base) || !isIntVal(exp) || !isIntVal(m)) {
    throwError('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  let mb = BigInt(asInt(m));
  if (mb === 0n) throwError('ValueError', 'pow() 3rd argument cannot be 0');
  const negMod = mb < 0n;
  if (negMod) mb = -mb;
  let b = BigInt(asInt(base));
  let e = BigInt(asInt(exp));
  if (e < 0n) { b = modInverse(b, mb); e = -e; }
  b = ((b % mb) + mb) % mb;
  let r: bigint;
  if (mb < 94906265n) {
    // Products stay below 2^53: do it in doubles.
    const mm = Number(mb);
    let bb = Number(b), acc = 1 % mm;
    while (e > 0n) {
      if (e & 1n) acc = (acc * bb) % mm;
      e >>= 1n;
      if (e > 0n) bb = (bb * bb) % mm;
    }
    r = BigInt(acc);
  } else r = modPowBig(b, e, mb);
  if (negMod && r !== 0n) r -= mb;
  return normBig(r);
}

/** bin/oct/hex: '0b101', '-0x1f'. */
export function intToBase(x: any, base: 2 | 8 | 16): string {
  const n = asInt(x);
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  if (n < 0) return '-' + prefix + (typeof n === 'bigint' ? -n : -n).toString(base);
  return prefix + n.toString(base);
}

export function intBitLengthOf(x: any): number {
  return intBitLength(asInt(x));
}

/** int.bit_count() */
export function intBitCount(x: any): number {
  let n = BigInt(asInt(x));
  if (n < 0n) n = -n;
  let c = 0;
  for (const ch of n.toString(2)) if (ch === '1') c++;
  return c;
}

function byteOrder(order: any): 'big' | 'little' {
  if (order === 'big' || order === 'little') return order;
  if (typeof order !== 'string') throwError('TypeError', `to_bytes() argument 'byteorder' must be str, not ${typeName(order)}`);
  throwError('ValueError', "byteorder must be either 'little' or 'big'");
}

/** n.to_bytes(length, byteorder, signed=False) / the Edge builtin int_to_bytes. */
export function intToBytes(n: any, length: any = 1, order: any = 'big', signed: any = false): PyBytes {
  const v = BigInt(asInt(n));
  const len = Number(asInt(length));
  if (len < 0) throwError('ValueError', 'length argument must be non-negative');
  const o = byteOrder(order);
  const sgn = signed === true || (signed !== false && signed !== undefined && signed !== None && !!signed);
  if (v < 0n && !sgn) throwError('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(len * 8);
  if (sgn ? (v >= (1n << (bits - 1n)) || v < -(1n << (bits - 1n))) && !(len === 0 && v === 0n) : v >= (1n << bits)) {
    throwError('OverflowError', 'int too big to convert');
  }
  let u = v < 0n ? (1n << bits) + v : v;
  const out = new Uint8Array(len);
  for (let i = len - 1; i >= 0; i--) { out[i] = Number(u & 0xffn); u >>= 8n; }
  if (o === 'little') out.reverse();
  return new PyBytes(out);
}

/** int.from_bytes(bytes, byteorder, signed=False) / the Edge builtin int_from_bytes. */
export function intFromBytes(b: any, order: any = 'big', signed: any = false): Int {
  let bytes: Uint8Array;
  if (b instanceof PyBytes) bytes = b.b;
  else {
    const items = iterToArray(b);
    bytes = new Uint8Array(items.length);
    items.forEach((x, i) => {
      const v = Number(asInt(x));
      if (v < 0 || v > 255) throwError('ValueError', 'bytes must be in range(0, 256)');
      bytes[i] = v;
    });
  }
  const o = byteOrder(order);
  const arr = o === 'little' ? Array.from(bytes).reverse() : Array.from(bytes);
  let v = 0n;
  for (const x of arr) v = (v << 8n) | BigInt(x);
  if (signed === true && arr.length > 0 && arr[0] >= 0x80) v -= 1n << BigInt(arr.length * 8);
  return normBig(v);
}

export function floatIsInteger(x: any): boolean {
  const v = x instanceof PyFloat ? x.v : +x;
  return Number.isInteger(v);
}

/** float.as_integer_ratio() / int.as_integer_ratio() */
export function asIntegerRatio(x: any): PyTuple {
  const f = floatOf(x);
  if (f === undefined) return new PyTuple([asInt(x), 1]);
  if (f !== f) throwError('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(f)) throwError('OverflowError', 'cannot convert Infinity to integer ratio');
  if (f === 0) return new PyTuple([0, 1]);
  const { mant, exp } = decompose(f);
  const m = f < 0 ? -mant : mant;
  if (exp >= 0) return new PyTuple([normBig(m << BigInt(exp)), 1]);
  return new PyTuple([normBig(m), normBig(1n << BigInt(-exp))]);
}

export { bigBitLength, bigMod, neg as numNeg };
