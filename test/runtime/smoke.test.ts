import { describe, it, expect } from 'vitest';
import * as rt from '../../runtime/index';

describe('smoke', () => {
  it('repr of containers', () => {
    expect(rt.pyRepr(new rt.PyList([1, 'a', rt.None]))).toBe("[1, 'a', None]");
  });
});
