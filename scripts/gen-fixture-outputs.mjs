#!/usr/bin/env node
// Regenerates the expected outputs of the fixture corpus (fixtures/**) from the two references:
//   - plain-Python fixtures: CPython 3.11 (`python3`), run from the fixture's own directory with
//     the bare file name so traceback `File "name.py"` lines need no rewriting;
//   - concurrency fixtures (fixtures/concurrency/**): the executable spec model
//     /work/shared/tools/edge_oracle.py under Debian's /usr/bin/python3 (needs python3-greenlet);
//   - fixtures whose header says `# expected: hand` are never touched (see docs/fixtures.md).
// Every program is run twice with different PYTHONHASHSEEDs: a difference means it depends on
// string-hash order (or is otherwise nondeterministic) and is reported as an error.
//
// Usage: node scripts/gen-fixture-outputs.mjs [--check] [PATH-FILTER ...]
//   --check  compare instead of writing; exit 1 on any stale or missing expected file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
const ORACLE = process.env.EDGE_ORACLE ?? resolve(ROOT, '..', 'shared', 'tools', 'edge_oracle.py');
const ORACLE_PYTHON = process.env.EDGE_ORACLE_PYTHON ?? '/usr/bin/python3';
export const PYTHON = process.env.PYTHON ?? 'python3';
// -B: no __pycache__ next to fixtures; no_debug_ranges: 3.11's `^^^^` caret lines are not part of
// the traceback contract (issue 4 asks for the same frames, lines, names and message).
export const PYTHON_FLAGS = ['-B', '-X', 'no_debug_ranges'];

/** Entry programs: every `*.py` directly in an area directory, and `main.py` of each
 * multi-module program directory (its siblings and sub-packages are support modules). */
export function listFixtures(root = FIXTURES) {
  const out = [];
  for (const area of readdirSync(root).sort()) {
    const areaDir = join(root, area);
    if (!statSync(areaDir).isDirectory()) continue;
    for (const name of readdirSync(areaDir).sort()) {
      const p = join(areaDir, name);
      if (name.endsWith('.py') && statSync(p).isFile()) out.push(p);
      else if (statSync(p).isDirectory() && existsSync(join(p, 'main.py'))) out.push(join(p, 'main.py'));
    }
  }
  return out;
}

/** Options from the leading comment block (see docs/fixtures.md). */
export function readHeader(file) {
  const h = { events: [], interactiveEvents: [], input: [], exit: 0, expected: null, error: null, modules: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('#')) break;
    const m = /^#\s*(events|interactive-events|input|exit|expected|error|modules):\s?(.*)$/.exec(line);
    if (!m) continue;
    const [, key, raw] = m;
    const value = raw.replace(/\s+$/, '');
    const list = () => value.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (key === 'events') h.events.push(...list());
    else if (key === 'interactive-events') h.interactiveEvents.push(...list());
    else if (key === 'modules') h.modules.push(...list());
    else if (key === 'input') h.input.push(value);
    else if (key === 'exit') h.exit = Number(value);
    else if (key === 'expected') h.expected = value;
    else if (key === 'error') h.error = value;
  }
  return h;
}

/** Which reference produces the expected output of `file`: 'cpython' | 'oracle' | 'hand'. */
export function referenceOf(file, header = readHeader(file)) {
  if (header.expected === 'hand') return 'hand';
  const area = relative(FIXTURES, file).split(/[\\/]/)[0];
  return area === 'concurrency' ? 'oracle' : 'cpython';
}

export function stdinOf(header) {
  return header.input.length ? header.input.join('\n') + '\n' : '';
}

export function runCPython(file, header, hashSeed = '0') {
  const r = spawnSync(PYTHON, [...PYTHON_FLAGS, basename(file)], {
    cwd: dirname(file), input: stdinOf(header), encoding: 'utf8', timeout: 60_000,
    env: { ...process.env, PYTHONHASHSEED: hashSeed, PYTHONIOENCODING: 'utf-8' },
  });
  // CPython 3.11 makes the script path absolute; tracebacks must read `File "name.py"`.
  const stderr = (r.stderr ?? '').split(`File "${dirname(file)}/`).join('File "');
  return { stdout: r.stdout ?? '', stderr, code: r.status ?? -1, error: r.error };
}

