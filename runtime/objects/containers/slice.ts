// `slice` objects: start/stop/step as given (None when omitted).
import { PyObjectBase, builtinType, None } from '../core';
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
