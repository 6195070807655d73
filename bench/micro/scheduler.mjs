// Scheduler micro-benchmarks: the four Edge concurrency programs of shared/bench/ (switches,
// fanout, deep_suspend, timers) written by hand against the runtime's API, exactly as the
// compiler emits them (coroutine bodies are `function*`s, suspending calls are `yield*`), so
// they measure the scheduler alone. Compare with shared/bench/js/*.mjs (Node async/await).
//
//   node bench/micro/scheduler.mjs [switches|fanout|deep_suspend|timers|memory ...]
//   node bench/micro/scheduler.mjs --compare [REPS]   whole-process times, interleaved with
//                                                     the Node baselines, and their ratios
//
// The runtime is TypeScript: it is bundled once with esbuild (a dev dependency of vitest) into
// bench/micro/.runtime.mjs before anything is timed.
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = (await import('node:os')).tmpdir() + '/edgepy-bench-runtime.mjs';
const argv = process.argv.slice(2);
const child = argv[0] === '--child';
if (!child) {
  const { build } = await import('esbuild');
  await build({ entryPoints: [here + '../../runtime/index.ts'], bundle: true, format: 'esm', outfile: out, platform: 'node', logLevel: 'error' });
}
if (argv[0] === '--compare') {
  const reps = Number(argv[1] ?? 3);
  const baseDir = here + '../../../shared/bench/js/';
  const time = (args) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(args.join(' ') + ' failed: ' + r.stderr);
    return [performance.now() - t0, r.stdout.split('\n')[0]];
  };
  const empty = (await import('node:os')).tmpdir() + '/edgepy-bench-empty.mjs';
  (await import('node:fs')).writeFileSync(empty, '');
  let emptyMin = Infinity;
  let emptyEdge = Infinity;
  for (let i = 0; i < reps; i++) {
    emptyMin = Math.min(emptyMin, time([empty])[0]);
    emptyEdge = Math.min(emptyEdge, time([fileURLToPath(import.meta.url), '--child', 'empty'])[0]);
  }
  console.log(`empty program: node ${emptyMin.toFixed(0)} ms, edgepy runtime ${emptyEdge.toFixed(0)} ms`);
  for (const name of ['switches', 'fanout', 'deep_suspend', 'timers']) {
    let ours = Infinity, base = Infinity, line = '', want = '';
    for (let i = 0; i < reps; i++) {
      const a = time([fileURLToPath(import.meta.url), '--child', name]);
      const b = time([baseDir + name + '.mjs']);
      ours = Math.min(ours, a[0]);
      base = Math.min(base, b[0]);
      line = a[1];
      want = b[1];
    }
    const net = (ours - emptyEdge) / (base - emptyMin);
    console.log(`${name}: edgepy ${ours.toFixed(0)} ms, node ${base.toFixed(0)} ms, net ratio edgepy/node ${net.toFixed(2)}${line === want ? '' : '  OUTPUT DIFFERS: ' + line}`);
  }
  process.exit(0);
}
const rt = await import(out);
const { defineModule, mkcoro, gather, sleepRequest } = rt;
// `sleep` is the builtin in all four programs, so the compiler may emit its request directly
// (runtime ABI §4): `(yield $rt.sleepRequest(x))` rather than `yield* $rt.sleep(x)`.

const adef = (body) => {
  const fn = (...a) => mkcoro(body(...a), fn);
  return fn;
};

function switches() {
  const N = 1000, K = 1000;
  let trace = 0;
  const worker = adef(function* (i) {
    for (let k = 0; k < K; k++) {
      yield sleepRequest(0);
      trace = (trace * 31 + i) % 1_000_000_007;
    }
    return K;
  });
  return {
    clock: 'real',
    body: function* () {
      const ws = [];
      for (let i = 0; i < N; i++) ws.push(worker(i));
      const res = yield* gather(...ws);
      const total = res.items.reduce((s, x) => s + x, 0);
      return `switches coroutines=${N} switches=${total} trace=${trace}`;
    },
  };
}

