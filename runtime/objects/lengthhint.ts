// CPython's list_extend — behind list(x), tuple(x), sorted(x), [*x], f(*x) and list.extend(x) —
// takes the iterator first, then asks for a length hint before the first `__next__`: an object
// of a Python class answers with its `__len__`, and the iterators of iter(seq) (the old
// `__getitem__` protocol) and reversed(seq) answer with `len(seq)`. A `__len__` with side effects
// (a print, a sleep) shows it; a TypeError from it is ignored, any other error is raised
// (ValueError for a negative length). set(x), str.join, unpacking, comprehensions and the
// other iterations ask no hint (as CPython 3.11 shows).
import { iter, iterToArray, drain } from './iter';
import { callDunder0 } from './dunder';
import { lenResult } from './truthy';
import { isErrorOf } from './errors';

function hasLen(x: any): boolean {
  if (x === null || typeof x !== 'object') return false;
  const c = x.$$cls;
  return c !== undefined && c.user === true && c.proto.$__len__ != null;
}

/**
 * The object whose `__len__` the hint for `x` calls, or undefined when asking has no visible
 * effect: `x` itself, or the sequence behind an iterator that has one (`hintSeq`).
 */
export function lengthHintTarget(x: any): any {
  if (x === null || typeof x !== 'object') return undefined;
  if (hasLen(x)) return x;
  if (typeof x.hintSeq === 'function') {
    const seq = x.hintSeq();
    if (hasLen(seq)) return seq;
  }
  return undefined;
}

/** The TypeError rule of the hint, for a `__len__` call that threw `e`. */
export function lengthHintFailed(e: any): void {
  if (!isErrorOf(e, 'TypeError')) throw e;
}

/** Asks `x` for its length hint (call it right after taking the iterator). */
export function askLengthHint(x: any): void {
  const t = lengthHintTarget(x);
  if (t === undefined) return;
  try {
    lenResult(callDunder0(t.$$cls.proto.$__len__, t));
  } catch (e) {
    lengthHintFailed(e);
  }
}

/** All items of `x`, as list(x) collects them (with the length hint). */
export function iterToListArray(x: any): any[] {
  if (lengthHintTarget(x) === undefined) return iterToArray(x);
  const it = iter(x);
  askLengthHint(x);
  return drain(it);
}
