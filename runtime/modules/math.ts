// The `math` module as plain JS functions over edgepy numbers, with CPython's results and
// errors ("math domain error", "math range error", ...). `mathModule` maps Python names to
// values; the object model wraps it into a module object.
import { throwError } from '../objects/errors';
import { typeName, None } from '../objects/core';
import { iterToArray } from '../objects/protocol';
import { PyTuple } from '../objects/containers/list';
import { PyFloat, flt, normBig } from '../objects/numbers/box';
import { bigToDouble, bigGcd, bigIsqrt, bigBitLength, ldexpRaw } from '../objects/numbers/bigmath';
import { frexp as frexpRaw } from '../objects/numbers/decompose';
import { floatToInt, asInt } from '../objects/numbers/intfuncs';
import { mul } from '../objects/numbers/arith';
import { floatPowRaw, setCrPow } from '../objects/numbers/floatops';
import { crPow } from '../objects/numbers/crpow';

/** A real-number argument as a double (CPython's PyFloat_AsDouble). */
function D(x: any): number {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat) return x.v;
  if (typeof x === 'boolean') return +x;
  if (typeof x === 'bigint') return bigToDouble(x);
  const f = x?.$__float__;
  if (typeof f === 'function') { const r = f(x); return D(r); }
  throwError('TypeError', `must be real number, not ${typeName(x)}`);
}

const domain = (): never => throwError('ValueError', 'math domain error');
const range = (): never => throwError('OverflowError', 'math range error');

/** Wraps a libm-style function: NaN from non-NaN input is a domain error, inf from finite a range error. */
function f1(fn: (x: number) => number, overflowIsRange = true): (x: any) => number | PyFloat {
  return (x: any) => {
    const v = D(x);
    const r = fn(v);
    if (r !== r && v === v) domain();
    if (!Number.isFinite(r) && Number.isFinite(v)) { if (overflowIsRange) range(); else domain(); }
    return flt(r);
  };
}

function isIntLike(x: any): boolean {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' || typeof x === 'boolean';
}

function toIntegral(x: any, name: string): number | bigint {
  if (x instanceof PyFloat || (typeof x === 'number' && !Number.isInteger(x))) {
    throwError('TypeError', `'float' object cannot be interpreted as an integer`);
  }
  void name;
  return asInt(x);
}

function floorOf(x: any): any {
  if (isIntLike(x)) return typeof x === 'boolean' ? +x : x;
  const f = x?.$__floor__;
  if (typeof f === 'function' && !(x instanceof PyFloat)) return f(x);
  return floatToInt(Math.floor(D(x)));
}
function ceilOf(x: any): any {
  if (isIntLike(x)) return typeof x === 'boolean' ? +x : x;
  const f = x?.$__ceil__;
  if (typeof f === 'function' && !(x instanceof PyFloat)) return f(x);
  return floatToInt(Math.ceil(D(x)));
}
function truncOf(x: any): any {
  if (isIntLike(x)) return typeof x === 'boolean' ? +x : x;
  const f = x?.$__trunc__;
  if (typeof f === 'function' && !(x instanceof PyFloat)) return f(x);
  if (!(x instanceof PyFloat) && typeof x !== 'number') throwError('TypeError', `type ${typeName(x)} doesn't define __trunc__ method`);
  return floatToInt(Math.trunc(D(x)));
}

function log(x: any, base?: any): number | PyFloat {
  const lx = logOf(x);
  if (base === undefined) return flt(lx);
  const lb = logOf(base);
  if (lb === 0) throwError('ZeroDivisionError', 'float division by zero');
  return flt(lx / lb);
}
/** CPython's loghelper for ints too big for a double: x = m * 2^e, log(m) + log(2) * e. */
function bigLog(x: bigint, fn: (v: number) => number): number | undefined {
  if (x <= 0n) domain();
  const bits = bigBitLength(x);
  if (bits <= 1024) return undefined;
  const m = Number(x >> BigInt(bits - 55)) / 2 ** 55;
  return fn(m) + fn(2.0) * bits;
}

