// The host modules shipped with the runtime (json, random, time, math) as module objects whose
// functions take Python values directly (no host-value conversion). Each is a factory exported
// on its own (`std_json`, ...) that compiled code passes to `importModule` when it imports the
// module (runtime ABI §6), so a bundle contains only the modules its program imports.
import { PyModule } from '../program/module';
import { fn, FnInfo } from '../objects/calls';
import { None } from '../objects/core';
import { flt } from '../objects/numbers/box';
import * as json from './json';
import * as random from './random';
import * as time from './time';
import { mathModule } from './math';
import { sleep } from '../scheduler/builtins';

function mod(name: string, entries: Record<string, any>): PyModule {
  const m = new PyModule(name, null) as any;
  for (const k of Object.keys(entries)) m['$' + k] = entries[k];
  return m;
}

function f(module: string, name: string, params: string[], impl: Function, extra: Partial<FnInfo> = {}): any {
  return fn(impl, { name, qualname: name, module, params, kind: 'builtin', free: true, ...extra });
}

export const std_json = (): PyModule => mod('json', {
  dumps: f('json', 'dumps', ['obj'], json.dumps, {
    kwonly: ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'cls', 'indent', 'separators', 'default', 'sort_keys'],
    kwdefaults: [false, true, true, true, None, None, None, None, false],
  }),
  loads: f('json', 'loads', ['s'], json.loads),
  JSONDecodeError: json.jsonDecodeError(),
});

export const std_random = (): PyModule => mod('random', {
  seed: f('random', 'seed', ['a', 'version'], (a: any) => random.seed(a), { ndefaults: 2 }),
  random: f('random', 'random', [], random.random),
  getrandbits: f('random', 'getrandbits', ['k'], random.getrandbits),
  randrange: f('random', 'randrange', ['start', 'stop', 'step'], random.randrange, { ndefaults: 2 }),
  randint: f('random', 'randint', ['a', 'b'], random.randint),
  choice: f('random', 'choice', ['seq'], random.choice),
  choices: f('random', 'choices', ['population', 'weights'], random.choices, { ndefaults: 1, kwonly: ['cum_weights', 'k'], kwdefaults: [None, 1] }),
  shuffle: f('random', 'shuffle', ['x'], random.shuffle),
  sample: f('random', 'sample', ['population', 'k'], random.sample, { kwonly: ['counts'], kwdefaults: [None] }),
  uniform: f('random', 'uniform', ['a', 'b'], random.uniform),
  gauss: f('random', 'gauss', ['mu', 'sigma'], random.gauss, { ndefaults: 2 }),
  normalvariate: f('random', 'normalvariate', ['mu', 'sigma'], random.normalvariate, { ndefaults: 2 }),
  expovariate: f('random', 'expovariate', ['lambd'], random.expovariate),
  triangular: f('random', 'triangular', ['low', 'high', 'mode'], random.triangular, { ndefaults: 3 }),
  Random: random.randomClass(),
});

export const std_time = (): PyModule => mod('time', {
  time: f('time', 'time', [], time.time),
  monotonic: f('time', 'monotonic', [], time.monotonic),
  perf_counter: f('time', 'perf_counter', [], time.perf_counter),
  time_ns: f('time', 'time_ns', [], time.time_ns),
  monotonic_ns: f('time', 'monotonic_ns', [], time.monotonic_ns),
  perf_counter_ns: f('time', 'perf_counter_ns', [], time.perf_counter_ns),
  sleep,
});

// math functions whose signature the JS arity cannot express (keyword-only parameters)
const MATH_SIGNATURES: Record<string, Partial<FnInfo> & { params: string[] }> = {
  isclose: { params: ['a', 'b'], kwonly: ['rel_tol', 'abs_tol'], kwdefaults: [1e-9, flt(0)] },
  prod: { params: ['iterable'], nposonly: 1, kwonly: ['start'], kwdefaults: [1] },
};

export const std_math = (): PyModule => {
  const entries: Record<string, any> = {};
  for (const k of Object.keys(mathModule)) {
    const v = mathModule[k];
    if (typeof v === 'function') {
      // positional parameters (JS arity); all but the first optional, so calls stay direct
      const n = (v as Function).length;
      const params = Array.from({ length: n }, (_, i) => ['x', 'y', 'z'][i] ?? `arg${i}`);
      // a JS rest parameter (`hypot(...args)`, gcd, lcm) has length 0: it takes *args
      const sig = MATH_SIGNATURES[k];
      entries[k] = (v as any).$$info ? v
        : sig ? f('math', k, sig.params, v as Function, sig)
        : n === 0 ? f('math', k, [], (args: any) => (v as Function)(...args.items), { vararg: 'args' })
        : f('math', k, params, v as Function, { ndefaults: Math.max(0, n - 1), nposonly: n });
    } else entries[k] = typeof v === 'number' ? flt(v) : v;
  }
  return mod('math', entries);
};
