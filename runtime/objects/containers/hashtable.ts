// An insertion-ordered table keyed by Python equality, shared by dict and set.
//
// Keys whose equality JS can decide (str, int, float, bool, None, and objects compared by
// identity) are normalised (`True` → 1, `1.0` → 1, big integral floats → bigint) and looked up
// in one JS `Map`. Keys compared by value through Python code (tuples, frozensets, instances
// with `__eq__`/`__hash__`) go through `hashed`: Python hash → slots, compared with `==`.
// Entries live in parallel arrays like CPython's compact dict; deletions leave holes that are
// compacted once they outnumber the live entries.
import { floatType, objectProto, None } from '../core';
import { pyHash, pyEq } from '../protocol';
import { combineHashes } from '../hash';
import { eq } from '../numbers/compare';
import { PyFloat } from '../numbers/box';
import { PyTuple, tupleType } from './list';
import { suspendPath } from '../suspendpath';

export const HOLE: any = Symbol('hole');

/**
 * Set tables keep a log of what CPython's set table would have seen (setorder.ts replays it to
 * get CPython's iteration order for numbers), in one flat array: a key alone is an add (the
 * common case, kept to one push); any other operation is a marker followed by its argument.
 */
export const LOG_DEL: any = Symbol('del'), LOG_MERGE: any = Symbol('merge'), LOG_PRUNE: any = Symbol('prune'), LOG_KEYS: any = Symbol('keys');

function isNumberKey(k: any): boolean {
  return typeof k === 'boolean' || typeof k === 'bigint' || (typeof k === 'object' && k !== null && k.$$cls === floatType);
}

/** The normalised JS-Map key for `k`, or `undefined` when `k` is compared by value. */
export function fastKey(k: any): any {
  switch (typeof k) {
    case 'string': case 'number': case 'bigint': return k;
    case 'boolean': return k ? 1 : 0;
    case 'function': return k;
    case 'object': {
      const c = k.$$cls;
      if (c === floatType) {
        const v: number = k.v;
        return v === 0 ? 0 : Number.isSafeInteger(v) ? v : BigInt(v);
      }
      if (k.$$vhash === true) return undefined;
      // an int/float/str subclass instance (objects/boxed.ts) with the builtin's hash and eq is
      // the same key as its value
      if (k.$$v !== undefined && k.$__hash__ === k.$$boxHash && k.$__eq__ === k.$$boxEq) return fastKey(k.$$v);
      if (k.$__hash__ === objectProto.$__hash__ && k.$__eq__ === objectProto.$__eq__) return k;
      return undefined;
    }
  }
  return k;
}

function isExactTuple(k: any): k is PyTuple {
  return k instanceof PyTuple && k.$$cls === tupleType;
}

/**
 * hash(t) of an exact tuple, the same value as tuple.__hash__ (combineHashes of the items'
 * hashes) without the special-method dispatch. Memoised on the tuple when no item's hash can
 * change: items that are str, numbers, bool, None or such tuples (an instance's `__hash__` may
 * read mutable state, so those are hashed every time as CPython does). A dict with tuple keys
 * hashes the key for each of `k in d`, `d[k]` and `d[k] = v` (FINDINGS §6).
 */
export function tupleHash(t: PyTuple): number {
  const memo = t.$$hash;
  if (memo !== undefined) return memo;
  const items = t.items;
  const hs = new Array<number>(items.length);
  let fixed = true;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (typeof x !== 'object' || x === None || x instanceof PyFloat) {
      if (typeof x === 'function') fixed = false;
      hs[i] = pyHash(x);
    } else if (isExactTuple(x)) {
      hs[i] = tupleHash(x);
      if (x.$$hash === undefined) fixed = false;
    } else {
      hs[i] = pyHash(x);
      fixed = false;
    }
  }
  const h = combineHashes(hs);
  if (fixed) t.$$hash = h;
  return h;
}

function keyHash(k: any): number {
  return isExactTuple(k) ? tupleHash(k) : pyHash(k);
}

/** `a == b` for two keys with the same hash; exact tuples compare item by item directly. */
function keyEq(a: any, b: any): boolean {
  if (isExactTuple(a) && isExactTuple(b)) {
    const x = a.items, y = b.items;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !eq(x[i], y[i])) return false;
    return true;
  }
  return pyEq(a, b);
}

export class HashTable {
  keys: any[] = [];
  vals: any[] | null;
  index = new Map<any, number>();
  /** Python hash → the slot (a number) or, on a collision, the slots (an array). */
  hashed: Map<number, number | number[]> | null = null;
  size = 0;
  /** bumped on every insertion or deletion, so iterators can detect changes. */
  version = 0;

  /**
   * Sets only: the operation log (see LOG_DEL), while every key ever added since the last clear
   * is a number (only then is CPython's order knowable); null otherwise, and for dicts.
   */
  log: any[] | null;
  private readonly isSet: boolean;

