// The methods of `set` and `frozenset`: the full algebra, CPython's messages and iteration
// order (setorder.ts).
import { typeOf, None, NotImplemented, builtinType } from '../core';
import { throwError, pyError } from '../errors';
import { PySet, PyFrozenSet, PySetBase, setType, frozensetType } from './set';
import { HOLE, LOG_MERGE, LOG_PRUNE } from './hashtable';
import { PyDict } from './dict';
import { method } from '../define';
import { ArrayIter, iter, STOP, PyIterator, iterToArray } from '../iter';
import { pyRepr, reprGuard } from '../repr';
import { pyHash } from '../hash';
import { cpythonSetOrder } from './setorder';
import { DictView } from './dictmethods';
import { restMethod } from '../../builtins/positional';
import { twinOf } from './twinof';
import { setAddS, setRemoveS, setDiscardS, setUpdateS } from './mapsus';

/** Elements in CPython's iteration order (cached until the set changes). */
export function setOrder(s: PySetBase): any[] {
  const t = s.table;
  const c = s as any;
  if (c.orderCache !== undefined && c.orderVersion === t.version) return c.orderCache;
  const order = cpythonSetOrder(t.liveKeys(), t.log);
  c.orderCache = order;
  c.orderVersion = t.version;
  return order;
}

class SetIterator extends PyIterator {
  i = 0;
  readonly size: number;
  constructor(readonly set: PySetBase, readonly items: any[]) { super(); this.size = set.table.size; }
  nx(): any {
    if (this.set.table.size !== this.size) {
      this.i = Infinity;
      throwError('RuntimeError', 'Set changed size during iteration');
    }
    return this.i < this.items.length ? this.items[this.i++] : STOP;
  }
}
export const setIterType = builtinType('set_iterator', null, SetIterator.prototype);


let installed = false;

/**
 * Gives set and frozenset their special methods (repr, iteration, algebra, comparisons, hash):
 * when the first set is made (every way to make one calls this: displays, set()/frozenset(),
 * dict views' set operations) or the class is named, so a bundle that makes no set drops them
 * with the iteration order (setorder.ts) they use.
 */
