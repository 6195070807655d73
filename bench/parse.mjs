// Parser benchmark: parses a 100,000-line file made by concatenating varied programs (the
// shared benchmarks, the parser's syntax corpus and the conformance programs), and prints
// lines/second for tokenize + parse + AST build. Not a test: run `node bench/parse.mjs`.
// It uses the built package (`npm run build`).
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_LINES = 100_000;

function corpusFile() {
  const dir = resolve(root, '.bench');
  const path = resolve(dir, 'parse-corpus.py');
  if (existsSync(path)) return path;
  const sources = [];
  const benchDir = resolve(root, '..', 'shared', 'bench');
  for (const f of readdirSync(benchDir)) if (f.endsWith('.py')) sources.push(readFileSync(resolve(benchDir, f), 'utf8'));
  sources.push(readFileSync(resolve(root, 'test/parser/corpus/syntax_all.py'), 'utf8'));
  const cases = JSON.parse(readFileSync(resolve(root, '..', 'shared', 'conformance', 'edge-vm.json'), 'utf8'));
  const expects = JSON.parse(readFileSync(resolve(root, '..', 'shared', 'conformance', 'edge-vm.expect.json'), 'utf8'));
  cases.forEach((c, i) => {
    if (expects[i].expected_error !== 'SyntaxError') sources.push(c.src);
  });
  // Each program goes inside its own function so that top-level-only rules still hold and
  // `return`/`await`/`yield` stay legal.
  const wrapped = sources.map((s, i) => `async def _bench_${i}():\n` + s.split('\n').map((l) => (l.trim() ? '    ' + l : l)).join('\n') + '\n    pass\n');
  const out = [];
  let lines = 0;
  for (let i = 0; lines < TARGET_LINES; i++) {
    const s = wrapped[i % wrapped.length];
    out.push(s);
    lines += s.split('\n').length - 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, out.join(''));
  return path;
}

// Times the parser of the built package (`npm run build`), the same code users run.
const dist = resolve(root, 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('bench/parse.mjs: build first (npm run build)');
  process.exit(2);
}
const { parse } = await import(dist);

const file = corpusFile();
const src = readFileSync(file, 'utf8');
const lines = src.split('\n').length;
const first = parse(src, 'bench.py');
if (first.diagnostics.length) {
  console.error('corpus does not parse:', first.diagnostics[0]);
  process.exit(1);
}
// Wall time and this process's CPU time (user + system, GC threads included): on a shared
// machine the wall time follows the load, the CPU time much less, so compare versions on CPU.
const times = [];
const cpu = [];
for (let i = 0; i < 5; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  parse(src, 'bench.py');
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const rate = (ms) => Math.round(lines / (ms / 1000)).toLocaleString('en-US');
console.log(`parse: ${lines} lines, ${(src.length / 1e6).toFixed(2)} MB`);
console.log(`wall: best ${times[0].toFixed(0)} ms, median ${times[2].toFixed(0)} ms → ${rate(times[0])} / ${rate(times[2])} lines/s`);
console.log(`cpu:  best ${cpu[0].toFixed(0)} ms, median ${cpu[2].toFixed(0)} ms → ${rate(cpu[0])} / ${rate(cpu[2])} lines/s`);
