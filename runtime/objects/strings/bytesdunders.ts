// The special methods of `bytes` (repr, len, item/slice access, containment, iteration,
// hashing, comparisons, concatenation), so that the generic protocol paths (`len`, `repr`,
// `x[i]`, `in`, `for`, dict keys) work on PyBytes like on CPython's bytes.
import { NotImplemented, typeName } from '../core';
import { method } from '../define';
import { PySlice } from '../containers/slice';
import { ArrayIter } from '../iter';
import { itemIndex, asIndex } from '../containers/index_';
import { throwError } from '../errors';
import { PyBytes, bytesType, bytesRepr, bytesSlice, bytesContains } from './bytes';
import { strHash } from './repr';

const T = bytesType;
method(T, '__repr__', ['self'], (self: PyBytes) => bytesRepr(self));
method(T, '__str__', ['self'], (self: PyBytes) => bytesRepr(self));
method(T, '__len__', ['self'], (self: PyBytes) => self.b.length);
method(T, '__getitem__', ['self', 'key'], (self: PyBytes, k: any) => {
  if (k instanceof PySlice) return bytesSlice(self, k.start, k.stop, k.step);
  return self.b[itemIndex(k, self.b.length, '', 'byte')];
});
method(T, '__contains__', ['self', 'key'], (self: PyBytes, x: any) => bytesContains(self, x));
method(T, '__iter__', ['self'], (self: PyBytes) => new ArrayIter(Array.from(self.b)));
// Stable within a process, consistent with ==; CPython's bytes hash is randomised anyway.
method(T, '__hash__', ['self'], (self: PyBytes) => strHash(self.latin1()));
method(T, '__eq__', ['self', 'value'], (self: PyBytes, o: any) => (o instanceof PyBytes ? self.equals(o) : NotImplemented));
method(T, '__ne__', ['self', 'value'], (self: PyBytes, o: any) => (o instanceof PyBytes ? !self.equals(o) : NotImplemented));
for (const [dn, test] of [
  ['__lt__', (c: number) => c < 0], ['__le__', (c: number) => c <= 0],
  ['__gt__', (c: number) => c > 0], ['__ge__', (c: number) => c >= 0],
] as const) {
  method(T, dn, ['self', 'value'], (self: PyBytes, o: any) => (o instanceof PyBytes ? test(self.compare(o)) : NotImplemented));
}
method(T, '__add__', ['self', 'value'], (self: PyBytes, o: any) => {
  if (!(o instanceof PyBytes)) throwError('TypeError', `can't concat ${typeName(o)} to bytes`);
  return self.concat(o);
});
method(T, '__mul__', ['self', 'value'], (self: PyBytes, n: any) => {
  const k = asIndex(n);
  return k === undefined ? NotImplemented : self.repeat(k);
});
method(T, '__rmul__', ['self', 'value'], (self: PyBytes, n: any) => {
  const k = asIndex(n);
  return k === undefined ? NotImplemented : self.repeat(k);
});
// `bytes % args` (./bytespercent.ts) is installed by `$rt.need_percent()` like `str % args`
// (numbers/seqops.ts), so a bundle that never uses `%` drops percent formatting.
let bytesPercent: ((self: PyBytes, args: any) => PyBytes) | undefined;

/** Installs `bytes % args` (from need_percent). */
export function setBytesPercent(f: (self: PyBytes, args: any) => PyBytes): void {
  bytesPercent = f;
}

method(T, '__mod__', ['self', 'value'], (self: PyBytes, args: any) => {
  if (bytesPercent === undefined) throwError('SystemError', 'bytes % used by code that did not call $rt.need_percent() (please report a bug in edgepy)');
  return bytesPercent(self, args);
});
