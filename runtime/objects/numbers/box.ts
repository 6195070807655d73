// Number representation helpers (runtime-abi.md §1).
// int   = JS number that is an integer in ±(2^53−1), never -0; else a normalised bigint.
// float = JS number that is not an integer (fraction, NaN, ±Infinity), else a PyFloat box.
// bool  = JS boolean.
import { floatType } from '../core';

/** An integral float value (1.0, -0.0, 1e16): boxed so it cannot be mistaken for an int. */
export class PyFloat {
  constructor(public readonly v: number) {}
}
// typeOf() and dict keys find the class through `$$cls` on the prototype.
(PyFloat.prototype as any).$$cls = floatType;
// Attribute lookup on objects follows the JS prototype chain: boxed floats find the float
// methods (`(1e20).is_integer()`) on float's proto like any instance finds its class's.
Object.setPrototypeOf(PyFloat.prototype, floatType.proto);

export const MAX_SAFE = 9007199254740991;
export const MIN_SAFE = -9007199254740991;
const BIG_MAX_SAFE = 9007199254740991n;
const BIG_MIN_SAFE = -9007199254740991n;

/** Any JS double as a Python float value (boxes integral values, including -0). */
export function flt(x: number): number | PyFloat {
  return Number.isInteger(x) ? new PyFloat(x) : x;
}

/** True for Python ints (bool excluded): raw integral number or bigint. */
export function isInt(x: unknown): boolean {
  return typeof x === 'number' ? Number.isInteger(x) : typeof x === 'bigint';
}

/** True for Python floats: raw non-integral number or a PyFloat box. */
export function isFloat(x: unknown): boolean {
  return typeof x === 'number' ? !Number.isInteger(x) : x instanceof PyFloat;
}

/** int, bool or float. */
export function isNumber(x: unknown): boolean {
  const t = typeof x;
  return t === 'number' || t === 'bigint' || t === 'boolean' || x instanceof PyFloat;
}

/** Normalise a bigint: a number when it fits in the safe range. */
export function normBig(x: bigint): number | bigint {
  return x <= BIG_MAX_SAFE && x >= BIG_MIN_SAFE ? Number(x) : x;
}

/** A Python int (or bool) as a bigint. */
export function toBig(x: number | bigint | boolean): bigint {
  return typeof x === 'bigint' ? x : BigInt(x as number | boolean);
}

/** A float value (raw number or PyFloat) as a JS double. */
export function floatVal(x: number | PyFloat): number {
  return typeof x === 'number' ? x : x.v;
}

/** A Python int from any JS integral double (no -0, bigint past the safe range). */
export function intFromDouble(x: number): number | bigint {
  if (x <= MAX_SAFE && x >= MIN_SAFE) return x + 0;
  return BigInt(x);
}
