// Private name mangling happens once, in src/analysis/mangle.ts, before scope analysis. These
// tests pin the rule (CPython's _Py_Mangle) and that the pass is safe to run twice on one tree
// (compile() and the whole-program analysis both analyse the same module).
import { describe, it, expect } from 'vitest';
import { mangle, manglePrivateNames, displayName } from '../../src/analysis/mangle';
import { analyzeScopes } from '../../src/analysis/scopes';
import { parse } from '../../src/parser/index';
import type * as A from '../../src/ast/nodes';

describe('mangle()', () => {
  it('follows _Py_Mangle', () => {
    expect(mangle('A', '__x')).toBe('_A__x');
    expect(mangle('_A', '__x')).toBe('_A__x');
    expect(mangle('__A__', '__x')).toBe('_A____x');
    expect(mangle('___', '__x')).toBe('__x'); // class named only underscores
    expect(mangle('A', '__x__')).toBe('__x__'); // dunder
    expect(mangle('A', '__')).toBe('__');
    expect(mangle('A', '_x')).toBe('_x');
    expect(mangle('A', '__a.b')).toBe('__a.b'); // dotted
    expect(mangle(null, '__x')).toBe('__x'); // outside any class
  });
});

function moduleOf(src: string): A.Module {
  const r = parse(src, 'main.py');
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.module!;
}

describe('manglePrivateNames', () => {
  const SRC = `
__top = 1
class A:
    def __f(self, __k):
        return self.__x + __k + f(__kw=1)
    class __C:
        __y = 2
`;

  it('rewrites bindings, attributes and parameters but not call keywords, and keeps display names', () => {
    const mod = moduleOf(SRC);
    manglePrivateNames(mod);
    const top = mod.body[0] as A.Assign;
    expect((top.targets[0] as A.Name).id).toBe('__top');
    const cls = mod.body[1] as A.ClassDef;
    const f = cls.body[0] as A.FunctionDef;
    expect(f.name).toBe('_A__f');
    expect(displayName(f)).toBe('__f');
    expect(f.args.args.map((a) => a.arg)).toEqual(['self', '_A__k']);
    const text = JSON.stringify(f.body);
    expect(text).toContain('"attr":"_A__x"');
    expect(text).toContain('"id":"_A__k"');
    expect(text).toContain('"arg":"__kw"');
    const inner = cls.body[1] as A.ClassDef;
    expect(inner.name).toBe('_A__C');
    expect(displayName(inner)).toBe('__C');
    expect(((inner.body[0] as A.Assign).targets[0] as A.Name).id).toBe('_C__y');
  });

  it('is idempotent: scopes analysed twice see the same names and display names', () => {
    const mod = moduleOf(SRC);
    const once = analyzeScopes(mod, 'main.py');
    const twice = analyzeScopes(mod, 'main.py');
    for (const info of [once, twice]) {
      const cls = info.module.children[0];
      expect([...cls.bound].sort()).toEqual(['_A__C', '_A__f']);
      expect(cls.children.map((c) => c.qualname)).toEqual(['A.__f', 'A.__C']);
    }
  });
});
