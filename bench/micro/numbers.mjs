// Micro-benchmark: the cost of the runtime's int/float operator entry points against raw JS
// in the same loops. Run: node bench/micro/numbers.mjs [RUNTIME_ROOT]
// (RUNTIME_ROOT: a copy of the repo's runtime/ parent, to time an older version of it.)
// (bundles runtime/objects/numbers with esbuild into a temp file first; timings are wall
// clock of a warm loop, best of 5.)
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(mkdtempSync(join(tmpdir(), 'edgepy-micro-')), 'numbers.mjs');
const rtRoot = process.argv[2] ?? root;
await build({ entryPoints: [join(rtRoot, 'runtime/objects/numbers/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const N = await import(pathToFileURL(out).href);

function best(fn) {
  let t = Infinity, r;
  for (let k = 0; k < 5; k++) {
    const s = process.hrtime.bigint();
    r = fn();
    t = Math.min(t, Number(process.hrtime.bigint() - s) / 1e6);
  }
  return [t, r];
}

const n = 20_000_000;
const rows = [
  ['int add (raw JS)', () => { let s = 0; for (let i = 0; i < n; i++) s = (s + i) % 1000003; return s; }],
  ['int add ($rt.add/mod)', () => { let s = 0; for (let i = 0; i < n; i++) s = N.mod(N.add(s, i), 1000003); return s; }],
  ['int add+sub (raw JS)', () => { let s = 0; for (let i = 0; i < n; i++) { s = s + i; s = s - (i >> 1); } return s; }],
  ['int add+sub ($rt)', () => { let s = 0; for (let i = 0; i < n; i++) { s = N.add(s, i); s = N.sub(s, N.rshift(i, 1)); } return s; }],
  ['float mul (raw JS)', () => { let x = 1.0000001; for (let i = 0; i < n; i++) x = x * 1.0000001 - 1e-9; return x; }],
  ['float mul ($rt.mul/sub)', () => { let x = 1.0000001; for (let i = 0; i < n; i++) x = N.sub(N.mul(x, 1.0000001), 1e-9); return x; }],
  // integral floats (the literal 1.0) are boxed as PyFloat: FINDINGS §3
  ['boxed 1.0 / int ($rt.truediv)', () => { const one = N.flt(1); let s = 0; for (let i = 0; i < n; i++) s = N.add(s, N.truediv(one, i + 1)); return s; }],
  ['boxed 2.0 * float ($rt.mul/add)', () => { const two = N.flt(2); let s = 0.5; for (let i = 0; i < n; i++) s = N.mul(N.add(N.mul(two, 0.375), s), 0.5); return s; }],
  ['compare lt (raw JS)', () => { let c = 0; for (let i = 0; i < n; i++) if (i < (n >> 1)) c++; return c; }],
  ['compare lt ($rt.lt)', () => { let c = 0; for (let i = 0; i < n; i++) if (N.lt(i, n >> 1)) c = N.add(c, 1); return c; }],
  ['bitops (raw JS)', () => { let s = 0; for (let i = 0; i < n; i++) s = (s ^ (i & 0xff)) | (i >> 3) & 7; return s; }],
  ['bitops ($rt)', () => { let s = 0; for (let i = 0; i < n; i++) s = N.bitor(N.bitxor(s, N.bitand(i, 0xff)), N.bitand(N.rshift(i, 3), 7)); return s; }],
  ['floordiv/mod (raw JS)', () => { let s = 0; for (let i = 1; i < n; i++) s += Math.floor(i / 7) + ((i % 7) + 7) % 7; return s; }],
  ['floordiv/mod ($rt)', () => { let s = 0; for (let i = 1; i < n; i++) s = N.add(s, N.add(N.floordiv(i, 7), N.mod(i, 7))); return s; }],
];
console.log(`${n.toLocaleString()} iterations per loop, best of 5`);
for (const [name, fn] of rows) {
  const [t, r] = best(fn);
  console.log(`${name.padEnd(26)} ${t.toFixed(1).padStart(8)} ms  (${String(r).slice(0, 18)})`);
}
