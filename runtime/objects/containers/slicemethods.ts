// The methods of `slice`: indices(), and comparison as the tuple (start, stop, step).
import { None, NotImplemented, typeName } from '../core';
import { throwError } from '../errors';
import { method } from '../define';
import { PySlice, sliceType, longIndices } from './slice';
import { tuple } from './list';
import { seqEq, seqCompare } from './listmethods';
import { normBig } from '../numbers/box';
import { asIndex } from './index_';

const fields = (s: PySlice) => [s.start, s.stop, s.step];

method(sliceType, 'indices', ['self', 'length'], (self: PySlice, len: any) => {
  const n = typeof len === 'bigint' ? len : asIndex(len);
  if (n === undefined) throwError('TypeError', `'${typeName(len)}' object cannot be interpreted as an integer`);
  if (n < 0) throwError('ValueError', 'length should not be negative');
  return tuple(longIndices(self, BigInt(n)).map(normBig));
}, { nposonly: 2 });
method(sliceType, '__eq__', ['self', 'value'], (self: PySlice, o: any) => (o instanceof PySlice ? seqEq(fields(self), fields(o)) : NotImplemented));
method(sliceType, '__ne__', ['self', 'value'], (self: PySlice, o: any) => (o instanceof PySlice ? !seqEq(fields(self), fields(o)) : NotImplemented));
for (const [dn, op] of [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
  method(sliceType, dn, ['self', 'value'], (self: PySlice, o: any) => (o instanceof PySlice ? seqCompare(op, fields(self), fields(o)) : NotImplemented));
}
// slices are unhashable in CPython 3.11
sliceType.proto.$__hash__ = None;