export function installSetDunders(): void {
  if (installed) return;
  installed = true;
  for (const T of [setType, frozensetType]) {
    const name = T.name;
    method(T, '__repr__', ['self'], (self: PySetBase) => {
      const cls = typeOf(self);
      const n = cls === setType || cls === frozensetType ? cls.name : cls.name;
      if (self.table.size === 0) return `${n}()`;
      return reprGuard(self, `${n}(...)`, () => {
        const body = '{' + setOrder(self).map(pyRepr).join(', ') + '}';
        return cls === setType ? body : `${n}(${body})`;
      });
    });
    method(T, '__len__', ['self'], (self: PySetBase) => self.table.size);
    method(T, '__contains__', ['self', 'key'], (self: PySetBase, k: any) => {
      try { return self.table.find(k) >= 0; } catch (e) {
        if (k instanceof PySet) return self.table.find(frozenFrom(k)) >= 0;
        throw e;
      }
    });
    method(T, '__iter__', ['self'], (self: PySetBase) => new SetIterator(self, setOrder(self)));
    for (const [dn, op] of [['__or__', '|'], ['__and__', '&'], ['__sub__', '-'], ['__xor__', '^']] as const) {
      method(T, dn, ['self', 'value'], (self: PySetBase, o: any) => {
        const b = asSet(o);
        return b === undefined ? NotImplemented : setAlgebra(op, self, b, false);
      });
      const rn = dn.replace('__', '__r');
      method(T, rn, ['self', 'value'], (self: PySetBase, o: any) => {
        const b = asSet(o);
        if (b === undefined) return NotImplemented;
        return setAlgebra(op, b instanceof PySetBase && o instanceof PySetBase ? b : newFrom(self, b), self, false);
      });
    }
    method(T, '__eq__', ['self', 'value'], (self: PySetBase, o: any) => {
      if (!(o instanceof PySetBase)) return NotImplemented;
      return self.table.size === o.table.size && subset(self, o);
    });
    method(T, '__ne__', ['self', 'value'], (self: PySetBase, o: any) => {
      if (!(o instanceof PySetBase)) return NotImplemented;
      return !(self.table.size === o.table.size && subset(self, o));
    });
    method(T, '__le__', ['self', 'value'], (self: PySetBase, o: any) => (o instanceof PySetBase ? subset(self, o) : NotImplemented));
    method(T, '__lt__', ['self', 'value'], (self: PySetBase, o: any) => (o instanceof PySetBase ? self.table.size < o.table.size && subset(self, o) : NotImplemented));
    method(T, '__ge__', ['self', 'value'], (self: PySetBase, o: any) => (o instanceof PySetBase ? subset(o, self) : NotImplemented));
    method(T, '__gt__', ['self', 'value'], (self: PySetBase, o: any) => (o instanceof PySetBase ? o.table.size < self.table.size && subset(o, self) : NotImplemented));
    void name;
  }
  setType.proto.$__hash__ = None;
  method(frozensetType, '__hash__', ['self'], (self: PyFrozenSet) => {
    if (self.hash !== undefined) return self.hash;
    // CPython's frozenset hash: xor of shuffled element hashes, order-independent.
    let h = 0;
    for (const k of self.table.liveKeys()) {
      const e = pyHash(k) | 0;
      h ^= Math.imul((e ^ (e << 16) ^ 89869747) | 0, 3644798167 | 0);
    }
    h = (Math.imul(h, 69069) + 907133923) | 0;
    if (h === -1) h = 590923713;
    self.hash = h;
    return h;
  });
  for (const [dn, op] of [['__ior__', '|'], ['__iand__', '&'], ['__isub__', '-'], ['__ixor__', '^']] as const) {
    method(setType, dn, ['self', 'value'], (self: PySet, o: any) => {
      const b = o instanceof PySetBase ? o : undefined;
      if (b === undefined) return NotImplemented;
      inplace(op, self, b);
      return self;
    });
  }
}

export function setOfIterable(x: any): PySet {
  if (!installed) installSetDunders();
  const s = new PySet();
  updateFrom(s, x);
  return s;
}

function newLike(a: PySetBase): PySetBase {
  return a instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
}

/** set_merge: adds every key of src (CPython copies src's table layout into an empty one). */
function mergeInto(dst: PySetBase, src: PySetBase): void {
  if (src === dst || src.table.size === 0) return;
  const t = dst.table;
  const log = t.log;
  t.log = null;
  try { for (const x of src.table.liveKeys()) t.set(x, undefined); } finally { t.log = log; }
  if (src.table.log === null) t.log = null; // src's layout is unknowable, so is ours
  else t.logOp(LOG_MERGE, src.table.log.slice());
}

/** set_update_internal: a set is merged, anything else is iterated and added. */
function updateFrom(dst: PySetBase, x: any): void {
  if (x instanceof PySetBase) { mergeInto(dst, x); return; }
  const it = iter(x);
  for (let v = it.nx(); v !== STOP; v = it.nx()) dst.table.set(v, undefined);
}

/** set_difference_update_internal: discards every item of x, then prunes dummies. */
function discardAll(self: PySetBase, x: any): void {
  if (x === self) { self.table.clear(); return; }
  const items = x instanceof PySetBase ? setOrder(x) : iterToArray(x);
  for (const v of items) self.table.delete(v);
  self.table.logOp(LOG_PRUNE, null);
}

/** set_intersection: iterates the smaller set (the other one on a tie), or the iterable. */
function intersect(a: PySetBase, x: any): PySetBase {
  const r = newLike(a);
  if (x instanceof PySetBase) {
    const [walk, probe] = x.table.size > a.table.size ? [a, x] : [x, a];
    for (const v of setOrder(walk)) if (probe.has(v)) r.table.set(v, undefined);
    return r;
  }
  const it = iter(x);
  for (let v = it.nx(); v !== STOP; v = it.nx()) if (a.has(v)) r.table.set(v, undefined);
  return r;
}

