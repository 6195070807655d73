// Subscripts, `in`, and `len` for compiled code: fast paths for the builtin containers, then
// the special methods (`__getitem__`, `__setitem__`, `__delitem__`, `__contains__`, `__len__`).
import { typeOf, PyType } from './core';
import { throwError } from './errors';
import { PyList, PyTuple, listType, tupleType, tuple } from './containers/list';
import { PyDict, dictType } from './containers/dict';
import { PySlice } from './containers/slice';
import { dictGetItem } from './containers/dictmethods';
import { listSetItem, listDelItem, getSlice } from './containers/listmethods';
import { callDunder0, callDunder1, callDunder2 } from './dunder';
import { strGetItem, strContains, strLen, strSlice } from './strings/codepoints';
import { iter, STOP } from './iter';
import { eq } from './numbers/compare';
import { truthy, lenResult } from './truthy';
import { PySetBase } from './containers/set';
import { budget, budgetOut } from '../sandbox/budget';

/** `o[k]` */
export function getitem(o: any, k: any): any {
  if (typeof o === 'object') {
    const c = o.$$cls;
    if (c === listType || c === tupleType) {
      const items = o.items;
      if (typeof k === 'number') {
        const i = k < 0 ? k + items.length : k;
        if (i >= 0 && i < items.length && Number.isInteger(i)) return items[i];
      } else if (k instanceof PySlice) {
        // `perm[k::-1]`, `perm1[:]`: straight to the copy, not through `__getitem__`'s dispatch
        const part = getSlice(items, k);
        return c === listType ? new PyList(part) : tuple(part);
      }
    } else if (c === dictType) {
      const v = o.table.get(k);
      if (v !== undefined) return v;
      return dictGetItem(o, k);
    }
  } else if (typeof o === 'string') {
    return k instanceof PySlice ? strSlice(o, k.start, k.stop, k.step) : strGetItem(o, k);
  }
  return getitemSlow(o, k);
}

function getitemSlow(o: any, k: any): any {
  if (o instanceof PyType) {
    const cg = o.proto.$__class_getitem__;
    if (cg !== undefined && cg !== null) return callDunder1(cg.fn ?? cg, o, k);
    if (o === typeOf([]) || o.name === 'type') { /* fall through to the message */ }
    throwError('TypeError', `type '${o.name}' is not subscriptable`);
  }
  const f = typeOf(o).proto.$__getitem__;
  if (f === undefined || f === null) throwError('TypeError', `'${typeOf(o).name}' object is not subscriptable`);
  return callDunder1(f, o, k);
}

/** `o[k] = v` */
export function setitem(o: any, k: any, v: any): void {
  if (typeof o === 'object') {
    const c = o.$$cls;
    if (c === listType) {
      const items = o.items;
      if (typeof k === 'number') {
        const i = k < 0 ? k + items.length : k;
        if (i >= 0 && i < items.length && Number.isInteger(i)) { items[i] = v; return; }
      }
      listSetItem(o, k, v);
      return;
    }
    if (c === dictType) { o.table.set(k, v); return; }
  }
  const f = typeOf(o).proto.$__setitem__;
  if (f === undefined || f === null) throwError('TypeError', `'${typeOf(o).name}' object does not support item assignment`);
  callDunder2(f, o, k, v);
}

/** `del o[k]` */
export function delitem(o: any, k: any): void {
  if (typeof o === 'object') {
    const c = o.$$cls;
    if (c === listType) { listDelItem(o, k); return; }
  }
  const f = typeOf(o).proto.$__delitem__;
  if (f === undefined || f === null) throwError('TypeError', `'${typeOf(o).name}' object doesn't support item deletion`);
  callDunder1(f, o, k);
}

/** `x in o` */
export function contains(o: any, x: any): boolean {
  if (typeof o === 'string') return strContains(o, x);
  if (typeof o === 'object') {
    const c = o.$$cls;
    if (c === dictType) return (o as PyDict).table.find(x) >= 0;
    if (c === listType || c === tupleType) {
      const items = (o as PyList | PyTuple).items;
      // sandbox: one operation per item compared
      for (let i = 0; i < items.length; i++) {
        if (--budget.n < 0) budgetOut();
        if (items[i] === x || eq(items[i], x)) return true;
      }
      return false;
    }
    if (o instanceof PySetBase && !c.user) return callDunder1(c.proto.$__contains__, o, x);
  }
  const t = typeOf(o);
  const f = t.proto.$__contains__;
  if (f !== undefined && f !== null) return truthy(callDunder1(f, o, x));
  if (f !== null && (t.proto.$__iter__ !== undefined || t.proto.$__getitem__ !== undefined)) {
    const it = iter(o);
    for (let v = it.nx(); v !== STOP; v = it.nx()) if (v === x || eq(v, x)) return true;
    return false;
  }
  throwError('TypeError', `argument of type '${t.name}' is not iterable`);
}

/** `x not in o` */
export function notContains(o: any, x: any): boolean {
  return !contains(o, x);
}

/** len(o) */
export function len(o: any): number {
  if (typeof o === 'string') return strLen(o);
  if (typeof o === 'object') {
    const c = o.$$cls;
    if (c === listType || c === tupleType) return o.items.length;
    if (c === dictType) return o.table.size;
  }
  const f = typeOf(o).proto.$__len__;
  if (f === undefined || f === null) throwError('TypeError', `object of type '${typeOf(o).name}' has no len()`);
  return lenResult(callDunder0(f, o));
}