/** Natural log of any positive int or float (big ints beyond double range included). */
function logOf(x: any): number {
  if (typeof x === 'bigint') {
    const r = bigLog(x, Math.log);
    if (r !== undefined) return r;
  }
  const v = D(x);
  if (v !== v) return v;
  if (v <= 0) domain();
  return Math.log(v);
}
function log2(x: any): number | PyFloat {
  if (typeof x === 'bigint') { const r = bigLog(x, Math.log2); if (r !== undefined) return flt(r); }
  const v = D(x);
  if (v !== v) return v;
  if (v <= 0) domain();
  return flt(Math.log2(v));
}
function log10(x: any): number | PyFloat {
  if (typeof x === 'bigint') { const r = bigLog(x, Math.log10); if (r !== undefined) return flt(r); }
  const v = D(x);
  if (v !== v) return v;
  if (v <= 0) domain();
  return flt(Math.log10(v));
}

function sqrt(x: any): number | PyFloat {
  const v = D(x);
  if (v < 0) domain();
  return flt(Math.sqrt(v));
}

function pow(x: any, y: any): number | PyFloat {
  const a = D(x), b = D(y);
  // math.pow: like float ** but errors are ValueError/OverflowError with math's messages.
  if (a === 0 && b < 0 && Number.isFinite(b)) domain();
  if (a < 0 && Number.isFinite(a) && Number.isFinite(b) && !Number.isInteger(b)) domain();
  let r: number;
  setCrPow(crPow);
  try { r = floatPowRaw(a, b); } catch { range(); }
  return flt(r!);
}

function gcd(...args: any[]): number | bigint {
  let g = 0n;
  for (const a of args) g = bigGcd(g, BigInt(toIntegral(a, 'gcd')));
  return normBig(g);
}
function lcm(...args: any[]): number | bigint {
  let l = 1n;
  for (const a of args) {
    const v = BigInt(toIntegral(a, 'lcm'));
    if (v === 0n) return 0;
    const av = v < 0n ? -v : v;
    l = (l / bigGcd(l, av)) * av;
  }
  return normBig(l);
}

function factorial(x: any): number | bigint {
  if (x instanceof PyFloat || (typeof x === 'number' && !Number.isInteger(x))) {
    throwError('TypeError', "'float' object cannot be interpreted as an integer");
  }
  const n = Number(asInt(x));
  if (n < 0) throwError('ValueError', 'factorial() not defined for negative values');
  if (n <= 18) { let r = 1; for (let i = 2; i <= n; i++) r *= i; return r; }
  // Binary splitting keeps the multiplications balanced.
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 8) { let r = 1n; for (let i = lo; i <= hi; i++) r *= BigInt(i); return r; }
    const mid = (lo + hi) >> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  return normBig(prod(2, n));
}

function comb(nx: any, kx: any): number | bigint {
  const n = BigInt(toIntegral(nx, 'comb')), k0 = BigInt(toIntegral(kx, 'comb'));
  if (n < 0n) throwError('ValueError', 'n must be a non-negative integer');
  if (k0 < 0n) throwError('ValueError', 'k must be a non-negative integer');
  if (k0 > n) return 0;
  const k = k0 > n - k0 ? n - k0 : k0;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return normBig(r);
}

