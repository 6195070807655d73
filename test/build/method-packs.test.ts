// Method packs (runtime/builtins/packs.ts): importing the runtime installs no packed method;
// each pack installs exactly the names the compiler believes it does (src/emit/method-packs.ts
// chooses packs from those lists, so a missing name would be an AttributeError at run time).
// The compiler installs the packs a module's attribute names need, or all of them when the
// module computes attribute names.
import { describe, it, expect } from 'vitest';
import * as rt from '../../runtime/index';
import { compile } from '../../src/compile';

// int and float through their types, not rt.b_int/b_float: reaching those exports installs the
// number methods (a subclass of int must have them), which this test must see installed by
// the pack
const types: Record<string, { proto: Record<string, unknown> }> = {
  str: rt.b_str, bytes: rt.b_bytes, list: rt.b_list, tuple: rt.b_tuple, dict: rt.b_dict, set: rt.b_set, frozenset: rt.b_frozenset,
  int: rt.typeOf(1), float: rt.typeOf(0.5),
};
const packs: Record<string, () => void> = {
  str: rt.pack_str, bytes: rt.pack_bytes, list: rt.pack_list, dict: rt.pack_dict, set: rt.pack_set, num: rt.pack_num,
};
const own = (t: string) => Object.getOwnPropertyNames(types[t].proto).filter((k) => k[0] === '$' && k[1] !== '$').map((k) => k.slice(1));

describe('method packs', () => {
  it('each pack installs exactly its listed methods, and nothing packed exists before', () => {
    expect(Object.keys(packs).sort()).toEqual(Object.keys(rt.METHOD_PACKS).sort());
    for (const pack of Object.keys(rt.METHOD_PACKS)) {
      const before = new Map(Object.keys(types).map((t) => [t, new Set(own(t))]));
      for (const [t, names] of Object.entries(rt.METHOD_PACKS[pack])) {
        for (const n of names) expect(before.get(t)!.has(n), `${t}.${n} before pack ${pack}`).toBe(false);
      }
      packs[pack]();
      for (const t of Object.keys(types)) {
        const added = own(t).filter((n) => !before.get(t)!.has(n)).sort();
        expect(added, `pack ${pack} on ${t}`).toEqual([...(rt.METHOD_PACKS[pack][t] ?? [])].sort());
      }
    }
  });

  // the number pack holds int/float dunders and the str pack str's operator dunders: the
  // protocols handle numbers and strings before any dunder lookup, so only code naming them
  // reaches them. Every other dunder stays core.
  it('dunders stay core, but for the numbers and str operators', () => {
    const strOperators = ['__add__', '__mul__', '__rmul__', '__mod__', '__rmod__', '__contains__', '__iter__', '__lt__', '__le__', '__gt__', '__ge__'];
    for (const [pack, names] of Object.entries(rt.METHOD_PACKS)) {
      if (pack === 'num') continue;
      for (const [t, list] of Object.entries(names)) {
        const dunders = list.filter((n) => n.startsWith('__'));
        expect(dunders.filter((n) => !(pack === 'str' && t === 'str' && strOperators.includes(n))), `${pack} pack on ${t}`).toEqual([]);
      }
    }
  });
});

describe('packs a compiled module installs', () => {
  const installs = (src: string) => [...compile(src, { sourceMap: false }).code.matchAll(/\$rt\.(pack_\w+|installAllPacks)\(\)/g)].map((m) => m[1]).sort();

  it('none for a hello world', () => {
    expect(installs('print("hello, world")\n')).toEqual([]);
  });
  it('the packs defining the attribute names used', () => {
    expect(installs('xs = []\nxs.append(1)\nprint(" ".capitalize())\n')).toEqual(['pack_list', 'pack_str']);
    expect(installs('d = {}\nprint(d.get(1))\n')).toEqual(['pack_dict']);
    expect(installs('s = set()\ns.add(1)\n')).toEqual(['pack_set']);
  });
  it('names in string constants count (constant getattr, format fields)', () => {
    expect(installs('print(getattr("a", "capitalize")())\n')).toEqual(['pack_str']);
    expect(installs('print(hasattr([], "append"))\n')).toEqual(['pack_list']);
    expect(installs('print("{0.append}".format([]))\n')).toEqual(['pack_list', 'pack_str']);
  });
  it('every pack when attribute names are computed', () => {
    expect(installs('n = "up" + "per"\nprint(getattr("a", n)())\n')).toEqual(['installAllPacks']);
    expect(installs('g = getattr\n')).toEqual(['installAllPacks']);
    expect(installs('class C: pass\nprint(C.__dict__)\n')).toEqual(['installAllPacks']);
    expect(installs('def f(fmt, x):\n    return fmt.format(x)\n')).toEqual(['installAllPacks']);
    expect(installs('print(vars(1))\n')).toEqual(['installAllPacks']);
  });
});