/** set_difference: builds the result, or copies and discards when `a` is much larger. */
function difference(a: PySetBase, x: any): PySetBase {
  const r = newLike(a);
  const otherSize = x instanceof PySetBase ? x.table.size : x instanceof PyDict ? x.table.size : -1;
  if (otherSize < 0 || (a.table.size >> 2) > otherSize) {
    r.table.copyFrom(a.table);
    discardAll(r, x);
    return r;
  }
  for (const v of setOrder(a)) if (!(x instanceof PySetBase ? x.has(v) : x.table.find(v) >= 0)) r.table.set(v, undefined);
  return r;
}

/** set_symmetric_difference_update(self, x): toggles each item of x (as a set) in self. */
function toggleAll(self: PySetBase, x: any): void {
  if (x === self) { self.table.clear(); return; }
  let other: PySetBase;
  if (x instanceof PySetBase) other = x;
  else { other = new PySet(); updateFrom(other, x); }
  const t = self.table;
  for (const v of setOrder(other)) { if (t.find(v) >= 0) t.delete(v); else t.set(v, undefined); }
}

/** `a op b` for sets: op one of | & - ^. Result has a's kind (set/frozenset). */
export function setAlgebra(op: string, a: PySetBase, b: PySetBase, _inplace: boolean): PySetBase {
  switch (op) {
    case '|': { const r = copyOf(a); mergeInto(r, b); return r; }
    case '&': return intersect(a, b);
    case '-': return difference(a, b);
    default: { // set_symmetric_difference: a copy of b, then a's items toggled
      const r = newLike(a);
      mergeInto(r, b);
      toggleAll(r, a);
      return r;
    }
  }
}

function asSet(x: any): PySetBase | undefined {
  if (x instanceof PySetBase) return x;
  if (x instanceof DictView && x.what !== 1) return setOfIterable(x);
  return undefined;
}

function subset(a: PySetBase, b: PySetBase): boolean {
  if (a.table.size > b.table.size) return false;
  const t = a.table;
  const hashes = t.slotHashes(); // the stored hashes: no key's __hash__ is called again
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k !== HOLE && b.table.findKnown(k, hashes.get(i)) < 0) return false;
  }
  return true;
}


function newFrom(like: PySetBase, src: PySetBase): PySetBase {
  const r = newLike(like);
  r.table.copyFrom(src.table);
  return r;
}

function copyOf(s: PySetBase): PySetBase {
  return newFrom(s, s);
}

function frozenFrom(s: PySetBase): PyFrozenSet {
  const f = new PyFrozenSet();
  f.table.copyFrom(s.table);
  return f;
}


