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
