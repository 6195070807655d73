// The suspendable hash-table lookup (runtime/objects/containers/hashsus.ts): keys whose
// __hash__/__eq__ are suspendable Python methods (generator functions that yield a suspension
// request), driven here by hand so the test can change the table while a lookup is suspended,
// as another coroutine would. CPython's answers (python3 3.11) for the same shapes:
//   class C: __hash__ = lambda s: 7; __eq__ = lambda s, o: isinstance(o, C) and s.v == o.v
//   d = {C(1): 'a', C(2): 'b', C(3): 'c'}; d[C(3)] -> 'c' after __eq__ with C(1), C(2), C(3)
//   del d[C(2)]; d[C(3)] -> 'c'; C(2) in d -> False; len(d) -> 2
//   lookdict restarts when the dict changed during a comparison: the answer is never a stale slot.
import { describe, it, expect } from 'vitest';
import '../../../runtime/objects/index';
import { classNamespace, defClass } from '../../../runtime/objects/classes';
import { fn } from '../../../runtime/objects/calls';
import { tuple } from '../../../runtime/objects/containers/list';
import { HashTable } from '../../../runtime/objects/containers/hashtable';
import { findS, getS, setS, deleteS, keyMaySuspend } from '../../../runtime/objects/containers/hashsus';
import { Frame, Suspend } from '../../../runtime/scheduler/frames';

/** A class whose __hash__ (always `h`, or the value) and __eq__ suspend once before answering. */
function suspendingClass(collide: boolean) {
  const log: string[] = [];
  const ns = classNamespace();
  ns.$__hash__ = fn(function* (self: any) {
    log.push(`hash ${self.$v}`);
    yield new Suspend();
    return collide ? 7 : self.$v;
  }, { name: '__hash__', qualname: 'C.__hash__', params: ['self'], kind: 'suspendable' } as any);
  ns.$__eq__ = fn(function* (self: any, other: any) {
    log.push(`eq ${self.$v} ${other.$v}`);
    yield new Suspend();
    return other.$$cls === self.$$cls && self.$v === other.$v;
  }, { name: '__eq__', qualname: 'C.__eq__', params: ['self', 'other'], kind: 'suspendable' } as any);
  const C = defClass('C', 'C', '__main__', [], ns, [], []);
  const make = (v: number) => {
    const o = Object.create(C.proto);
    o.$v = v;
    return o;
  };
  return { make, log };
}

/** Runs a result that may be a frame; `onSuspend(n)` runs at the n-th suspension (another coroutine). */
function drive(r: any, onSuspend: (n: number) => void = () => {}): any {
  if (!(r instanceof Frame)) return r;
  let n = 0;
  let s = r.next();
  while (!s.done) {
    expect(s.value).toBeInstanceOf(Suspend);
    onSuspend(n++);
    s = r.next();
  }
  return s.value;
}

