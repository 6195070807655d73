// Float arithmetic with CPython's semantics (Objects/floatobject.c): floor division and
// modulo signs, the ZeroDivisionError messages and the special cases of float_pow.
import { throwError } from '../errors';

// The correctly rounded pow (./crpow.ts), installed by `$rt.need_pow()` (modules using `**` or
// naming `pow`/`__pow__`), by the `pow` builtin and by math.pow: a bundle that never raises a
// float to a power drops it.
let crPow: ((x: number, y: number) => number) | undefined;

/** Installs the float power function (once, from need_pow and the pow builtins). */
export function setCrPow(f: (x: number, y: number) => number): void {
  crPow = f;
}

export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throwError('ZeroDivisionError', 'float modulo');
  let mod = vx % wx; // JS % on doubles is C fmod (exact)
  if (mod !== 0) { // NaN counts as non-zero, as in C
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  return mod;
}

export function floatFloorDiv(vx: number, wx: number, msg = 'float floor division by zero'): number {
  if (wx === 0) throwError('ZeroDivisionError', msg);
  const mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) div -= 1.0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return floordiv;
}

/** divmod for floats: [floordiv, mod] as doubles. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throwError('ZeroDivisionError', 'float divmod()');
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/** float ** float as CPython's float_pow (as a double). */
export function floatPowRaw(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    return (y > 0) === (ax > 1.0) ? Infinity : 0.0;
  }
  if (!Number.isFinite(x)) {
    const yOdd = isOddInteger(y);
    if (y > 0) return yOdd ? x : Math.abs(x);
    return yOdd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) throwError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0;
  }
  if (x < 0 && !Number.isInteger(y)) {
    // CPython returns a complex number here; edgepy has no complex type.
    throwError('ValueError', 'negative number cannot be raised to a fractional power');
  }
  if (x === 1.0) return 1.0;
  if (crPow === undefined) throwError('SystemError', '** used by code that did not call $rt.need_pow() (please report a bug in edgepy)');
  const r = x > 0 ? crPow(x, y) : (Math.abs(y % 2) === 1 ? -crPow(-x, y) : crPow(-x, y));
  if (!Number.isFinite(r)) throwError('OverflowError', "(34, 'Numerical result out of range')");
  return r;
}
