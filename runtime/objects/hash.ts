// hash(x). `pyHash` is what dict/set tables use (fast, consistent with `==`); `exactHash` is
// the `hash()` builtin, which reproduces CPython's values where CPython is deterministic
// (int, bool, float, and tuples of those). str hashes are randomised per process in CPython,
// so any stable function is as good.
import { typeOf, None, objectProto } from './core';
import { throwError } from './errors';
import { callDunder0 } from './dunder';
import { PyFloat } from './numbers/box';

const MODULUS = (1n << 61n) - 1n;
const MODULUS_N = 2305843009213693951; // 2**61 - 1 (not exact as a double; used only for range tests)

let nextId = 1;
/** A stable identity number per object (used by `id()` and identity hashes). */
export function identity(x: any): number {
  if (x === None) return 0x1000;
  let id = x.$$id;
  if (id === undefined) {
    id = (nextId++) * 16 + 0x7f0000000000;
    try { Object.defineProperty(x, '$$id', { value: id, enumerable: false }); } catch { return 0x2000; }
  }
  return id;
}

function intHash(x: number | bigint): number {
  if (typeof x === 'number') {
    if (x === -1) return -2;
    return x; // |x| < 2**53 < 2**61 - 1: its own hash
  }
  const neg = x < 0n;
  let m = (neg ? -x : x) % MODULUS;
  if (neg) m = -m;
  if (m === -1n) m = -2n;
  return Number(m);
}

/** CPython's _Py_HashDouble for a finite, non-integral or integral double. */
function doubleHash(v: number): number {
  if (!Number.isFinite(v)) return v > 0 ? 314159 : v < 0 ? -314159 : 0;
  if (Number.isInteger(v)) return intHash(Number.isSafeInteger(v) ? v : BigInt(v));
  let sign = 1n;
  if (v < 0) { sign = -1n; v = -v; }
  // frexp: v = m * 2**e with 0.5 <= m < 1
  let e = Math.floor(Math.log2(v)) + 1;
  let m = v / 2 ** e;
  while (m >= 1) { m /= 2; e++; }
  while (m < 0.5) { m *= 2; e--; }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> (61n - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << BigInt(ee)) & MODULUS) | (x >> BigInt(61 - ee));
  x = x * sign;
  if (x === -1n) x = -2n;
  return Number(x);
}
void MODULUS_N;

function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h |= 0;
  return h === -1 ? -2 : h;
}

/** hash(x) for dict/set tables. Raises `TypeError: unhashable type: 'list'`. */
export function pyHash(x: any): number {
  switch (typeof x) {
    case 'number': return Number.isInteger(x) ? intHash(x) : doubleHash(x);
    case 'string': return strHash(x);
    case 'boolean': return x ? 1 : 0;
    case 'bigint': return intHash(x);
    case 'function': return identity(x);
  }
  if (x instanceof PyFloat) return doubleHash(x.v);
  const f = typeOf(x).proto.$__hash__;
  if (f === objectProto.$__hash__) return identity(x);
  if (f === null || f === undefined || f === None) throwError('TypeError', `unhashable type: '${typeOf(x).name}'`);
  const r = callDunder0(f, x);
  if (typeof r === 'number' && Number.isInteger(r)) return r === -1 ? -2 : r;
  if (typeof r === 'bigint') return intHash(r);
  if (typeof r === 'boolean') return +r;
  throwError('TypeError', '__hash__ method should return an integer');
}

/** Mixes element hashes like CPython's tuple hash (xxHash-based), in 32-bit arithmetic. */
export function combineHashes(hs: number[]): number {
  let acc = 0x27d4eb2f | 0;
  for (let i = 0; i < hs.length; i++) {
    const lane = hs[i];
    const lo = (lane | 0) ^ ((lane / 4294967296) | 0);
    acc = (acc + Math.imul(lo, 0x85ebca77)) | 0;
    acc = (acc << 13) | (acc >>> 19);
    acc = Math.imul(acc, 0x9e3779b1);
  }
  acc = (acc + (hs.length ^ 0x27d4eb2f ^ 3527539)) | 0;
  return acc === -1 ? 1546275796 : acc;
}

const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;
/** CPython's exact tuple hash (64-bit xxHash variant) given the exact element hashes. */
export function exactTupleHash(hs: (number | bigint)[]): number | bigint {
  let acc = P5;
  for (const h of hs) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * P2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * P1) & M64;
  }
  acc = (acc + (BigInt(hs.length) ^ (P5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  const r = BigInt.asIntN(64, acc);
  return r <= 9007199254740991n && r >= -9007199254740991n ? Number(r) : r;
}

export { intHash, doubleHash };
