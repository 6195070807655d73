// The benchmark list and its groups, as ../shared/bench/README.md and issue 8 define them.
import { join } from 'node:path';

export const COMPUTE = ['fib', 'loops', 'nbody', 'spectral_norm', 'fannkuch', 'richards', 'closures'];
export const LIBRARY = ['strings', 'dicts', 'comprehensions', 'bigint', 'exceptions', 'generators'];
export const CONCURRENCY = ['switches', 'fanout', 'deep_suspend', 'timers'];
// README order (closures sits between exceptions and generators there).
export const CPU = ['fib', 'loops', 'nbody', 'spectral_norm', 'fannkuch', 'richards', 'strings', 'dicts',
  'comprehensions', 'bigint', 'exceptions', 'closures', 'generators'];
export const ALL = [...CPU, ...CONCURRENCY];

export const GROUPS = [
  { key: 'cpu', label: 'CPU (all 13)', names: CPU },
  { key: 'compute', label: 'CPU compute', names: COMPUTE },
  { key: 'library', label: 'CPU library', names: LIBRARY },
  { key: 'concurrency', label: 'concurrency', names: CONCURRENCY },
  { key: 'all', label: 'all', names: ALL },
];

export const IMPLS = ['edgepy', 'cpython', 'js'];
export const IMPL_LABEL = { edgepy: 'edgepy', cpython: 'CPython', js: 'JS' };

/**
 * How each implementation of benchmark `name` is run. `edgepy` runs the bundle built into
 * the scratch folder. `timers` needs edgepy's virtual clock: a built bundle reads it from the
 * environment (EDGEPY_CLOCK=virtual, documented in bench/README.md); the asyncio and Node
 * versions bring their own virtual clocks.
 */
export function benchmark(name, benchDir, scratchDir) {
  const concurrent = CONCURRENCY.includes(name);
  return {
    name,
    group: concurrent ? 'concurrency' : COMPUTE.includes(name) ? 'compute' : 'library',
    source: join(benchDir, `${name}.py`),
    expected: join(benchDir, 'expected', `${name}.out`),
    bundle: join(scratchDir, `${name}.mjs`),
    cpythonScript: join(benchDir, concurrent ? join('asyncio', `${name}.py`) : `${name}.py`),
    jsScript: join(benchDir, 'js', `${name}.mjs`),
    edgepyEnv: name === 'timers' ? { EDGEPY_CLOCK: 'virtual' } : {},
  };
}
