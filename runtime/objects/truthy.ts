// bool(x): CPython's order — `__bool__`, then `__len__`, else true.
import { typeOf, None } from './core';
import { throwError } from './errors';
import { callDunder0 } from './dunder';
import { PyFloat, normBig } from './numbers/box';
import { listType, tupleType } from './containers/list';
import { dictType } from './containers/dict';
import { setType, frozensetType } from './containers/set';
import { SSIZE_MAX } from './numbers/ssize';

export function truthy(x: any): boolean {
  switch (typeof x) {
    case 'boolean': return x;
    case 'number': return x !== 0; // NaN is true in Python
    case 'string': return x.length !== 0;
    case 'bigint': return x !== 0n;
    case 'function': return true;
  }
  if (x === None) return false;
  const c = x.$$cls;
  if (c === listType || c === tupleType) return x.items.length !== 0;
  if (c === dictType || c === setType || c === frozensetType) return x.table.size !== 0;
  if (x instanceof PyFloat) return x.v !== 0;
  return truthySlow(x);
}

function truthySlow(x: any): boolean {
  const proto = typeOf(x).proto;
  const fb = proto.$__bool__;
  if (fb !== undefined && fb !== null) {
    const r = callDunder0(fb, x);
    if (typeof r !== 'boolean') throwError('TypeError', `__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const fl = proto.$__len__;
  if (fl !== undefined && fl !== null) {
    const n = callDunder0(fl, x);
    return lenResult(n) !== 0;
  }
  return true;
}

/** Validates a `__len__` result as CPython does. */
export function lenResult(n: any): number {
  if (typeof n === 'number' && Number.isInteger(n)) {
    if (n < 0) throwError('ValueError', '__len__() should return >= 0');
    return n;
  }
  if (typeof n === 'boolean') return +n;
  if (typeof n === 'bigint') {
    if (n < 0n) throwError('ValueError', '__len__() should return >= 0');
    // lengths are index-sized (up to 2**63-1, len(range(2**53))); bigint only beyond 2**53
    if (n <= SSIZE_MAX) return normBig(n) as number;
    throwError('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  throwError('TypeError', `'${typeOf(n).name}' object cannot be interpreted as an integer`);
}
