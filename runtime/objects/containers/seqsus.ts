// Suspendable twins of the sequence operations that compare items (runtime ABI §4): `x in seq`,
// `list/tuple.index/count`, `list.remove`, `==`/`<` between lists or tuples, the sort behind
// `sorted`/`list.sort`, and min/max, for items whose `__eq__`/`__lt__`/`__gt__` is Python code
// that may suspend. Items that are not instances of user classes (nor lists/tuples holding
// them) compare with the plain functions, so a suspendable caller comparing ints or strings
// allocates no generator.
import { None } from '../core';
import { throwError } from '../errors';
import { Frame } from '../../scheduler/frames';
import { eq, lt } from '../numbers/compare';
import { eqS, neS, ltS, leS, gtS, geS, isUserObject } from '../suspendops';
import { keyEqS, truthOf } from './hashsus';
import { PyList, PyTuple, listType, tupleType } from './list';
import { pyRepr } from '../repr';
import { intArg } from './index_';
import { mergeSort, reverseRange } from './mergesort';
import { PyDict } from './dict';
import { PySetBase } from './set';
import { PyRange } from './range';

function* step(r: any): Generator<any, any, any> {
  return r instanceof Frame ? yield* r : r;
}

/** Could comparing `x` run Python code that suspends (a user instance, or a list/tuple holding one)? */
export function compareMaySuspend(x: any): boolean {
  if (typeof x !== 'object' || x === null) return false;
  if (x instanceof PyList || x instanceof PyTuple) {
    if (x.$$cls !== listType && x.$$cls !== tupleType) return true;
    return itemsMayCompareSuspend(x.items);
  }
  return isUserObject(x);
}
export function itemsMayCompareSuspend(items: any[]): boolean {
  for (let i = 0; i < items.length; i++) if (compareMaySuspend(items[i])) return true;
  return false;
}

/** `a == b` as a JS boolean with the identity shortcut (PyObject_RichCompareBool), maybe a frame. */
function eqBoolS(a: any, b: any): any {
  if (a === b) return true;
  if (!compareMaySuspend(a) && !compareMaySuspend(b)) return eq(a, b);
  return keyEqS(a, b);
}

// --- membership, index, count, remove -------------------------------------------------------------
/** `v in items`: the plain loop until an item needs a suspendable comparison. */
export function seqContainsS(items: any[], v: any): any {
  const vs = compareMaySuspend(v);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x === v) return true;
    if (vs || compareMaySuspend(x)) return containsGen(items, v, i);
    if (eq(x, v)) return true;
  }
  return false;
}
function* containsGen(items: any[], v: any, from: number): Generator<any, boolean, any> {
  // CPython re-reads the length each step: the list may change while a comparison suspends
  for (let i = from; i < items.length; i++) {
    if (yield* step(eqBoolS(items[i], v))) return true;
  }
  return false;
}

type Seq = PyList | PyTuple;

function seqMaySuspend(self: Seq, v: any): boolean {
  return compareMaySuspend(v) || itemsMayCompareSuspend(self.items);
}

/** list/tuple `.count(v)` twin. */
export function seqCountS(plain: Function): Function {
  return (self: Seq, v: any) => (seqMaySuspend(self, v) ? countGen(self.items, v) : plain(self, v));
}
function* countGen(items: any[], v: any): Generator<any, number, any> {
  let c = 0;
  for (let i = 0; i < items.length; i++) if (yield* step(eqBoolS(items[i], v))) c++;
  return c;
}

/** list/tuple `.index(v, start, stop)` twin. */
export function seqIndexS(plain: Function, isList: boolean): Function {
  return (self: Seq, v: any, start: any, stop: any) => {
    if (!seqMaySuspend(self, v)) return plain(self, v, start, stop);
    return indexGen(self.items, v, start, stop, isList);
  };
}
function* indexGen(items: any[], v: any, start: any, stop: any, isList: boolean): Generator<any, number, any> {
  const len = items.length;
  let a = start === undefined ? 0 : intArg(start), b = stop === undefined ? len : intArg(stop);
  if (a < 0) a = Math.max(0, a + len);
  if (b < 0) b = Math.max(0, b + len);
  for (let i = a; i < b && i < items.length; i++) if (yield* step(eqBoolS(items[i], v))) return i;
  throwError('ValueError', isList ? `${pyRepr(v)} is not in list` : 'tuple.index(x): x not in tuple');
}

