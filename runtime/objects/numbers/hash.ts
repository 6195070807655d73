// hash() of ints and floats, exactly as CPython (Python/pyhash.c, Objects/longobject.c):
// reduction modulo the Mersenne prime 2^61 - 1, so equal numbers hash equal across types.
import { PyFloat, normBig } from './box';
import { decompose } from './decompose';

const M = (1n << 61n) - 1n;

function finishHash(h: bigint): number | bigint {
  return normBig(h === -1n ? -2n : h);
}

function bigHash(n: bigint): number | bigint {
  const r = (n < 0n ? -n : n) % M;
  return finishHash(n < 0n ? -r : r);
}

/** hash() of a JS double with float semantics. NaN hashes to 0 (CPython 3.11 uses identity). */
export function doubleHash(v: number): number | bigint {
  if (Number.isInteger(v)) {
    if (v <= 9007199254740991 && v >= -9007199254740991) return v === -1 ? -2 : v + 0;
    return bigHash(BigInt(v));
  }
  if (v !== v) return 0;
  if (v === Infinity) return 314159;
  if (v === -Infinity) return -314159;
  const { mant, exp } = decompose(v);
  // mant * 2^exp mod M, and 2^61 ≡ 1 (mod M), so 2^exp ≡ 2^(exp mod 61).
  const e = ((exp % 61) + 61) % 61;
  let h = (mant << BigInt(e)) % M;
  if (v < 0) h = -h;
  return finishHash(h);
}

/** hash() of an int, bool or float value. */
export function numHash(x: number | bigint | boolean | PyFloat): number | bigint {
  if (typeof x === 'number') {
    if (Number.isInteger(x)) return x === -1 ? -2 : x; // |x| < 2^53 < 2^61 - 1
    return doubleHash(x);
  }
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return bigHash(x);
  return doubleHash(x.v);
}
