// Suspendable twins of dict/set operations and of the methods that build containers from
// iterators (runtime ABI §4): `d[k]`, `d[k] = v`, `del d[k]`, `k in d`, dict and set displays,
// `dict.get/pop/setdefault/update/fromkeys`, `set.add/discard/remove/update`, `list.extend`.
// Each returns the plain operation's result directly when neither the keys (hashsus.ts) nor
// the iteration can run suspendable Python code, and a frame otherwise. The plain methods stay
// untouched: each `…S(plain)` factory makes the twin attached as the method's `$$info.sus`
// (`twinMethod` in define-side registrations of dictmethods/setmethods/listmethods).
import { lengthHintTarget, lengthHintFailed } from '../lengthhint';
import { typeOf, None } from '../core';
import { throwError, pyError } from '../errors';
import { Frame } from '../../scheduler/frames';
import { callDunderS } from '../dunder';
import { callMethodS, iterS, getitemS, mayIterSuspend, lenS } from '../suspendops';
import { STOP, nextS, iterToArray } from '../iter';
import { PyList, PyTuple } from './list';
import { PyDict, dictType } from './dict';
import { PySet, PySetBase, PyFrozenSet } from './set';
import { HashTable, HOLE } from './hashtable';
import { keyMaySuspend, findS, getS, setS, deleteS, probe, hashS } from './hashsus';
import { mkDict, mkSet } from '../compiled';
import { installSetDunders } from './setmethods';

/** Drives `r` when it is a frame (inside a generator): `x = yield* step(r)`. */
function* step(r: any): Generator<any, any, any> {
  return r instanceof Frame ? yield* r : r;
}

// --- dict items ------------------------------------------------------------------------------------
/** `d[k]` for a dict (subclasses: `__missing__`), or a frame. */
export function dictGetItemS(d: PyDict, k: any): any {
  if (!keyMaySuspend(k)) return missingOr(d, k, d.table.get(k));
  return dictGetItemGen(d, k);
}
function* dictGetItemGen(d: PyDict, k: any): Generator<any, any, any> {
  const v = yield* step(getS(d.table, k));
  return yield* step(missingOr(d, k, v));
}
function missingOr(d: PyDict, k: any, v: any): any {
  if (v !== undefined) return v;
  if (d.$$cls !== dictType) {
    const m = d.$$cls.proto.$__missing__;
    if (m !== undefined && m !== null) return callDunderS(m, d, [k]);
  }
  throw pyError('KeyError', k);
}

export function dictSetItemS(d: PyDict, k: any, v: any): any {
  const r = setS(d.table, k, v);
  return r instanceof Frame ? noneAfter(r) : None;
}
function* noneAfter(frame: Generator): Generator<any, any, any> {
  yield* frame;
  return None;
}

export function dictDelItemS(d: PyDict, k: any): any {
  const r = deleteS(d.table, k);
  if (r instanceof Frame) return delGen(r, k);
  if (r === undefined) throw pyError('KeyError', k);
  return None;
}
function* delGen(frame: Generator, k: any): Generator<any, any, any> {
  if ((yield* frame) === undefined) throw pyError('KeyError', k);
  return None;
}

/** `k in t` for a dict/set table: a JS boolean or a frame. */
export function tableContainsS(t: HashTable, k: any): any {
  const r = findS(t, k);
  return r instanceof Frame ? foundGen(r) : r >= 0;
}
function* foundGen(frame: Generator): Generator<any, boolean, any> {
  return (yield* frame) >= 0;
}

// --- displays --------------------------------------------------------------------------------------
/** `{k1: v1, ...}` once the keys and values are evaluated (CPython hashes in BUILD_MAP). */
export function mkDictS(keys: any[], vals: any[]): any {
  for (let i = 0; i < keys.length; i++) if (keyMaySuspend(keys[i])) return mkDictGen(keys, vals);
  return mkDict(keys, vals);
}
function* mkDictGen(keys: any[], vals: any[]): Generator<any, PyDict, any> {
  const d = new PyDict();
  for (let i = 0; i < keys.length; i++) yield* step(setS(d.table, keys[i], vals[i]));
  return d;
}

export function mkSetS(items: any[]): any {
  installSetDunders(); // a set's special methods come with the first set (setmethods.ts)
  for (let i = 0; i < items.length; i++) if (keyMaySuspend(items[i])) return mkSetGen(items);
  return mkSet(items);
}
function* mkSetGen(items: any[]): Generator<any, PySet, any> {
  const s = new PySet();
  for (let i = 0; i < items.length; i++) yield* step(setS(s.table, items[i], undefined));
  return s;
}

