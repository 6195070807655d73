// CPython's list_extend — behind list(x), tuple(x), sorted(x), [*x], f(*x) and list.extend(x) —
// takes the iterator first, then asks an object of a Python class for its `__len__` as a size
// hint, before the first `__next__`. A `__len__` with side effects (a print, a sleep) shows it;
// a TypeError from it is ignored, any other error is raised (ValueError for a negative length).
// set(x), str.join, unpacking, comprehensions and the other iterations ask no hint (as CPython
// 3.11 shows).
import { iter, iterToArray, drain } from './iter';
import { callDunder0 } from './dunder';
import { lenResult } from './truthy';
import { isErrorOf } from './errors';

/** Does `x` belong to a Python class that defines (or inherits) `__len__`? */
export function hasLengthHint(x: any): boolean {
  if (x === null || typeof x !== 'object') return false;
  const c = x.$$cls;
  return c !== undefined && c.user === true && c.proto.$__len__ != null;
}

/** The TypeError rule of the hint, for a `__len__` call that threw `e`. */
export function lengthHintFailed(e: any): void {
  if (!isErrorOf(e, 'TypeError')) throw e;
}

/** Asks `x` for its length hint (call it right after taking the iterator). */
export function askLengthHint(x: any): void {
  if (!hasLengthHint(x)) return;
  try {
    lenResult(callDunder0(x.$$cls.proto.$__len__, x));
  } catch (e) {
    lengthHintFailed(e);
  }
}

/** All items of `x`, as list(x) collects them (with the length hint). */
export function iterToListArray(x: any): any[] {
  if (!hasLengthHint(x)) return iterToArray(x);
  const it = iter(x);
  askLengthHint(x);
  return drain(it);
}