function fanout() {
  const N = 100_000, MOD = 2_147_483_647;
  let seed = 12345;
  const rand = () => (seed = (seed * 48271) % MOD);
  const job = adef(function* (i, micros) {
    yield sleepRequest(micros / 1_000_000);
    return (i * 31 + micros) % 1009;
  });
  return {
    clock: 'real',
    body: function* () {
      const jobs = [];
      for (let i = 0; i < N; i++) jobs.push(job(i, rand() % 1000));
      const res = (yield* gather(...jobs)).items;
      let check = 0, total = 0;
      for (const r of res) {
        check = (check * 31 + r) % 1_000_000_007;
        total += r;
      }
      return `fanout jobs=${res.length} sum=${total} ordered=${check}`;
    },
  };
}

function deepSuspend() {
  const DEPTH = 50, WORKERS = 10, CALLS = 10000, MOD = 1_000_000_007;
  const depth = rt.depth;
  let trace = 0;
  // plain defs that may suspend, compiled as function*s with the ABI §5 frame prologue
  function* leaf(x) {
    if (++depth.n > depth.limit) throw new Error('depth');
    try {
      yield sleepRequest(0);
      return x * 2 + 1;
    } finally {
      depth.n--;
    }
  }
  function* descend(d, x) {
    if (++depth.n > depth.limit) throw new Error('depth');
    try {
      if (d === 0) return yield* leaf(x);
      return (yield* descend(d - 1, x)) + d;
    } finally {
      depth.n--;
    }
  }
  const worker = adef(function* (w) {
    let total = 0;
    for (let i = 0; i < CALLS; i++) {
      total = (total + (yield* descend(DEPTH, w * CALLS + i))) % MOD;
      trace = (trace * 31 + w) % MOD;
    }
    return total;
  });
  return {
    clock: 'real',
    body: function* () {
      const ws = [];
      for (let w = 0; w < WORKERS; w++) ws.push(worker(w));
      const res = (yield* gather(...ws)).items;
      return `deep_suspend depth=${DEPTH} calls=${WORKERS * CALLS} total=${res.reduce((s, x) => s + x, 0)} trace=${trace}`;
    },
  };
}

function timers() {
  const N = 10_000, ROUNDS = 5, TICK = 1 / 64, SPAN = N * TICK, MOD = 1_000_000_007;
  let order = 0, wakeups = 0;
  const sleeper = adef(function* (i) {
    yield sleepRequest(i * TICK);
    for (let r = 0; r < ROUNDS; r++) {
      wakeups++;
      order = (order * 31 + i) % MOD;
      yield sleepRequest((((i * 7 + r * 3) % 5) + 1) * SPAN);
    }
    return i % 7;
  });
  return {
    clock: 'virtual',
    body: function* () {
      const ss = [];
      for (let i = 0; i < N; i++) ss.push(sleeper(i));
      const res = (yield* gather(...ss)).items;
      return `timers coroutines=${N} wakeups=${wakeups} order=${order} sum=${res.reduce((s, x) => s + x, 0)}`;
    },
  };
}

/** Heap bytes per parked coroutine: 100,000 coroutines each parked in sleep(1000). */
async function memory() {
  const N = 100_000;
  const parked = adef(function* (i) {
    yield sleepRequest(1000);
    return i;
  });
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let after = 0;
  const prog = defineModule({
    name: 'm', file: 'm.py',
    body: function* () {
      const cs = [];
      for (let i = 0; i < N; i++) cs.push(parked(i));
      const probe = adef(function* () {
        yield sleepRequest(1);
        global.gc?.();
        after = process.memoryUsage().heapUsed;
      });
      yield* gather(probe(), ...cs);
    },
  });
  const s = prog.start({ clock: 'virtual', print: () => {} });
  s.resume(); // jump to 1 s: the probe measures while 100,000 are parked
  return `memory parked=${N} bytes/coroutine=${((after - before) / N).toFixed(0)}${global.gc ? '' : ' (run with --expose-gc for an exact figure)'}`;
}

const benches = { switches, fanout, deep_suspend: deepSuspend, timers };
const names = child ? argv.slice(1) : argv.length ? argv : [...Object.keys(benches), 'memory'];
for (const name of names) {
  if (name === 'empty') continue;
  if (name === 'memory') {
    console.log(await memory());
    continue;
  }
  const { clock, body } = benches[name]();
  let line = '';
  const prog = defineModule({ name, file: name + '.py', body: function* () { line = yield* body(); } });
  const t0 = performance.now();
  await prog.run({ clock, print: () => {} });
  const ms = performance.now() - t0;
  if (child) console.log(line);
  else console.log(`${line}\n  ${name}: ${ms.toFixed(0)} ms (scheduler only, in-process)`);
}