// --- dict methods ----------------------------------------------------------------------------------
export function dictGetS(plain: Function): Function {
  return (self: PyDict, k: any, dflt: any) => (keyMaySuspend(k) ? dictGetGen(self, k, dflt) : plain(self, k, dflt));
}
function* dictGetGen(self: PyDict, k: any, dflt: any): Generator<any, any, any> {
  const v = yield* step(getS(self.table, k));
  return v !== undefined ? v : dflt === undefined ? None : dflt;
}

export function dictSetdefaultS(plain: Function): Function {
  return (self: PyDict, k: any, dflt: any) => (keyMaySuspend(k) ? setdefaultGen(self, k, dflt) : plain(self, k, dflt));
}
function* setdefaultGen(self: PyDict, k: any, dflt: any): Generator<any, any, any> {
  const t = self.table;
  // one hash for the lookup and the insertion (CPython calls __hash__ once); nothing suspends
  // between the probe's "absent" and the insertion
  const h = yield* step(hashS(k));
  const i = yield* probe(t, k, h);
  if (i >= 0) return t.vals![i];
  const nv = dflt === undefined ? None : dflt;
  t.insertHashed(k, nv, h);
  return nv;
}

export function dictPopS(plain: Function): Function {
  return (self: PyDict, k: any, dflt: any) => (keyMaySuspend(k) ? popGen(self, k, dflt) : plain(self, k, dflt));
}
function* popGen(self: PyDict, k: any, dflt: any): Generator<any, any, any> {
  const v = yield* step(deleteS(self.table, k));
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  throw pyError('KeyError', k);
}

/** Could `dict.update(src)` / `{**src}` run suspendable Python code? */
function updateMaySuspend(src: any): boolean {
  if (src instanceof PyDict && src.$$cls === dictType) {
    const ks = src.table.keys;
    for (let i = 0; i < ks.length; i++) if (ks[i] !== HOLE && keyMaySuspend(ks[i])) return true;
    return false;
  }
  return true;
}

export function dictUpdateS(plain: Function): Function {
  return (self: PyDict, other: any, kwargs: PyDict | undefined) => {
    if ((other === undefined || !updateMaySuspend(other)) && (kwargs === undefined || kwargs.table.size === 0)) return plain(self, other, kwargs);
    return dictUpdateGen(self, other, kwargs);
  };
}
function* dictUpdateGen(self: PyDict, other: any, kwargs: PyDict | undefined): Generator<any, any, any> {
  if (other !== undefined) yield* mergeGen(self, other);
  if (kwargs !== undefined && kwargs.table.size) yield* mergeGen(self, kwargs);
  return None;
}

