// `range`: lazy, O(1) `len`, indexing, slicing and `in` for ints.
import { PyObjectBase, builtinType, None, NotImplemented, typeOf } from '../core';
import { throwError } from '../errors';
import { method } from '../define';
import { PyIterator, iteratorType, STOP } from '../iter';
import { PySlice } from './slice';
import { asIndex, intArg } from './index_';
import { pyRepr } from '../repr';
import { combineHashes, pyHash } from '../hash';
import { eq } from '../numbers/compare';
import { tuple } from './list';

export class PyRange extends PyObjectBase {
  readonly len: number;
  constructor(readonly start: number, readonly stop: number, readonly step: number) {
    super();
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    this.len = n > 0 ? n : 0;
  }
  at(i: number): number { return this.start + i * this.step; }
}
(PyRange.prototype as any).$$inst = true;
(PyRange.prototype as any).$$nodict = true;
(PyRange.prototype as any).$$vhash = true;
export const rangeType = builtinType('range', null, PyRange.prototype);
(rangeType.proto as any).$$final = true;

export class RangeIter extends PyIterator {
  i = 0;
  constructor(readonly cur: number, readonly step: number, readonly n: number) { super(); }
  nx(): any {
    if (this.i >= this.n) return STOP;
    return this.cur + this.step * this.i++;
  }
}
export const rangeIterType = iteratorType('range_iterator', RangeIter);

/** range(stop) / range(start, stop[, step]) */
export function makeRange(a: any, b?: any, c?: any): PyRange {
  if (b === undefined) return new PyRange(0, rangeArg(a), 1);
  const step = c === undefined ? 1 : rangeArg(c);
  if (step === 0) throwError('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(rangeArg(a), rangeArg(b), step);
}

function rangeArg(x: any): number {
  const n = asIndex(x);
  if (n === undefined) throwError('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return n;
}

function rangeIndex(r: PyRange, x: any): number {
  if (typeof x !== 'number' && typeof x !== 'boolean') {
    if (typeof x === 'bigint' || asIndex(x) === undefined) return -1;
  }
  const v = typeof x === 'number' ? x : +x;
  if (!Number.isInteger(v)) return -1;
  const off = v - r.start;
  if (off % r.step !== 0) return -1;
  const i = off / r.step;
  return i >= 0 && i < r.len ? i : -1;
}

const R = rangeType;
method(R, '__len__', ['self'], (self: PyRange) => self.len);
method(R, '__iter__', ['self'], (self: PyRange) => new RangeIter(self.start, self.step, self.len));
method(R, '__reversed__', ['self'], (self: PyRange) => new RangeIter(self.at(self.len - 1), -self.step, self.len));
method(R, '__repr__', ['self'], (self: PyRange) =>
  self.step === 1 ? `range(${self.start}, ${self.stop})` : `range(${self.start}, ${self.stop}, ${self.step})`);
method(R, '__contains__', ['self', 'key'], (self: PyRange, x: any) => {
  if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint') return rangeIndex(self, x) >= 0;
  for (let i = 0; i < self.len; i++) if (eq(self.at(i), x)) return true;
  return false;
});
method(R, '__getitem__', ['self', 'key'], (self: PyRange, k: any) => {
  if (k instanceof PySlice) {
    const [start, , step, n] = k.adjust(self.len);
    const st = self.start + start * self.step;
    return new PyRange(st, st + n * step * self.step, step * self.step);
  }
  let i = asIndex(k);
  if (i === undefined) throwError('TypeError', `range indices must be integers or slices, not ${typeOf(k).name}`);
  if (i < 0) i += self.len;
  if (i < 0 || i >= self.len) throwError('IndexError', 'range object index out of range');
  return self.at(i);
});
function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a.len !== b.len) return false;
  if (a.len === 0) return true;
  if (a.start !== b.start) return false;
  return a.len === 1 || a.step === b.step;
}
method(R, '__eq__', ['self', 'value'], (self: PyRange, o: any) => (o instanceof PyRange ? rangeEq(self, o) : NotImplemented));
method(R, '__ne__', ['self', 'value'], (self: PyRange, o: any) => (o instanceof PyRange ? !rangeEq(self, o) : NotImplemented));
method(R, '__hash__', ['self'], (self: PyRange) =>
  combineHashes([self.len, self.len ? self.start : None, self.len > 1 ? self.step : None].map(pyHash)));
method(R, 'index', ['self', 'value'], (self: PyRange, x: any) => {
  const i = rangeIndex(self, x);
  if (i < 0) throwError('ValueError', `${pyRepr(x)} is not in range`);
  return i;
});
method(R, 'count', ['self', 'value'], (self: PyRange, x: any) => (rangeIndex(self, x) >= 0 ? 1 : 0));
R.proto.$__bool__ = undefined;
delete R.proto.$__bool__;
void intArg; void tuple;
(PyRange.prototype as any).$$fields = ['start', 'stop', 'step'];
