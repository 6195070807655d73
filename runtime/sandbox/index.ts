// The sandbox profile (docs/security.md "Limits"). Compiled code uses `budget` and `budgetOut`;
// the runtime uses the allocation checks; Session installs a profile around each resume.
export { budget, budgetOut, charge } from './budget';
export { checkAlloc, checkItems, checkIntBits, isAllocationFailure, memory } from './memory';
export { checkLimits, SandboxState, enterSandbox, leaveSandbox, type Limits } from './limits';
export { coroutineLimitError } from './coroutines';
