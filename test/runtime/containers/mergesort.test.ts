// The JS merge sort behind list.sort/sorted: stable and equal to a stable reference sort
// (V8's Array.prototype.sort, stable since 2018) for any input, and a throwing comparator
// leaves the arrays untouched.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { mergeSort } from '../../../runtime/objects/containers/mergesort';

const byKey = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);
const less = (x: number, y: number) => x < y;

describe('mergeSort', () => {
  it('matches a stable sort on keys with many ties (values carry the original positions)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 300 }), (ks) => {
      const want = ks.map((k, i) => ({ k, i })).sort((a, b) => byKey(a.k, b.k));
      const keys = ks.slice();
      const vals = ks.map((_, i) => i);
      mergeSort(keys, vals, less);
      expect(keys).toEqual(want.map((p) => p.k));
      expect(vals).toEqual(want.map((p) => p.i));
    }), { numRuns: 300 });
  });
  it('sorts keys alone', () => {
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 200 }), (ks) => {
      const keys = ks.slice();
      mergeSort(keys, null, less);
      expect(keys).toEqual(ks.slice().sort(byKey));
    }), { numRuns: 200 });
  });
  it('a comparator that throws leaves the arrays as they were', () => {
    const keys = Array.from({ length: 50 }, (_, i) => (i * 37) % 50);
    const vals = keys.map((k) => `v${k}`);
    const k0 = keys.slice(), v0 = vals.slice();
    let calls = 0;
    expect(() => mergeSort(keys, vals, (x, y) => { if (++calls > 60) throw new Error('lt'); return x < y; })).toThrow('lt');
    expect(keys).toEqual(k0);
    expect(vals).toEqual(v0);
  });
});
