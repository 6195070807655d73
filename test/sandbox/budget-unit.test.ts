// The budget counter's bookkeeping (runtime/sandbox/budget.ts), driven directly: chunked
// grants for budgets beyond one Smi chunk, nesting, and the refill when no budget is set.
import { describe, it, expect } from 'vitest';
import { budget, budgetOut, CHUNK, installBudget, uninstallBudget, newBudget } from '../../runtime/sandbox/budget';

/** What compiled code does once per operation. */
function charge(): void {
  if (--budget.n < 0) budgetOut();
}

describe('operation budget counter', () => {
  it('refills without raising when no budget is installed', () => {
    const saved = installBudget(null);
    budget.n = 0;
    charge(); // 0 -> -1: refilled, this operation charged to the new chunk
    expect(budget.n).toBe(CHUNK);
    charge();
    expect(budget.n).toBe(CHUNK - 1);
    uninstallBudget(saved);
  });

  it('grants budgets larger than one chunk in chunks, exactly', () => {
    const s = newBudget(CHUNK + 3);
    const saved = installBudget(s);
    expect(budget.n).toBe(CHUNK);
    budget.n = 0; // as if the first chunk had been spent
    charge(); // first operation of the second chunk
    expect(budget.n).toBe(2);
    charge();
    charge();
    expect(() => charge()).toThrow();
    expect(s.spent).toBe(true);
    uninstallBudget(saved);
  });

  it('saves an inner budget and restores the outer one when sessions nest', () => {
    const outer = newBudget(100);
    const a = installBudget(outer);
    for (let i = 0; i < 10; i++) charge();
    const inner = newBudget(5);
    const b = installBudget(inner);
    for (let i = 0; i < 5; i++) charge();
    let thrown: any = null;
    try { charge(); } catch (e) { thrown = e; }
    expect(thrown?.$$args?.[0]).toBe('operation budget exhausted (maxOperations=5)');
    uninstallBudget(b);
    expect(budget.n).toBe(90);
    uninstallBudget(a);
    expect(outer.left).toBe(90);
  });
});
