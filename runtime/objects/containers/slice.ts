// `slice` objects: start/stop/step as given (None when omitted), and `slice.indices`.
import { PyObjectBase, builtinType, None, typeOf } from '../core';
import { throwError } from '../errors';
import { callDunder0 } from '../dunder';
import { adjustSlice } from '../strings/codepoints';

export class PySlice extends PyObjectBase {
  constructor(readonly start: any, readonly stop: any, readonly step: any) { super(); }
  /** [start, stop, step, count] for a sequence of length len (CPython's PySlice_AdjustIndices). */
  adjust(len: number): [number, number, number, number] {
    return adjustSlice(len, this.start, this.stop, this.step);
  }
}
(PySlice.prototype as any).$$nodict = true;
export const sliceType = builtinType('slice', null, PySlice.prototype);

/** `slice(a, b, c)` from compiled `x[a:b:c]`: omitted parts are `undefined` → None. */
export function mkslice(a: any, b: any, c: any): PySlice {
  return new PySlice(a === undefined ? None : a, b === undefined ? None : b, c === undefined ? None : c);
}
(PySlice.prototype as any).$$fields = ['start', 'stop', 'step'];

/** A slice component as an exact bigint (None → null), via `__index__` as CPython. */
function sliceBig(x: any): bigint | null {
  if (x === None || x === undefined) return null;
  switch (typeof x) {
    case 'number': if (Number.isInteger(x)) return BigInt(x); break;
    case 'bigint': return x;
    case 'boolean': return x ? 1n : 0n;
    case 'object': {
      const f = typeOf(x).proto.$__index__;
      if (f !== undefined && f !== null) return sliceBig(callDunder0(f, x));
    }
  }
  throwError('TypeError', 'slice indices must be integers or None or have an __index__ method');
}

/**
 * CPython's _PySlice_GetLongIndices: (start, stop, step) clamped to a sequence of length len,
 * exact for any int size. Used by `slice.indices` and range slicing.
 */
export function longIndices(s: PySlice, len: bigint): [bigint, bigint, bigint] {
  const step = sliceBig(s.step) ?? 1n;
  if (step === 0n) throwError('ValueError', 'slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? len - 1n : len;
  const clamp = (v: bigint | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) { v += len; return v < lower ? lower : v; }
    return v > upper ? upper : v;
  };
  return [clamp(sliceBig(s.start), neg ? upper : lower), clamp(sliceBig(s.stop), neg ? lower : upper), step];
}
