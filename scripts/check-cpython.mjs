#!/usr/bin/env node
// Differential check: runs every plain-Python fixture (everything outside fixtures/concurrency
// and the hand-written ones) under CPython 3.11 *now* and under edgepy, and reports every
// difference in stdout, stderr (tracebacks) or exit status. Unlike the snapshot tests, nothing
// is read from .out files: this catches stale snapshots and programs edited without
// regenerating them. Skips (exit 0) when python3 is not CPython 3.11.
//
// Usage: npm run check:cpython [-- FILTER...]   (needs `npm run build`)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ROOT, PYTHON, listFixtures, readHeader, referenceOf, runCPython } from './gen-fixture-outputs.mjs';

const filters = process.argv.slice(2);
const v = spawnSync(PYTHON, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
if (v.error || v.stdout.trim() !== '3.11') {
  console.log(`check:cpython: skipped (needs CPython 3.11 as \`${PYTHON}\`, found ${v.error ? 'none' : v.stdout.trim()})`);
  process.exit(0);
}
const testing = resolve(ROOT, 'dist', 'testing.js');
if (!existsSync(testing)) {
  console.error('check:cpython: build first (npm run build)');
  process.exit(2);
}
const { runPython, unifiedDiff } = await import(testing);

let files = listFixtures().filter((f) => referenceOf(f) === 'cpython');
if (filters.length) files = files.filter((f) => filters.some((x) => relative(ROOT, f).includes(x)));

const differences = [];
let done = 0;
async function check(file) {
  const header = readHeader(file);
  const py = runCPython(file, header);
  const ep = await runPython(file, { input: header.input, events: header.events, timeoutMs: 30_000 });
  const problems = [];
  if (ep.stdout !== py.stdout) problems.push('stdout (- CPython, + edgepy):\n' + unifiedDiff(py.stdout, ep.stdout));
  if (ep.exitCode !== py.code) problems.push(`exit status: CPython ${py.code}, edgepy ${ep.exitCode}`);
  if (py.code !== 0 && ep.stderr !== py.stderr) problems.push('stderr (- CPython, + edgepy):\n' + unifiedDiff(py.stderr, ep.stderr));
  if (problems.length) differences.push(`${relative(ROOT, file)}\n${problems.join('\n')}`);
  done++;
  if (process.stderr.isTTY) process.stderr.write(`\r${done}/${files.length} checked, ${differences.length} differ`);
}

// Two at a time: CPython runs synchronously, edgepy in a worker process.
const queue = [...files];
await Promise.all([0, 1].map(async () => {
  while (queue.length) await check(queue.shift());
}));
if (process.stderr.isTTY) process.stderr.write('\n');
for (const d of differences) console.log(`DIFF ${d}\n`);
console.log(`check:cpython: ${files.length} programs, ${files.length - differences.length} identical, ${differences.length} differ`);
process.exit(differences.length ? 1 : 0);
