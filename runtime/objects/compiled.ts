// Helpers that exist for the compiler's lowering rules (runtime ABI §8): displays, unpacking,
// `raise`, `assert`, `with`, keyword-argument building, `match` structural checks.
import { iterToListArray } from './lengthhint';
import { typeOf, None, PyType } from './core';
import { throwError, pyError, PyBaseException, exceptionClasses } from './errors';
import { PyList, PyTuple, tuple, listType, tupleType } from './containers/list';
import { PyDict, dictType } from './containers/dict';
import { PySet } from './containers/set';
import { PySlice } from './containers/slice';
import { PyRange } from './containers/range';
import { HOLE } from './containers/hashtable';
import { iter, STOP, iterToArray } from './iter';
import { mkraise, chainContext } from './excmethods';
import { intArg } from './containers/index_';
import { callN, callableName } from './calls';
import { getattr, getattrOr } from './attrs';
import { truthy } from './truthy';
import { Frame, runSync } from '../scheduler/frames';
import { pyRepr } from './repr';
import { PyBytes } from './strings/bytes';
import { dictGetItem } from './containers/dictmethods';
import { callDunder0, callDunder1 } from './dunder';
import { isInstance } from './classes';
import { installSetDunders } from './containers/setmethods';

// --- displays ------------------------------------------------------------------------------------
export function mkList(items: any[]): PyList { return new PyList(items); }
export function mkTuple(items: any[]): PyTuple { return tuple(items); }
export function mkSet(items: any[]): PySet {
  installSetDunders(); // a set's special methods come with the first set (containers/setmethods.ts)
  const s = new PySet();
  for (let i = 0; i < items.length; i++) s.table.set(items[i], undefined);
  return s;
}
export function mkDict(keys: any[], vals: any[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < keys.length; i++) d.table.set(keys[i], vals[i]);
  return d;
}
/** `a:b:c` (omitted parts are `undefined` or `null`). */
export function mkSlice(a: any, b: any, c: any): PySlice {
  const n = (x: any) => (x === undefined || x === null ? None : x);
  return new PySlice(n(a), n(b), n(c));
}
export function mkBytes(bytes: number[]): PyBytes { return new PyBytes(Uint8Array.from(bytes)); }

// --- unpacking -----------------------------------------------------------------------------------
function itemsOf(value: any): any[] {
  if (value instanceof PyTuple || value instanceof PyList) {
    const c = value.$$cls;
    if (c === tupleType || c === listType) return value.items;
  }
  const t = typeOf(value);
  if (typeof value !== 'string' && t.proto.$__iter__ === undefined && t.proto.$__getitem__ === undefined) {
    throwError('TypeError', `cannot unpack non-iterable ${t.name} object`);
  }
  return iterToArray(value);
}

