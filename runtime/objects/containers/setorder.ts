// CPython's iteration order for sets of numbers.
//
// CPython iterates a set in hash-table order. For ints, bools and floats the hash is fixed
// (not randomised), so the order is knowable. Each set table keeps a log of the operations
// CPython's table would have seen (hashtable.ts: adds, discards, merges of another set, pruning
// of dummies); this file replays that log through a model of CPython 3.11's setobject.c
// (set_add_entry with dummy reuse, set_insert_clean, set_table_resize, set_merge) and reads
// the slots in order. A set holding anything else iterates in insertion order (CPython's
// string hashes are randomised per process, so no order is "right").
import { pyHash } from '../hash';
import { PyFloat } from '../numbers/box';
import { numHash } from '../numbers/hash';
import { eq } from '../numbers/compare';
import { LOG_DEL, LOG_MERGE, LOG_PRUNE, LOG_KEYS } from './hashtable';

const LINEAR_PROBES = 9;
const MINSIZE = 8;
const DUMMY: any = Symbol('dummy');

function isNumeric(x: any): boolean {
  const t = typeof x;
  return t === 'number' || t === 'boolean' || t === 'bigint' || x instanceof PyFloat;
}

const TWO64 = 1n << 64n;
const SAFE = 9007199254740992; // 2**53

/**
 * The hash CPython stores, as an unsigned 64-bit value (size_t arithmetic): a JS number when
 * below 2**53 (the common case: non-negative small ints), else a bigint.
 */
type UHash = number | bigint;
function hashOf(k: any): UHash {
  if (typeof k === 'number' && k >= 0 && Number.isInteger(k)) return k; // hash(n) == n
  const h = isNumeric(k) ? numHash(k) : pyHash(k);
  if (typeof h === 'number' && h >= 0 && h < SAFE) return h;
  let b = BigInt(h);
  if (b < 0n) b += TWO64;
  return b < BigInt(SAFE) ? Number(b) : b;
}

/** h & mask for a power-of-two table size. */
function low(h: UHash, size: number): number {
  return typeof h === 'number' ? h % size : Number(h & BigInt(size - 1));
}

/** perturb >>= PERTURB_SHIFT */
function shift(p: UHash): UHash {
  if (typeof p === 'number') return Math.floor(p / 32);
  const r = p >> 5n;
  return r < BigInt(SAFE) ? Number(r) : r;
}

/** (i * 5 + 1 + perturb) & mask */
function next(i: number, perturb: UHash, size: number): number {
  return (i * 5 + 1 + low(perturb, size)) % size;
}

/** A CPython set table: slots hold a key, DUMMY, or undefined (never used). */
class Model {
  mask = MINSIZE - 1;
  keys: any[] = new Array(MINSIZE);
  hs: UHash[] = new Array(MINSIZE);
  fill = 0;
  used = 0;

