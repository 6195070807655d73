// `range`: lazy, O(1) `len`, indexing, slicing and `in` for ints of any size. start/stop/step
// are Python ints (a JS number when safe, else a bigint); when everything is a safe number the
// arithmetic stays on doubles (the common case), otherwise it is done exactly with BigInt.
import { budget, budgetOut } from '../../sandbox/budget';
import { PyObjectBase, builtinType, None, NotImplemented, typeOf } from '../core';
import { throwError } from '../errors';
import { method } from '../define';
import { PyIterator, iteratorType, STOP } from '../iter';
import { PySlice, longIndices } from './slice';
import { asIndex } from './index_';
import { callDunder0 } from '../dunder';
import { pyRepr } from '../repr';
import { combineHashes, pyHash } from '../hash';
import { eq } from '../numbers/compare';
import { normBig } from '../numbers/box';

type Int = number | bigint;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const big = (x: Int): bigint => (typeof x === 'bigint' ? x : BigInt(x));

export class PyRange extends PyObjectBase {
  /** the length when it is a safe number, else -1 (see `blen`). */
  readonly len: number;
  /** true when some value needs BigInt arithmetic. */
  readonly big: boolean;
  constructor(readonly start: Int, readonly stop: Int, readonly step: Int) {
    super();
    if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number' && Math.abs(stop - start) <= MAX_SAFE) {
      const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
      this.len = n > 0 ? n : 0;
      this.big = false;
    } else {
      const n = this.blen();
      this.len = n <= BigInt(MAX_SAFE) ? Number(n) : -1;
      this.big = true;
    }
  }
  /** The exact length. */
  blen(): bigint {
    const a = big(this.start), b = big(this.stop), s = big(this.step);
    const n = s > 0n ? (b - a + s - 1n) / s : (a - b - s - 1n) / -s;
    return n > 0n ? n : 0n;
  }
  at(i: number): Int {
    if (!this.big) return (this.start as number) + i * (this.step as number);
    return normBig(big(this.start) + BigInt(i) * big(this.step));
  }
  atBig(i: bigint): Int { return normBig(big(this.start) + i * big(this.step)); }
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
    if (--budget.n < 0) budgetOut(); // sandbox: builtins consuming a range (sum, list, max) pay per item
    return this.cur + this.step * this.i++;
  }
}
export const rangeIterType = iteratorType('range_iterator', RangeIter);

/** Iterates a range whose values or length need BigInt. */
export class LongRangeIter extends PyIterator {
  i = 0n;
  constructor(readonly cur: bigint, readonly step: bigint, readonly n: bigint) { super(); }
  nx(): any {
    if (this.i >= this.n) return STOP;
    if (--budget.n < 0) budgetOut();
    return normBig(this.cur + this.step * this.i++);
  }
}
export const longRangeIterType = iteratorType('longrange_iterator', LongRangeIter);

