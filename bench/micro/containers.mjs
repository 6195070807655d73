// Micro-benchmark: list slices, sorted() with tuple keys and dicts with tuple keys, through the
// runtime's entry points as compiled code calls them (bench/FINDINGS §5-§7).
// Run: node bench/micro/containers.mjs [RUNTIME_ROOT]
// (RUNTIME_ROOT: a directory holding another version of runtime/, to time it the same way;
// the runtime is bundled with esbuild into a temp file first; wall clock, best of 5.)
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rtRoot = process.argv[2] ?? root;
const dir = mkdtempSync(join(tmpdir(), 'edgepy-micro-'));
const entry = join(dir, 'entry.ts');
const rt = (p) => JSON.stringify(join(rtRoot, 'runtime/objects', p));
writeFileSync(entry, [
  `import ${rt('index')};`,
  `export { PyList, tuple } from ${rt('containers/list')};`,
  `export { mkslice } from ${rt('containers/slice')};`,
  `export { getitem, setitem, contains } from ${rt('subscript')};`,
  `export { sortArray } from ${rt('containers/sort')};`,
  `export { fn } from ${rt('calls')};`,
  `export { None } from ${rt('core')};`,
  `export { HashTable } from ${rt('containers/hashtable')};`,
].join('\n'));
const out = join(dir, 'containers.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const R = await import(pathToFileURL(out).href);

function best(f) {
  let t = Infinity, r;
  for (let k = 0; k < 5; k++) {
    const s = process.hrtime.bigint();
    r = f();
    t = Math.min(t, Number(process.hrtime.bigint() - s) / 1e6);
  }
  return [t, r];
}

const lambda = (f) => R.fn(f, { name: '<lambda>', qualname: '<lambda>', params: ['x'], npos: 1, minpos: 1, simple: true });
const nums = Array.from({ length: 1500 }, (_, i) => (i * 7919 + 31) % 1000);
const rows = [
  // fannkuch: perm[:k+1] = perm[k::-1]
  ['slice reverse-assign', () => {
    const perm = new R.PyList([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    let s = 0;
    for (let i = 0; i < 300_000; i++) {
      const k = i % 8 + 1;
      R.setitem(perm, R.mkslice(undefined, k + 1, undefined), R.getitem(perm, R.mkslice(k, undefined, -1)));
      s += R.getitem(perm, 0);
    }
    return s;
  }],
  // comprehensions: sorted(tagged, key=lambda t: (t[1], -t[0]), reverse=True)
  ['sorted, tuple key, reverse', () => {
    const key = lambda((t) => R.tuple([t.items[1], t.items[0] === 0 ? 0 : -t.items[0]]));
    let s = 0;
    for (let r = 0; r < 200; r++) {
      const a = nums.map((x, i) => R.tuple([i, x]));
      R.sortArray(a, key, true);
      s += a[0].items[0];
    }
    return s;
  }],
  ['sorted, int key', () => {
    const key = lambda((x) => x % 101);
    let s = 0;
    for (let r = 0; r < 200; r++) {
      const a = nums.slice();
      R.sortArray(a, key, false);
      s += a[0];
    }
    return s;
  }],
  // dicts: pairs[(prev, w)] counting
  ['dict, tuple keys', () => {
    const words = Array.from({ length: 300 }, (_, i) => 'w' + (i % 60));
    const t = new R.HashTable(true);
    let s = 0;
    for (let r = 0; r < 3000; r++) {
      for (let i = 1; i < words.length; i++) {
        const k = R.tuple([words[i - 1], words[i]]);
        const v = t.get(k);
        t.set(k, v === undefined ? 1 : v + 1);
      }
    }
    for (const v of t.vals) s += v;
    return s;
  }],
];
for (const [name, f] of rows) {
  const [t, r] = best(f);
  console.log(`${name.padEnd(28)} ${t.toFixed(1).padStart(8)} ms  (${String(r).slice(0, 18)})`);
}