/** `a, b = value`: exactly n items (a fresh array only when the value is not a list/tuple). */
export function unpack(value: any, n: number): any[] {
  if ((value instanceof PyTuple || value instanceof PyList) && value.items.length === n) return value.items;
  const items = itemsOf(value);
  if (items.length === n) return items;
  if (items.length < n) throwError('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
  throwError('ValueError', `too many values to unpack (expected ${n})`);
}

/** `a, *b, c = value`: `before` items, a list, `after` items. */
export function unpackStar(value: any, before: number, after: number): any[] {
  const items = itemsOf(value);
  const n = before + after;
  if (items.length < n) throwError('ValueError', `not enough values to unpack (expected at least ${n}, got ${items.length})`);
  const out = items.slice(0, before);
  out.push(new PyList(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

/** `*x` in a display or call: the items as a JS array. */
export function unpackIter(x: any): any[] {
  if (x instanceof PyList || x instanceof PyTuple) return x.items;
  return iterToListArray(x);
}

/**
 * Keyword arguments of a call with `**` parts: names[i] === null marks a `**mapping` part.
 * Returns a PyDict of str keys (CPython's duplicate and non-mapping messages).
 */
export function buildKw(f: any, names: (string | null)[], values: any[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n !== null) {
      if (d.table.find(n) >= 0) throwError('TypeError', `${callableName(f)}() got multiple values for keyword argument '${n}'`);
      d.table.set(n, values[i]);
      continue;
    }
    const m = values[i];
    let keys: any[];
    let get: (k: any) => any;
    if (m instanceof PyDict) {
      keys = m.table.liveKeys();
      get = (k) => m.table.get(k);
    } else {
      const kf = getattrOr(m, 'keys');
      if (kf === undefined) throwError('TypeError', `${callableName(f)}() argument after ** must be a mapping, not ${typeOf(m).name}`);
      const r = callN(kf, []);
      keys = iterToArray(r instanceof Frame ? runSync(r) : r);
      get = (k) => callDunder1(typeOf(m).proto.$__getitem__, m, k);
    }
    for (const k of keys) {
      if (typeof k !== 'string') throwError('TypeError', 'keywords must be strings');
      if (d.table.find(k) >= 0) throwError('TypeError', `${callableName(f)}() got multiple values for keyword argument '${k}'`);
      d.table.set(k, get(k));
    }
  }
  return d;
}

// --- raise / assert ------------------------------------------------------------------------------
/** `raise exc [from cause]`: the exception object to throw. */
export function raise(exc: any, cause?: any): PyBaseException {
  return mkraise(exc, cause);
}

import { handled } from './traceback';
/** Bare `raise` outside a handler of this function: the exception being handled, if any. */
export function reraise(): PyBaseException {
  if (handled.e !== undefined) return handled.e;
  return pyError('RuntimeError', 'No active exception to reraise');
}

/** An exception raised inside an `except` block gets the handled one as `__context__`. */
export function chain(e: any, handled: any): any {
  return chainContext(e, handled);
}

export function assertFail(msg?: any): PyBaseException {
  return msg === undefined ? pyError('AssertionError') : pyError('AssertionError', msg);
}

/**
 * An int-valued expression (range bounds of counting loops, `__index__`), exact: a `bigint`
 * beyond 2^53 stays one (the counting loop compares and steps it like a number).
 */
export function index(x: any): number | bigint {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return x;
  if (x !== null && typeof x === 'object') {
    const f = typeOf(x).proto.$__index__;
    if (f !== undefined && f !== null) {
      const r = callDunder0(f, x);
      if ((typeof r === 'number' && Number.isInteger(r)) || typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return +r;
      throwError('TypeError', `__index__ returned non-int (type ${typeOf(r).name})`);
    }
  }
  return intArg(x);
}

// --- with ----------------------------------------------------------------------------------------
/** Looks up `__exit__` first (CPython's order) and returns it bound. */
export function withExit(mgr: any): any {
  const t = typeOf(mgr);
  if (t.proto.$__enter__ === undefined || t.proto.$__exit__ === undefined) {
    throwError('TypeError', `'${t.name}' object does not support the context manager protocol`);
  }
  return getattr(mgr, '__exit__');
}
export function withEnter(mgr: any): any {
  const r = callN(getattr(mgr, '__enter__'), []);
  return r instanceof Frame ? runSync(r) : r;
}
export function withEnterS(mgr: any): any {
  return callN(getattr(mgr, '__enter__'), []);
}
/** Calls `__exit__(type, exc, tb)`; true when the exception is suppressed. */
export function withExitExc(exit: any, e: any): boolean {
  let r = callN(exit, [typeOf(e), e, None]);
  if (r instanceof Frame) r = runSync(r);
  return truthy(r);
}
export function withExitExcS(exit: any, e: any): any {
  const r = callN(exit, [typeOf(e), e, None]);
  return r instanceof Frame ? truthyAfter(r) : truthy(r);
}
function* truthyAfter(f: Generator): Generator<any, boolean, any> {
  return truthy(yield* f);
}
export function withExitNone(exit: any): any {
  const r = callN(exit, [None, None, None]);
  return r instanceof Frame ? runSync(r) : r;
}
export function withExitNoneS(exit: any): any {
  return callN(exit, [None, None, None]);
}

// --- match ---------------------------------------------------------------------------------------
function isSequencePattern(v: any): boolean {
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return true;
  if (typeof v === 'string' || v instanceof PyBytes || v instanceof PyDict) return false;
  return false;
}

/** `case [p0, ..., *rest, ...]`: the n sub-values (the star one as a list), or null. */
export function matchSeq(v: any, n: number, star: number): any[] | null {
  if (!isSequencePattern(v)) return null;
  const items = v instanceof PyRange ? iterToArray(v) : v.items;
  if (star < 0) return items.length === n ? items : null;
  if (items.length < n - 1) return null;
  const after = n - 1 - star;
  const out = items.slice(0, star);
  out.push(new PyList(items.slice(star, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

function isMapping(v: any): boolean {
  return v instanceof PyDict;
}

/** `case {k0: p0, ...}`: the values for the keys, or null when v is not a mapping or lacks one. */
export function matchMap(v: any, keys: any[]): any[] | null {
  if (!isMapping(v)) return null;
  const out: any[] = [];
  for (const k of keys) {
    let x = v.table.get(k);
    if (x === undefined && v.$$cls !== dictType) {
      try { x = dictGetItem(v, k); } catch (e) { if (e instanceof PyBaseException && isInstance(e, exceptionClasses.KeyError)) return null; throw e; }
    }
    if (x === undefined) return null;
    out.push(x);
  }
  return out;
}

/** `**rest` of a mapping pattern: a dict of the other items. */
export function matchMapRest(v: any, keys: any[]): PyDict {
  const d = new PyDict();
  const t = (v as PyDict).table;
  for (let i = 0; i < t.keys.length; i++) {
    if (t.keys[i] === HOLE) continue;
    d.table.set(t.keys[i], t.vals![i]);
  }
  for (const k of keys) d.table.delete(k);
  return d;
}

const SELF_MATCH = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

/** `case C(p0, ..., kw=p)`: positional then keyword sub-values, or null. */
export function matchClass(v: any, cls: any, npos: number, kwd: string[]): any[] | null {
  if (!(cls instanceof PyType)) throwError('TypeError', 'called match pattern must be a class');
  if (!isInstance(v, cls)) return null;
  const out: any[] = [];
  if (npos > 0) {
    if (SELF_MATCH.has(cls.name) && !cls.user && cls.module === 'builtins') {
      if (npos > 1) throwError('TypeError', `${cls.name}() accepts 1 positional sub-pattern (${npos} given)`);
      out.push(v);
    } else {
      const ma = getattrOr(cls, '__match_args__');
      const names: any[] = ma === undefined ? [] : ma instanceof PyTuple ? ma.items : throwError('TypeError', `${cls.name}.__match_args__ must be a tuple (got ${typeOf(ma).name})`);
      if (npos > names.length) {
        throwError('TypeError', `${cls.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${npos} given)`);
      }
      for (let i = 0; i < npos; i++) {
        const x = getattrOr(v, names[i]);
        if (x === undefined) return null;
        out.push(x);
      }
    }
  }
  for (const k of kwd) {
    const x = getattrOr(v, k);
    if (x === undefined) return null;
    out.push(x);
  }
  return out;
}

export { pyRepr, STOP, iter };
