// The sandbox profile of one session (`run()/start()/exec()` option `limits`): validates it and
// installs it around every stretch of Python code the session runs (Session.resume), restoring
// the previous values afterwards, so sessions with different profiles can interleave or nest.
import { depth } from '../scheduler/frames';
import { installBudget, uninstallBudget, newBudget, type BudgetState } from './budget';
import { memory } from './memory';

export interface Limits {
  /** loop iterations + Python function calls before RuntimeError */
  maxOperations?: number;
  /** Python frame depth before RecursionError (default 1000, as CPython) */
  maxRecursion?: number;
  /** coroutines running at once (awaited or started by run/gather/with_timeout) before RuntimeError */
  maxCoroutines?: number;
  /** bytes one allocation (a repeated sequence, a big int, bytes(n), padding) may take before MemoryError */
  maxMemory?: number;
}

const NAMES = ['maxOperations', 'maxRecursion', 'maxCoroutines', 'maxMemory'] as const;

/** Throws a JS TypeError (an embedder mistake, not a Python error) for a malformed profile. */
export function checkLimits(limits: unknown): Limits | undefined {
  if (limits === undefined || limits === null) return undefined;
  if (typeof limits !== 'object') throw new TypeError('edgepy: options.limits must be an object');
  const out: Limits = {};
  for (const key of Object.keys(limits)) {
    if (!(NAMES as readonly string[]).includes(key)) throw new TypeError(`edgepy: unknown limit '${key}' (known: ${NAMES.join(', ')})`);
  }
  for (const key of NAMES) {
    const v = (limits as any)[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
      throw new TypeError(`edgepy: limits.${key} must be a positive integer, got ${String(v)}`);
    }
    out[key] = v;
  }
  return out;
}

/** What a session carries between resumes: the budget left, the caps. */
export class SandboxState {
  readonly budget: BudgetState | null;
  constructor(readonly limits: Limits | undefined) {
    this.budget = limits?.maxOperations !== undefined ? newBudget(limits.maxOperations) : null;
  }

  get maxCoroutines(): number {
    return this.limits?.maxCoroutines ?? Infinity;
  }
}

export interface Saved {
  budget: ReturnType<typeof installBudget>;
  depthLimit: number;
  memoryLimit: number;
}

/** Installs the session's profile (no-op values when it has none); returns what to restore. */
export function enterSandbox(s: SandboxState): Saved {
  const saved: Saved = { budget: installBudget(s.budget), depthLimit: depth.limit, memoryLimit: memory.limit };
  if (s.limits?.maxRecursion !== undefined) depth.limit = s.limits.maxRecursion;
  if (s.limits?.maxMemory !== undefined) memory.limit = Math.min(memory.limit, s.limits.maxMemory);
  return saved;
}

export function leaveSandbox(saved: Saved): void {
  uninstallBudget(saved.budget);
  depth.limit = saved.depthLimit;
  memory.limit = saved.memoryLimit;
}