describe('suspendable hash-table lookup', () => {
  it('builtin keys take the plain path: a number, no generator', () => {
    const t = new HashTable(true);
    t.set('a', 1);
    t.set(tuple([1, 'x']), 2);
    for (const k of ['a', 5, tuple([1, 'x']), true]) {
      expect(keyMaySuspend(k)).toBe(false);
      expect(typeof findS(t, k)).toBe('number');
    }
    expect(getS(t, tuple([1, 'x']))).toBe(2);
  });

  it('colliding keys: inserts, lookups and __eq__ calls in CPython order', () => {
    const { make, log } = suspendingClass(true);
    const t = new HashTable(true);
    for (const [v, s] of [[1, 'a'], [2, 'b'], [3, 'c']] as const) expect(drive(setS(t, make(v), s))).toBe(true);
    expect(t.size).toBe(3);
    log.length = 0;
    expect(drive(getS(t, make(3)))).toBe('c');
    // stored == key, for each stored key of the chain until one answers True
    expect(log).toEqual(['hash 3', 'eq 1 3', 'eq 2 3', 'eq 3 3']);
    expect(drive(setS(t, make(2), 'B'))).toBe(false); // an update, not a second entry
    expect(t.size).toBe(3);
    expect(drive(getS(t, make(2)))).toBe('B');
  });

  it('deleting one colliding key keeps the others findable', () => {
    const { make } = suspendingClass(true);
    const t = new HashTable(true);
    for (const v of [1, 2, 3]) drive(setS(t, make(v), v * 10));
    expect(drive(deleteS(t, make(2)))).toBe(20);
    expect(drive(deleteS(t, make(2)))).toBe(undefined);
    expect(drive(findS(t, make(2)))).toBe(-1);
    expect(drive(getS(t, make(3)))).toBe(30);
    expect(drive(getS(t, make(1)))).toBe(10);
    expect(t.size).toBe(2);
  });

  it('tuple keys holding such objects hash and compare through them', () => {
    const { make } = suspendingClass(false);
    const t = new HashTable(true);
    const k = tuple([make(4), 'x']);
    expect(keyMaySuspend(k)).toBe(true);
    drive(setS(t, k, 'v'));
    expect(drive(getS(t, tuple([make(4), 'x'])))).toBe('v');
    expect(drive(getS(t, tuple([make(4), 'y'])))).toBe(undefined);
  });

  it('a lookup suspended in __eq__ restarts when another coroutine changes the table meanwhile', () => {
    const { make, log } = suspendingClass(true);
    const t = new HashTable(true);
    for (let i = 0; i < 20; i++) t.set(i, i); // fast keys in slots 0..19
    const one = make(1);
    for (const v of [one, make(2), make(3)]) drive(setS(t, v, v.$v)); // slots 20..22, one chain
    log.length = 0;
    // while `eq 1 3` is suspended, the int keys and key 1 go away: the table is compacted and
    // the chain's slots move; the lookup must start over, not read the stale slots
    const r = drive(findS(t, make(3)), (n) => {
      if (n !== 1) return;
      for (let i = 0; i < 20; i++) t.delete(i);
      expect(drive(deleteS(t, one))).toBe(1);
    });
    expect(t.keys.length).toBeLessThan(20); // compacted
    expect(r).toBeGreaterThanOrEqual(0);
    expect(t.keys[r].$v).toBe(3);
    expect(t.vals![r]).toBe(3);
    // the first probe was abandoned after `eq 1 3`; the second compared with 2, then 3
    expect(log.slice(0, 2)).toEqual(['hash 3', 'eq 1 3']);
    expect(log.slice(-2)).toEqual(['eq 2 3', 'eq 3 3']);
  });

  it('survives compaction of the table while suspended', () => {
    const { make } = suspendingClass(false);
    const t = new HashTable(true);
    for (let i = 0; i < 40; i++) t.set(i, i); // fast keys, so the plain calls below never suspend
    const target = make(100);
    drive(setS(t, target, 'T'));
    const r = drive(getS(t, make(100)), (n) => {
      if (n === 0) for (let i = 0; i < 35; i++) t.delete(i); // deletions compact the arrays
    });
    expect(r).toBe('T');
  });

  it('an insert suspended in __hash__ does not duplicate a key another coroutine inserted meanwhile', () => {
    const { make } = suspendingClass(false);
    const t = new HashTable(true);
    const other = make(5);
    const first = drive(setS(t, make(5), 'mine'), (n) => {
      if (n === 0) drive(setS(t, other, 'theirs')); // runs entirely while ours is suspended
    });
    expect(first).toBe(false); // found theirs after the probe: an update
    expect(t.size).toBe(1);
    expect(t.keys.filter((k) => k !== undefined && k.$v === 5).length).toBe(1);
    expect(t.vals![0]).toBe('mine');
  });

  it('the plain table names the path when __hash__ or __eq__ tries to suspend', () => {
    const { make } = suspendingClass(true);
    const msg = (f: () => void) => {
      try { f(); } catch (e: any) { return `${e.$$cls.name}: ${e.$$args[0]}`; }
      return 'no error';
    };
    expect(msg(() => new HashTable(true).set(make(1), 'x'))).toBe('RuntimeError: cannot suspend inside __hash__ called by dict lookup');
    expect(msg(() => new HashTable(false).find(make(1)))).toBe('RuntimeError: cannot suspend inside __hash__ called by set lookup');
    // __eq__ while probing: a plain __hash__ puts both keys in one chain, the second lookup compares
    const t = new HashTable(true);
    const eqOnly = suspendingClass(true);
    const plain = fn((_self: any) => 7, { name: '__hash__', qualname: 'C.__hash__', params: ['self'] } as any);
    const a = eqOnly.make(1), b = eqOnly.make(2);
    a.$$cls.proto.$__hash__ = plain;
    t.set(a, 'a');
    expect(msg(() => t.find(b))).toBe('RuntimeError: cannot suspend inside __eq__ called by dict lookup');
  });
});