/** `list.remove(v)` twin. */
export function listRemoveS(plain: Function): Function {
  return (self: PyList, v: any) => (seqMaySuspend(self, v) ? removeGen(self.items, v) : plain(self, v));
}
function* removeGen(items: any[], v: any): Generator<any, any, any> {
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (yield* step(eqBoolS(x, v))) {
      // the list may have changed while the comparison suspended: remove that very item
      const j = items[i] === x ? i : items.indexOf(x);
      if (j >= 0) items.splice(j, 1);
      return None;
    }
  }
  throwError('ValueError', 'list.remove(x): x not in list');
}

// --- ==, <, ... between lists / tuples -------------------------------------------------------------
const VALUE_CMP: Record<string, (a: any, b: any) => any> = { '<': ltS, '<=': leS, '>': gtS, '>=': geS, '==': eqS, '!=': neS };

/**
 * Lexicographic comparison of two lists (or two tuples) as list_richcompare/tuplerichcompare:
 * `==`/`!=` of lists of different lengths answer at once; otherwise the first position whose items are not `==`
 * decides by `op` on those items, and the result is that comparison's value ('yes' from a
 * `__lt__` returning 'yes'), else the lengths decide.
 */
export function seqRichCompareS(op: string, a: any[], b: any[], isList: boolean): any {
  // lists of different lengths are unequal at once; tuples compare their items first (CPython)
  if (isList && (op === '==' || op === '!=') && a.length !== b.length) return op === '!=';
  if (!itemsMayCompareSuspend(a) && !itemsMayCompareSuspend(b)) return undefined;
  return seqCompareGen(op, a, b);
}
function* seqCompareGen(op: string, a: any[], b: any[]): Generator<any, any, any> {
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (!(yield* step(eqBoolS(a[i], b[i])))) break;
  }
  if (i >= a.length || i >= b.length) {
    const la = a.length, lb = b.length;
    switch (op) {
      case '==': return la === lb; case '!=': return la !== lb;
      case '<': return la < lb; case '<=': return la <= lb;
      case '>': return la > lb; default: return la >= lb;
    }
  }
  if (op === '==') return false;
  if (op === '!=') return true;
  return yield* step(VALUE_CMP[op](a[i], b[i]));
}

// --- sorting ---------------------------------------------------------------------------------------
/** Python `<` as a JS boolean, or a frame giving it. */
export function lessS(x: any, y: any): any {
  if (!compareMaySuspend(x) && !compareMaySuspend(y)) return lt(x, y);
  return truthOf(ltS(x, y));
}

const RUN = 16;

/**
 * mergesort.ts's stable merge sort with a comparison that may suspend: same comparisons in the
 * same order (`less(right, left)`), the arrays written only once the sort has finished. Takes
 * the plain sort when no key can run suspendable code.
 */
export function mergeSortS(keys: any[], vals: any[] | null): Generator<any, void, any> | undefined {
  if (!itemsMayCompareSuspend(keys)) { mergeSort(keys, vals, lt); return undefined; }
  return keys.length < 64 ? smallSortGen(keys, vals) : mergeSortGen(keys, vals);
}

/**
 * mergesort.ts's smallSort (CPython's list.sort under 64 items: count_run, then binarysort)
 * with a comparison that may suspend: same comparisons in the same order as CPython, so
 * `__lt__` methods that sleep or print run exactly as often. Arrays written only when the sort
 * has finished.
 */
