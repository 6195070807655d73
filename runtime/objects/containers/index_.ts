// Index arguments for sequences: ints, bools, and objects with `__index__`.
import { typeOf } from '../core';
import { throwError } from '../errors';
import { callDunder0 } from '../dunder';
import { bigItemIndex, fitsSsize } from '../numbers/ssize';

/** `x` as a JS integer index, or undefined when x is not an index-like value. */
export function asIndex(x: any): number | undefined {
  if (typeof x === 'number') return Number.isInteger(x) ? x : undefined;
  if (typeof x === 'boolean') return +x;
  if (typeof x === 'bigint') return x > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  if (x !== null && typeof x === 'object') {
    const f = typeOf(x).proto.$__index__;
    if (f !== undefined && f !== null) {
      const r = callDunder0(f, x);
      const n = asIndex(typeof r === 'object' ? undefined : r);
      if (n === undefined) throwError('TypeError', `__index__ returned non-int (type ${typeOf(r).name})`);
      return n;
    }
  }
  return undefined;
}

/** An integer argument (`'float' object cannot be interpreted as an integer`). */
export function intArg(x: any): number {
  const n = asIndex(x);
  if (n === undefined) throwError('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return n;
}

/** An index-sized integer argument (`list.pop(i)`, `list.insert(i, x)`): OverflowError beyond 64 bits. */
export function ssizeArg(x: any): number {
  if (typeof x === 'bigint' && !fitsSsize(x)) throwError('OverflowError', 'Python int too large to convert to C ssize_t');
  return intArg(x);
}

/** The item index for `seq[i]` of length len, or throws IndexError with `what`. */
export function itemIndex(i: any, len: number, tname: string, typeWord = tname): number {
  let k = typeof i === 'number' && Number.isInteger(i) ? i : typeof i === 'bigint' ? bigItemIndex(i) : asIndex(i);
  if (k === undefined) throwError('TypeError', `${typeWord} indices must be integers or slices, not ${typeOf(i).name}`);
  if (k < 0) k += len;
  if (k < 0 || k >= len) throwError('IndexError', tname ? `${tname} index out of range` : 'index out of range');
  return k;
}
