// The methods and special methods of `list` and `tuple` (CPython semantics and messages).
import { askLengthHint } from '../lengthhint';
import { checkAlloc } from '../../sandbox/memory';
import { typeOf, None, NotImplemented } from '../core';
import { throwError } from '../errors';
import { PyList, PyTuple, listType, tupleType, tuple, EMPTY_TUPLE } from './list';
import { PySlice } from './slice';
import { method } from '../define';
import { iterToArray, ListIter, TupleIter, ArrayIter, iter, STOP } from '../iter';
import { itemIndex, asIndex, intArg, ssizeArg } from './index_';
import { fitsSsize } from '../numbers/ssize';
import { pyRepr, reprGuard } from '../repr';
import { eq, ltV, leV, gtV, geV } from '../numbers/compare';
import { pyHash, combineHashes } from '../hash';
import { sortArray } from './sort';
import { PyIterator, iteratorType } from '../iter';
import { twinOf } from './twinof';
import { suspendPath } from '../suspendpath';
import { seqCountS, seqIndexS, listRemoveS } from './seqsus';
import { listExtendS } from './mapsus';

type Seq = PyList | PyTuple;

export function seqRepr(x: Seq, open: string, close: string): string {
  return reprGuard(x, open + '...' + close, () => {
    const items = x.items;
    if (x instanceof PyTuple && items.length === 1) return open + pyRepr(items[0]) + ',' + close;
    // Joined in chunks, not `s += ', ' + …` per item (a rope of two nodes per item: the GC spent
    // 20 s on `print([0] * 20_000_000)`) nor one join of every item (a 20-million-entry array of
    // strings in the old generation: 3x slower than chunks). The length is re-read each time, as
    // an item's __repr__ may change the list.
    const chunks: string[] = [];
    let part: string[] = [];
    for (let i = 0; i < items.length; i++) {
      part.push(pyRepr(items[i]));
      if (part.length === 4096) {
        chunks.push(part.join(', '));
        part = [];
      }
    }
    if (part.length > 0 || chunks.length === 0) chunks.push(part.join(', '));
    return open + chunks.join(', ') + close;
  });
}

/** Index of the first position where a and b differ, or -1. */
function firstDiff(a: any[], b: any[]): number {
  const n = Math.min(a.length, b.length);
  try {
    for (let i = 0; i < n; i++) {
      const x = a[i], y = b[i];
      if (x !== y && !eq(x, y)) return i;
    }
  } catch (e) {
    throw suspendPath(e, '__eq__ called by a sequence comparison');
  }
  return -1;
}

export function seqEq(a: any[], b: any[]): boolean {
  return a.length === b.length && firstDiff(a, b) < 0;
}

/**
 * Lexicographic ordering of sequences, as list_richcompare: the value of `op` on the first
 * items that are not `==` (what their `__lt__` returned, not only a bool), else the lengths.
 */
export function seqCompare(op: string, a: any[], b: any[]): any {
  const i = firstDiff(a, b);
  if (i < 0) {
    const la = a.length, lb = b.length;
    switch (op) {
      case '<': return la < lb; case '<=': return la <= lb;
      case '>': return la > lb; default: return la >= lb;
    }
  }
  const x = a[i], y = b[i];
  switch (op) {
    case '<': return ltV(x, y); case '<=': return leV(x, y);
    case '>': return gtV(x, y); default: return geV(x, y);
  }
}

export function getSlice(items: any[], s: PySlice): any[] {
  const [start, , step, n] = s.adjust(items.length);
  if (step === 1) return items.slice(start, start + n);
  const out = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

export function containsItem(items: any[], v: any): boolean {
  try {
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (x === v || eq(x, v)) return true;
    }
  } catch (e) {
    throw suspendPath(e, "__eq__ called by 'in'");
  }
  return false;
}

function repeatItems(items: any[], n: any): any[] | undefined {
  if (typeof n === 'bigint' && !fitsSsize(n)) throwError('OverflowError', "cannot fit 'int' into an index-sized integer");
  const k = asIndex(n);
  if (k === undefined) return undefined;
  if (k <= 0 || items.length === 0) return [];
  if (items.length * k > 1e9) throwError('MemoryError');
  checkAlloc(items.length * k * 8); // sandbox cap (one slot per item)
  const out = new Array(items.length * k);
  for (let r = 0, o = 0; r < k; r++) for (let i = 0; i < items.length; i++) out[o++] = items[i];
  return out;
}

function isList(x: any): x is PyList { return x instanceof PyList; }
function isTuple(x: any): x is PyTuple { return x instanceof PyTuple; }

