// Suspendable twins of the hash-table operations (runtime ABI §4): dict/set lookups, inserts and
// deletions whose key's `__hash__`, or the `__eq__` run while probing, is Python code that may
// suspend (sleep). Each entry point takes the plain table operation unless the key is (or
// holds, for an exact tuple) an instance of a user class with its own hash/eq, so a suspendable
// caller pays one type test for str/int/float/tuple-of-builtins keys and allocates nothing.
//
// The generator lookup works on a precomputed hash: `hashS` (may suspend) gives the hash, then
// `probe` compares the candidates with `==` through the suspendable comparison. While a
// comparison is suspended, other coroutines run and may change the table; like CPython's
// lookdict (which restarts when a comparison mutated the dict) the probe starts over when the
// table's version moved, so it never reads a slot that was removed or moved by compaction.
// An insert inserts only after the probe has finished: nothing suspends between the "absent"
// answer and the insertion, so no other coroutine can insert the same key in between.
import { typeOf, None, objectProto } from '../core';
import { throwError } from '../errors';
import { Frame } from '../../scheduler/frames';
import { callDunderS } from '../dunder';
import { pyHash, intHash, combineHashes } from '../hash';
import { pyEq } from '../protocol';
import { HashTable, fastKey, tupleHash } from './hashtable';
import { PyTuple, tupleType } from './list';
import { eqS, truthyS, isUserObject } from '../suspendops';
import { compareMaySuspend } from './seqsus';

function isExactTuple(k: any): k is PyTuple {
  return k instanceof PyTuple && k.$$cls === tupleType;
}

/**
 * Could hashing `k`, or comparing it with `==`, run Python code that suspends? True for an
 * instance of a user class with its own `__hash__`/`__eq__`, and for exact tuples holding one.
 */
export function keyMaySuspend(k: any): boolean {
  if (typeof k !== 'object' || k === null) return false;
  if (isExactTuple(k)) {
    const items = k.items;
    for (let i = 0; i < items.length; i++) if (keyMaySuspend(items[i])) return true;
    return false;
  }
  return isUserObject(k) && fastKey(k) === undefined;
}

/** pyHash's conversion of what `__hash__` returned. */
function hashResult(r: any): number {
  if (typeof r === 'number' && Number.isInteger(r)) return r === -1 ? -2 : r;
  if (typeof r === 'bigint') return intHash(r);
  if (typeof r === 'boolean') return +r;
  throwError('TypeError', '__hash__ method should return an integer');
}
function* hashResultGen(frame: Generator): Generator<any, number, any> {
  return hashResult(yield* frame);
}

/** hash(k) as the tables compute it (`keyHash`), or a frame giving it when `__hash__` may suspend. */
export function hashS(k: any): number | Generator<any, number, any> {
  if (isExactTuple(k)) return keyMaySuspend(k) ? tupleHashGen(k) : tupleHash(k);
  if (!isUserObject(k)) return pyHash(k);
  const f = typeOf(k).proto.$__hash__;
  if (f === objectProto.$__hash__ || (typeof f === 'function' && f.$$info?.kind === 'builtin')) return pyHash(k);
  if (f === null || f === undefined || f === None) throwError('TypeError', `unhashable type: '${typeOf(k).name}'`);
  const r = callDunderS(f, k, []);
  return r instanceof Frame ? hashResultGen(r) : hashResult(r);
}

/** tupleHash of a tuple holding keys whose hash may suspend (never memoised: items may change). */
function* tupleHashGen(t: PyTuple): Generator<any, number, any> {
  const items = t.items;
  const hs = new Array<number>(items.length);
  for (let i = 0; i < items.length; i++) {
    let h = hashS(items[i]);
    if (h instanceof Frame) h = yield* h;
    hs[i] = h;
  }
  return combineHashes(hs);
}

