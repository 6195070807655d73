// The methods of `dict` and its views (keys/values/items are live views; keys and items
// support the set operators).
import { typeOf, None, NotImplemented, PyObjectBase, builtinType } from '../core';
import { throwError, pyError } from '../errors';
import { PyDict, dictType } from './dict';
import { PyTuple, PyList } from './list';
import { HOLE } from './hashtable';
import { method } from '../define';
import { iter, STOP, TableIter, DictKeyIter, DictValueIter, DictItemIter, iterToArray } from '../iter';
import { pyRepr, reprGuard } from '../repr';
import { eq } from '../numbers/compare';
import { callDunder1 } from '../dunder';
import { PySet, PySetBase } from './set';
import { getattrOr } from '../attrs';
import { callN, fn } from '../calls';
import { PyClassMethod } from '../descriptors';
import { setitem as setItemGeneric } from '../subscript';
import { Frame, runSync } from '../../scheduler/frames';
import { susTwin } from '../calls';
import { twinOf } from './twinof';
import { dictGetS, dictSetdefaultS, dictPopS, dictUpdateS, dictFromkeysS } from './mapsus';

export function dictRepr(d: PyDict): string {
  return reprGuard(d, '{...}', () => {
    const t = d.table;
    const parts: string[] = [];
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k === HOLE) continue;
      parts.push(pyRepr(k) + ': ' + pyRepr(t.vals![i]));
    }
    return '{' + parts.join(', ') + '}';
  });
}

/** `d[k]` with `__missing__` for subclasses and CPython's KeyError. */
export function dictGetItem(d: PyDict, k: any): any {
  const v = d.table.get(k);
  if (v !== undefined) return v;
  if (d.$$cls !== dictType) {
    const m = d.$$cls.proto.$__missing__;
    if (m !== undefined && m !== null) return callDunder1(m, d, k);
  }
  throw pyError('KeyError', k);
}