// --- shared between list and tuple ---------------------------------------------------------------
for (const [T, isT, open, close, ctor] of [
  [listType, isList, '[', ']', (a: any[]) => new PyList(a)],
  [tupleType, isTuple, '(', ')', (a: any[]) => tuple(a)],
] as const) {
  const name = T.name;
  method(T, '__repr__', ['self'], (self: Seq) => seqRepr(self, open, close));
  method(T, '__len__', ['self'], (self: Seq) => self.items.length);
  method(T, '__contains__', ['self', 'key'], (self: Seq, v: any) => containsItem(self.items, v));
  method(T, '__getitem__', ['self', 'index'], (self: Seq, i: any) => {
    if (i instanceof PySlice) return ctor(getSlice(self.items, i));
    return self.items[itemIndex(i, self.items.length, name)];
  });
  method(T, '__eq__', ['self', 'value'], (self: Seq, o: any) => (isT(o) ? seqEq(self.items, o.items) : NotImplemented));
  method(T, '__ne__', ['self', 'value'], (self: Seq, o: any) => (isT(o) ? !seqEq(self.items, o.items) : NotImplemented));
  for (const op of ['<', '<=', '>', '>='] as const) {
    const dn = { '<': '__lt__', '<=': '__le__', '>': '__gt__', '>=': '__ge__' }[op];
    method(T, dn, ['self', 'value'], (self: Seq, o: any) => (isT(o) ? seqCompare(op, self.items, o.items) : NotImplemented));
  }
  method(T, '__add__', ['self', 'value'], (self: Seq, o: any) => {
    if (!isT(o)) throwError('TypeError', `can only concatenate ${name} (not "${typeOf(o).name}") to ${name}`);
    return ctor(self.items.concat(o.items));
  });
  method(T, '__mul__', ['self', 'value'], (self: Seq, n: any) => {
    const r = repeatItems(self.items, n);
    return r === undefined ? NotImplemented : ctor(r);
  });
  method(T, '__rmul__', ['self', 'value'], (self: Seq, n: any) => {
    const r = repeatItems(self.items, n);
    return r === undefined ? NotImplemented : ctor(r);
  });
  (T.proto as any).$$seqConcat = true;
}
listType.proto.$__hash__ = None;
method(listType, '__iter__', ['self'], (self: PyList) => new ListIter(self));
method(tupleType, '__iter__', ['self'], (self: PyTuple) => new TupleIter(self));
method(tupleType, '__hash__', ['self'], (self: PyTuple) => combineHashes(self.items.map(pyHash)));
method(tupleType, '__getnewargs__', ['self'], (self: PyTuple) => tuple([tuple(self.items.slice())]));

// --- list only ----------------------------------------------------------------------------------
class ListRevIter extends PyIterator {
  i: number;
  constructor(readonly list: PyList) { super(); this.i = list.items.length - 1; }
  nx(): any {
    const items = this.list.items;
    if (this.i >= 0 && this.i < items.length) return items[this.i--];
    this.i = -1;
    return STOP;
  }
}
export const listRevIterType = iteratorType('list_reverseiterator', ListRevIter);
method(listType, '__reversed__', ['self'], (self: PyList) => new ListRevIter(self));

/** The list method pack (runtime/builtins/methodpacks.ts): count/index of list and tuple, the list methods. */
export function installListMethods(): void {
  for (const T of [listType, tupleType]) {
    const name = T.name;
    method(T, 'count', ['self', 'value'], (self: Seq, v: any) => {
      let c = 0;
      for (const x of self.items) if (x === v || eq(x, v)) c++;
      return c;
    }, { arityStyle: 'exact' });
    twinOf(T, 'count', seqCountS);
    method(T, 'index', ['self', 'value', 'start', 'stop'], (self: Seq, v: any, start: any, stop: any) => {
      const items = self.items, len = items.length;
      let a = start === undefined ? 0 : intArg(start), b = stop === undefined ? len : intArg(stop);
      if (a < 0) a = Math.max(0, a + len);
      if (b < 0) b = Math.max(0, b + len);
      for (let i = a; i < Math.min(b, len); i++) if (items[i] === v || eq(items[i], v)) return i;
      throwError('ValueError', name === 'list' ? `${pyRepr(v)} is not in list` : 'tuple.index(x): x not in tuple');
    }, { ndefaults: 2, nposonly: 4, arityStyle: 'clinic' });
    twinOf(T, 'index', (plain) => seqIndexS(plain, name === 'list'));
  }
  method(listType, 'append', ['self', 'object'], (self: PyList, v: any) => { self.items.push(v); return None; }, { nposonly: 2, arityStyle: 'exact' });
  method(listType, 'extend', ['self', 'iterable'], (self: PyList, it: any) => { listExtend(self, it); return None; }, { nposonly: 2, arityStyle: 'exact' });
  twinOf(listType, 'extend', listExtendS);
  method(listType, 'insert', ['self', 'index', 'object'], (self: PyList, i: any, v: any) => {
    const items = self.items;
    let k = ssizeArg(i);
    if (k < 0) { k += items.length; if (k < 0) k = 0; } else if (k > items.length) k = items.length;
    items.splice(k, 0, v);
    return None;
  }, { nposonly: 3, arityStyle: 'clinic' });
  method(listType, 'pop', ['self', 'index'], (self: PyList, i: any) => {
    const items = self.items;
    if (items.length === 0) throwError('IndexError', 'pop from empty list');
    if (i === undefined) return items.pop();
    let k = ssizeArg(i);
    if (k < 0) k += items.length;
    if (k < 0 || k >= items.length) throwError('IndexError', 'pop index out of range');
    if (k === 0) return items.shift();
    return items.splice(k, 1)[0];
  }, { ndefaults: 1, nposonly: 2, arityStyle: 'clinic' });
  method(listType, 'remove', ['self', 'value'], (self: PyList, v: any) => {
    const items = self.items;
    for (let i = 0; i < items.length; i++) if (items[i] === v || eq(items[i], v)) { items.splice(i, 1); return None; }
    throwError('ValueError', 'list.remove(x): x not in list');
  }, { nposonly: 2, arityStyle: 'exact' });
  twinOf(listType, 'remove', listRemoveS);
  method(listType, 'clear', ['self'], (self: PyList) => { self.items.length = 0; return None; }, { arityStyle: 'exact' });
  method(listType, 'copy', ['self'], (self: PyList) => new PyList(self.items.slice()), { arityStyle: 'exact' });
  method(listType, 'reverse', ['self'], (self: PyList) => { self.items.reverse(); return None; }, { arityStyle: 'exact' });
  method(listType, 'sort', ['self'], (self: PyList, key: any, reverse: any) => {
    sortArray(self.items, key === undefined ? None : key, reverse === undefined ? false : reverse);
    return None;
  }, { kwonly: ['key', 'reverse'], kwdefaults: [None, false] });
}