/** range(stop) / range(start, stop[, step]); `extra` counts arguments beyond the third. */
export function makeRange(a: any, b?: any, c?: any, extra = 0): PyRange {
  if (!installed) installRangeMethods();
  if (extra) throwError('TypeError', `range expected at most 3 arguments, got ${3 + extra}`);
  if (b === undefined) return new PyRange(0, rangeArg(a), 1);
  const step = c === undefined ? 1 : rangeArg(c);
  if (step === 0) throwError('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(rangeArg(a), rangeArg(b), step);
}

/** An exact Python int argument (`__index__` allowed). */
function rangeArg(x: any): Int {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return +x;
  if (x !== null && typeof x === 'object') {
    const f = typeOf(x).proto.$__index__;
    if (f !== undefined && f !== null) return rangeArg(callDunder0(f, x));
  }
  throwError('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
}

/** Position of int x in r, or -1n. */
function rangeIndex(r: PyRange, x: any): bigint {
  let v: Int;
  if (typeof x === 'number') { if (!Number.isInteger(x)) return -1n; v = x; }
  else if (typeof x === 'boolean') v = +x;
  else if (typeof x === 'bigint') v = x;
  else return -1n;
  if (!r.big && typeof v === 'number') {
    const off = v - (r.start as number), st = r.step as number;
    if (off % st !== 0) return -1n;
    const i = off / st;
    return i >= 0 && i < r.len ? BigInt(i) : -1n;
  }
  const off = big(v) - big(r.start), st = big(r.step);
  if (off % st !== 0n) return -1n;
  const i = off / st;
  return i >= 0n && i < r.blen() ? i : -1n;
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  const n = a.blen();
  if (n !== b.blen()) return false;
  if (n === 0n) return true;
  if (big(a.start) !== big(b.start)) return false;
  return n === 1n || big(a.step) === big(b.step);
}

let installed = false;

/**
 * Gives range its methods (`__len__`, `__iter__`, `index`, ...): on the first range made
 * (makeRange, the only constructor besides slicing a range) or when `range` itself is named
 * (builtins/types.ts), so a bundle whose program never makes a range drops them.
 */
export function installRangeMethods(): void {
  if (installed) return;
  installed = true;
  const R = rangeType;
  method(R, '__len__', ['self'], (self: PyRange) => {
    if (self.len >= 0) return self.len;
    const n = self.blen();
    if (n > 0x7fffffffffffffffn) throwError('OverflowError', 'Python int too large to convert to C ssize_t');
    return n;
  });
  method(R, '__iter__', ['self'], (self: PyRange) =>
    (self.big ? new LongRangeIter(big(self.start), big(self.step), self.blen()) : new RangeIter(self.start as number, self.step as number, self.len)));
  method(R, '__reversed__', ['self'], (self: PyRange) => {
    if (!self.big) return new RangeIter(self.at(self.len - 1) as number, -(self.step as number), self.len);
    const n = self.blen();
    return new LongRangeIter(big(self.atBig(n - 1n)), -big(self.step), n);
  });
  method(R, '__repr__', ['self'], (self: PyRange) =>
    (self.step === 1 ? `range(${self.start}, ${self.stop})` : `range(${self.start}, ${self.stop}, ${self.step})`));
  method(R, '__bool__', ['self'], (self: PyRange) => self.len !== 0);
  method(R, '__contains__', ['self', 'key'], (self: PyRange, x: any) => {
    if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint') return rangeIndex(self, x) >= 0n;
    const it = self.big ? new LongRangeIter(big(self.start), big(self.step), self.blen()) : new RangeIter(self.start as number, self.step as number, self.len);
    for (let v = it.nx(); v !== STOP; v = it.nx()) if (eq(v, x)) return true;
    return false;
  });
  method(R, '__getitem__', ['self', 'key'], (self: PyRange, k: any) => {
    if (k instanceof PySlice) {
      // CPython's compute_slice: the slice's indices over len(r), mapped through the range.
      const [a, b, s] = longIndices(k, self.blen());
      const st = big(self.start), sp = big(self.step);
      return new PyRange(normBig(st + a * sp), normBig(st + b * sp), normBig(s * sp));
    }
    if (!self.big && typeof k === 'number' && Number.isInteger(k)) {
      const i = k < 0 ? k + self.len : k;
      if (i < 0 || i >= self.len) throwError('IndexError', 'range object index out of range');
      return self.at(i);
    }
    let i: bigint;
    if (typeof k === 'bigint') i = k;
    else {
      const n = asIndex(k);
      if (n === undefined) throwError('TypeError', `range indices must be integers or slices, not ${typeOf(k).name}`);
      i = BigInt(n);
    }
    const len = self.blen();
    if (i < 0n) i += len;
    if (i < 0n || i >= len) throwError('IndexError', 'range object index out of range');
    return self.atBig(i);
  });
  method(R, '__eq__', ['self', 'value'], (self: PyRange, o: any) => (o instanceof PyRange ? rangeEq(self, o) : NotImplemented));
  method(R, '__ne__', ['self', 'value'], (self: PyRange, o: any) => (o instanceof PyRange ? !rangeEq(self, o) : NotImplemented));
  method(R, '__hash__', ['self'], (self: PyRange) => {
    const n = self.blen();
    return combineHashes([normBig(n), n ? self.start : None, n > 1n ? self.step : None].map(pyHash));
  });
  method(R, 'index', ['self', 'value'], (self: PyRange, x: any) => {
    const i = rangeIndex(self, x);
    if (i < 0n) {
      if (typeof x !== 'number' && typeof x !== 'boolean' && typeof x !== 'bigint') {
        // any object equal to a member counts (CPython falls back to a linear search)
        let j = 0;
        const it = self.big ? new LongRangeIter(big(self.start), big(self.step), self.blen()) : new RangeIter(self.start as number, self.step as number, self.len);
        for (let v = it.nx(); v !== STOP; v = it.nx(), j++) if (eq(v, x)) return j;
      }
      throwError('ValueError', `${pyRepr(x)} is not in range`);
    }
    return normBig(i);
  });
  method(R, 'count', ['self', 'value'], (self: PyRange, x: any) => (rangeIndex(self, x) >= 0n ? 1 : 0));
  (PyRange.prototype as any).$$fields = ['start', 'stop', 'step'];
}