function runOracle(file, header, hashSeed = '0') {
  const args = [ORACLE, basename(file)];
  for (const e of header.events) args.push('--event', e);
  for (const e of header.interactiveEvents) args.push('--interactive-event', e);
  const r = spawnSync(ORACLE_PYTHON, ['-B', ...args], {
    cwd: dirname(file), input: stdinOf(header), encoding: 'utf8', timeout: 60_000,
    env: { ...process.env, PYTHONHASHSEED: hashSeed, PYTHONIOENCODING: 'utf-8' },
  });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.status ?? -1, error: r.error };
}

function expectedPaths(file) {
  const stem = file.slice(0, -3);
  return { out: stem + '.out', err: stem + '.err' };
}

function main(argv) {
  const check = argv.includes('--check');
  const filters = argv.filter((a) => a !== '--check');
  const v = spawnSync(PYTHON, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
  if (v.error || v.stdout.trim() !== '3.11') {
    console.error(`gen-fixture-outputs: need CPython 3.11 as \`${PYTHON}\` (got ${v.error ? 'none' : v.stdout.trim()})`);
    process.exit(2);
  }
  let files = listFixtures();
  if (filters.length) files = files.filter((f) => filters.some((x) => relative(ROOT, f).includes(x)));
  const problems = [];
  let written = 0, same = 0, hand = 0;
  for (const file of files) {
    const rel = relative(ROOT, file);
    const header = readHeader(file);
    const ref = referenceOf(file, header);
    const { out, err } = expectedPaths(file);
    if (ref === 'hand') {
      hand++;
      if (!existsSync(out)) problems.push(`${rel}: hand-written fixture without ${basename(out)}`);
      continue;
    }
    const run = ref === 'oracle' ? runOracle : runCPython;
    const a = run(file, header, '0');
    const b = run(file, header, '12345');
    if (a.error) { problems.push(`${rel}: cannot run ${ref}: ${a.error.message}`); continue; }
    if (a.stdout !== b.stdout || a.stderr !== b.stderr || a.code !== b.code) {
      problems.push(`${rel}: nondeterministic output (differs between hash seeds)`);
      continue;
    }
    if (a.code !== header.exit) {
      problems.push(`${rel}: ${ref} exited ${a.code}, header expects ${header.exit}\n${a.stderr}`);
      continue;
    }
    const want = { [out]: a.stdout };
    if (ref === 'cpython') {
      // A traceback is only part of the contract where the program is meant to fail.
      if (a.code !== 0) want[err] = a.stderr;
      else if (a.stderr !== '') problems.push(`${rel}: unexpected stderr:\n${a.stderr}`);
    } else if (a.code !== 0) {
      // The oracle prints only the last traceback line; it is pinned by the `# error:` header.
      const last = a.stderr.trimEnd().split('\n').pop();
      if (header.error !== last) problems.push(`${rel}: oracle error line ${JSON.stringify(last)} != header ${JSON.stringify(header.error)}`);
    }
    for (const [path, text] of Object.entries(want)) {
      const old = existsSync(path) ? readFileSync(path, 'utf8') : null;
      if (old === text) { same++; continue; }
      if (check) problems.push(`${relative(ROOT, path)}: ${old === null ? 'missing' : 'stale'}`);
      else { writeFileSync(path, text); written++; }
    }
    if (!(err in want) && existsSync(err)) {
      if (check) problems.push(`${relative(ROOT, err)}: stale (program no longer fails)`);
      else unlinkSync(err);
    }
  }
  for (const p of problems) console.error('ERROR ' + p);
  console.log(`${files.length} fixtures: ${same} expected files unchanged, ${written} written, ${hand} hand-written, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
