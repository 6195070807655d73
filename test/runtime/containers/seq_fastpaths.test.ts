// The list/tuple fast paths of subscripts and sort (bench/FINDINGS §5, §7): slice assignment of
// every length relation, slice reads through `getitem`, and sorted() with tuple keys.
// Expected values printed by python3 (x = list(range(6)); x[a:b] = src; base[a:b:c];
// sorted(..., key=..., reverse=...)).
import { describe, it, expect } from 'vitest';
import '../../../runtime/objects/index';
import { PyList, PyTuple, tuple } from '../../../runtime/objects/containers/list';
import { mkslice } from '../../../runtime/objects/containers/slice';
import { getitem, setitem } from '../../../runtime/objects/subscript';
import { sortArray } from '../../../runtime/objects/containers/sort';
import { fn, callGeneral } from '../../../runtime/objects/calls';
import { classNamespace, defClass } from '../../../runtime/objects/classes';
import { None } from '../../../runtime/objects/core';
import { outcome } from '../numbers/harness';

const U = (x: number | null) => (x === null ? undefined : x);

// [start, stop, source, result of x[start:stop] = source on list(range(6))]
const SLICE_SET: [number | null, number | null, number[], number[]][] = [[0, 3, [], [3, 4, 5]], [0, 3, [90], [90, 3, 4, 5]], [0, 3, [70, 80, 90], [70, 80, 90, 3, 4, 5]], [0, 3, [10, 11, 12, 13, 14, 15, 16, 17], [10, 11, 12, 13, 14, 15, 16, 17, 3, 4, 5]], [1, 4, [], [0, 4, 5]], [1, 4, [90], [0, 90, 4, 5]], [1, 4, [70, 80, 90], [0, 70, 80, 90, 4, 5]], [1, 4, [10, 11, 12, 13, 14, 15, 16, 17], [0, 10, 11, 12, 13, 14, 15, 16, 17, 4, 5]], [2, 2, [], [0, 1, 2, 3, 4, 5]], [2, 2, [90], [0, 1, 90, 2, 3, 4, 5]], [2, 2, [70, 80, 90], [0, 1, 70, 80, 90, 2, 3, 4, 5]], [2, 2, [10, 11, 12, 13, 14, 15, 16, 17], [0, 1, 10, 11, 12, 13, 14, 15, 16, 17, 2, 3, 4, 5]], [4, 1, [], [0, 1, 2, 3, 4, 5]], [4, 1, [90], [0, 1, 2, 3, 90, 4, 5]], [4, 1, [70, 80, 90], [0, 1, 2, 3, 70, 80, 90, 4, 5]], [4, 1, [10, 11, 12, 13, 14, 15, 16, 17], [0, 1, 2, 3, 10, 11, 12, 13, 14, 15, 16, 17, 4, 5]], [0, 6, [], []], [0, 6, [90], [90]], [0, 6, [70, 80, 90], [70, 80, 90]], [0, 6, [10, 11, 12, 13, 14, 15, 16, 17], [10, 11, 12, 13, 14, 15, 16, 17]], [5, 10, [], [0, 1, 2, 3, 4]], [5, 10, [90], [0, 1, 2, 3, 4, 90]], [5, 10, [70, 80, 90], [0, 1, 2, 3, 4, 70, 80, 90]], [5, 10, [10, 11, 12, 13, 14, 15, 16, 17], [0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16, 17]], [-2, null, [], [0, 1, 2, 3]], [-2, null, [90], [0, 1, 2, 3, 90]], [-2, null, [70, 80, 90], [0, 1, 2, 3, 70, 80, 90]], [-2, null, [10, 11, 12, 13, 14, 15, 16, 17], [0, 1, 2, 3, 10, 11, 12, 13, 14, 15, 16, 17]], [null, 2, [], [2, 3, 4, 5]], [null, 2, [90], [90, 2, 3, 4, 5]], [null, 2, [70, 80, 90], [70, 80, 90, 2, 3, 4, 5]], [null, 2, [10, 11, 12, 13, 14, 15, 16, 17], [10, 11, 12, 13, 14, 15, 16, 17, 2, 3, 4, 5]], [null, null, [], []], [null, null, [90], [90]], [null, null, [70, 80, 90], [70, 80, 90]], [null, null, [10, 11, 12, 13, 14, 15, 16, 17], [10, 11, 12, 13, 14, 15, 16, 17]], [7, 9, [], [0, 1, 2, 3, 4, 5]], [7, 9, [90], [0, 1, 2, 3, 4, 5, 90]], [7, 9, [70, 80, 90], [0, 1, 2, 3, 4, 5, 70, 80, 90]], [7, 9, [10, 11, 12, 13, 14, 15, 16, 17], [0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16, 17]]];

// [start, stop, step, list(range(6))[start:stop:step]]
const GET: [number | null, number | null, number | null, number[]][] = [[null, null, null, [0, 1, 2, 3, 4, 5]], [3, null, -1, [3, 2, 1, 0]], [null, null, -1, [5, 4, 3, 2, 1, 0]], [1, 5, 2, [1, 3]], [-1, 0, -2, [5, 3, 1]], [8, null, -3, [5, 2]], [2, 2, null, []]];

