#!/usr/bin/env node
// `npm run bench [-- NAME...] [--reps N] ...`: edgepy against CPython 3.11 and hand-written JS
// on the programs of ../shared/bench, following that folder's README rules. See bench/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { deriveBenchmark, evaluateTargets, groupMeans } from './lib/analysis.mjs';
import { buildWithEdgepy, ensureDist, snapshotDist, writeSyntheticSources } from './lib/build.mjs';
import { edgepyVersion, findPython, machine, nodeInfo } from './lib/machine.mjs';
import { findBenchDir, repoRoot, resultsFile, scratchDir } from './lib/paths.mjs';
import { cleanupProc, detectRssMethod } from './lib/proc.mjs';
import { ALL, IMPLS, benchmark } from './lib/programs.mjs';
import { Progress } from './lib/progress.mjs';
import * as report from './lib/report.mjs';
import { measureSizes } from './lib/sizes.mjs';
import { measureStartup } from './lib/startup.mjs';
import { benchmarkCommands, emptyCommands, mergeRuns, runBenchmark, runEmpty } from './lib/suite.mjs';
import { measureThroughput } from './lib/throughput.mjs';

const USAGE = `usage: npm run bench -- [NAME...] [options]

Runs the benchmarks of ../shared/bench (or EDGEPY_BENCH_DIR) under edgepy, CPython and
hand-written JS, and writes bench/results/latest.json. NAME...: a subset (default: all 17).

options:
  --reps N            interleaved runs per implementation and benchmark (default 3, at least 1)
  --timeout S         time limit per run in seconds (default 60)
  --bench-dir PATH    the shared benchmark folder (default: EDGEPY_BENCH_DIR, else ../shared/bench)
  --json PATH         where to write the results (default bench/results/latest.json)
  --no-dist-build     do not run \`npm run build\` even if dist/ is missing or stale
  --no-throughput     skip compile throughput
  --no-startup        skip the start-up measurement
  --startup-reps N    runs per case for start-up (default 20)
  --no-sizes          skip bundle sizes
  -h, --help          this text

environment: EDGEPY_BENCH_DIR, EDGEPY_BENCH_PYTHON (default python3), EDGEPY_BENCH_RSS
(gnu-time | wait4 | none).`;

function parseCli(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      reps: { type: 'string', default: '3' },
      timeout: { type: 'string', default: '60' },
      'bench-dir': { type: 'string' },
      json: { type: 'string' },
      'no-dist-build': { type: 'boolean', default: false },
      'no-throughput': { type: 'boolean', default: false },
      'no-startup': { type: 'boolean', default: false },
      'startup-reps': { type: 'string', default: '20' },
      'no-sizes': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const positiveInt = (name, text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} expects a positive whole number, got ${text}`);
    return n;
  };
  const unknown = positionals.filter((n) => !ALL.includes(n));
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${ALL.join(' ')}`);
  return {
    help: values.help,
    names: positionals.length ? ALL.filter((n) => positionals.includes(n)) : ALL,
    reps: positiveInt('reps', values.reps),
    timeoutMs: positiveInt('timeout', values.timeout) * 1000,
    benchDir: values['bench-dir'],
    json: values.json ?? resultsFile,
    distBuild: !values['no-dist-build'],
    throughput: !values['no-throughput'],
    startup: !values['no-startup'],
    startupReps: positiveInt('startup-reps', values['startup-reps']),
    sizes: !values['no-sizes'],
  };
}

