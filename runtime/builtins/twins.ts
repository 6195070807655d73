// Suspendable twins of the builtins that run Python code (runtime ABI §4): same parameters as
// the builtin, but a callback, a dunder or a generator step that suspends gives back a frame
// (driven by the suspendable caller with `yield*`) instead of failing with "cannot suspend
// here". The `…S` call helpers use a twin only from suspendable code; plain code keeps calling
// the builtin itself. Each twin takes the plain builtin when nothing in its arguments can run
// suspendable Python code, so a suspendable caller allocates no generator for `len([1, 2])`.
import { None, typeOf, strType, isSubtype, PyType } from '../objects/core';
import { throwError, pyError, PyBaseException, StopIteration } from '../objects/errors';
import { PyList, PyTuple, tuple, listType, tupleType } from '../objects/containers/list';
import { PyDict, dictType } from '../objects/containers/dict';
import { frozensetType } from '../objects/containers/set';
import { susTwin, call1 } from '../objects/calls';
import { callDunderS } from '../objects/dunder';
import { STOP, PyIterator, nextS } from '../objects/iter';
import { truthy } from '../objects/truthy';
import { lt, gt } from '../objects/numbers/compare';
import { setFromS, dictFromS } from '../objects/containers/mapsus';
import { mergeSortS, sortItemsGen, betterS, itemsMayCompareSuspend, iterableMayCompareSuspend } from '../objects/containers/seqsus';
import { Frame } from '../scheduler/frames';
import {
  iterToArrayS, iterToListArrayS, iterS, mayIterSuspend, isUserObject, thenS, lenS, reprS, strS, asciiS, formatS, addS, truthyS,
} from '../objects/suspendops';
import { containerReprMaySuspend } from '../objects/containerreprsus';

function isNone(x: any): boolean {
  return x === undefined || x === None;
}

/** Could calling `f` run suspendable Python code? (Builtins and host functions cannot.) */
function pyCallable(f: any): boolean {
  if (f === None || f === undefined) return false;
  if (typeof f === 'function') return f.$$info === undefined || f.$$info.kind !== 'builtin';
  return true;
}

/** Makes a builtin's twin from the plain builtin (functions.ts attaches it with `withTwin`). */
type TwinMaker = (plain: any) => Function;

// --- conversions: len, repr, ascii, format, str, print ----------------------------------------------
function oneArg(name: string, x: any, kw: PyDict | undefined): void {
  if (kw !== undefined && kw.table.size) throwError('TypeError', `${name}() takes no keyword arguments`);
  if (x === undefined) throwError('TypeError', `${name}() takes exactly one argument (0 given)`);
}
export const twin_len: TwinMaker = () => (x: any, kw: PyDict | undefined) => { oneArg('len', x, kw); return lenS(x); };
export const twin_repr: TwinMaker = () => (x: any, kw: PyDict | undefined) => { oneArg('repr', x, kw); return reprS(x); };
export const twin_ascii: TwinMaker = () => (x: any, kw: PyDict | undefined) => { oneArg('ascii', x, kw); return asciiS(x); };
export const twin_format: TwinMaker = (plain) => (v: any, spec: any) => {
  if (!isUserObject(v)) return plain(v, spec);
  const s = spec === undefined ? '' : spec;
  if (typeof s !== 'string') throwError('TypeError', `format() argument 2 must be str, not ${typeOf(s).name}`);
  return formatS(v, s);
};

/** print()'s checks of its options, made before anything is converted or written (as CPython). */
export function checkPrintOptions(sep: any, end: any, kw: PyDict): void {
  if (kw.table.size) throwError('TypeError', `'${kw.table.liveKeys()[0]}' is an invalid keyword argument for print()`);
  if (!isNone(sep) && typeof sep !== 'string') throwError('TypeError', `sep must be None or a string, not ${typeOf(sep).name}`);
  if (!isNone(end) && typeof end !== 'string') throwError('TypeError', `end must be None or a string, not ${typeOf(end).name}`);
}

