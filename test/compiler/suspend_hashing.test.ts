// Effect analysis and lowering for suspension through hashing, equality, ordering and container
// building (issue #4): a dict/set operation, a comparison or a container method suspends only when
// some class's __hash__/__eq__/__lt__ (or a generator body) may suspend, and then uses the `…S`
// helpers; programs without such methods keep the plain helpers and plain functions.
import { describe, it, expect } from 'vitest';
import { compileOk, kinds, jsFunction, isGeneratorFunction } from './helpers';

const USES = `
def use(d, k, xs, g):
    d[k] = 1
    s = {k}
    t = {k: 2}
    xs.extend(g)
    return d.get(k), k in xs, [k] < [k], [*g]
`;

describe('hashing and comparison paths', () => {
  it('stay plain when no dunder or generator can suspend', () => {
    const r = compileOk(`
class K:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return True
${USES}
`);
    expect(kinds(r).use).toBe('function');
    const fn = jsFunction(r.code, 'use');
    expect(isGeneratorFunction(fn)).toBe(false);
    expect(fn).not.toMatch(/mkDictS|mkSetS|setitemS|unpackIterS|\$\$info\.sus/);
  });

  it('suspend through a sleeping __hash__: dict/set ops, displays and twinned methods use the S forms', () => {
    const r = compileOk(`
class K:
    def __hash__(self):
        sleep(0.01)
        return 1
${USES}
`);
    expect(kinds(r).use).toBe('suspendable');
    const fn = jsFunction(r.code, 'use');
    expect(fn).toMatch(/\$rt\.setitemS\(/);
    expect(fn).toMatch(/\$rt\.mkSetS\(/);
    expect(fn).toMatch(/\$rt\.mkDictS\(/);
    // d.get(k): the inline fast path steps aside for builtin methods with a twin
    expect(fn).toMatch(/\.\$\$info\.sus === void 0/);
  });

  it('a generator that sleeps makes extend and *g suspend', () => {
    const r = compileOk(`
def gen():
    sleep(0.01)
    yield 1
${USES}
`);
    expect(kinds(r).use).toBe('suspendable');
    const fn = jsFunction(r.code, 'use');
    expect(fn).toMatch(/\$rt\.unpackIterS\(/);
    expect(fn).toMatch(/callMethodS\(xs, "extend"/);
  });
});