  constructor(withValues: boolean) {
    this.vals = withValues ? [] : null;
    this.isSet = !withValues;
    this.log = withValues ? null : [];
  }

  /** Records a new key of a set; a key that is not a number ends the history. */
  private logAdd(log: any[], k: any): void {
    if (typeof k !== 'number' && !isNumberKey(k)) { this.log = null; return; }
    log.push(k);
    // keep the history bounded: past a few times the size, restart it from the live keys
    // (CPython's layout of a long-churned set is then approximated by a fresh insertion order)
    if (log.length > 8 * this.size + 256) this.log = [LOG_KEYS, this.liveKeys()];
  }

  /** Records an operation on a set other than an add (a LOG_ marker and its argument). */
  logOp(op: any, arg: any): void {
    const log = this.log;
    if (log === null) return;
    log.push(op, arg);
    if (log.length > 8 * this.size + 256) this.log = [LOG_KEYS, this.liveKeys()];
  }

  /** slot of key k, or -1. */
  find(k: any): number {
    const fk = fastKey(k);
    if (fk !== undefined) {
      const i = this.index.get(fk);
      return i === undefined ? -1 : i;
    }
    return this.findHashedNamed(k, this.hashNamed(k));
  }

  /** keyHash(k); a `__hash__` that tries to suspend gets an error naming this path. */
  private hashNamed(k: any): number {
    try {
      return keyHash(k);
    } catch (e) {
      throw suspendPath(e, `__hash__ called by ${this.isSet ? 'set' : 'dict'} lookup`);
    }
  }

  /** findHashed; an `__eq__` that tries to suspend while probing gets an error naming this path. */
  private findHashedNamed(k: any, h: number): number {
    try {
      return this.findHashed(k, h);
    } catch (e) {
      throw suspendPath(e, `__eq__ called by ${this.isSet ? 'set' : 'dict'} lookup`);
    }
  }

  private findHashed(k: any, h: number): number {
    if (this.hashed === null) return -1;
    const slots = this.hashed.get(h);
    if (slots === undefined) return -1;
    if (typeof slots === 'number') {
      const other = this.keys[slots];
      return other === k || keyEq(other, k) ? slots : -1;
    }
    for (let j = 0; j < slots.length; j++) {
      const i = slots[j];
      const other = this.keys[i];
      if (other === k || keyEq(other, k)) return i;
    }
    return -1;
  }

  /**
   * Slot of key `k` whose Python hash `h` another table has stored (`undefined` for keys
   * compared by identity), or -1: CPython reuses stored hashes (dict ==, set <=), so `__hash__`
   * is not called again.
   */
  findKnown(k: any, h: number | undefined): number {
    return h === undefined ? this.find(k) : this.findHashedNamed(k, h);
  }

  get(k: any): any {
    const i = this.find(k);
    return i < 0 ? undefined : this.vals![i];
  }

  /** inserts or updates; returns true when the key was new. */
  set(k: any, v: any): boolean {
    const fk = fastKey(k);
    if (fk !== undefined) {
      const i = this.index.get(fk);
      if (i !== undefined) { if (this.vals) this.vals[i] = v; return false; }
      const n = this.keys.length;
      this.keys.push(k);
      if (this.vals) this.vals.push(v);
      this.index.set(fk, n);
    } else {
      const h = this.hashNamed(k);
      const i = this.findHashedNamed(k, h);
      if (i >= 0) { if (this.vals) this.vals[i] = v; return false; }
      this.insertHashed(k, v, h);
      return true;
    }
    this.size++;
    this.version++;
    if (this.log !== null) this.logAdd(this.log, k);
    return true;
  }

  /**
   * Adds `k` (compared by value, hash `h`, known to be absent) as a new entry. The suspendable
   * lookups (hashsus.ts) find the key first, possibly suspending, then insert with this.
   */
  insertHashed(k: any, v: any, h: number): void {
    const n = this.keys.length;
    this.keys.push(k);
    if (this.vals) this.vals.push(v);
    if (this.hashed === null) this.hashed = new Map();
    const slots = this.hashed.get(h);
    if (slots === undefined) this.hashed.set(h, n);
    else if (typeof slots === 'number') this.hashed.set(h, [slots, n]);
    else slots.push(n);
    this.size++;
    this.version++;
    if (this.log !== null) this.logAdd(this.log, k);
  }

  /** The slots whose keys have Python hash `h` (a slot, an array of slots, or undefined). */
  slotsOf(h: number): number | number[] | undefined {
    return this.hashed === null ? undefined : this.hashed.get(h);
  }

  /** Removes the entry in slot `i`, whose key (compared by value) has hash `h`; returns its value. */
  removeHashed(i: number, h: number): any {
    const slots = this.hashed!.get(h)!;
    if (typeof slots === 'number') this.hashed!.delete(h);
    else {
      slots.splice(slots.indexOf(i), 1);
      if (slots.length === 1) this.hashed!.set(h, slots[0]);
    }
    if (this.log !== null) this.logOp(LOG_DEL, this.keys[i]);
    return this.removeSlot(i);
  }