export const twin_print: TwinMaker = (plain) => (args: PyTuple, sep: any, end: any, file: any, flush: any, kw: PyDict) => {
  if (!args.items.some(printMaySuspend)) return plain(args, sep, end, file, flush, kw);
  return printGen(plain, args, sep, end, file, flush, kw);
};
function printMaySuspend(x: any): boolean {
  return isUserObject(x) || containerReprMaySuspend(x);
}
function* printGen(plain: Function, args: PyTuple, sep: any, end: any, file: any, flush: any, kw: PyDict): Generator<any, any, any> {
  checkPrintOptions(sep, end, kw);
  const items = args.items;
  const strs: string[] = [];
  let written = 0; // items already on stdout
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    let s = typeof x === 'string' ? x : strS(x);
    if (s instanceof Frame) {
      // CPython writes each piece as soon as it is converted: before a __str__ that may
      // suspend, the items converted so far and the separator go out, so that what other
      // coroutines print meanwhile comes after them. (To a file=, the pieces are written at
      // the end: each write there is a Python call of its own.)
      if (isNone(file) && i > written) {
        plain(tuple([...strs.slice(written, i), '']), sep, '', file, flush, kw);
        written = i;
      }
      s = yield* s;
    }
    strs.push(s);
  }
  return plain(tuple(strs.slice(written)), sep, end, file, flush, kw);
}

// `callS` of the builtin classes whose calls run Python code (str(x), list(x), ...): types.ts
// installs each one right after the class's plain call, when the class is used (builtinClass).

/** str(x): the type's own call, unless `x.__str__` may be suspendable Python code. */
export function twinStrCall(): void {
  const strCall = strType.call!;
  (strType as any).callS = (args: any[], kwnames: string[] | null, kwvalues: any[] | null) => {
    if (args.length === 1 && (kwnames === null || kwnames.length === 0) && isUserObject(args[0])) return strS(args[0]);
    return strCall(args, kwnames, kwvalues);
  };
}

/** list(x), tuple(x): collect the items with suspendable steps. */
export function twinSeqCall(cls: PyType): void {
  const plainCall = cls.call!;
  (cls as any).callS = (args: any[], kwnames: string[] | null, kwvalues: any[] | null) => {
    if (args.length === 1 && (kwnames === null || kwnames.length === 0) && mayIterSuspend(args[0])) {
      return thenS(iterToListArrayS(args[0]), (items: any[]) => (cls === listType ? new PyList(items) : tuple(items)));
    }
    return plainCall(args, kwnames, kwvalues);
  };
}

/**
 * set(x), frozenset(x), dict(pairs): collect first, then build as the plain call does (a dict
 * argument that is a user mapping keeps the plain path: it is read with keys()/[] not iterated).
 */
export function twinCollectCall(cls: PyType): void {
  const plainCall = cls.call!;
  (cls as any).callS = (args: any[], kwnames: string[] | null, kwvalues: any[] | null) => {
    const x = args[0];
    if (args.length === 1 && (kwnames === null || kwnames.length === 0)) {
      // iterating x, reading a user mapping or hashing the keys may suspend (containers/mapsus.ts)
      const r = cls === dictType ? dictFromS(x) : setFromS(cls === frozensetType, x);
      if (r !== undefined) return r;
    }
    if (args.length === 1 && (cls !== dictType ? mayIterSuspend(x) : x instanceof PyIterator && mayIterSuspend(x))) {
      return thenS(iterToArrayS(x), (items: any[]) => plainCall([new PyList(items)], kwnames, kwvalues));
    }
    return plainCall(args, kwnames, kwvalues);
  };
}

// sep.join(iterable): collect the items with suspendable steps, then the plain join (the str
// method pack calls this once it has installed join)
export function twinStrJoin(): void {
  const join = (strType.proto as any).$join;
  susTwin(join, (self: any, x: any, ...rest: any[]) => {
    if (!mayIterSuspend(x)) return join(self, x, ...rest);
    return thenS(iterToArrayS(x), (items: any[]) => join(self, new PyList(items), ...rest));
  });
}

