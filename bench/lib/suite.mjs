// The timed part: empty-program baselines, then every benchmark, three implementations
// interleaved (edgepy, CPython, JS, edgepy, ...), one process at a time, each run checked.
import { readFileSync } from 'node:fs';
import { IMPLS, IMPL_LABEL } from './programs.mjs';
import { runTimed } from './proc.mjs';
import { max, median, min, spread } from './stats.mjs';

const SPREAD_LIMIT = 1.1;

/** Why a run does not count, or null when it is good (exit 0, stdout byte-exact). */
export function checkRun(r, expected, timeoutMs) {
  if (r.error) return `could not start: ${r.error}`;
  if (r.timedOut) return `time limit (${timeoutMs / 1000} s) exceeded`;
  if (r.code !== 0) {
    const err = r.stderr.toString().trim().split('\n').slice(-6).join('\n');
    return `exit status ${r.code ?? r.signal}${err ? `\n${err}` : ''}`;
  }
  if (!r.stdout.equals(expected)) return describeMismatch(expected.toString(), r.stdout.toString());
  return null;
}

function describeMismatch(want, got) {
  const w = want.split('\n');
  const g = got.split('\n');
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    if (w[i] !== g[i]) {
      const show = (s) => (s === undefined ? '(end of output)' : JSON.stringify(s.length > 160 ? `${s.slice(0, 160)}…` : s));
      return `stdout differs from expected at line ${i + 1}:\n  expected ${show(w[i])}\n  got      ${show(g[i])}`;
    }
  }
  return 'stdout differs from expected';
}

/** Per-implementation record, filled in run by run. */
const newRecord = () => ({ status: 'pending', failure: null, runs: [] });

function finish(rec) {
  if (rec.status === 'pending') rec.status = rec.runs.length ? 'ok' : 'skipped';
  const ms = rec.runs.map((r) => r.ms);
  const rss = rec.runs.map((r) => r.rssKB).filter((x) => x != null);
  const cpu = rec.runs.map((r) => r.cpuMs).filter((x) => x != null);
  const cpuOk = rec.status === 'ok' && cpu.length === rec.runs.length;
  Object.assign(rec, {
    minMs: rec.status === 'ok' ? min(ms) : null,
    medianMs: rec.status === 'ok' ? median(ms) : null,
    maxMs: rec.status === 'ok' ? max(ms) : null,
    spread: rec.status === 'ok' ? spread(ms) : null,
    spreadFlag: rec.status === 'ok' && spread(ms) > SPREAD_LIMIT,
    peakRssKB: rss.length ? max(rss) : null,
    minCpuMs: cpuOk ? min(cpu) : null,
    medianCpuMs: cpuOk ? median(cpu) : null,
  });
  return rec;
}

/**
 * Runs `reps` interleaved rounds over `commands` ({ impl: { cmd, args, env } | { failure } }).
 * An implementation that fails once is FAILED and not run again (a second 60 s time-out
 * would tell nothing new).
 */
async function interleave(label, commands, expected, opts, progress) {
  const recs = Object.fromEntries(IMPLS.map((impl) => [impl, newRecord()]));
  for (const impl of IMPLS) {
    if (commands[impl]?.failure) Object.assign(recs[impl], { status: 'FAILED', failure: commands[impl].failure });
  }
  for (let rep = 1; rep <= opts.reps; rep++) {
    for (const impl of IMPLS) {
      const rec = recs[impl];
      if (rec.status === 'FAILED') continue;
      progress.update(`${opts.position} ${label}: run ${rep}/${opts.reps} ${IMPL_LABEL[impl]} …`);
      const { cmd, args, env } = commands[impl];
      const r = await runTimed({ cmd, args, env, timeoutMs: opts.timeoutMs, rssMethod: opts.rssMethod, python: opts.python });
      const failure = checkRun(r, expected, opts.timeoutMs);
      if (failure) {
        Object.assign(rec, { status: 'FAILED', failure: `run ${rep}: ${failure}` });
      } else {
        rec.runs.push({ ms: Math.round(r.wallMs * 1000) / 1000, rssKB: r.rssKB, cpuMs: r.cpuMs == null ? null : Math.round(r.cpuMs) });
      }
    }
  }
  for (const impl of IMPLS) finish(recs[impl]);
  return recs;
}

const node = (script, env = {}) => ({ cmd: process.execPath, args: [script], env });

/** Empty programs: `node` on an empty bundle built by edgepy, `python3 -c pass`, `node` on an empty .mjs. */
export function emptyCommands({ emptyBuild, python, emptyMjs }) {
  return {
    edgepy: emptyBuild.ok ? node(emptyBuild.out) : { failure: `build failed: ${emptyBuild.error}` },
    cpython: { cmd: python, args: ['-c', 'pass'], env: {} },
    js: node(emptyMjs),
  };
}

export function benchmarkCommands(bench, build, python) {
  return {
    edgepy: build?.ok ? node(bench.bundle, bench.edgepyEnv) : { failure: `build failed: ${build?.error ?? 'not built'}` },
    cpython: { cmd: python, args: [bench.cpythonScript], env: {} },
    js: node(bench.jsScript),
  };
}

export async function runEmpty(commands, opts, progress) {
  return interleave('(empty program)', commands, Buffer.alloc(0), { ...opts, position: '[baseline]' }, progress);
}

/**
 * Adds the runs of `more` (a later round of empty programs) to `recs` and recomputes the
 * statistics. The empty programs are run again before every benchmark, so their minimum is
 * taken over the whole run: on a shared machine the load when the suite starts can be far
 * from the load later, and a baseline taken only at the start once came out above the
 * minimum of a whole JS benchmark (a net time below zero, so no ratio).
 */
export function mergeRuns(recs, more) {
  for (const impl of IMPLS) {
    const a = recs[impl];
    const b = more[impl];
    if (a.status === 'FAILED') continue;
    if (b.status === 'FAILED') Object.assign(a, { status: 'FAILED', failure: b.failure });
    else {
      a.runs.push(...b.runs);
      if (a.status === 'skipped' && a.runs.length) a.status = 'ok';
    }
    if (a.status === 'ok' || a.status === 'FAILED') finish(a);
  }
  return recs;
}

export async function runBenchmark(bench, commands, opts, progress) {
  return interleave(bench.name, commands, readFileSync(bench.expected), opts, progress);
}
