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
import { LOG_ADD, LOG_DEL, LOG_MERGE, LOG_PRUNE, LOG_KEYS } from './hashtable';

const LINEAR_PROBES = 9;
const MINSIZE = 8;
const DUMMY: any = Symbol('dummy');

function isNumeric(x: any): boolean {
  const t = typeof x;
  return t === 'number' || t === 'boolean' || t === 'bigint' || x instanceof PyFloat;
}

/** The hash CPython stores, as an unsigned 64-bit value (size_t arithmetic). */
function hashOf(k: any): bigint {
  const h = isNumeric(k) ? numHash(k) : pyHash(k);
  return BigInt.asUintN(64, BigInt(h));
}

/** A CPython set table: slots hold a key, DUMMY, or undefined (never used). */
class Model {
  mask = MINSIZE - 1;
  keys: any[] = new Array(MINSIZE);
  hs: bigint[] = new Array(MINSIZE);
  fill = 0;
  used = 0;

  /** set_insert_clean: into a table with no dummies, key known absent. */
  insertClean(k: any, h: bigint): void {
    const mask = this.mask, bm = BigInt(mask);
    let perturb = h;
    let i = Number(h & bm);
    for (;;) {
      if (this.keys[i] === undefined) { this.keys[i] = k; this.hs[i] = h; return; }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.keys[i + j] === undefined) { this.keys[i + j] = k; this.hs[i + j] = h; return; }
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & bm);
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
  add(k: any, h: bigint): void {
    const mask = this.mask, bm = BigInt(mask);
    let perturb = h;
    let i = Number(h & bm);
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
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & bm);
    }
  }

  /** set_discard_entry */
  discard(k: any, h: bigint): void {
    const mask = this.mask, bm = BigInt(mask);
    let perturb = h;
    let i = Number(h & bm);
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = i; j <= i + probes; j++) {
        const s = this.keys[j];
        if (s === undefined) return;
        if (s !== DUMMY && this.hs[j] === h && (s === k || eq(s, k))) {
          this.keys[j] = DUMMY; this.hs[j] = -1n; this.used--;
          return;
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & bm);
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

function replay(log: any[]): Model {
  const m = new Model();
  for (let i = 0; i < log.length; i += 2) {
    const op = log[i], arg = log[i + 1];
    switch (op) {
      case LOG_ADD: m.add(arg, hashOf(arg)); break;
      case LOG_DEL: m.discard(arg, hashOf(arg)); break;
      case LOG_MERGE: m.merge(replay(arg)); break;
      case LOG_PRUNE: m.prune(); break;
      case LOG_KEYS: for (const k of arg) m.add(k, hashOf(k)); break;
    }
  }
  return m;
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
  return replay([LOG_KEYS, keys]).order();
}
