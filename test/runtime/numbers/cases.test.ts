// Numbers against CPython: every case in cases.json was produced by python3 (cases_gen.py).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as N from '../../../runtime/objects/numbers';
import { mathModule } from '../../../runtime/modules/math';
import { check, dec, Case } from './harness';
import { need_percent, need_pow } from '../../../runtime/builtins/needs';

// `str % x` and float `**` are installed by needs (compiled code calls them when a module uses
// `%` or `**`)
need_percent();
need_pow();

// edgepy has no complex type: CPython's complex results of `negative ** fractional` are
// reported as a ValueError instead (documented), so those cases are checked separately.
const all: Case[] = JSON.parse(readFileSync(fileURLToPath(new URL('./cases.json', import.meta.url)), 'utf8'));
const isComplex = (c: Case) => c.repr !== undefined && /j\)$/.test(c.repr);
const cases = all.filter((c) => !isComplex(c));

const BIN: Record<string, (a: any, b: any) => any> = {
  '+': N.add, '-': N.sub, '*': N.mul, '/': N.truediv, '//': N.floordiv, '%': N.mod, '**': N.pow,
  '<<': N.lshift, '>>': N.rshift, '&': N.bitand, '|': N.bitor, '^': N.bitxor,
  '==': N.eq, '!=': N.ne, '<': N.lt, '<=': N.le, '>': N.gt, '>=': N.ge,
};
const INPLACE: Record<string, (a: any, b: any) => any> = {
  '+': N.iadd, '-': N.isub, '*': N.imul, '/': N.itruediv, '//': N.ifloordiv, '%': N.imod, '**': N.ipow,
  '<<': N.ilshift, '>>': N.irshift, '&': N.iand, '|': N.ior, '^': N.ixor,
};
const UN: Record<string, (a: any) => any> = { '-': N.neg, '+': N.pos, '~': N.invert };

function run(c: Case, a: any[]): any {
  switch (c.kind) {
    case 'binop': return BIN[c.op!](a[0], a[1]);
    case 'unop': return UN[c.op!](a[0]);
    case 'repr': return N.numRepr(a[0]);
    case 'hash': return N.numHash(a[0]);
    case 'int': return N.intFromString(a[0], a[1]);
    case 'float': return N.floatFromString(a[0]);
    case 'round': return N.pyRound(a[0], a[1]);
    case 'divmod': return N.pyDivmod(a[0], a[1]);
    case 'pow3': return N.powMod(a[0], a[1], a[2]);
    case 'base': return N.intToBase(a[0], c.fn === 'bin' ? 2 : c.fn === 'oct' ? 8 : 16);
    case 'to_bytes': return N.intToBytes(a[0], a[1], a[2]);
    case 'from_bytes': return N.intFromBytes(a[0], a[1]);
    case 'ratio': return N.asIntegerRatio(a[0]);
    case 'math': return (mathModule[c.fn!] as (...x: any[]) => any)(...a);
  }
  throw new Error('unknown kind ' + c.kind);
}

describe('numbers vs CPython case table', () => {
  const kinds = [...new Set(cases.map((c) => c.kind))];
  for (const kind of kinds) {
    it(`${kind} (${cases.filter((c) => c.kind === kind).length} cases)`, () => {
      const bad = check(cases.filter((c) => c.kind === kind), run);
      expect(bad.slice(0, 300)).toEqual([]);
    });
  }
  it('complex results of ** raise ValueError', () => {
    for (const c of all.filter(isComplex)) {
      expect(() => BIN[c.op!](...(c.args.map(dec) as [any, any]))).toThrow();
    }
  });
  it('in-place operators agree with binary ones on scalars', () => {
    // CPython names the augmented operator in TypeError: `x += ""` says "for +=:", `x **= ""` "for **=:"
    const inplaceMsg = (m: string | undefined) => m?.replace(/^unsupported operand type\(s\) for (\*\* or pow\(\)|[^:]+):/, (_, op) => `unsupported operand type(s) for ${op === '** or pow()' ? '**' : op}=:`);
    const bin = cases.filter((c) => c.kind === 'binop' && INPLACE[c.op!]).map((c) => ({ ...c, msg: inplaceMsg(c.msg) }));
    const bad = check(bin, (c, a) => INPLACE[c.op!](a[0], a[1]));
    expect(bad.slice(0, 300)).toEqual([]);
  });
});
