// BigInt helpers shared by the arithmetic, formatting and math code.
import { throwError } from '../errors';
import { normBig } from './box';

/** Number of bits in |x| (0 for 0), like int.bit_length(). */
export function bigBitLength(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  const hex = x.toString(16);
  // Leading hex digit contributes 1..4 bits.
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** int.bit_length() for any Python int (number or bigint). */
export function intBitLength(x: number | bigint | boolean): number {
  if (typeof x === 'bigint') return bigBitLength(x);
  const n = Math.abs(+x);
  if (n < 0x80000000) return 32 - Math.clz32(n);
  return bigBitLength(BigInt(n));
}

/** x * 2**e without intermediate overflow/underflow of 2**e itself. */
export function ldexpRaw(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; if (!Number.isFinite(x)) return x; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; if (x === 0) return x; }
  return x * 2 ** e;
}

/** A bigint as a double, raising CPython's OverflowError when it does not fit. */
export function bigToDouble(x: bigint): number {
  const d = Number(x); // ECMAScript rounds to nearest, ties to even: same as CPython
  if (!Number.isFinite(d)) throwError('OverflowError', 'int too large to convert to float');
  return d;
}

/** Correctly rounded a / b for ints of any size (CPython's long_true_divide). */
export function bigTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throwError('ZeroDivisionError', 'division by zero');
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return neg ? -0 : 0;
  const LIM = 1n << 53n;
  if (a <= LIM && b <= LIM) {
    const r = Number(a) / Number(b);
    return neg ? -r : r;
  }
  // Scale so the quotient has >= 55 bits, then fold the remainder into a sticky bit so that
  // the single rounding done by Number() is the correct one.
  const s = bigBitLength(a) - bigBitLength(b) - 55;
  let q: bigint, r: bigint;
  if (s >= 0) { const d = b << BigInt(s); q = a / d; r = a % d; }
  else { const n = a << BigInt(-s); q = n / b; r = n % b; }
  if (r !== 0n) q |= 1n;
  const res = ldexpRaw(Number(q), s);
  if (!Number.isFinite(res)) throwError('OverflowError', 'integer division result too large for a float');
  return neg ? -res : res;
}

export function bigFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throwError('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function bigMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throwError('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** gcd of two bigints (non-negative result). */
export function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) { const t = a % b; a = b; b = t; }
  return a;
}

/** Integer square root (floor) of a non-negative bigint, by Newton's method. */
export function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 1n << 52n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  let x = 1n << BigInt((bigBitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export { normBig };
