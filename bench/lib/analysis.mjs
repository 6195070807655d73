// From raw timings to the numbers the README and issue 8 ask for: net times, ratios (edgepy
// over the other; below 1 means edgepy is faster), geometric means per group, and targets.
import { GROUPS } from './programs.mjs';
import { geomean, ratio } from './stats.mjs';

/** Net time = minimum process time minus the minimum empty-program time of the same implementation. */
const net = (rec, empty) =>
  rec?.status === 'ok' && empty?.status === 'ok' && rec.minMs - empty.minMs > 0 ? rec.minMs - empty.minMs : null;

/**
 * Median net time = median process time minus the median empty-program time of the same
 * implementation. The targets use minimums (the shared README's rule); medians are reported
 * beside them because on a loaded machine the minimum is one lucky run.
 */
const netMedian = (rec, empty) =>
  rec?.status === 'ok' && empty?.status === 'ok' && rec.medianMs - empty.medianMs > 0 ? rec.medianMs - empty.medianMs : null;

/** Net CPU time (user + system) = minimum CPU time minus the empty program's minimum. */
const netCpu = (rec, empty) =>
  rec?.status === 'ok' && empty?.status === 'ok' && rec.minCpuMs != null && empty.minCpuMs != null && rec.minCpuMs - empty.minCpuMs > 0
    ? rec.minCpuMs - empty.minCpuMs
    : null;

export function deriveBenchmark(recs, empty) {
  const nets = { edgepy: net(recs.edgepy, empty.edgepy), cpython: net(recs.cpython, empty.cpython), js: net(recs.js, empty.js) };
  const mins = { edgepy: recs.edgepy.minMs, cpython: recs.cpython.minMs, js: recs.js.minMs };
  const cpuNets = { edgepy: netCpu(recs.edgepy, empty.edgepy), cpython: netCpu(recs.cpython, empty.cpython), js: netCpu(recs.js, empty.js) };
  const medNets = { edgepy: netMedian(recs.edgepy, empty.edgepy), cpython: netMedian(recs.cpython, empty.cpython), js: netMedian(recs.js, empty.js) };
  return {
    netMs: nets,
    medianNetMs: medNets,
    medianRatios: {
      netVsCpython: ratio(medNets.edgepy, medNets.cpython),
      netVsJs: ratio(medNets.edgepy, medNets.js),
      wholeVsCpython: ratio(recs.edgepy.medianMs, recs.cpython.medianMs),
      wholeVsJs: ratio(recs.edgepy.medianMs, recs.js.medianMs),
    },
    cpuNetMs: cpuNets,
    cpuRatios: {
      netVsCpython: ratio(cpuNets.edgepy, cpuNets.cpython),
      netVsJs: ratio(cpuNets.edgepy, cpuNets.js),
      wholeVsCpython: ratio(recs.edgepy.minCpuMs, recs.cpython.minCpuMs),
      wholeVsJs: ratio(recs.edgepy.minCpuMs, recs.js.minCpuMs),
    },
    ratios: {
      netVsCpython: ratio(nets.edgepy, nets.cpython),
      netVsJs: ratio(nets.edgepy, nets.js),
      wholeVsCpython: ratio(mins.edgepy, mins.cpython),
      wholeVsJs: ratio(mins.edgepy, mins.js),
      rssVsJs: ratio(recs.edgepy.peakRssKB, recs.js.peakRssKB),
    },
  };
}

const RATIO_KINDS = ['netVsCpython', 'netVsJs', 'wholeVsCpython', 'wholeVsJs'];

/** Geometric mean of every ratio kind per group, with how many benchmarks each covers. */
export function groupMeans(results) {
  return GROUPS.map(({ key, label, names }) => {
    const present = names.filter((n) => results[n]);
    const means = {};
    for (const kind of RATIO_KINDS) {
      const values = present.map((n) => results[n].derived.ratios[kind]).filter((x) => x != null);
      means[kind] = { value: geomean(values), covers: values.length };
    }
    const meansOf = (field) => {
      const out = {};
      for (const kind of RATIO_KINDS) {
        const values = present.map((n) => results[n].derived[field]?.[kind]).filter((x) => x != null);
        out[kind] = { value: geomean(values), covers: values.length };
      }
      return out;
    };
    return { key, label, size: names.length, selected: present.length, means, medianMeans: meansOf('medianRatios'), cpuMeans: meansOf('cpuRatios') };
  });
}

const fmtX = (x) => (x == null ? 'n/a' : `${x.toFixed(2)}`);

/**
 * A target over every benchmark of a group: met only if each one was measured and passes.
 * A FAILED or unmeasured benchmark makes it "not met" (or "incomplete" for a subset run).
 */