// --- next(it[, default]) --------------------------------------------------------------------------
function stopIteration(it: any): never {
  const e = pyError('StopIteration');
  const rv = it.returnValue;
  if (rv !== undefined) { e.$$args = [rv]; (e as any).$value = rv; }
  throw e;
}
function isStop(e: any): boolean {
  return e instanceof PyBaseException && isSubtype(e.$$cls, StopIteration);
}
export const twin_next: TwinMaker = (plain) => (it: any, dflt: any) => {
  if (it instanceof PyIterator) {
    const v = it.nxS();
    if (v instanceof Frame) return nextGen(it, v, dflt);
    if (v !== STOP) return v;
    if (dflt !== undefined) return dflt;
    stopIteration(it);
  }
  if (!isUserObject(it)) return plain(it, dflt);
  const f = typeOf(it).proto.$__next__;
  if (f === undefined || f === null) return plain(it, dflt);
  const r = callDunderS(f, it, []);
  if (!(r instanceof Frame) || dflt === undefined) return r;
  return userNextGen(r, dflt);
};
function* nextGen(it: any, frame: Generator, dflt: any): Generator<any, any, any> {
  const v = yield* frame;
  if (v !== STOP) return v;
  if (dflt !== undefined) return dflt;
  stopIteration(it);
}
function* userNextGen(frame: Generator, dflt: any): Generator<any, any, any> {
  try {
    return yield* frame;
  } catch (e) {
    if (isStop(e)) return dflt;
    throw e;
  }
}

// --- reductions: sum, any, all, min, max ------------------------------------------------------------
export const twin_sum: TwinMaker = (plain) => (x: any, start: any) => {
  if (!mayIterSuspend(x) && !isUserObject(start)) return plain(x, start);
  // the plain builtin validates `start` (strings, bytes) and sums what the loop has collected
  if (typeof start === 'string' || (start !== null && typeof start === 'object' && typeOf(start).name === 'bytes')) return plain(x, start);
  return sumGen(x, start === undefined ? 0 : start);
};
function* sumGen(x: any, acc: any): Generator<any, any, any> {
  let it = iterS(x);
  if (it instanceof Frame) it = yield* it;
  for (;;) {
    let v = nextS(it);
    if (v instanceof Frame) v = yield* v;
    if (v === STOP) return acc;
    let r = addS(acc, v);
    if (r instanceof Frame) r = yield* r;
    acc = r;
  }
}

function anyAll(name: 'any' | 'all'): TwinMaker {
  const want = name === 'any';
  return (plain) => (x: any) => (mayIterSuspend(x) ? anyAllGen(x, want) : plain(x));
}
function* anyAllGen(x: any, want: boolean): Generator<any, any, any> {
  let it = iterS(x);
  if (it instanceof Frame) it = yield* it;
  for (;;) {
    let v = nextS(it);
    if (v instanceof Frame) v = yield* v;
    if (v === STOP) return !want;
    let t = truthyS(v);
    if (t instanceof Frame) t = yield* t;
    if (t === want) return want;
  }
}
export const twin_any = /*#__PURE__*/ anyAll('any');
export const twin_all = /*#__PURE__*/ anyAll('all');

