// The iteration protocol (runtime ABI §8).
//
// Compiled `for` loops call `$rt.iter(x)` once, then `$rt.next(it)` until it returns the
// sentinel `$rt.STOP` (no StopIteration is thrown at the end of a builtin iterator). `iter`
// returns a *loop iterator*: any JS object with a method `nx()` returning the next value or
// STOP. Builtin iterators (`PyIterator` subclasses) are both loop iterators and Python objects;
// user iterators (`__next__`) are wrapped in a `UserIter`.
import { budget, budgetOut, charge } from '../sandbox/budget';
import { typeOf, PyObjectBase, builtinType, objectProto } from './core';
import { throwError, PyBaseException, StopIteration, pyError } from './errors';
import { PyList, PyTuple } from './containers/list';
import { PyDict } from './containers/dict';
import { PySetBase } from './containers/set';
import { HOLE } from './containers/hashtable';
import { callDunder0, callDunder1, callDunderS } from './dunder';
import { Frame } from '../scheduler/frames';

/** Returned by `next` when an iterator is exhausted: `undefined`, which is never a Python value. */
export const STOP: any = undefined;

/** Base class of builtin iterators: `nx()` gives the next value or STOP. */
export abstract class PyIterator extends PyObjectBase {
  abstract nx(): any;
  /** may return a frame; iterators whose steps never run Python code use `nx`. */
  nxS(): any { return this.nx(); }
}
const IP: any = PyIterator.prototype;
IP.$$inst = true;
IP.$$nodict = true;
IP.$__iter__ = function (self: any) { return self; };
IP.$__next__ = function (self: PyIterator) {
  const v = self.nx();
  if (v === STOP) throw pyError('StopIteration');
  return v;
};

/** Declares a builtin iterator type for a PyIterator subclass. */
export function iteratorType(name: string, cls: { prototype: any }) {
  return builtinType(name, null, cls.prototype);
}

export class SeqIter extends PyIterator {
  i = 0;
  constructor(readonly seq: { items: any[] }) { super(); }
  nx(): any {
    const items = this.seq.items;
    if (this.i >= items.length) return (this.i = Infinity, STOP);
    if (--budget.n < 0) budgetOut(); // sandbox: builtins walking a list (sum, any, max) pay per item
    return items[this.i++];
  }
}
export class ListIter extends SeqIter {}
export class TupleIter extends SeqIter {}
export const listIteratorType = iteratorType('list_iterator', ListIter);
export const tupleIteratorType = iteratorType('tuple_iterator', TupleIter);

export class StrIter extends PyIterator {
  i = 0;
  constructor(readonly s: string) { super(); }
  nx(): any {
    const s = this.s;
    if (this.i >= s.length) return STOP;
    if (--budget.n < 0) budgetOut();
    const c = s.charCodeAt(this.i);
    if (c >= 0xd800 && c < 0xdc00 && this.i + 1 < s.length) {
      const d = s.charCodeAt(this.i + 1);
      if (d >= 0xdc00 && d < 0xe000) { this.i += 2; return s.slice(this.i - 2, this.i); }
    }
    return s[this.i++];
  }
}
export const strIteratorType = iteratorType('str_ascii_iterator', StrIter);

/** Iterates a dict's or set's table: what 0 keys, 1 values, 2 items. */
export class TableIter extends PyIterator {
  i = 0;
  readonly size: number;
  constructor(readonly owner: PyDict | PySetBase, readonly what: 0 | 1 | 2) {
    super();
    this.size = owner.table.size;
  }
  nx(): any {
    const t = this.owner.table;
    if (t.size !== this.size) {
      this.i = Infinity;
      const kind = this.owner instanceof PyDict ? 'dictionary' : 'Set';
      throwError('RuntimeError', `${kind} changed size during iteration`);
    }
    const keys = t.keys;
    while (this.i < keys.length) {
      const i = this.i++;
      const k = keys[i];
      if (k === HOLE) continue;
      if (--budget.n < 0) budgetOut();
      if (this.what === 0) return k;
      if (this.what === 1) return t.vals![i];
      return new PyTuple([k, t.vals![i]]);
    }
    return STOP;
  }
}
export class DictKeyIter extends TableIter {}
export class DictValueIter extends TableIter {}
export class DictItemIter extends TableIter {}
export const dictKeyIteratorType = iteratorType('dict_keyiterator', DictKeyIter);
export const dictValueIteratorType = iteratorType('dict_valueiterator', DictValueIter);
export const dictItemIteratorType = iteratorType('dict_itemiterator', DictItemIter);

/** An iterator over a JS array snapshot (set iteration order, sorted views, ...). */
export class ArrayIter extends PyIterator {
  i = 0;
  constructor(readonly arr: any[]) { super(); }
  nx(): any {
    if (this.i >= this.arr.length) return STOP;
    if (--budget.n < 0) budgetOut();
    return this.arr[this.i++];
  }
}

