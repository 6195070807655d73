// Long left-associative operator chains (CPython 3.11 compiles `x = 1+1+...+1` with 900 and
// 2,900 terms) must compile and run, never a JS RangeError nor a spurious RecursionError.
// @babel/generator recurses ~10 frames per nested call, so the lowering emits such a chain as
// a flat sequence through one temporary; these tests check the emitted shape and the result.
import { describe, it, expect } from 'vitest';
import { compileOk } from './helpers';
import { runPy } from './runner';

function chain(n: number, op = '+', term = '1'): string {
  return Array(n).fill(term).join(op);
}

/** The deepest nesting of parentheses in `code` (a nested call chain nests one per level). */
function parenDepth(code: string): number {
  let d = 0;
  let max = 0;
  for (const ch of code) {
    if (ch === '(') max = Math.max(max, ++d);
    else if (ch === ')') d--;
  }
  return max;
}

describe('long operator chains', () => {
  it('a 900-term sum compiles to shallow calls', () => {
    const r = compileOk(`x = ${chain(900)}\nprint(x)\n`);
    expect(parenDepth(r.code)).toBeLessThan(40);
  });

  it('short chains keep the nested form', () => {
    const r = compileOk(`x = ${chain(5)}\n`);
    expect(r.code).toMatch(/add\(\$rt\.add\(/);
  });

  it('runs 900 terms with CPython results, evaluating left to right', async () => {
    expect((await runPy(`print(${chain(900)})\n`)).stdout).toBe('900\n');
    // mixed operators keep their grouping and order: ((((0-1)*2)-1)*2)... and side effects in order
    const src = `log = []\ndef v(n):\n    log.append(n)\n    return n\nx = ${Array.from({ length: 60 }, (_, i) => `v(${i})`).join(' - ')}\nprint(x, log == list(range(60)))\n`;
    expect((await runPy(src)).stdout).toBe(`${-1770 + 0} True\n`);
  });

  it('a chain inside a suspendable function still suspends in its operands', async () => {
    const src = `def f():\n    sleep(0)\n    return 1\ndef g():\n    return ${Array(40).fill('f()').join(' + ')}\nprint(g())\n`;
    expect((await runPy(src)).stdout).toBe('40\n');
  });

  it('2,900 terms compile and run (every analysis pass walks the chain without recursing per level)', async () => {
    // CPython 3.11: 2900
    expect((await runPy(`x = ${chain(2900)}\nprint(x)\n`)).stdout).toBe('2900\n');
  });

});

describe('long attribute, subscript and call chains', () => {
  // 60 mixed levels `a.p0[1](2).p3…` then a method call: every __getattr__/__getitem__/__call__
  // and argument in CPython's order (expected output from python3 3.11)
  const mixed = "log = []\nclass A:\n    def __getattr__(self, n):\n        log.append(n)\n        return self\n    def __getitem__(self, k):\n        log.append(k)\n        return self\n    def __call__(self, *a):\n        log.append(a)\n        return self\n    def m(self, k):\n        log.append('m' + str(k))\n        return self\ndef arg(v):\n    log.append('arg' + str(v))\n    return v\na = A()\nx = a.p0[1](2).p3[4](5).p6[7](8).p9[10](11).p12[13](14).p15[16](17).p18[19](20).p21[22](23).p24[25](26).p27[28](29).p30[31](32).p33[34](35).p36[37](38).p39[40](41).p42[43](44).p45[46](47).p48[49](50).p51[52](53).p54[55](56).p57[58](59).m(arg(1))[arg(2)]\nprint(x is a, len(log))\nprint(log[:8], log[-6:])\n";

  it('evaluate in CPython order when emitted flat', async () => {
    expect((await runPy(mixed)).stdout).toBe(
      "True 64\n['p0', 1, (2,), 'p3', 4, (5,), 'p6', 7] [58, (59,), 'arg1', 'm1', 'arg2', 2]\n",
    );
  });

  it('compile to shallow code', () => {
    const r = compileOk(`class N:\n    pass\nn = N()\nn.b = n\nx = n${'.b'.repeat(300)}\n`);
    expect(parenDepth(r.code)).toBeLessThan(40);
  });

  it('1,500 attribute levels compile and run (CPython: True)', async () => {
    const src = `class N:\n    pass\nn = N()\nn.b = n\nx = n${'.b'.repeat(1500)}\nprint(x is n)\n`;
    expect((await runPy(src)).stdout).toBe('True\n');
  });

  it('a flat call chain still suspends in each call', async () => {
    const src = `def f():\n    sleep(0)\n    return f\ndef g():\n    return f${'()'.repeat(40)}\nprint(g() is f)\n`;
    expect((await runPy(src)).stdout).toBe('True\n');
  });
});