describe('list slice assignment', () => {
  for (const [a, b, src, want] of SLICE_SET) {
    it(`x[${a}:${b}] = ${JSON.stringify(src)}`, () => {
      const x = new PyList([0, 1, 2, 3, 4, 5]);
      setitem(x, mkslice(U(a), U(b), undefined), new PyList(src.slice()));
      expect(x.items).toEqual(want);
    });
  }
  it('x[:k+1] = x[k::-1] reverses a prefix (fannkuch)', () => {
    const x = new PyList([3, 1, 4, 0, 2]);
    setitem(x, mkslice(undefined, 4, undefined), getitem(x, mkslice(3, undefined, -1)));
    expect(x.items).toEqual([0, 4, 1, 3, 2]); // python3: [0, 4, 1, 3, 2]
  });
  it('x[1:3] = x (the list itself)', () => {
    const x = new PyList([0, 1, 2, 3]);
    setitem(x, mkslice(1, 3, undefined), x);
    expect(x.items).toEqual([0, 0, 1, 2, 3, 3]); // python3: [0, 0, 1, 2, 3, 3]
  });
});

describe('slice reads through getitem', () => {
  for (const [a, b, c, want] of GET) {
    it(`[${a}:${b}:${c}] of a list and a tuple`, () => {
      const l = getitem(new PyList([0, 1, 2, 3, 4, 5]), mkslice(U(a), U(b), U(c)));
      expect(l).toBeInstanceOf(PyList);
      expect(l.items).toEqual(want);
      const t = getitem(tuple([0, 1, 2, 3, 4, 5]), mkslice(U(a), U(b), U(c)));
      expect(t).toBeInstanceOf(PyTuple);
      expect(t.items).toEqual(want);
    });
  }
});

const key = (f: (x: any) => any) => fn(f, { name: '<lambda>', qualname: '<lambda>', params: ['x'], npos: 1, minpos: 1, simple: true } as any);
const items = (x: any): any => (x instanceof PyTuple ? x.items.map(items) : x);

describe('sorted with tuple keys', () => {
  it('tuples of mixed lengths, numbers and strings', () => {
    const data = [[3, 'b'], [1, 'a'], [3, 'a'], [2, 'c'], [1, 'b'], [3], [1, 'a', 0], [2.5, 'x'], [2, 'c']];
    const a = data.map((t) => tuple(t));
    sortArray(a, None, false);
    expect(a.map(items)).toEqual([[1, 'a'], [1, 'a', 0], [1, 'b'], [2, 'c'], [2, 'c'], [2.5, 'x'], [3], [3, 'a'], [3, 'b']]);
    const r = data.map((t) => tuple(t));
    sortArray(r, None, true);
    expect(r.map(items)).toEqual([[3, 'b'], [3, 'a'], [3], [2.5, 'x'], [2, 'c'], [2, 'c'], [1, 'b'], [1, 'a', 0], [1, 'a']]);
  });
  it('key=lambda i: (i % 3, -i), both directions', () => {
    const k = key((i: number) => tuple([i % 3, i === 0 ? 0 : -i]));
    const a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    sortArray(a, k, false);
    expect(a).toEqual([9, 6, 3, 0, 7, 4, 1, 8, 5, 2]);
    sortArray(a, k, true);
    expect(a).toEqual([2, 5, 8, 1, 4, 7, 0, 3, 6, 9]);
  });
  it('equal keys keep their order, also with reverse=True', () => {
    const k = key((i: number) => tuple([i % 3, i % 2]));
    const a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    sortArray(a, k, false);
    expect(a).toEqual([0, 6, 3, 9, 4, 10, 1, 7, 2, 8, 5, 11]);
    const b = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    sortArray(b, k, true);
    expect(b).toEqual([5, 11, 2, 8, 1, 7, 4, 10, 3, 9, 0, 6]);
    const k2 = key((i: number) => tuple([i % 2, i % 3 ? 'b' : 'a']));
    const c = [0, 1, 2, 3, 4, 5, 6, 7];
    sortArray(c, k2, true);
    expect(c).toEqual([1, 5, 7, 3, 2, 4, 0, 6]);
  });
});

describe('sort asks < the way CPython does', () => {
  it('sorted([1, "2"]) compares the later item first', () => {
    // python3: TypeError: '<' not supported between instances of 'str' and 'int'
    expect(outcome(() => sortArray([1, '2'], None, false))).toEqual({ err: 'TypeError', msg: "'<' not supported between instances of 'str' and 'int'" });
  });
});

describe('slice bounds with __index__', () => {
  // python3: class C: __index__ = lambda self: 1
  //   [1, 2, 3][C():] -> [2, 3]; "abc"[C():] -> 'bc'; x = [1, 2, 3]; x[C():] = [9] -> [1, 9]
  //   [1][1.5:] -> TypeError: slice indices must be integers or None or have an __index__ method
  const ns = classNamespace();
  ns.$__index__ = fn((_self: any) => 1, { name: '__index__', qualname: 'C.__index__', params: ['self'], npos: 1, minpos: 1, simple: true } as any);
  const C = defClass('C', 'C', '__main__', [], ns, [], []);
  const c = () => callGeneral(C, [], null, null);
  it('reads and assigns through __index__', () => {
    expect(getitem(new PyList([1, 2, 3]), mkslice(c(), undefined, undefined)).items).toEqual([2, 3]);
    expect(getitem('abc', mkslice(c(), undefined, undefined))).toBe('bc');
    const x = new PyList([1, 2, 3]);
    setitem(x, mkslice(c(), undefined, undefined), new PyList([9]));
    expect(x.items).toEqual([1, 9]);
  });
  it('a float bound is still a TypeError', () => {
    expect(outcome(() => getitem(new PyList([1]), mkslice(1.5, undefined, undefined)))).toEqual({ err: 'TypeError', msg: 'slice indices must be integers or None or have an __index__ method' });
  });
});