  /** removes key k; returns its slot's value (or the key for sets), or `undefined` if absent. */
  delete(k: any): any {
    const fk = fastKey(k);
    let i: number;
    if (fk !== undefined) {
      const j = this.index.get(fk);
      if (j === undefined) return undefined;
      i = j;
      this.index.delete(fk);
    } else {
      const h = this.hashNamed(k);
      i = this.findHashedNamed(k, h);
      if (i < 0) return undefined;
      return this.removeHashed(i, h);
    }
    if (this.log !== null) this.logOp(LOG_DEL, k);
    return this.removeSlot(i);
  }

  private removeSlot(i: number): any {
    const old = this.vals ? this.vals[i] : this.keys[i];
    this.keys[i] = HOLE;
    if (this.vals) this.vals[i] = undefined;
    this.size--;
    this.version++;
    if (this.size === 0) { const log = this.log; this.clear(); this.log = log; } // an emptied set keeps its layout
    else if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
    return old;
  }

  /** removes the slot `i` whose key is known (popitem / set.pop). */
  deleteSlot(i: number): any {
    const k = this.keys[i];
    return this.delete(k);
  }

  clear(): void {
    if (this.isSet) this.log = [];
    this.keys = [];
    if (this.vals) this.vals = [];
    this.index = new Map();
    this.hashed = null;
    this.size = 0;
    this.version++;
  }

  private compact(): void {
    const log = this.log;
    this.log = null; // re-adding the live keys is not a Python-visible operation
    try { this.compactKeys(); } finally { this.log = log; }
  }

  private compactKeys(): void {
    const keys = this.keys, vals = this.vals;
    // keys compared by value keep their stored hash: CPython never calls __hash__ again when a
    // table is rebuilt (and a suspendable __hash__ could not run here)
    const hashes = this.slotHashes();
    this.keys = [];
    if (vals) this.vals = [];
    this.index = new Map();
    this.hashed = null;
    const n = this.size;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === HOLE) continue;
      const h = hashes.get(i);
      if (h === undefined) this.set(k, vals ? vals[i] : undefined);
      else this.insertHashed(k, vals ? vals[i] : undefined, h);
    }
    this.size = n;
  }

  /**
   * Inserts (or updates) every entry of `src` (dict_merge): keys compared by value keep the hash
   * stored in `src`, so their `__hash__` is not called again (CPython reuses stored hashes); only
   * a collision in this table runs `__eq__`.
   */
  mergeFrom(src: HashTable): void {
    const keys = src.keys, vals = src.vals;
    const byValue = src.hashed !== null;
    let hashes: Map<number, number> | null = null; // built only for keys without a memoised hash
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === HOLE) continue;
      const v = vals === null ? undefined : vals[i];
      if (!byValue || fastKey(k) !== undefined) { this.set(k, v); continue; }
      let h: number | undefined = isExactTuple(k) ? k.$$hash : undefined;
      if (h === undefined) {
        if (hashes === null) hashes = src.slotHashes();
        h = hashes.get(i)!;
      }
      const j = this.findHashedNamed(k, h);
      if (j >= 0) { if (this.vals) this.vals[j] = v; } else this.insertHashed(k, v, h);
    }
  }

  /** slot -> Python hash of every key compared by value (read from the hash index). */
  slotHashes(): Map<number, number> {
    const out = new Map<number, number>();
    if (this.hashed !== null) {
      for (const [h, s] of this.hashed) {
        if (typeof s === 'number') out.set(s, h);
        else for (let j = 0; j < s.length; j++) out.set(s[j], h);
      }
    }
    return out;
  }

  /** index of the last live slot, or -1. */
  lastSlot(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== HOLE) return i;
    return -1;
  }

  firstSlot(): number {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== HOLE) return i;
    return -1;
  }

  liveKeys(): any[] {
    const out: any[] = [];
    const ks = this.keys;
    for (let i = 0; i < ks.length; i++) if (ks[i] !== HOLE) out.push(ks[i]);
    return out;
  }

  /** Becomes a copy of o (for sets: CPython's set_merge of o into an empty set). */
  copyFrom(o: HashTable): void {
    if (this.isSet) this.log = o.log !== null ? [LOG_MERGE, o.log.slice()] : null;
    this.keys = o.keys.slice();
    if (this.vals && o.vals) this.vals = o.vals.slice();
    else if (this.vals) this.vals = new Array(this.keys.length).fill(undefined);
    this.index = new Map(o.index);
    this.hashed = o.hashed === null ? null : new Map([...o.hashed].map(([h, s]) => [h, typeof s === 'number' ? s : s.slice()]));
    this.size = o.size;
    this.version++;
  }
}