/** dict_merge / dict_update_arg: a dict (stored hashes reused, as CPython), a mapping, or pairs. */
function* mergeGen(d: PyDict, src: any): Generator<any, void, any> {
  if (src instanceof PyDict && src.$$cls === dictType) {
    const t = src.table;
    const keys = t.keys.slice(), vals = t.vals!.slice();
    let hashes: Map<number, number> | null = null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === HOLE) continue;
      if (!keyMaySuspend(k)) { d.table.set(k, vals[i]); continue; }
      if (hashes === null) hashes = t.slotHashes(); // reused, as CPython's dict_merge
      const h = hashes.get(i)!;
      const j = yield* probe(d.table, k, h);
      if (j >= 0) d.table.vals![j] = vals[i];
      else d.table.insertHashed(k, vals[i], h);
    }
    return;
  }
  const keysFn = src !== null && typeof src === 'object' ? typeOf(src).proto.$keys : undefined;
  if (keysFn !== undefined) {
    const ks = yield* step(callMethodS(src, 'keys', []));
    const it = yield* step(iterS(ks));
    for (;;) {
      const k = yield* step(nextS(it));
      if (k === STOP) return;
      const v = yield* step(getitemS(src, k));
      yield* step(setS(d.table, k, v));
    }
  }
  const it = yield* step(iterS(src));
  for (let n = 0; ; n++) {
    const e = yield* step(nextS(it));
    if (e === STOP) return;
    let pair: any[];
    if (e instanceof PyTuple || e instanceof PyList) pair = e.items;
    else {
      try { pair = iterToArray(e); } catch {
        throwError('TypeError', `cannot convert dictionary update sequence element #${n} to a sequence`);
      }
    }
    if (pair.length !== 2) throwError('ValueError', `dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
    yield* step(setS(d.table, pair[0], pair[1]));
  }
}

/** `dict.fromkeys(iterable, value)` (the classmethod's function, cls first). */
export function dictFromkeysS(plain: Function): Function {
  return (cls: any, iterable: any, value: any) => {
    if (cls !== dictType || (!mayIterSuspend(iterable) && !anyKeyMaySuspend(iterable))) return plain(cls, iterable, value);
    return fromkeysGen(iterable, value === undefined ? None : value);
  };
}
function anyKeyMaySuspend(x: any): boolean {
  if (x instanceof PyList || x instanceof PyTuple) return x.items.some(keyMaySuspend);
  return x instanceof PySetBase || x instanceof PyDict ? false : true;
}
function* fromkeysGen(iterable: any, v: any): Generator<any, PyDict, any> {
  const d = new PyDict();
  const it = yield* step(iterS(iterable));
  for (;;) {
    const k = yield* step(nextS(it));
    if (k === STOP) return d;
    yield* step(setS(d.table, k, v));
  }
}

// --- set methods -----------------------------------------------------------------------------------
export function setAddS(plain: Function): Function {
  return (self: PySet, v: any) => (keyMaySuspend(v) ? dictSetItemS(self as any, v, undefined) : plain(self, v));
}
export function setRemoveS(plain: Function): Function {
  return (self: PySet, v: any) => (keyMaySuspend(v) ? dictDelItemS(self as any, v) : plain(self, v));
}
export function setDiscardS(plain: Function): Function {
  return (self: PySet, v: any) => (keyMaySuspend(v) ? discardGen(self, v) : plain(self, v));
}
function* discardGen(self: PySet, v: any): Generator<any, any, any> {
  yield* step(deleteS(self.table, v));
  return None;
}

/** set.update(*others): others that are sets are merged as the plain method does. */
export function setUpdateS(plain: Function): Function {
  return (self: PySet, ...others: any[]) => {
    if (!others.some((o) => !(o instanceof PySetBase) && (mayIterSuspend(o) || anyKeyMaySuspend(o)))) return plain(self, ...others);
    return setUpdateGen(plain, self, others);
  };
}
function* setUpdateGen(plain: Function, self: PySet, others: any[]): Generator<any, any, any> {
  for (const o of others) {
    if (o instanceof PySetBase) { plain(self, o); continue; }
    const it = yield* step(iterS(o));
    for (;;) {
      const v = yield* step(nextS(it));
      if (v === STOP) break;
      yield* step(setS(self.table, v, undefined));
    }
  }
  return None;
}

// --- list.extend -----------------------------------------------------------------------------------
export function listExtendS(plain: Function): Function {
  return (self: PyList, it: any) => (mayIterSuspend(it) ? listExtendGen(self, it) : plain(self, it));
}
function* listExtendGen(self: PyList, x: any): Generator<any, any, any> {
  const it = yield* step(iterS(x));
  const target = lengthHintTarget(x);
  if (target !== undefined) {
    try {
      yield* step(lenS(target));
    } catch (e) {
      lengthHintFailed(e);
    }
  }
  for (;;) {
    const v = yield* step(nextS(it));
    if (v === STOP) return None;
    self.items.push(v);
  }
}

// --- set(x), frozenset(x), dict(x) -------------------------------------------------------------------
/**
 * `set(x)`/`frozenset(x)` when iterating `x` or hashing its items may suspend: a frame giving
 * the new set; undefined when the plain call can build it.
 */
export function setFromS(frozen: boolean, x: any): any {
  if (!mayIterSuspend(x) && !((x instanceof PyList || x instanceof PyTuple) && x.items.some(keyMaySuspend))) return undefined;
  installSetDunders();
  return setFromGen(frozen ? new PyFrozenSet() : new PySet(), x);
}
function* setFromGen(s: PySetBase, x: any): Generator<any, PySetBase, any> {
  const it = yield* step(iterS(x));
  for (;;) {
    const v = yield* step(nextS(it));
    if (v === STOP) return s;
    yield* step(setS(s.table, v, undefined));
  }
}

/**
 * `dict(x)` (one positional argument) when iterating `x`, reading a user mapping or hashing its
 * keys may suspend: a frame giving the new dict; undefined when the plain call can build it.
 */
export function dictFromS(x: any): any {
  if (x instanceof PyDict && x.$$cls === dictType) {
    if (!updateMaySuspend(x)) return undefined;
  } else if (x instanceof PyList || x instanceof PyTuple) {
    if (!x.items.some((p: any) => (p instanceof PyTuple || p instanceof PyList) && p.items.length > 0 && keyMaySuspend(p.items[0]))) return undefined;
  } else if (!mayIterSuspend(x)) return undefined;
  return dictFromGen(x);
}
function* dictFromGen(x: any): Generator<any, PyDict, any> {
  const d = new PyDict();
  yield* mergeGen(d, x);
  return d;
}