function everyTarget(id, text, names, results, pick, limit, strict = false) {
  const present = names.filter((n) => results[n]);
  if (!present.length) return { id, text, status: 'not measured', detail: 'no benchmark of the group was run' };
  const bad = [];
  const missing = [];
  let worst = null;
  for (const n of present) {
    const v = pick(results[n]);
    if (v == null) missing.push(n);
    else {
      if (worst == null || v > worst.value) worst = { name: n, value: v };
      if (strict ? v >= limit : v > limit) bad.push(`${n} ${fmtX(v)}`);
    }
  }
  let status = 'met';
  if (bad.length || missing.length) status = 'not met';
  else if (present.length < names.length) status = 'incomplete';
  const parts = [];
  if (worst) parts.push(`worst ${worst.name} ${fmtX(worst.value)}`);
  if (bad.length) parts.push(`over the limit: ${bad.join(', ')}`);
  if (missing.length) parts.push(`no ratio (failed, or a net time <= 0 under load): ${missing.join(', ')}`);
  if (present.length < names.length) parts.push(`${present.length}/${names.length} run`);
  return { id, text, status, limit, worst, detail: parts.join('; ') };
}

function meanTarget(id, text, group, kind, limit) {
  const m = group.means[kind];
  if (!m.covers) return { id, text, status: 'not measured', detail: 'no ratio available' };
  const complete = m.covers === group.size;
  const passes = m.value <= limit;
  const status = !passes ? 'not met' : complete ? 'met' : group.selected === group.size ? 'not met' : 'incomplete';
  const detail = `${fmtX(m.value)} over ${m.covers}/${group.size}${complete ? '' : ' (the others failed or were not run)'}`;
  return { id, text, status, limit, value: m.value, covers: m.covers, detail };
}

/** The targets of issue 8, each with met / not met / incomplete / not measured. */
export function evaluateTargets(results, means, extras) {
  const g = Object.fromEntries(means.map((m) => [m.key, m]));
  const names = Object.fromEntries(means.map((m) => [m.key, GROUPS.find((x) => x.key === m.key).names]));
  const targets = [
    meanTarget('compute-vs-cpython', 'compute: geomean net edgepy/CPython <= 0.10 (>= 10x faster)', g.compute, 'netVsCpython', 0.1),
    everyTarget('compute-vs-js', 'compute: every program net edgepy/JS <= 2', names.compute, results, (r) => r.derived.ratios.netVsJs, 2),
    everyTarget('library-vs-cpython', 'library: no program slower than CPython (net edgepy/CPython <= 1)', names.library, results, (r) => r.derived.ratios.netVsCpython, 1),
    meanTarget('library-vs-js', 'library: geomean net edgepy/JS <= 1.5', g.library, 'netVsJs', 1.5),
    meanTarget('cpu-vs-js', 'whole CPU suite: geomean net edgepy/JS <= 2', g.cpu, 'netVsJs', 2),
    everyTarget('concurrency-vs-js', 'concurrency: every program net edgepy/JS <= 1.5', names.concurrency, results, (r) => r.derived.ratios.netVsJs, 1.5),
    everyTarget('concurrency-vs-cpython', 'concurrency: every program faster than CPython asyncio (net edgepy/CPython < 1)', names.concurrency, results, (r) => r.derived.ratios.netVsCpython, 1, true),
    everyTarget('memory', 'memory: every CPU program peak RSS edgepy/JS <= 2', names.cpu, results, (r) => r.derived.ratios.rssVsJs, 2),
  ];
  const tp = extras.throughput;
  targets.push(
    tp?.ok
      ? { id: 'compile', text: 'compile: >= 100,000 lines/s with source maps', status: tp.warmLinesPerSec >= 100_000 ? 'met' : 'not met', value: tp.warmLinesPerSec, detail: `${Math.round(tp.warmLinesPerSec).toLocaleString('en-US')} lines/s (warm), ${Math.round(tp.coldLinesPerSec).toLocaleString('en-US')} cold` }
      : { id: 'compile', text: 'compile: >= 100,000 lines/s with source maps', status: 'not measured', detail: tp?.error ?? 'skipped' },
  );
  const su = extras.startup;
  targets.push(
    su?.ok
      ? { id: 'startup', text: 'start-up: hello-world bundle over `node -e 0` <= 15 ms', status: su.overheadVsNodeE0Ms <= 15 ? 'met' : 'not met', value: su.overheadVsNodeE0Ms, detail: `${su.overheadVsNodeE0Ms.toFixed(1)} ms` }
      : { id: 'startup', text: 'start-up: hello-world bundle over `node -e 0` <= 15 ms', status: 'not measured', detail: su?.error ?? 'skipped' },
  );
  return targets;
}
