// The operation budget (sandbox profile `maxOperations`, docs/security.md "Limits").
//
// Compiled code charges one operation per loop iteration and per Python function call with
// `if (--$rt.budget.n < 0) $rt.budgetOut();` (src/lower/budget.ts). The check is always
// compiled in, so it must cost next to nothing when no budget is set: `budget.n` stays a small
// integer (a V8 Smi, never a heap number) and the slow path runs once every 2^30 operations,
// when it simply refills. With a budget, `budget.n` holds the part of the budget granted so far
// (at most one chunk) and `left` the rest, so budgets beyond 2^30 stay exact.
import { pyError } from '../objects/errors';

/** Largest Smi on 64-bit V8 with pointer compression: keeps `budget.n` an untagged small int. */
export const CHUNK = 0x3fffffff;

/** The counter compiled code decrements (exported to compiled code as `$rt.budget`). */
export const budget = { n: CHUNK };

/** The running session's budget, or null when unlimited. */
export interface BudgetState {
  /** the configured maxOperations (for the message) */
  max: number;
  /** operations not yet moved into `budget.n` */
  left: number;
  /** set once the budget ran out: every later check raises again */
  spent: boolean;
}

let current: BudgetState | null = null;

export function newBudget(max: number): BudgetState {
  return { max, left: max, spent: false };
}

/**
 * Makes `state` the budget compiled code charges (null = unlimited); returns what to hand
 * back to `uninstallBudget` so nested sessions restore the outer counter exactly.
 */
export function installBudget(state: BudgetState | null): { prev: BudgetState | null; n: number } {
  const saved = { prev: current, n: budget.n };
  if (current !== null) current.left += Math.max(budget.n, 0);
  current = state;
  if (state === null) budget.n = CHUNK;
  else grant(state);
  return saved;
}

/** Saves what `current` has not spent and reinstalls the outer budget. */
export function uninstallBudget(saved: { prev: BudgetState | null; n: number }): void {
  if (current !== null) current.left += Math.max(budget.n, 0);
  current = saved.prev;
  if (current !== null) grant(current);
  else budget.n = saved.n;
}

/** Moves up to one chunk of `s.left` into the counter. */
function grant(s: BudgetState): void {
  const g = s.spent ? 0 : Math.min(s.left, CHUNK);
  s.left -= g;
  budget.n = g;
}

/**
 * The slow path of the check, reached when `budget.n` went below zero: the operation that got
 * here is charged to the next chunk, or, when the budget is spent, raises RuntimeError. After
 * that every further loop iteration or call raises again, so `except` can run only straight-line
 * cleanup code and the program cannot keep computing.
 */
export function budgetOut(): void {
  const s = current;
  if (s === null) {
    budget.n = CHUNK;
    return;
  }
  if (!s.spent && s.left > 0) {
    grant(s);
    budget.n--; // this operation
    return;
  }
  s.spent = true;
  budget.n = 0;
  throw pyError('RuntimeError', `operation budget exhausted (maxOperations=${s.max})`);
}

/**
 * Charges `n` operations at once: the items a builtin walks over an array it already holds
 * (`sorted(a_list)`, `"".join(a_list)`). Free when no budget is set, like the per-item check.
 */
export function charge(n: number): void {
  if ((budget.n -= n) < 0) chargeOut();
}

/** The slow path of `charge`: pays the debt from what is left, or raises when it cannot. */
function chargeOut(): void {
  const s = current;
  if (s === null) {
    budget.n = CHUNK;
    return;
  }
  const debt = -budget.n;
  if (!s.spent && s.left >= debt) {
    s.left -= debt;
    grant(s);
    return;
  }
  s.spent = true;
  budget.n = 0;
  throw pyError('RuntimeError', `operation budget exhausted (maxOperations=${s.max})`);
}