function* smallSortGen(keys: any[], vals: any[] | null): Generator<any, void, any> {
  const n = keys.length;
  const a = keys.slice();
  const av = vals === null ? null : vals.slice();
  if (n >= 2) {
    let run = 2;
    if (yield* step(lessS(a[1], a[0]))) {
      while (run < n && (yield* step(lessS(a[run], a[run - 1])))) run++;
      reverseRange(a, 0, run);
      if (av !== null) reverseRange(av, 0, run);
    } else {
      while (run < n && !(yield* step(lessS(a[run], a[run - 1])))) run++;
    }
    for (let start = run; start < n; start++) {
      const pivot = a[start];
      const pv = av === null ? undefined : av[start];
      let l = 0, r = start;
      do {
        const p = l + ((r - l) >> 1);
        if (yield* step(lessS(pivot, a[p]))) r = p;
        else l = p + 1;
      } while (l < r);
      for (let j = start; j > l; j--) {
        a[j] = a[j - 1];
        if (av !== null) av[j] = av[j - 1];
      }
      a[l] = pivot;
      if (av !== null) av[l] = pv;
    }
  }
  for (let i = 0; i < n; i++) keys[i] = a[i];
  if (vals !== null) for (let i = 0; i < n; i++) vals[i] = av![i];
}
function* mergeSortGen(keys: any[], vals: any[] | null): Generator<any, void, any> {
  const n = keys.length;
  let a = keys.slice();
  let av = vals === null ? null : vals.slice();
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = lo + RUN < n ? lo + RUN : n;
    for (let i = lo + 1; i < hi; i++) {
      const k = a[i];
      const v = av === null ? undefined : av[i];
      let j = i - 1;
      while (j >= lo && (yield* step(lessS(k, a[j])))) {
        a[j + 1] = a[j];
        if (av !== null) av[j + 1] = av[j];
        j--;
      }
      a[j + 1] = k;
      if (av !== null) av[j + 1] = v;
    }
  }
  if (n > RUN) {
    let b = new Array(n);
    let bv = av === null ? null : new Array(n);
    for (let w = RUN; w < n; w *= 2) {
      for (let lo = 0; lo < n; lo += 2 * w) {
        const mid = lo + w < n ? lo + w : n;
        const hi = lo + 2 * w < n ? lo + 2 * w : n;
        let i = lo, j = mid, o = lo;
        if (mid < hi && (yield* step(lessS(a[mid], a[mid - 1])))) {
          while (i < mid && j < hi) {
            if (yield* step(lessS(a[j], a[i]))) { b[o] = a[j]; if (bv !== null) bv[o] = av![j]; j++; }
            else { b[o] = a[i]; if (bv !== null) bv[o] = av![i]; i++; }
            o++;
          }
        }
        for (; i < mid; i++, o++) { b[o] = a[i]; if (bv !== null) bv[o] = av![i]; }
        for (; j < hi; j++, o++) { b[o] = a[j]; if (bv !== null) bv[o] = av![j]; }
      }
      const t = a; a = b; b = t;
      const tv = av; av = bv; bv = tv;
    }
  }
  for (let i = 0; i < n; i++) keys[i] = a[i];
  if (vals !== null) for (let i = 0; i < n; i++) vals[i] = av![i];
}

/** Sorts `items` in place without a key (reverse keeps equal items in order), maybe suspending. */
export function* sortItemsGen(items: any[], rev: boolean): Generator<any, void, any> {
  if (rev) items.reverse();
  yield* step(mergeSortS(items, null));
  if (rev) items.reverse();
}

/** min/max comparison `k <op> best` as a JS boolean (op '<' for min, '>' for max), maybe a frame. */
export function betterS(name: 'min' | 'max', k: any, best: any): any {
  if (!compareMaySuspend(k) && !compareMaySuspend(best)) return undefined;
  return truthOf(name === 'max' ? gtS(k, best) : ltS(k, best));
}

/**
 * Could sorting (or min/max of) the items of iterable `x` run a suspendable comparison? Lists,
 * tuples, dicts and sets are looked at; other iterables are assumed to (their items are only
 * known once iterated, and the suspendable path then looks at them).
 */
export function iterableMayCompareSuspend(x: any): boolean {
  if (typeof x !== 'object' || x === null) return false;
  if (x instanceof PyList || x instanceof PyTuple) return itemsMayCompareSuspend(x.items);
  if (x instanceof PyDict || x instanceof PySetBase) return itemsMayCompareSuspend(x.table.liveKeys());
  return !(x instanceof PyRange);
}
