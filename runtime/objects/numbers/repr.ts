// repr()/str() of ints and floats, as CPython prints them.
import { throwError } from '../errors';
import { PyFloat } from './box';
import { bigBitLength } from './bigmath';

const MAX_STR_DIGITS = 4300;

/** repr(int) (bools print as True/False). Enforces CPython 3.11's 4300-digit limit. */
export function intRepr(x: number | bigint | boolean): string {
  if (typeof x === 'number') return String(x);
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  // ~3.32 bits per digit; only compute the exact length when near the limit.
  if (bigBitLength(x) > 14000) {
    const s = x.toString();
    if (s.length - (x < 0n ? 1 : 0) > MAX_STR_DIGITS) {
      throwError('ValueError',
        `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
    }
    return s;
  }
  return x.toString();
}

/**
 * Shortest round-trip digits of a finite non-zero |x| and its decimal exponent:
 * x = 0.d1d2d3... × 10^(exp+1), i.e. d1.d2d3... × 10^exp. JS's shortest-digit algorithm gives
 * the same digits as CPython's repr (both pick the shortest string that round-trips, and the
 * closest one among those).
 */
export function shortestDigits(x: number): { digits: string; exp: number } {
  const s = Math.abs(x).toExponential(); // "d.ddde+N"
  const e = s.indexOf('e');
  const mant = s.slice(0, e);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { digits, exp: parseInt(s.slice(e + 1), 10) };
}

/** repr(float) for a JS double. */
export function doubleRepr(v: number): string {
  if (v !== v) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  // Fast path: JS prints plain decimal notation for 1e-7 <= |v| < 1e21; CPython uses it for
  // 1e-4 <= |v| < 1e16. In the overlap the digit strings agree.
  const a = v < 0 ? -v : v;
  if (a >= 1e-4 && a < 1e16) {
    const s = String(v);
    return Number.isInteger(v) ? s + '.0' : s;
  }
  const { digits, exp } = shortestDigits(v);
  const sign = v < 0 ? '-' : '';
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const es = Math.abs(exp) < 10 ? '0' + Math.abs(exp) : String(Math.abs(exp));
  return `${sign}${mant}e${exp < 0 ? '-' : '+'}${es}`;
}

/** repr(float) for a float value (raw non-integral number or PyFloat). */
export function floatRepr(x: number | PyFloat): string {
  return doubleRepr(typeof x === 'number' ? x : x.v);
}

/** repr() of any Python number (int, bool, float). */
export function numRepr(x: number | bigint | boolean | PyFloat): string {
  if (typeof x === 'number') return Number.isInteger(x) ? String(x) : doubleRepr(x);
  if (x instanceof PyFloat) return doubleRepr(x.v);
  return intRepr(x);
}