/** Inserts every pair of `src` (a mapping or an iterable of pairs) into `d` (dict.update). */
export function dictUpdate(d: PyDict, src: any): void {
  if (src instanceof PyDict) {
    d.table.mergeFrom(src.table); // stored hashes: no __hash__ calls, as CPython
    return;
  }
  const keysFn = src !== null && typeof src === 'object' ? getattrOr(src, 'keys') : undefined;
  if (keysFn !== undefined) {
    const ks = iterToArray(runPlain(callN(keysFn, [])));
    const gi = typeOf(src).proto.$__getitem__;
    for (const k of ks) d.table.set(k, callDunder1(gi, src, k));
    return;
  }
  const it = iter(src);
  let n = 0;
  for (let e = it.nx(); e !== STOP; e = it.nx(), n++) {
    let pair: any[];
    if (e instanceof PyTuple || e instanceof PyList) pair = e.items;
    else {
      try { pair = iterToArray(e); } catch {
        throwError('TypeError', `cannot convert dictionary update sequence element #${n} to a sequence`);
      }
    }
    if (pair.length !== 2) throwError('ValueError', `dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
    d.table.set(pair[0], pair[1]);
  }
}

function runPlain(r: any): any { return r instanceof Frame ? runSync(r) : r; }

function kwUpdate(d: PyDict, kwargs: PyDict | undefined): void {
  if (kwargs !== undefined && kwargs.table.size) dictUpdate(d, kwargs);
}

const D = dictType;
method(D, '__repr__', ['self'], dictRepr);
method(D, '__len__', ['self'], (self: PyDict) => self.table.size);
method(D, '__contains__', ['self', 'key'], (self: PyDict, k: any) => self.table.find(k) >= 0);
method(D, '__getitem__', ['self', 'key'], dictGetItem);
method(D, '__setitem__', ['self', 'key', 'value'], (self: PyDict, k: any, v: any) => { self.table.set(k, v); return None; });
method(D, '__delitem__', ['self', 'key'], (self: PyDict, k: any) => {
  if (self.table.delete(k) === undefined) throw pyError('KeyError', k);
  return None;
});
method(D, '__iter__', ['self'], (self: PyDict) => new DictKeyIter(self, 0));
method(D, '__reversed__', ['self'], (self: PyDict) => new ArrayIterOf(self.table.liveKeys().reverse()));
D.proto.$__hash__ = None;
method(D, '__eq__', ['self', 'value'], (self: PyDict, o: any) => (o instanceof PyDict ? dictEq(self, o) : NotImplemented));
method(D, '__ne__', ['self', 'value'], (self: PyDict, o: any) => (o instanceof PyDict ? !dictEq(self, o) : NotImplemented));
method(D, '__or__', ['self', 'value'], (self: PyDict, o: any) => {
  if (!(o instanceof PyDict)) return NotImplemented;
  const r = dictCopy(self);
  dictUpdate(r, o);
  return r;
});
method(D, '__ror__', ['self', 'value'], (self: PyDict, o: any) => {
  if (!(o instanceof PyDict)) return NotImplemented;
  const r = dictCopy(o);
  dictUpdate(r, self);
  return r;
});
method(D, '__ior__', ['self', 'value'], (self: PyDict, o: any) => { dictUpdate(self, o); return self; });
/**
 * The dict method pack (runtime/builtins/methodpacks.ts): every dict method, and the views'
 * methods (views are made only by keys/values/items). The runtime reads a dict (or a dict
 * subclass instance) through its table, and calls `keys` only on other mappings.
 */
export function installDictMethods(): void {
  installViewMethods();
  method(D, 'keys', ['self'], (self: PyDict) => new DictView(self, 0), { arityStyle: 'exact' });
  method(D, 'values', ['self'], (self: PyDict) => new DictView(self, 1), { arityStyle: 'exact' });
  method(D, 'items', ['self'], (self: PyDict) => new DictView(self, 2), { arityStyle: 'exact' });
  method(D, 'get', ['self', 'key', 'default'], (self: PyDict, k: any, dflt: any) => {
    const v = self.table.get(k);
    return v !== undefined ? v : dflt === undefined ? None : dflt;
  }, { ndefaults: 1, nposonly: 3, arityStyle: 'clinic' });
  twinOf(D, 'get', dictGetS);
  method(D, 'setdefault', ['self', 'key', 'default'], (self: PyDict, k: any, dflt: any) => {
    const v = self.table.get(k);
    if (v !== undefined) return v;
    const nv = dflt === undefined ? None : dflt;
    self.table.set(k, nv);
    return nv;
  }, { ndefaults: 1, nposonly: 3, arityStyle: 'clinic' });
  twinOf(D, 'setdefault', dictSetdefaultS);
  method(D, 'pop', ['self', 'key', 'default'], (self: PyDict, k: any, dflt: any) => {
    const v = self.table.delete(k);
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    throw pyError('KeyError', k);
  }, { ndefaults: 1, nposonly: 3, arityStyle: 'clinic' });
  twinOf(D, 'pop', dictPopS);
  method(D, 'popitem', ['self'], (self: PyDict) => {
    const t = self.table;
    const i = t.lastSlot();
    if (i < 0) throwError('KeyError', 'popitem(): dictionary is empty');
    const k = t.keys[i], v = t.vals![i];
    t.delete(k);
    return new PyTuple([k, v]);
  }, { arityStyle: 'exact' });
  method(D, 'update', ['self', 'other'], (self: PyDict, other: any, kwargs: PyDict) => {
    if (other !== undefined) dictUpdate(self, other);
    kwUpdate(self, kwargs);
    return None;
  }, { ndefaults: 1, nposonly: 2, kwarg: 'kwargs', arityStyle: 'clinic' });
  twinOf(D, 'update', dictUpdateS);
  method(D, 'clear', ['self'], (self: PyDict) => { self.table.clear(); return None; }, { arityStyle: 'exact' });
  method(D, 'copy', ['self'], (self: PyDict) => dictCopy(self), { arityStyle: 'exact' });
  D.proto.$fromkeys = new PyClassMethod(fn(function fromkeys(cls: any, iterable: any, value: any) {
    const d = cls === dictType ? new PyDict() : runPlain(callN(cls, []));
    const v = value === undefined ? None : value;
    for (const k of iterToArray(iterable)) {
      if (d instanceof PyDict && d.$$cls === dictType) d.table.set(k, v);
      else setItemGeneric(d, k, v);
    }
    return d;
  }, { name: 'fromkeys', qualname: 'dict.fromkeys', params: ['cls', 'iterable', 'value'], ndefaults: 1, kind: 'builtin' }));
  {
    const fk = (D.proto.$fromkeys as PyClassMethod).fn;
    susTwin(fk, dictFromkeysS(fk));
  }
}

export function dictCopy(d: PyDict): PyDict {
  const r = new PyDict();
  r.table.copyFrom(d.table);
  return r;
}

export function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.table.size !== b.table.size) return false;
  const t = a.table;
  const hashes = t.slotHashes(); // the stored hashes: no key's __hash__ is called again
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k === HOLE) continue;
    const j = b.table.findKnown(k, hashes.get(i));
    if (j < 0) return false;
    const v = b.table.vals![j];
    const mine = t.vals![i];
    if (mine !== v && !eq(mine, v)) return false;
  }
  return true;
}

class ArrayIterOf extends TableIter {
  arr: any[]; j = 0;
  constructor(arr: any[]) { super(new PyDict(), 0); this.arr = arr; }
  override nx(): any { return this.j < this.arr.length ? this.arr[this.j++] : STOP; }
}
export const dictRevIterType = builtinType('dict_reversekeyiterator', null, ArrayIterOf.prototype);

// --- views -------------------------------------------------------------------------------------
export class DictView extends PyObjectBase {
  constructor(readonly dict: PyDict, readonly what: 0 | 1 | 2) { super(); }
}
(DictView.prototype as any).$$inst = true;
(DictView.prototype as any).$$nodict = true;
export const dictKeysType = builtinType('dict_keys', null, DictView.prototype);
const VIEW_NAMES = ['dict_keys', 'dict_values', 'dict_items'];
export const dictValuesType = builtinType('dict_values', null, Object.create(DictView.prototype));
export const dictItemsType = builtinType('dict_items', null, Object.create(DictView.prototype));
void VIEW_NAMES;

/** The Python type of a view object depends on `what`; the proto is shared. */
const viewTypes = [dictKeysType, dictValuesType, dictItemsType];
Object.defineProperty(DictView.prototype, '$$cls', { get(this: DictView) { return viewTypes[this.what]; }, configurable: true });

function viewItems(v: DictView): any[] {
  const t = v.dict.table;
  const out: any[] = [];
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k === HOLE) continue;
    out.push(v.what === 0 ? k : v.what === 1 ? t.vals![i] : new PyTuple([k, t.vals![i]]));
  }
  return out;
}

function viewSet(v: any): PySet | undefined {
  if (v instanceof PySetBase) return v as PySet;
  if (v instanceof DictView) {
    if (v.what === 1) return undefined;
    const s = new PySet();
    for (const x of viewItems(v)) s.table.set(x, undefined);
    return s;
  }
  return undefined;
}

for (const T of viewTypes) {
  // methods live on the shared DictView proto; each view type object points at it
  void T;
}
function VIEW_NAMES_OF(v: DictView): string { return ['dict_keys', 'dict_values', 'dict_items'][v.what]; }

/** The methods of dict views (from installDictMethods, which alone makes views). */
function installViewMethods(): void {
  installSetDunders(); // keys/items views' set operations make sets
  const VT = { name: 'dict_view', proto: DictView.prototype } as any;
  method(VT, '__len__', ['self'], (self: DictView) => self.dict.table.size);
  method(VT, '__iter__', ['self'], (self: DictView) =>
    self.what === 0 ? new DictKeyIter(self.dict, 0) : self.what === 1 ? new DictValueIter(self.dict, 1) : new DictItemIter(self.dict, 2));
  method(VT, '__reversed__', ['self'], (self: DictView) => new ArrayIterOf(viewItems(self).reverse()));
  method(VT, '__repr__', ['self'], (self: DictView) =>
    reprGuard(self, '...', () => `${VIEW_NAMES_OF(self)}([${viewItems(self).map(pyRepr).join(', ')}])`));
  method(VT, '__contains__', ['self', 'key'], (self: DictView, x: any) => {
    if (self.what === 0) return self.dict.table.find(x) >= 0;
    if (self.what === 1) { for (const v of viewItems(self)) if (v === x || eq(v, x)) return true; return false; }
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const v = self.dict.table.get(x.items[0]);
    return v !== undefined && (v === x.items[1] || eq(v, x.items[1]));
  });
  method(VT, '__eq__', ['self', 'value'], (self: DictView, o: any) => {
    if (self.what === 1) return self === o ? true : NotImplemented;
    const a = viewSet(self), b = viewSet(o);
    if (b === undefined) return NotImplemented;
    return a!.table.size === b.table.size && a!.table.liveKeys().every((k: any) => b.has(k));
  });
  method(VT, '__ne__', ['self', 'value'], (self: DictView, o: any) => {
    const r = (VT.proto.$__eq__ as any)(self, o);
    return r === NotImplemented ? r : !r;
  });
  // keys/items views order like sets (subset tests) against sets and other set-like views.
  for (const [dn, test] of [
    ['__le__', (a: PySet, b: PySet) => a.table.size <= b.table.size && a.table.liveKeys().every((k: any) => b.has(k))],
    ['__lt__', (a: PySet, b: PySet) => a.table.size < b.table.size && a.table.liveKeys().every((k: any) => b.has(k))],
    ['__ge__', (a: PySet, b: PySet) => b.table.size <= a.table.size && b.table.liveKeys().every((k: any) => a.has(k))],
    ['__gt__', (a: PySet, b: PySet) => b.table.size < a.table.size && b.table.liveKeys().every((k: any) => a.has(k))],
  ] as const) {
    method(VT, dn, ['self', 'value'], (self: DictView, o: any) => {
      if (self.what === 1) return NotImplemented;
      const b = viewSet(o);
      return b === undefined ? NotImplemented : test(viewSet(self)!, b);
    });
  }
  for (const [dn, op] of [['__and__', '&'], ['__or__', '|'], ['__sub__', '-'], ['__xor__', '^'],
    ['__rand__', '&'], ['__ror__', '|'], ['__rsub__', '-r'], ['__rxor__', '^']] as const) {
    method(VT, dn, ['self', 'other'], (self: DictView, o: any) => {
      if (self.what === 1) return NotImplemented;
      const a = viewSet(self)!;
      let b: PySet;
      try { b = viewSet(o) ?? setOfIterable(o); } catch { return NotImplemented; }
      return setAlgebra(op === '-r' ? '-' : op, op === '-r' ? b : a, op === '-r' ? a : b, false);
    });
  }
  method(VT, 'isdisjoint', ['self', 'other'], (self: DictView, o: any) => {
    const a = viewSet(self)!;
    for (const x of iterToArray(o)) if (a.has(x)) return false;
    return true;
  });
  method(VT, 'mapping', ['self'], (self: DictView) => self.dict);
  (DictView.prototype as any).$__hash__ = None;
}

import { setAlgebra, setOfIterable, installSetDunders } from './setmethods';
export { dictKeysType as keysViewType };
