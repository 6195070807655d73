// maxOperations inside builtins: a builtin that walks a list, str, dict or set pays one
// operation per item (runtime/objects/iter.ts iterators, iterToArray, `in` on lists,
// str.join), so a program cannot buy unbounded work with one call per loop iteration.
// The RuntimeError is asserted by operation count, never by time.
import { describe, it, expect } from 'vitest';
import { runPy } from './harness';
import { budget, charge, installBudget, uninstallBudget, newBudget, CHUNK } from '../../runtime/sandbox/budget';

const budgetMsg = (n: number) => `RuntimeError: operation budget exhausted (maxOperations=${n})`;

describe('builtins walking existing containers are charged per item', () => {
  // each builds its data with one allocation (uncharged), then one builtin call walks 10**6 items
  const cases = [
    'x = [1] * 10**6\nsum(x)',
    'x = [0] * 10**6\nany(x)',
    'x = [1] * 10**6\nall(x)',
    'x = [1] * 10**6\nmin(x)',
    'x = [1] * 10**6\nmax(x)',
    'x = [1] * 10**6\nsorted(x)',
    'x = [1] * 10**6\nlist(x)',
    'x = (1,) * 10**6\ntuple(x) == x and set(x)',
    'x = ["a"] * 10**6\n"".join(x)',
    'x = [1] * 10**6\n2 in x',
    'x = "a" * 10**6\nmax(x)',
    'x = "a" * 10**6\nlist(iter(x))',
    'x = dict.fromkeys(range(1000))\nfor i in range(1000): sum(x)',
    'x = [1] * 1000\nfor i in range(1000): sum(x)',
    'x = [1] * 1000\nfor i in range(1000): 2 in x',
  ];
  for (const src of cases) {
    it(src.replace(/\n/g, '; '), async () => {
      const r = await runPy(src + '\n', { limits: { maxOperations: 50_000 } });
      expect(r.error).toBe(budgetMsg(50_000));
    });
  }

  it('counts exactly: the module body plus one per item', async () => {
    // 1 (module body) + 1000 items taken by sum
    const ok = await runPy('print(sum([1] * 1000))\n', { limits: { maxOperations: 1001 } });
    expect(ok.stdout).toBe('1000\n'); // python3 -c 'print(sum([1] * 1000))'
    const over = await runPy('print(sum([1] * 1000))\n', { limits: { maxOperations: 1000 } });
    expect(over.error).toBe(budgetMsg(1000));
    const join = await runPy('print(len("".join(["ab"] * 1000)))\n', { limits: { maxOperations: 1001 } });
    expect(join.stdout).toBe('2000\n'); // python3: 2000
    const joinOver = await runPy('print(len("".join(["ab"] * 1000)))\n', { limits: { maxOperations: 1000 } });
    expect(joinOver.error).toBe(budgetMsg(1000));
  });

  it('charges nothing visible without a budget', async () => {
    const r = await runPy('x = [1] * 10**6\nprint(sum(x), 2 in x, len("".join(["a"] * 10**6)))\n');
    expect(r.stdout).toBe('1000000 False 1000000\n'); // python3 gives the same line
    expect(r.exitCode).toBe(0);
  });
});

describe('charge(n): a bulk charge', () => {
  it('takes n operations from the budget and raises once they run out', () => {
    const s = newBudget(10);
    const saved = installBudget(s);
    try {
      charge(4);
      expect(budget.n).toBe(6);
      charge(6);
      expect(budget.n).toBe(0);
      expect(() => charge(1)).toThrow(); // the Python RuntimeError (asserted by message in the program tests above)
      expect(s.spent).toBe(true);
    } finally {
      uninstallBudget(saved);
    }
  });

  it('pays a charge larger than the current chunk from what is left', () => {
    const s = newBudget(CHUNK + 100);
    const saved = installBudget(s);
    try {
      budget.n = 10; // as if most of the first chunk were spent
      charge(50); // 40 of it from the remaining 100
      expect(s.spent).toBe(false);
      expect(budget.n + s.left).toBe(60);
      expect(() => charge(61)).toThrow();
    } finally {
      uninstallBudget(saved);
    }
  });

  it('refills instead of raising when no budget is installed', () => {
    const saved = installBudget(null);
    try {
      budget.n = 5;
      charge(10);
      expect(budget.n).toBe(CHUNK);
    } finally {
      uninstallBudget(saved);
    }
  });
});
