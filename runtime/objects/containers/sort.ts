// list.sort / sorted: stable, `key=` and `reverse=` as CPython (only `<` is used to compare;
// reverse keeps equal elements in their original order). The sort itself: mergesort.ts.
import { None } from '../core';
import { lt, eq } from '../numbers/compare';
import { PyTuple, tupleType } from './list';
import { strCompare } from '../strings/compare';
import { mergeSort } from './mergesort';
import { truthy } from '../truthy';
import { call1 } from '../calls';
import { Frame, runSync } from '../../scheduler/frames';
import { suspendPath } from '../suspendpath';

function allNumbers(a: any[]): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'number') return false;
  return true;
}

function allStrings(a: any[]): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string') return false;
  return true;
}

/** Exact tuples only: a subclass may define its own `__lt__`. */
function allTuples(a: any[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (!(x instanceof PyTuple) || x.$$cls !== tupleType) return false;
  }
  return true;
}

/**
 * Python's `<` on two exact tuples: the first position whose items are not `==` decides, by
 * `<` on those items, else the shorter tuple is smaller. Numbers and strings at that position
 * are compared directly; a key like `(x[1], -x[0])` then costs no generic `lt` dispatch
 * (FINDINGS §7).
 */
function tupleLess(x: PyTuple, y: PyTuple): boolean {
  const a = x.items, b = y.items;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const p = a[i], q = b[i];
    if (p === q) continue;
    if (typeof p === 'number' && typeof q === 'number') return p < q; // unequal, or NaN
    if (typeof p === 'string' && typeof q === 'string') return strCompare(p, q) < 0;
    if (eq(p, q)) continue;
    return lt(p, q);
  }
  return a.length < b.length;
}

const numLess = (x: number, y: number): boolean => x < y;
const strLess = (x: string, y: string): boolean => strCompare(x, y) < 0;

/** Python `<` for these keys, specialised when they are all numbers, strings or tuples. */
function lessFor(keys: any[]): (x: any, y: any) => boolean {
  if (allNumbers(keys)) return numLess;
  if (allStrings(keys)) return strLess;
  if (allTuples(keys)) return tupleLess;
  return lt;
}

/** Sorts `items` in place. `key` is None or a callable; `reverse` any truthy value. */
export function sortArray(items: any[], key: any, reverse: any): void {
  const rev = truthy(reverse);
  if (items.length < 2) {
    if (key !== None && items.length === 1) keyOf(key, items[0]);
    return;
  }
  // reverse=True: reverse, stable sort, reverse back, so equal keys keep their original order
  if (key === None) {
    if (rev) items.reverse();
    try {
      mergeSort(items, null, lessFor(items));
    } catch (e) {
      throw suspendPath(e, '__lt__ called by sort');
    } finally {
      if (rev) items.reverse();
    }
    return;
  }
  const n = items.length;
  const keys = new Array(n);
  for (let i = 0; i < n; i++) keys[i] = keyOf(key, items[i]);
  const vals = items.slice();
  if (rev) { keys.reverse(); vals.reverse(); }
  try {
    mergeSort(keys, vals, lessFor(keys));
  } catch (e) {
    throw suspendPath(e, '__lt__ called by sort');
  }
  if (rev) vals.reverse();
  for (let i = 0; i < n; i++) items[i] = vals[i];
}

function keyOf(key: any, v: any): any {
  const r = call1(key, v);
  if (!(r instanceof Frame)) return r;
  try {
    return runSync(r);
  } catch (e) {
    throw suspendPath(e, 'the key function called by sort');
  }
}