/** `a == b` as a JS boolean (identity first), or a frame giving it. */
export function keyEqS(a: any, b: any): boolean | Generator<any, boolean, any> {
  if (a === b) return true;
  if (isExactTuple(a) && isExactTuple(b)) {
    if (a.items.length !== b.items.length) return false;
    return keyMaySuspend(a) || keyMaySuspend(b) ? tupleEqGen(a.items, b.items) : pyEq(a, b);
  }
  if (!isUserObject(a) && !isUserObject(b)) {
    // lists/tuples holding user instances compare their items with suspendable `==`
    return compareMaySuspend(a) && compareMaySuspend(b) ? truthOf(eqS(a, b)) : pyEq(a, b);
  }
  return truthOf(eqS(a, b));
}
function* tupleEqGen(x: any[], y: any[]): Generator<any, boolean, any> {
  for (let i = 0; i < x.length; i++) {
    let r = keyEqS(x[i], y[i]);
    if (r instanceof Frame) r = yield* r;
    if (!r) return false;
  }
  return true;
}

/** The truth of a comparison's value (a frame when the value or its `__bool__` suspends). */
export function truthOf(r: any): any {
  if (typeof r === 'boolean') return r;
  if (r instanceof Frame) return truthGen(r);
  return truthyS(r);
}
function* truthGen(frame: Generator): Generator<any, boolean, any> {
  const v = yield* frame;
  if (typeof v === 'boolean') return v;
  let t = truthyS(v);
  if (t instanceof Frame) t = yield* t;
  return t;
}

/**
 * The slot of `k` (hash `h`) in `t`, or -1. Compares candidates as `stored == k` (CPython's
 * order); restarts when the table changed while a comparison ran.
 */
export function* probe(t: HashTable, k: any, h: number): Generator<any, number, any> {
  for (;;) {
    const version = t.version;
    const s = t.slotsOf(h);
    if (s === undefined) return -1;
    const slots = typeof s === 'number' ? [s] : s.slice();
    let changed = false;
    for (let j = 0; j < slots.length; j++) {
      const i = slots[j];
      const other = t.keys[i];
      if (other === k) return i;
      let r = keyEqS(other, k);
      if (r instanceof Frame) r = yield* r;
      if (t.version !== version) { changed = true; break; }
      if (r) return i;
    }
    if (!changed) return -1;
  }
}

function* findGen(t: HashTable, k: any): Generator<any, number, any> {
  let h = hashS(k);
  if (h instanceof Frame) h = yield* h;
  return yield* probe(t, k, h);
}

/** `t.find(k)`, or a frame giving the slot when hashing/comparing `k` may suspend. */
export function findS(t: HashTable, k: any): number | Generator<any, number, any> {
  return keyMaySuspend(k) ? findGen(t, k) : t.find(k);
}

/** `t.get(k)` (undefined when absent), or a frame giving it. */
export function getS(t: HashTable, k: any): any {
  return keyMaySuspend(k) ? getGen(t, k) : t.get(k);
}
function* getGen(t: HashTable, k: any): Generator<any, any, any> {
  const i = yield* findGen(t, k);
  return i < 0 ? undefined : t.vals![i];
}

/** `t.set(k, v)` (true when the key was new), or a frame giving that. */
export function setS(t: HashTable, k: any, v: any): boolean | Generator<any, boolean, any> {
  return keyMaySuspend(k) ? setGen(t, k, v) : t.set(k, v);
}
function* setGen(t: HashTable, k: any, v: any): Generator<any, boolean, any> {
  let h = hashS(k);
  if (h instanceof Frame) h = yield* h;
  const i = yield* probe(t, k, h);
  if (i >= 0) {
    if (t.vals) t.vals[i] = v;
    return false;
  }
  t.insertHashed(k, v, h);
  return true;
}

/** `t.delete(k)` (the removed value, or the key for sets; undefined when absent), or a frame. */
export function deleteS(t: HashTable, k: any): any {
  return keyMaySuspend(k) ? deleteGen(t, k) : t.delete(k);
}
function* deleteGen(t: HashTable, k: any): Generator<any, any, any> {
  let h = hashS(k);
  if (h instanceof Frame) h = yield* h;
  const i = yield* probe(t, k, h);
  return i < 0 ? undefined : t.removeHashed(i, h);
}