  /** set_insert_clean: into a table with no dummies, key known absent. */
  insertClean(k: any, h: UHash): void {
    const mask = this.mask, size = mask + 1;
    let perturb = h;
    let i = low(h, size);
    for (;;) {
      if (this.keys[i] === undefined) { this.keys[i] = k; this.hs[i] = h; return; }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.keys[i + j] === undefined) { this.keys[i + j] = k; this.hs[i + j] = h; return; }
        }
      }
      perturb = shift(perturb);
      i = next(i, perturb, size);
    }
  }

  /** set_table_resize */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size <<= 1;
    const oldKeys = this.keys, oldHs = this.hs;
    this.mask = size - 1;
    this.keys = new Array(size);
    this.hs = new Array(size);
    this.fill = this.used;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHs[i]);
    }
  }

  /** set_add_entry: probes, reuses the first dummy seen, grows when 3/5 full. */
  add(k: any, h: UHash): void {
    const mask = this.mask, size = mask + 1;
    let perturb = h;
    let i = low(h, size);
    let free = -1;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = i; j <= i + probes; j++) {
        const s = this.keys[j];
        if (s === undefined) {
          if (free >= 0) { this.keys[free] = k; this.hs[free] = h; this.used++; return; }
          this.keys[j] = k; this.hs[j] = h;
          this.fill++; this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (s === DUMMY) { if (free < 0) free = j; } else if (this.hs[j] === h && (s === k || eq(s, k))) return;
      }
      perturb = shift(perturb);
      i = next(i, perturb, size);
    }
  }

  /** set_discard_entry */
  discard(k: any, h: UHash): void {
    const mask = this.mask, size = mask + 1;
    let perturb = h;
    let i = low(h, size);
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = i; j <= i + probes; j++) {
        const s = this.keys[j];
        if (s === undefined) return;
        if (s !== DUMMY && this.hs[j] === h && (s === k || eq(s, k))) {
          this.keys[j] = DUMMY; this.hs[j] = -1; this.used--;
          return;
        }
      }
      perturb = shift(perturb);
      i = next(i, perturb, size);
    }
  }

  /** set_merge(so=this, other) */
  merge(o: Model): void {
    if (o === this || o.used === 0) return;
    if ((this.fill + o.used) * 5 >= this.mask * 3) this.resize((this.used + o.used) * 2);
    if (this.fill === 0 && this.mask === o.mask && o.fill === o.used) {
      for (let i = 0; i <= o.mask; i++) if (o.keys[i] !== undefined) { this.keys[i] = o.keys[i]; this.hs[i] = o.hs[i]; }
      this.fill = o.fill; this.used = o.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = o.used; this.used = o.used;
      for (let i = 0; i <= o.mask; i++) {
        const k = o.keys[i];
        if (k !== undefined && k !== DUMMY) this.insertClean(k, o.hs[i]);
      }
      return;
    }
    for (let i = 0; i <= o.mask; i++) {
      const k = o.keys[i];
      if (k !== undefined && k !== DUMMY) this.add(k, o.hs[i]);
    }
  }

  /** the end of set_difference_update_internal: resize away dummies when over 1/4. */
  prune(): void {
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  order(): any[] {
    const out: any[] = [];
    for (const k of this.keys) if (k !== undefined && k !== DUMMY) out.push(k);
    return out;
  }
}

function apply(m: Model, log: any[], from: number): void {
  for (let i = from; i < log.length; i++) {
    const e = log[i];
    if (typeof e !== 'symbol') { m.add(e, hashOf(e)); continue; }
    const arg = log[++i];
    if (e === LOG_DEL) m.discard(arg, hashOf(arg));
    else if (e === LOG_MERGE) m.merge(replay(arg));
    else if (e === LOG_PRUNE) m.prune();
    else if (e === LOG_KEYS) for (const k of arg) m.add(k, hashOf(k));
  }
}

/**
 * Models by log array: a set's log only grows until it is replaced (clear, copy, compaction),
 * so iterating a set again after a few changes replays only the new operations.
 */
const models = new WeakMap<any[], { pos: number; model: Model }>();

function replay(log: any[]): Model {
  let c = models.get(log);
  if (c === undefined) { c = { pos: 0, model: new Model() }; models.set(log, c); }
  if (c.pos < log.length) { apply(c.model, log, c.pos); c.pos = log.length; }
  return c.model;
}

/**
 * The CPython iteration order of a set with live `keys` (insertion order) and operation `log`,
 * or `keys` itself when the order is not knowable.
 */
export function cpythonSetOrder(keys: any[], log: any[] | null): any[] {
  if (keys.length < 2) return keys;
  for (let i = 0; i < keys.length; i++) if (!isNumeric(keys[i])) return keys;
  if (log !== null) {
    const m = replay(log);
    if (m.used === keys.length) return m.order();
  }
  // no usable history: as if the live keys had been added in insertion order
  const m = new Model();
  apply(m, [LOG_KEYS, keys], 0);
  return m.order();
}