const S = setType;
/** The set method pack (runtime/builtins/methodpacks.ts): the set and frozenset methods. */
export function installSetMethods(): void {
  for (const T of [setType, frozensetType]) {
    restMethod(T, 'union', (self: PySetBase, ...others: any[]) => {
      const r = copyOf(self);
      for (const o of others) updateFrom(r, o);
      return r;
    });
    restMethod(T, 'intersection', (self: PySetBase, ...others: any[]) => {
      let r: PySetBase = self;
      if (others.length === 0) return copyOf(self);
      for (const o of others) r = intersect(r, o);
      return r;
    });
    restMethod(T, 'difference', (self: PySetBase, ...others: any[]) => {
      if (others.length === 0) return copyOf(self);
      const r = difference(self, others[0]);
      for (let i = 1; i < others.length; i++) discardAll(r, others[i]);
      return r;
    });
    method(T, 'symmetric_difference', ['self', 'other'], (self: PySetBase, o: any) => {
      const r = newLike(self);
      updateFrom(r, o);
      toggleAll(r, self);
      return r;
    });
    method(T, 'issubset', ['self', 'other'], (self: PySetBase, o: any) => subset(self, asSet(o) ?? setOfIterable(o)));
    method(T, 'issuperset', ['self', 'other'], (self: PySetBase, o: any) => subset(asSet(o) ?? setOfIterable(o), self));
    method(T, 'isdisjoint', ['self', 'other'], (self: PySetBase, o: any) => {
      const it = iter(o);
      for (let v = it.nx(); v !== STOP; v = it.nx()) if (self.has(v)) return false;
      return true;
    });
    method(T, 'copy', ['self'], (self: PySetBase) => (self instanceof PyFrozenSet && typeOf(self) === frozensetType ? self : copyOf(self)), { arityStyle: 'exact' });
  }
  method(S, 'add', ['self', 'object'], (self: PySet, v: any) => { self.table.set(v, undefined); return None; }, { arityStyle: 'exact' });
  twinOf(S, 'add', setAddS);
  method(S, 'remove', ['self', 'object'], (self: PySet, v: any) => {
    if (self.table.find(v) < 0) throw pyError('KeyError', v);
    self.table.delete(v);
    return None;
  }, { arityStyle: 'exact' });
  twinOf(S, 'remove', setRemoveS);
  method(S, 'discard', ['self', 'object'], (self: PySet, v: any) => { if (self.table.find(v) >= 0) self.table.delete(v); return None; }, { arityStyle: 'exact' });
  twinOf(S, 'discard', setDiscardS);
  method(S, 'pop', ['self'], (self: PySet) => {
    if (self.table.size === 0) throwError('KeyError', 'pop from an empty set');
    const v = setOrder(self)[0];
    self.table.delete(v);
    return v;
  }, { arityStyle: 'exact' });
  method(S, 'clear', ['self'], (self: PySet) => { self.table.clear(); return None; }, { arityStyle: 'exact' });
  restMethod(S, 'update', (self: PySet, ...others: any[]) => {
    for (const o of others) updateFrom(self, o);
    return None;
  });
  twinOf(S, 'update', setUpdateS);
  restMethod(S, 'intersection_update', (self: PySet, ...others: any[]) => {
    let r: PySetBase = self;
    for (const o of others) r = intersect(r, o);
    if (r !== self) swapIn(self, r);
    return None;
  });
  restMethod(S, 'difference_update', (self: PySet, ...others: any[]) => {
    for (const o of others) discardAll(self, o);
    return None;
  });
  method(S, 'symmetric_difference_update', ['self', 'other'], (self: PySet, o: any) => {
    toggleAll(self, o);
    return None;
  });
}

/** set_swap_bodies: self takes r's contents and table layout. */
function swapIn(self: PySetBase, r: PySetBase): void {
  self.table.copyFrom(r.table);
  self.table.log = r.table.log !== null ? r.table.log.slice() : null;
}


function inplace(op: string, self: PySetBase, b: PySetBase): void {
  switch (op) {
    case '|': mergeInto(self, b); return;
    case '-': discardAll(self, b); return;
    case '&': swapIn(self, intersect(self, b)); return;
    case '^': toggleAll(self, b); return;
  }
}

/**
 * A set display whose items are all constants (`{3, 1, 2}`, three or more items): CPython
 * compiles it to a frozenset constant, built from the items and then rebuilt in its own order
 * when constants are merged, and updates an empty set from it. The order differs from adding
 * the items one by one, so the compiler calls this for such displays.
 */
export function constSetDisplay(items: any[]): PySet {
  if (!installed) installSetDunders();
  const first = new PyFrozenSet();
  for (const x of items) first.table.set(x, undefined);
  const folded = new PyFrozenSet();
  for (const x of setOrder(first)) folded.table.set(x, undefined);
  const r = new PySet();
  mergeInto(r, folded);
  return r;
}

/** A set of `items` (runtime helpers and embedders). */
export function setFrom(items: any[]): PySet {
  if (!installed) installSetDunders();
  const s = new PySet();
  for (const x of items) s.table.set(x, undefined);
  return s;
}
export function frozensetFrom(items: any[]): PyFrozenSet {
  if (!installed) installSetDunders();
  const s = new PyFrozenSet();
  for (const x of items) s.table.set(x, undefined);
  return s;
}

export { HOLE };