/** Wraps a user iterator object (one with `__next__`) as a loop iterator. */
export class UserIter {
  /** the `value` of the StopIteration that ended it (the result of `yield from`) */
  stopValue: any = undefined;
  constructor(readonly obj: any, readonly next: any) {}
  nx(): any {
    try {
      return callDunder0(this.next, this.obj);
    } catch (e) {
      if (e instanceof PyBaseException && isStop(e)) return this.stopped(e);
      throw e;
    }
  }
  nxS(): any {
    let r: any;
    try {
      r = callDunderS(this.next, this.obj, []);
    } catch (e) {
      if (e instanceof PyBaseException && isStop(e)) return this.stopped(e);
      throw e;
    }
    return r instanceof Frame ? stopToSentinel(this, r) : r;
  }
  stopped(e: PyBaseException): any {
    this.stopValue = (e as any).$value;
    return STOP;
  }
}

function* stopToSentinel(it: UserIter, f: Generator): Generator<any, any, any> {
  try {
    return yield* f;
  } catch (e) {
    if (e instanceof PyBaseException && isStop(e)) return it.stopped(e);
    throw e;
  }
}

function isStop(e: PyBaseException): boolean {
  const c = e.$$cls;
  return c === StopIteration || c.mro.includes(StopIteration);
}

/** Iterates an object that only has `__getitem__` (the old sequence protocol). */
export class GetItemIter extends PyIterator {
  i = 0;
  constructor(readonly obj: any, readonly getitem: any) { super(); }
  /** What CPython's `__length_hint__` asks for its length (lengthhint.ts), until exhausted. */
  hintSeq(): any {
    return this.i >= 0 ? this.obj : undefined;
  }
  nx(): any {
    if (this.i < 0) return STOP;
    try {
      return callDunder1(this.getitem, this.obj, this.i++);
    } catch (e) {
      if (e instanceof PyBaseException && (isErr(e, 'IndexError') || isStop(e))) { this.i = -1; return STOP; }
      throw e;
    }
  }
}
export const iteratorObjType = iteratorType('iterator', GetItemIter);

function isErr(e: PyBaseException, name: string): boolean {
  return e.$$cls.mro.some((c) => c.name === name && c.module === 'builtins');
}

/** `iter(x)` for compiled loops: a loop iterator (see file comment). */
export function iter(x: any): any {
  if (typeof x === 'object') {
    if (x instanceof PyIterator) return x;
    const c = x.$$cls;
    if (x instanceof PyList && c.user !== true) return new ListIter(x);
    if (x instanceof PyTuple && c.user !== true) return new TupleIter(x);
  } else if (typeof x === 'string') return new StrIter(x);
  return pyIterSlow(x, true);
}

/** The builtin `iter(x)`: the Python iterator object itself. */
export function pyIter(x: any): any {
  if (typeof x === 'string') return new StrIter(x);
  if (x instanceof PyIterator) return x;
  return pyIterSlow(x, false);
}

function pyIterSlow(x: any, loop: boolean): any {
  const t = typeOf(x);
  const f = t.proto.$__iter__;
  if (f !== undefined && f !== null) {
    const it = callDunder0(f, x);
    if (it instanceof PyIterator) return it;
    const n = typeOf(it).proto.$__next__;
    if (n === undefined || n === null) throwError('TypeError', `iter() returned non-iterator of type '${typeOf(it).name}'`);
    return loop ? new UserIter(it, n) : it;
  }
  if (f !== null) {
    const gi = t.proto.$__getitem__;
    if (gi !== undefined && gi !== null && t.proto !== objectProto) return new GetItemIter(x, gi);
  }
  throwError('TypeError', `'${t.name}' object is not iterable`);
}

/** `next(it)` for loops: the next value or STOP. `it` is what `iter` returned. */
export function next(it: any): any {
  return it.nx();
}

/** Like `next`, but may return a frame (suspendable `__next__`/generator); drive with `yield*`. */
export function nextS(it: any): any {
  return it.nxS !== undefined ? it.nxS() : it.nx();
}

/** The loop iterator for a Python iterator object (`next(it)` builtin, `zip`, ...). */
export function loopIter(it: any): any {
  if (it instanceof PyIterator) return it;
  const n = typeOf(it).proto.$__next__;
  if (n === undefined || n === null) throwError('TypeError', `'${typeOf(it).name}' object is not an iterator`);
  return new UserIter(it, n);
}

/** All items of an iterable as a JS array (a fresh array the caller may keep). */
export function iterToArray(x: any): any[] {
  // sandbox: the copy is charged one operation per item (sorted(a_list), max(a_str))
  if (x instanceof PyList || x instanceof PyTuple) {
    if (x.$$cls.user !== true) return (charge(x.items.length), x.items.slice());
  } else if (typeof x === 'string') {
    return (charge(x.length), Array.from(x));
  } else if (x instanceof PyDict && x.$$cls.user !== true) {
    return (charge(x.table.size), x.table.liveKeys());
  }
  return drain(iter(x));
}

/** The remaining items of an iterator as a JS array. */
export function drain(it: { nx(): any }): any[] {
  const out: any[] = [];
  // sandbox: materialising an endless iterator (list(iter(int, 1))) pays per item
  for (let v = it.nx(); v !== STOP; v = it.nx()) {
    if (--budget.n < 0) budgetOut();
    out.push(v);
  }
  return out;
}
