// Tuple keys in dict/set tables (bench/FINDINGS §6): the hash is computed without dispatch and
// memoised, single-slot buckets are plain numbers, colliding keys share a bucket. Expected
// values printed by python3:
//   d = {}; d[(-1,)] = 'a'; d[(-2,)] = 'b'; d[(1, 2)] = 'c'; d[(1.0, 2)] = 'C'; d[(True, (2, 'x'))] = 'n'
//   hash((-1,)) == hash((-2,))  -> True (hash(-1) == hash(-2) == -2)
import { describe, it, expect } from 'vitest';
import '../../../runtime/objects/index';
import { tuple } from '../../../runtime/objects/containers/list';
import { HashTable, tupleHash } from '../../../runtime/objects/containers/hashtable';
import { pyHash } from '../../../runtime/objects/protocol';
import { PyFloat } from '../../../runtime/objects/numbers/box';
import { None } from '../../../runtime/objects/core';

const keysOf = (t: HashTable) => t.liveKeys().map((k) => k.items.map((x: any) => (x?.items ? x.items : x)));

describe('tuple keys', () => {
  it('the memoised hash equals tuple.__hash__', () => {
    for (const items of [[1, 2], ['a', None, true], [new PyFloat(1), 2.5], [tuple([1, 'x']), -1], []]) {
      const t = tuple(items);
      const viaDunder = pyHash(tuple(items.slice()));
      expect(tupleHash(t)).toBe(viaDunder);
      expect(tupleHash(t)).toBe(viaDunder); // second time from the memo
    }
  });
  it('equal tuples are one key; insertion order as CPython', () => {
    const t = new HashTable(true);
    t.set(tuple([-1]), 'a');
    t.set(tuple([-2]), 'b');
    t.set(tuple([1, 2]), 'c');
    t.set(tuple([new PyFloat(1), 2]), 'C');
    t.set(tuple([true, tuple([2, 'x'])]), 'n');
    expect(tupleHash(tuple([-1]))).toBe(tupleHash(tuple([-2]))); // a real collision
    expect(t.size).toBe(4);
    expect(keysOf(t)).toEqual([[-1], [-2], [1, 2], [true, [2, 'x']]]);
    expect(t.get(tuple([1, 2]))).toBe('C');
    expect(t.get(tuple([1, tuple([2, 'x'])]))).toBe('n');
  });
  it('deleting one of two colliding keys keeps the other findable', () => {
    const t = new HashTable(true);
    t.set(tuple([-1]), 'a');
    t.set(tuple([-2]), 'b');
    expect(t.delete(tuple([-1]))).toBe('a');
    expect(t.find(tuple([-2]))).toBeGreaterThanOrEqual(0);
    expect(t.find(tuple([-1]))).toBe(-1);
    t.set(tuple([-1]), 'again');
    expect(t.get(tuple([-1]))).toBe('again');
    expect(t.get(tuple([-2]))).toBe('b');
    expect(t.delete(tuple([-2]))).toBe('b');
    expect(t.delete(tuple([-1]))).toBe('again');
    expect(t.size).toBe(0);
  });
  it('copies keep colliding and single buckets', () => {
    const t = new HashTable(false);
    for (const k of [[-1], [-2], [3, 4]]) t.set(tuple(k), undefined);
    const c = new HashTable(false);
    c.copyFrom(t);
    t.delete(tuple([-2]));
    expect(c.find(tuple([-2]))).toBeGreaterThanOrEqual(0);
    expect(c.find(tuple([-1]))).toBeGreaterThanOrEqual(0);
    expect(c.find(tuple([3, 4]))).toBeGreaterThanOrEqual(0);
  });
});
