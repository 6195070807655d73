// Snapshot testing of Python programs: run NAME.py, compare stdout with NAME.out and, when
// NAME.err exists, stderr with NAME.err. Shared by `edgepy test` and this repo's fixture suite.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { runBatch, type BatchJob, type BatchResult } from './batch';
import { readFixtureOptions } from './fixture-options';
import { unifiedDiff } from './diff';
import { distFile } from './dist-files';
import { importedBy } from './helper-modules';

export interface SnapshotCase {
  file: string; // absolute path of NAME.py
  name: string; // path relative to the suite's directory
  expectedStdout: string | null;
  expectedStderr: string | null;
  expectedExit: number | null;
  /** `# error:` header: the last line of stderr (for programs whose reference prints only it) */
  expectedErrorLine?: string;
}

export interface SnapshotOutcome {
  case: SnapshotCase;
  result: BatchResult;
  ok: boolean;
  problems: string[]; // human-readable diffs
}

export interface SuiteOptions {
  runtimeImport: string;
  workerUrl?: string;
  update?: boolean;
  timeoutMs?: number;
  log?: (line: string) => void;
  /** Files to leave out: helper modules of multi-module programs are found automatically. */
  filter?: (c: SnapshotCase) => boolean;
}

/** Every NAME.py under dir that has a NAME.out (or, with `update`, every program: see scanSuite). */
export function findCases(dir: string, update = false): SnapshotCase[] {
  return scanSuite(dir, update).cases;
}

/**
 * The suite under dir: the cases to run, and the programs with no snapshot (NAME.py without
 * NAME.out that no other .py of the suite imports — helper modules are not programs). With
 * `update`, the programs without a snapshot are cases too, so their snapshot gets written.
 */
export function scanSuite(dir: string, update = false): { cases: SnapshotCase[]; withoutSnapshot: string[] } {
  const root = resolve(dir);
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.py')) files.push(p);
    }
  };
  walk(root);
  const hasOut = (p: string) => existsSync(p.slice(0, -3) + '.out');
  const unsnapshotted = files.filter((p) => !hasOut(p));
  const helpers = unsnapshotted.length ? importedBy(files) : new Set<string>();
  const withoutSnapshot = unsnapshotted.filter((p) => !helpers.has(p)).map((p) => relative(root, p));
  const cases: SnapshotCase[] = [];
  for (const p of files) {
    if (!hasOut(p) && (!update || helpers.has(p))) continue;
    const base = p.slice(0, -3);
    cases.push({
      file: p,
      name: relative(root, p),
      expectedStdout: existsSync(base + '.out') ? readFileSync(base + '.out', 'utf8') : null,
      expectedStderr: existsSync(base + '.err') ? readFileSync(base + '.err', 'utf8') : null,
      expectedExit: null,
    });
  }
  return { cases, withoutSnapshot };
}

/** The batch job that runs a case, with the options from its header comments (sets expectedExit). */
export function jobFor(c: SnapshotCase): BatchJob {
  const opts = readFixtureOptions(readFileSync(c.file, 'utf8'));
  c.expectedExit = opts.exitCode ?? null;
  if (opts.error !== undefined) c.expectedErrorLine = opts.error;
  return { id: c.file, file: c.file, displayRoot: dirname(c.file), clock: opts.clock ?? 'virtual', events: opts.events, interactiveEvents: opts.interactiveEvents, input: opts.input, modules: opts.modules };
}

export function checkCase(c: SnapshotCase, r: BatchResult): SnapshotOutcome {
  const problems: string[] = [];
  if (r.timedOut) problems.push(r.stderr.trim());
  if (c.expectedStdout !== null && r.stdout !== c.expectedStdout) {
    problems.push('stdout differs:\n' + unifiedDiff(c.expectedStdout, r.stdout));
  }
  if (c.expectedStderr !== null && r.stderr !== c.expectedStderr) {
    problems.push('stderr differs:\n' + unifiedDiff(c.expectedStderr, r.stderr));
  }
  if (c.expectedErrorLine !== undefined) {
    const last = r.stderr.trimEnd().split('\n').pop() ?? '';
    if (last !== c.expectedErrorLine) problems.push(`last stderr line ${JSON.stringify(last)}, expected ${JSON.stringify(c.expectedErrorLine)}`);
  }
  const wantExit = c.expectedExit ?? (c.expectedStderr !== null ? 1 : 0);
  if (!r.timedOut && r.exitCode !== wantExit) {
    problems.push(`exit code ${r.exitCode}, expected ${wantExit}` + (c.expectedStderr === null && r.stderr ? `\nstderr:\n${r.stderr}` : ''));
  }
  return { case: c, result: r, ok: problems.length === 0, problems };
}

export async function runSnapshotSuite(dir: string, options: SuiteOptions) {
  const log = options.log ?? (() => {});
  const scan = scanSuite(dir, options.update);
  let cases = scan.cases;
  if (options.filter) cases = cases.filter(options.filter);
  const jobs = cases.map(jobFor);
  const results = await runBatch(jobs, {
    workerUrl: options.workerUrl ?? distFile('worker.js'),
    runtimeImport: options.runtimeImport,
    timeoutMs: options.timeoutMs,
  });
  const outcomes: SnapshotOutcome[] = [];
  let unchanged = 0;
  for (const c of cases) {
    const r = results.get(c.file)!;
    if (options.update) {
      const base = c.name.slice(0, -3);
      const changes: string[] = [];
      const out = writeSnapshot(c.file.slice(0, -3) + '.out', r.stdout, c.expectedStdout);
      if (out !== 'unchanged') changes.push(`${out} ${base}.out`);
      if (r.stderr || c.expectedStderr !== null) {
        const err = writeSnapshot(c.file.slice(0, -3) + '.err', r.stderr, c.expectedStderr);
        if (err !== 'unchanged') changes.push(`${err} ${base}.err`);
      }
      if (changes.length) log(changes.join(', '));
      else unchanged++;
      outcomes.push({ case: c, result: r, ok: true, problems: [] });
      continue;
    }
    const o = checkCase(c, r);
    outcomes.push(o);
    if (!o.ok) log(`FAIL ${c.name}\n${o.problems.join('\n')}`);
  }
  if (options.update && unchanged) log(`${unchanged} snapshot${unchanged === 1 ? '' : 's'} unchanged`);
  if (!options.update && scan.withoutSnapshot.length) {
    const n = scan.withoutSnapshot.length;
    log(`${n} program${n === 1 ? ' has' : 's have'} no snapshot (not run; \`edgepy test --update\` writes one): ${scan.withoutSnapshot.join(', ')}`);
  }
  if (cases.length === 0 && scan.withoutSnapshot.length === 0) log(`no Python programs found under ${resolve(dir)}`);
  const passed = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.length - passed;
  log(`${passed} passed, ${failed} failed`);
  return { outcomes, passed, failed, withoutSnapshot: scan.withoutSnapshot };
}

/** Writes a snapshot file; says whether it was created, updated or left unchanged. */
function writeSnapshot(path: string, text: string, previous: string | null): 'created' | 'updated' | 'unchanged' {
  if (previous === text) return 'unchanged';
  writeFileSync(path, text);
  return previous === null ? 'created' : 'updated';
}