method(listType, '__iadd__', ['self', 'value'], (self: PyList, o: any) => { listExtend(self, o); return self; });
method(listType, '__imul__', ['self', 'value'], (self: PyList, n: any) => {
  const r = repeatItems(self.items, n);
  if (r === undefined) return NotImplemented;
  self.items.length = 0;
  for (const x of r) self.items.push(x);
  return self;
});
method(listType, '__setitem__', ['self', 'key', 'value'], (self: PyList, i: any, v: any) => { listSetItem(self, i, v); return None; });
method(listType, '__delitem__', ['self', 'key'], (self: PyList, i: any) => { listDelItem(self, i); return None; });

export function listExtend(self: PyList, it: any): void {
  const items = self.items;
  if (it instanceof PyList || it instanceof PyTuple) {
    const src = it.items;
    const n = src.length;
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  const loop = iter(it);
  askLengthHint(it);
  for (let v = loop.nx(); v !== STOP; v = loop.nx()) items.push(v);
}

export function listSetItem(self: PyList, i: any, v: any): void {
  const items = self.items;
  if (i instanceof PySlice) {
    const [start, , step, n] = i.adjust(items.length);
    // an exact list or tuple other than self is read in place (spliceIn and the loop below
    // only read it), not copied first
    const src = v === self ? items.slice()
      : (v instanceof PyList || v instanceof PyTuple) && v.$$cls.user !== true ? v.items : iterToArray(v);
    if (step === 1) {
      spliceIn(items, start, n, src);
      return;
    }
    if (src.length !== n) throwError('ValueError', `attempt to assign sequence of size ${src.length} to extended slice of size ${n}`);
    for (let k = 0, j = start; k < n; k++, j += step) items[j] = src[k];
    return;
  }
  items[itemIndex(i, items.length, 'list assignment')] = v;
}

/**
 * items[start:start+n] = src without `splice(start, n, ...src)`: the spread pushes every item
 * through the call's arguments (fannkuch's `perm[:k+1] = perm[k::-1]`: 17% of its run, FINDINGS
 * §5). Same length: a plain copy; otherwise the tail is moved once with copyWithin.
 */
function spliceIn(items: any[], start: number, n: number, src: any[]): void {
  const k = src.length;
  if (k !== n) {
    const len = items.length;
    if (k < n) {
      items.copyWithin(start + k, start + n);
      items.length = len - (n - k);
    } else {
      // grow with pushes, not `length =`, so the array stays packed (no holes)
      for (let j = n; j < k; j++) items.push(undefined);
      items.copyWithin(start + k, start + n, len);
    }
  }
  for (let j = 0; j < k; j++) items[start + j] = src[j];
}

export function listDelItem(self: PyList, i: any): void {
  const items = self.items;
  if (i instanceof PySlice) {
    const [start, stop, step, n] = i.adjust(items.length);
    if (step === 1) { if (stop > start) items.splice(start, stop - start); return; }
    if (n === 0) return;
    const del = new Set<number>();
    for (let k = 0, j = start; k < n; k++, j += step) del.add(j);
    let o = 0;
    for (let j = 0; j < items.length; j++) if (!del.has(j)) items[o++] = items[j];
    items.length = o;
    return;
  }
  items.splice(itemIndex(i, items.length, 'list assignment'), 1);
}

export { EMPTY_TUPLE, ArrayIter };
