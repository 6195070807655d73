import { describe, it, expect } from 'vitest';
import * as rt from '../../runtime/index';

describe('smoke', () => {
  it('repr of containers', () => {
    expect(rt.pyRepr(new rt.PyList([1, 'a', rt.None]))).toBe("[1, 'a', None]");
    const b = rt.builtins;
    expect(rt.pyRepr(rt.call1(b.$set, new rt.PyList([3, 1, 2])))).toBe('{1, 2, 3}');
    expect(rt.pyRepr(rt.call1(b.$sorted, new rt.PyList([3, 1, 2])))).toBe('[1, 2, 3]');
  });
});