function minmax(name: 'min' | 'max'): TwinMaker {
  return (plain) => (args: PyTuple, key: any, dflt: any) => {
    const items = args.items;
    if (!pyCallable(key) && !(items.length === 1 ? mayIterSuspend(items[0]) || iterableMayCompareSuspend(items[0]) : isNone(key) && itemsMayCompareSuspend(items))) return plain(args, key, dflt);
    return minmaxGen(plain, name, args, key, dflt);
  };
}
function* minmaxGen(plain: Function, name: string, args: PyTuple, key: any, dflt: any): Generator<any, any, any> {
  const items = args.items;
  if (items.length !== 1) return yield* keyedBest(plain, name, items, key, dflt);
  let seq = iterToArrayS(items[0]);
  if (seq instanceof Frame) seq = yield* seq;
  return yield* keyedBest(plain, name, seq, key, dflt, true);
}
/** min/max over `seq`; the plain builtin reports the argument errors (empty, default misuse). */
function* keyedBest(plain: Function, name: string, seq: any[], key: any, dflt: any, fromIterable = false): Generator<any, any, any> {
  // no key: the items are compared (with their own, maybe suspending, __lt__/__gt__)
  const noKey = isNone(key);
  if (seq.length === 0 || (noKey && (!itemsMayCompareSuspend(seq) || !(key === undefined || key === None)))) return plain(fromIterable ? tuple([new PyList(seq)]) : tuple(seq), key, dflt);
  if (!fromIterable && dflt !== undefined) return plain(tuple(seq), key, dflt);
  let best = seq[0];
  let bestKey = noKey ? best : call1(key, best);
  if (bestKey instanceof Frame) bestKey = yield* bestKey;
  for (let i = 1; i < seq.length; i++) {
    const v = seq[i];
    let k = noKey ? v : call1(key, v);
    if (k instanceof Frame) k = yield* k;
    let better = betterS(name as 'min' | 'max', k, bestKey);
    if (better === undefined) better = name === 'max' ? gt(k, bestKey) : lt(k, bestKey);
    else if (better instanceof Frame) better = yield* better;
    if (better) { best = v; bestKey = k; }
  }
  return best;
}
export const twin_min = /*#__PURE__*/ minmax('min');
export const twin_max = /*#__PURE__*/ minmax('max');

// --- sorted(x, key=), list.sort(key=) ---------------------------------------------------------------
/** Sorts `items` in place by keys computed first (each may suspend), as sortArray does. */
function* sortByKeyGen(items: any[], key: any, reverse: any): Generator<any, void, any> {
  const rev = reverse !== undefined && truthy(reverse);
  const n = items.length;
  const keys = new Array(n);
  for (let i = 0; i < n; i++) {
    let k = call1(key, items[i]);
    if (k instanceof Frame) k = yield* k;
    keys[i] = k;
  }
  if (n < 2) return;
  const vals = items.slice();
  // reverse=True: reverse, stable sort, reverse back, so equal keys keep their original order
  if (rev) { keys.reverse(); vals.reverse(); }
  const sorting = mergeSortS(keys, vals); // keys whose __lt__ may suspend sort in a generator
  if (sorting !== undefined) yield* sorting;
  if (rev) vals.reverse();
  for (let i = 0; i < n; i++) items[i] = vals[i];
}

export const twin_sorted: TwinMaker = (plain) => (x: any, key: any, reverse: any, kw: PyDict) => {
  if (kw.table.size || (!pyCallable(key) && !mayIterSuspend(x) && !(isNone(key) && iterableMayCompareSuspend(x)))) return plain(x, key, reverse, kw);
  return sortedGen(plain, x, key, reverse, kw);
};
function* sortedGen(plain: Function, x: any, key: any, reverse: any, kw: PyDict): Generator<any, any, any> {
  let items = iterToListArrayS(x);
  if (items instanceof Frame) items = yield* items;
  if (!pyCallable(key)) {
    if (!isNone(key) || !itemsMayCompareSuspend(items)) return plain(new PyList(items), key, reverse, kw);
    yield* sortItemsGen(items, reverse !== undefined && truthy(reverse));
    return new PyList(items);
  }
  yield* sortByKeyGen(items, key, reverse);
  return new PyList(items);
}

/** list.sort(key=) with a suspendable key (the list method pack calls this after installing sort). */
export function twinListSort(): void {
  const sort = (listType.proto as any).$sort;
  susTwin(sort, (self: PyList, key: any, reverse: any) => {
    if (!pyCallable(key) && !(isNone(key) && itemsMayCompareSuspend(self.items))) return sort(self, key, reverse);
    return listSortGen(self, key, reverse === undefined ? false : reverse);
  });
}
function* listSortGen(self: PyList, key: any, reverse: any): Generator<any, any, any> {
  // CPython empties the list while sorting; sort a copy and write it back once the keys are known
  const items = self.items.slice();
  if (isNone(key)) yield* sortItemsGen(items, truthy(reverse));
  else yield* sortByKeyGen(items, key, reverse);
  self.items.length = 0;
  for (const v of items) self.items.push(v);
  return None;
}
