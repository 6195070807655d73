// The methods of `set` and `frozenset`: the full algebra, CPython's messages and iteration
// order (setorder.ts).
import { typeOf, None, NotImplemented, builtinType } from '../core';
import { throwError, pyError } from '../errors';
import { PySet, PyFrozenSet, PySetBase, setType, frozensetType } from './set';
import { HOLE } from './hashtable';
import { method } from '../define';
import { ArrayIter, iter, STOP, PyIterator } from '../iter';
import { pyRepr, reprGuard } from '../repr';
import { pyHash } from '../hash';
import { cpythonSetOrder } from './setorder';
import { DictView } from './dictmethods';
import { restMethod } from '../../builtins/positional';

/** Elements in CPython's iteration order (cached until the set changes). */
export function setOrder(s: PySetBase): any[] {
  const t = s.table;
  const c = s as any;
  if (c.orderCache !== undefined && c.orderVersion === t.version) return c.orderCache;
  const order = cpythonSetOrder(t.liveKeys());
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

export function setOfIterable(x: any): PySet {
  const s = new PySet();
  if (x instanceof PySetBase) { s.table.copyFrom(x.table); return s; }
  const it = iter(x);
  for (let v = it.nx(); v !== STOP; v = it.nx()) s.table.set(v, undefined);
  return s;
}

function newLike(a: PySetBase): PySetBase {
  return a instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
}

/** `a op b` for sets: op one of | & - ^. Result has a's kind (set/frozenset). */
export function setAlgebra(op: string, a: PySetBase, b: PySetBase, _inplace: boolean): PySetBase {
  const r = newLike(a);
  const ak = setOrder(a), bk = setOrder(b);
  switch (op) {
    case '|':
      for (const x of ak) r.table.set(x, undefined);
      for (const x of bk) r.table.set(x, undefined);
      break;
    case '&': {
      const [small, big] = a.table.size <= b.table.size ? [ak, b] : [bk, a];
      for (const x of small) if (big.has(x)) r.table.set(x, undefined);
      break;
    }
    case '-':
      for (const x of ak) if (!b.has(x)) r.table.set(x, undefined);
      break;
    case '^':
      for (const x of ak) if (!b.has(x)) r.table.set(x, undefined);
      for (const x of bk) if (!a.has(x)) r.table.set(x, undefined);
      break;
  }
  return r;
}

function asSet(x: any): PySetBase | undefined {
  if (x instanceof PySetBase) return x;
  if (x instanceof DictView && x.what !== 1) return setOfIterable(x);
  return undefined;
}

function subset(a: PySetBase, b: PySetBase): boolean {
  if (a.table.size > b.table.size) return false;
  for (const x of a.table.liveKeys()) if (!b.has(x)) return false;
  return true;
}

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
  for (const [mn, op] of [['union', '|'], ['intersection', '&'], ['difference', '-']] as const) {
    restMethod(T, mn, (self: PySetBase, ...others: any[]) => {
      let r: PySetBase = self;
      if (others.length === 0) return copyOf(self);
      for (const o of others) r = setAlgebra(op, r, asSet(o) ?? setOfIterable(o), false);
      return r;
    });
  }
  method(T, 'symmetric_difference', ['self', 'other'], (self: PySetBase, o: any) => setAlgebra('^', self, asSet(o) ?? setOfIterable(o), false));
  method(T, 'issubset', ['self', 'other'], (self: PySetBase, o: any) => subset(self, asSet(o) ?? setOfIterable(o)));
  method(T, 'issuperset', ['self', 'other'], (self: PySetBase, o: any) => subset(asSet(o) ?? setOfIterable(o), self));
  method(T, 'isdisjoint', ['self', 'other'], (self: PySetBase, o: any) => {
    const it = iter(o);
    for (let v = it.nx(); v !== STOP; v = it.nx()) if (self.has(v)) return false;
    return true;
  });
  method(T, 'copy', ['self'], (self: PySetBase) => (self instanceof PyFrozenSet && typeOf(self) === frozensetType ? self : copyOf(self)));
  void name;
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

const S = setType;
method(S, 'add', ['self', 'object'], (self: PySet, v: any) => { self.table.set(v, undefined); return None; });
method(S, 'remove', ['self', 'object'], (self: PySet, v: any) => {
  if (self.table.find(v) < 0) throw pyError('KeyError', v);
  self.table.delete(v);
  return None;
});
method(S, 'discard', ['self', 'object'], (self: PySet, v: any) => { if (self.table.find(v) >= 0) self.table.delete(v); return None; });
method(S, 'pop', ['self'], (self: PySet) => {
  if (self.table.size === 0) throwError('KeyError', 'pop from an empty set');
  const v = setOrder(self)[0];
  self.table.delete(v);
  return v;
});
method(S, 'clear', ['self'], (self: PySet) => { self.table.clear(); return None; });
restMethod(S, 'update', (self: PySet, ...others: any[]) => {
  for (const o of others) inplace('|', self, asSet(o) ?? setOfIterable(o));
  return None;
});
for (const [mn, op] of [['intersection_update', '&'], ['difference_update', '-']] as const) {
  restMethod(S, mn, (self: PySet, ...others: any[]) => {
    for (const o of others) inplace(op, self, asSet(o) ?? setOfIterable(o));
    return None;
  });
}
method(S, 'symmetric_difference_update', ['self', 'other'], (self: PySet, o: any) => {
  inplace('^', self, asSet(o) ?? setOfIterable(o));
  return None;
});
for (const [dn, op] of [['__ior__', '|'], ['__iand__', '&'], ['__isub__', '-'], ['__ixor__', '^']] as const) {
  method(S, dn, ['self', 'value'], (self: PySet, o: any) => {
    const b = o instanceof PySetBase ? o : undefined;
    if (b === undefined) return NotImplemented;
    inplace(op, self, b);
    return self;
  });
}

function inplace(op: string, self: PySetBase, b: PySetBase): void {
  const t = self.table;
  switch (op) {
    case '|': for (const x of setOrder(b)) t.set(x, undefined); return;
    case '-': if (b === self) { t.clear(); return; } for (const x of b.table.liveKeys()) if (t.find(x) >= 0) t.delete(x); return;
    case '&': for (const x of t.liveKeys()) if (!b.has(x)) t.delete(x); return;
    case '^': {
      if (b === self) { t.clear(); return; }
      for (const x of setOrder(b)) { if (t.find(x) >= 0) t.delete(x); else t.set(x, undefined); }
    }
  }
}

export { HOLE };
