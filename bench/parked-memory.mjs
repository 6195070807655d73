// Heap bytes per parked coroutine (issue #6 target: <= 1 KB with 100,000 parked), measured on
// compiled Python: 100,000 `async def`s each parked in sleep(1000) under gather, against the
// same program with none. Counts everything the program holds per coroutine (the coroutine, its
// generator frames, its timer entry, and its slot in the list and *args tuple).
//
//   node --expose-gc bench/parked-memory.mjs        (builds dist/ first if it is missing)
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

if (!global.gc) {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'index.js'))) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const { compile } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const runtime = pathToFileURL(join(root, 'dist', 'runtime.js')).href;

const program = (n) => `async def parked(i):
    sleep(1000)
    return i

async def probe():
    sleep(1)

run(gather(probe(), *[parked(i) for i in range(${n})]))
`;

const dir = mkdtempSync(join(tmpdir(), 'edgepy-mem-'));
async function heldBy(n) {
  const r = compile(program(n), { filename: 'parked.py', runtimeImport: runtime });
  if (!r.code) throw new Error(JSON.stringify(r.diagnostics));
  const file = join(dir, `parked${n}.mjs`);
  writeFileSync(file, r.code);
  const app = (await import(pathToFileURL(file).href)).default;
  global.gc(); global.gc();
  const before = process.memoryUsage().heapUsed;
  const session = app.start({ clock: 'virtual', print: () => {} });
  if (session.status !== 'pending-timer') throw new Error(`expected every coroutine parked, status ${session.status}`);
  global.gc(); global.gc();
  return process.memoryUsage().heapUsed - before;
}
try {
  const N = 100_000;
  const base = await heldBy(0);
  const full = await heldBy(N);
  const per = (full - base) / N;
  console.log(`parked coroutines: ${N.toLocaleString('en-US')}, heap held: ${((full - base) / 1048576).toFixed(1)} MB, bytes per parked coroutine: ${per.toFixed(0)} (target <= 1024)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