async function main() {
  let opts;
  try {
    opts = parseCli(process.argv.slice(2));
  } catch (e) {
    console.error(`bench: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  let benchDir;
  let python;
  try {
    benchDir = findBenchDir(opts.benchDir);
    python = findPython();
  } catch (e) {
    console.error(`bench: ${e.message}`);
    return 2;
  }
  const progress = new Progress();
  const rssMethod = detectRssMethod(python.exe);
  const ctx = {
    startedAt: new Date().toISOString(),
    reps: opts.reps,
    emptyReps: Math.max(opts.reps, 5),
    timeoutMs: opts.timeoutMs,
    benchDir,
    rssMethod,
    machine: machine(),
    versions: { cpython: python, node: nodeInfo(), edgepy: edgepyVersion() },
    subset: opts.names.length === ALL.length ? null : opts.names,
  };
  console.log(report.header(ctx));

  // 1. Everything built before any timing.
  if (opts.distBuild) {
    progress.update('[build] npm run build (dist/ missing or older than src/ or runtime/) …');
    const dist = ensureDist();
    ctx.distBuild = { built: dist.built, ok: dist.ok, ms: dist.ms };
    if (dist.built) progress.log(dist.ok ? `built dist/ (npm run build, ${(dist.ms / 1000).toFixed(1)} s)` : `npm run build FAILED:\n${dist.log.split('\n').slice(-15).join('\n')}`);
  }
  progress.update('[build] copying dist/ under the shared build lock …');
  const snap = snapshotDist();
  if (!snap.ok) progress.log(`cannot copy dist/: ${snap.error}`);
  const synthetic = writeSyntheticSources();
  const benches = opts.names.map((n) => benchmark(n, benchDir, scratchDir));
  const builds = {};
  const toBuild = [['(empty)', synthetic.emptyPy, join(scratchDir, 'empty.mjs')], ['(hello)', synthetic.helloPy, join(scratchDir, 'hello.mjs')], ...benches.map((b) => [b.name, b.source, b.bundle])];
  for (const [i, [name, source, out]] of toBuild.entries()) {
    progress.update(`[build ${i + 1}/${toBuild.length}] edgepy build ${relative(repoRoot, source) || source} …`);
    builds[name] = await buildWithEdgepy(source, out, { timeoutMs: opts.timeoutMs });
  }
  const { '(empty)': emptyBuild, '(hello)': helloBuild, ...benchBuilds } = builds;
  progress.log(`built ${Object.values(builds).filter((b) => b.ok).length}/${toBuild.length} programs with edgepy`);

  // 2. The timed suite.
  const runOpts = { reps: opts.reps, timeoutMs: opts.timeoutMs, rssMethod, python: python.exe };
  const emptyCmds = emptyCommands({ emptyBuild, python: python.exe, emptyMjs: synthetic.emptyMjs });
  const empty = await runEmpty(emptyCmds, { ...runOpts, reps: ctx.emptyReps }, progress);
  progress.log(report.benchmarkLine('(empty)', empty));
  const results = {};
  for (const [i, bench] of benches.entries()) {
    // one more round of the empty programs before each benchmark (see mergeRuns)
    mergeRuns(empty, await runEmpty(emptyCmds, { ...runOpts, reps: 1 }, progress));
    const impls = await runBenchmark(bench, benchmarkCommands(bench, benchBuilds[bench.name], python.exe), { ...runOpts, position: `[${i + 1}/${benches.length}]` }, progress);
    results[bench.name] = { group: bench.group, impls };
    progress.log(report.benchmarkLine(bench.name, impls));
  }
  // net times need the empty programs' minimums over the whole run
  for (const r of Object.values(results)) r.derived = deriveBenchmark(r.impls, empty);
  ctx.emptyReps = Math.max(...IMPLS.map((i) => empty[i].runs.length));
  progress.log(report.benchmarkLine('(empty, all)', empty));

  // 3. The other measurements.
  const extras = {};
  if (opts.throughput) {
    progress.update('[compile throughput] compiling the corpus …');
    extras.throughput = await measureThroughput(benchDir, { timeoutMs: opts.timeoutMs });
  }
  if (opts.startup) extras.startup = await measureStartup({ helloBuild, emptyBuild, emptyMjs: synthetic.emptyMjs, reps: opts.startupReps, timeoutMs: opts.timeoutMs }, progress);
  if (opts.sizes) {
    progress.update('[sizes] minifying …');
    extras.sizes = await measureSizes({ helloBuild });
  }
  progress.clear();
  cleanupProc();

  // 4. Report and results file.
  const means = groupMeans(results);
  const targets = evaluateTargets(results, means, extras);
  Object.assign(ctx, { empty, results, builds: benchBuilds, syntheticBuilds: { empty: emptyBuild, hello: helloBuild } });
  console.log(report.mainTable(ctx));
  console.log(report.failures(ctx));
  console.log(report.meansTable(means));
  console.log(report.targetsSection(targets));
  console.log(report.extrasSection(extras));

  const failed = [
    ...IMPLS.filter((i) => empty[i].status === 'FAILED'),
    ...Object.values(results).flatMap((r) => IMPLS.filter((i) => r.impls[i].status === 'FAILED')),
    ...(helloBuild.ok ? [] : ['hello']),
  ].length;
  const json = {
    schema: 1,
    ...ctx,
    finishedAt: new Date().toISOString(),
    loadAvgAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
    compileTotalMs: Object.values(benchBuilds).filter((b) => b.ok).reduce((t, b) => t + b.ms, 0),
    means,
    targets,
    extras,
    failures: failed,
  };
  mkdirSync(dirname(opts.json), { recursive: true });
  writeFileSync(opts.json, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nload average at the end: ${json.loadAvgAtEnd.join(' ')}`);
  console.log(`wrote ${relative(process.cwd(), opts.json) || opts.json}`);
  if (failed) console.log(`${failed} program/implementation pairs FAILED: exit status 1`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