function perm(nx: any, kx?: any): number | bigint {
  const n = BigInt(toIntegral(nx, 'perm'));
  if (kx === undefined || kx === None) return factorial(nx);
  const k = BigInt(toIntegral(kx, 'perm'));
  if (n < 0n) throwError('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throwError('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0;
  let r = 1n;
  for (let i = n - k + 1n; i <= n; i++) r *= i;
  return normBig(r);
}

function isqrt(x: any): number | bigint {
  const n = BigInt(toIntegral(x, 'isqrt'));
  if (n < 0n) throwError('ValueError', 'isqrt() argument must be nonnegative');
  return normBig(bigIsqrt(n));
}

function isclose(a: any, b: any, rel_tol: any = 1e-9, abs_tol: any = 0): boolean {
  const x = D(a), y = D(b), rt = D(rel_tol), at = D(abs_tol);
  if (rt < 0 || at < 0) throwError('ValueError', 'tolerances must be non-negative');
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
}

/** Shewchuk's exact summation (CPython's msum), with the same special-value rules. */
function fsum(it: any): number | PyFloat {
  const partials: number[] = [];
  let special = 0, infSum = 0;
  for (const item of iterToArray(it)) {
    let x = D(item);
    if (!Number.isFinite(x)) {
      if (x !== x) special = NaN; else infSum += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (special !== 0 && special !== special) return NaN;
  if (infSum !== 0) {
    if (infSum !== infSum) domain();
    return infSum;
  }
  if (partials.some((p) => !Number.isFinite(p))) throwError('OverflowError', 'intermediate overflow in fsum');
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return flt(hi);
}

function prod(it: any, start: any = 1): any {
  let acc: any = start;
  for (const x of iterToArray(it)) acc = mul(acc, x);
  return acc;
}

function hypot(...args: any[]): number | PyFloat {
  const vs = args.map(D);
  if (vs.some((v) => v === Infinity || v === -Infinity)) return new PyFloat(Infinity) as any;
  return flt(Math.hypot(...vs));
}

function dist(p: any, q: any): number | PyFloat {
  const a = iterToArray(p), b = iterToArray(q);
  if (a.length !== b.length) throwError('ValueError', 'both points must have the same number of dimensions');
  return hypot(...a.map((x, i) => D(x) - D(b[i])));
}

function fmod(x: any, y: any): number | PyFloat {
  const a = D(x), b = D(y);
  if (!Number.isFinite(b) && b === b && Number.isFinite(a)) return flt(a);
  if ((b === 0 && a === a) || (!Number.isFinite(a) && a === a)) domain();
  return flt(a % b);
}

function modf(x: any): PyTuple {
  const v = D(x);
  if (!Number.isFinite(v)) {
    if (v !== v) return new PyTuple([v, v]);
    return new PyTuple([new PyFloat(v > 0 ? 0 : -0), new PyFloat(v)]);
  }
  const ip = Math.trunc(v);
  const fp = v - ip;
  return new PyTuple([flt(fp === 0 && (v < 0 || Object.is(v, -0)) ? -0 : fp), flt(ip === 0 && (v < 0 || Object.is(v, -0)) ? -0 : ip)]);
}

function frexp(x: any): PyTuple {
  const [m, e] = frexpRaw(D(x));
  return new PyTuple([flt(m), e]);
}

function ldexp(x: any, i: any): number | PyFloat {
  const v = D(x);
  if (!isIntLike(i)) throwError('TypeError', 'Expected an int as second argument to ldexp.');
  const e = Number(asInt(i));
  const r = ldexpRaw(v, Math.max(Math.min(e, 100000), -100000));
  if (!Number.isFinite(r) && Number.isFinite(v)) range();
  return flt(r);
}

function copysign(x: any, y: any): number | PyFloat {
  const a = Math.abs(D(x)), b = D(y);
  return flt(b < 0 || Object.is(b, -0) || (b !== b && signBitNaN(y)) ? -a : a);
}
function signBitNaN(_y: any): boolean { return false; }

function exp(x: any): number | PyFloat {
  const v = D(x);
  const r = Math.exp(v);
  if (!Number.isFinite(r) && Number.isFinite(v)) range();
  return flt(r);
}

function atan2(y: any, x: any): number | PyFloat { return flt(Math.atan2(D(y), D(x))); }

function trig(fn: (x: number) => number): (x: any) => number | PyFloat {
  return (x: any) => {
    const v = D(x);
    if (!Number.isFinite(v)) { if (v !== v) return v; domain(); }
    return flt(fn(v));
  };
}

function degrees(x: any): number | PyFloat { return flt(D(x) * (180 / Math.PI)); }
function radians(x: any): number | PyFloat { return flt(D(x) * (Math.PI / 180)); }

function gammaLanczos(x: number): number {
  // Lanczos approximation (g=7, n=9); adequate for typical uses, not bit-identical to CPython.
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gammaLanczos(1 - x));
  x -= 1;
  let a = c[0];
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (x + i);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
}
function gamma(x: any): number | PyFloat {
  const v = D(x);
  if (Number.isInteger(v) && v <= 0) domain();
  if (Number.isInteger(v) && v > 0 && v < 24) { let r = 1; for (let i = 2; i < v; i++) r *= i; return flt(r); }
  const r = gammaLanczos(v);
  if (!Number.isFinite(r) && Number.isFinite(v)) range();
  return flt(r);
}
function lgamma(x: any): number | PyFloat {
  const v = D(x);
  if (Number.isInteger(v) && v <= 0) domain();
  return flt(Math.log(Math.abs(gammaLanczos(v))));
}

function erf(x: any): number | PyFloat {
  const v = D(x);
  // Abramowitz-Stegun 7.1.26 is too coarse; use a series / continued fraction split.
  if (Math.abs(v) < 2.5) {
    let sum = v, term = v;
    const x2 = v * v;
    for (let n = 1; n < 100; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return flt((2 / Math.sqrt(Math.PI)) * sum);
  }
  return flt(1 - D(erfc(v)) * 1);
}
function erfc(x: any): number | PyFloat {
  const v = D(x);
  if (Math.abs(v) < 2.5) return flt(1 - D(erf(v)));
  // Continued fraction for large |x|.
  const a = Math.abs(v);
  let f = 0;
  for (let n = 60; n >= 1; n--) f = (n / 2) / (a + f);
  const r = Math.exp(-a * a) / Math.sqrt(Math.PI) / (a + f);
  return flt(v > 0 ? r : 2 - r);
}

export const mathModule: Record<string, unknown> = {
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: NaN,
  sqrt,
  cbrt: f1(Math.cbrt),
  exp,
  exp2: f1((v) => 2 ** v),
  expm1: f1(Math.expm1),
  log,
  log2,
  log10,
  log1p: (x: any) => { const v = D(x); if (v <= -1) domain(); return flt(Math.log1p(v)); },
  pow,
  floor: floorOf,
  ceil: ceilOf,
  trunc: truncOf,
  fabs: (x: any) => flt(Math.abs(D(x))),
  fmod,
  modf,
  frexp,
  ldexp,
  copysign,
  gcd,
  lcm,
  factorial,
  comb,
  perm,
  isqrt,
  isclose,
  isfinite: (x: any) => Number.isFinite(D(x)),
  isinf: (x: any) => { const v = D(x); return v === Infinity || v === -Infinity; },
  isnan: (x: any) => { const v = D(x); return v !== v; },
  fsum,
  prod,
  hypot,
  dist,
  sin: trig(Math.sin),
  cos: trig(Math.cos),
  tan: trig(Math.tan),
  asin: f1(Math.asin),
  acos: f1(Math.acos),
  atan: f1(Math.atan),
  atan2,
  sinh: f1(Math.sinh),
  cosh: f1(Math.cosh),
  tanh: f1(Math.tanh),
  asinh: f1(Math.asinh),
  acosh: f1(Math.acosh),
  atanh: (x: any) => { const v = D(x); if (v <= -1 || v >= 1) domain(); return flt(Math.atanh(v)); },
  degrees,
  radians,
  gamma,
  lgamma,
  erf,
  erfc,
  remainder: (x: any, y: any) => {
    const a = D(x), b = D(y);
    if (b === 0 || !Number.isFinite(a)) { if (a !== a || b !== b) return NaN; domain(); }
    if (!Number.isFinite(b)) return flt(a);
    const n = Math.round(a / b);
    const r = a - n * b;
    // Exact IEEE remainder: ties to even quotient.
    const m = a % b;
    const half = Math.abs(b) / 2;
    let res = m;
    if (Math.abs(m) > half || (Math.abs(m) === half && Math.abs(((a - m) / b) % 2) === 1)) res = m - Math.sign(m) * Math.abs(b);
    void r;
    return flt(res === 0 ? (a < 0 ? -0 : 0) : res);
  },
};
