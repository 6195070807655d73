// The terminal report: header (versions, machine), the per-benchmark table, failures,
// geometric means, targets, and the extra sections. Pure formatting: numbers come from
// analysis.mjs and the measuring modules.
import { IMPLS, IMPL_LABEL } from './programs.mjs';

const s = (ms) => (ms == null ? '—' : (ms / 1000).toFixed(3));
const x = (r) => (r == null ? '—' : r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2));
const mb = (kb) => (kb == null ? '—' : (kb / 1024).toFixed(0));
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));
const int = (n) => Math.round(n).toLocaleString('en-US');

function table(rows, header, rightAligned) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], rightAligned[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function timeCell(rec) {
  if (rec.status === 'FAILED') return 'FAILED';
  if (rec.status !== 'ok') return '—';
  return `${s(rec.minMs)}${rec.spreadFlag ? '~' : ' '}`;
}

export function header(ctx) {
  const m = ctx.machine;
  const ep = ctx.versions.edgepy;
  return [
    `edgepy benchmarks: ${ctx.reps} interleaved runs per implementation, one process at a time, ${ctx.timeoutMs / 1000} s limit per run`,
    `machine  ${m.cpuModel}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.os}; load average at start ${m.loadAvgAtStart.join(' ')}`,
    `versions CPython ${ctx.versions.cpython.version} (${ctx.versions.cpython.exe}), Node ${ctx.versions.node.version} (${ctx.versions.node.exe}), edgepy ${ep.version} @ ${ep.commit ?? 'unknown commit'}${ep.dirty ? ' + uncommitted changes' : ''}`,
    `bench    ${ctx.benchDir}; peak RSS and CPU time via ${ctx.rssMethod === 'gnu-time' ? '/usr/bin/time -f "%M %U %S" (wait4 ru_maxrss, user+sys CPU)' : ctx.rssMethod === 'wait4' ? 'a Python os.wait4 wrapper (ru_maxrss, ru_utime+ru_stime)' : 'nothing (not measured)'}`,
    ...(m.loadAvgAtStart[0] > m.cores / 2
      ? [`note     the machine is busy (load average ${m.loadAvgAtStart[0]} on ${m.cores} cores): expect noisy times; compare ratios, not absolute times`]
      : []),
  ].join('\n');
}

export function benchmarkLine(name, recs) {
  return `  ${pad(name, 15)} ${IMPLS.map((i) => `${IMPL_LABEL[i]} ${recs[i].status === 'ok' ? `${s(recs[i].minMs)} s` : recs[i].status}`).join(', ')}`;
}

export function mainTable(ctx) {
  const { empty, results, builds } = ctx;
  const lines = [];
  lines.push('');
  lines.push(`Empty programs (minimum of ${ctx.emptyReps}): ${IMPLS.map((i) => `${IMPL_LABEL[i]} ${empty[i].status === 'ok' ? `${s(empty[i].minMs)} s` : 'FAILED'}`).join(', ')}` +
    `   (edgepy: an empty .py built by edgepy; CPython: python3 -c pass; JS: node on an empty .mjs)`);
  lines.push('');
  lines.push('Times: minimum wall clock of a whole process, spawn to exit, in s (~ = spread max/min over 10%).');
  lines.push('Ratios: edgepy ÷ CPython and edgepy ÷ JS of net times (minimum minus the empty program of the same implementation);');
  lines.push('below 1 means edgepy is faster. In parentheses: the same ratio of whole-process times.');
  const rows = Object.entries(results).map(([name, r]) => [
    name,
    timeCell(r.impls.edgepy),
    timeCell(r.impls.cpython),
    timeCell(r.impls.js),
    `${x(r.derived.ratios.netVsCpython)} (${x(r.derived.ratios.wholeVsCpython)})`,
    `${x(r.derived.ratios.netVsJs)} (${x(r.derived.ratios.wholeVsJs)})`,
    builds[name]?.ok ? s(builds[name].ms) : 'FAILED',
    IMPLS.map((i) => mb(r.impls[i].peakRssKB)).join(' / '),
  ]);
  lines.push(table(rows, ['benchmark', 'edgepy', 'CPython', 'JS', 'ep/CPython', 'ep/JS', 'compile s', 'peak RSS MB ep/py/js'], [false, true, true, true, true, true, true, true]));
  lines.push('');
  lines.push('Medians: median wall clock of a whole process in s; ratios of median net times (median minus the median empty program),');
  lines.push('whole-process median ratios in parentheses. The targets use the minimums above; medians show what a typical run does.');
  const medRows = Object.entries(results).map(([name, r]) => [
    name,
    ...IMPLS.map((i) => (r.impls[i].status === 'ok' ? s(r.impls[i].medianMs) : r.impls[i].status === 'FAILED' ? 'FAILED' : '—')),
    `${x(r.derived.medianRatios?.netVsCpython)} (${x(r.derived.medianRatios?.wholeVsCpython)})`,
    `${x(r.derived.medianRatios?.netVsJs)} (${x(r.derived.medianRatios?.wholeVsJs)})`,
  ]);
  lines.push(table(medRows, ['benchmark', 'edgepy', 'CPython', 'JS', 'ep/CPython', 'ep/JS'], [false, true, true, true, true, true]));
  if (Object.values(results).some((r) => r.impls.edgepy.minCpuMs != null)) {
    lines.push('');
    lines.push('CPU time: minimum user+system CPU time of a whole process (all its threads) in s; ratios of net CPU times (minimum');
    lines.push('minus the empty program\'s), whole-process in parentheses. Far less disturbed by other jobs than wall time; not the targets.');
    const cpuCell = (rec) => (rec.minCpuMs == null ? (rec.status === 'FAILED' ? 'FAILED' : '—') : s(rec.minCpuMs));
    const cpuRows = Object.entries(results).map(([name, r]) => [
      name,
      ...IMPLS.map((i) => cpuCell(r.impls[i])),
      `${x(r.derived.cpuRatios?.netVsCpython)} (${x(r.derived.cpuRatios?.wholeVsCpython)})`,
      `${x(r.derived.cpuRatios?.netVsJs)} (${x(r.derived.cpuRatios?.wholeVsJs)})`,
    ]);
    lines.push(`empty programs: ${IMPLS.map((i) => `${IMPL_LABEL[i]} ${empty[i].minCpuMs == null ? '—' : s(empty[i].minCpuMs)} s`).join(', ')}`);
    lines.push(table(cpuRows, ['benchmark', 'edgepy', 'CPython', 'JS', 'ep/CPython', 'ep/JS'], [false, true, true, true, true, true]));
  }
  const totalCompile = Object.values(builds).filter((b) => b.ok).reduce((t, b) => t + b.ms, 0);
  const failedBuilds = Object.values(builds).filter((b) => !b.ok).length;
  lines.push(`compile: ${s(totalCompile)} s in total for ${Object.keys(builds).length - failedBuilds} successful builds (each a whole \`edgepy build\` process, Node start-up included${failedBuilds ? `; ${failedBuilds} builds FAILED` : ''})`);
  const spreads = [];
  for (const [name, r] of Object.entries(results)) {
    for (const i of IMPLS) if (r.impls[i].spreadFlag) spreads.push(`${name}/${IMPL_LABEL[i]} ${r.impls[i].spread.toFixed(2)}`);
  }
  if (spreads.length) lines.push(`spread over 10%: ${spreads.join(', ')}`);
  return lines.join('\n');
}

/** Every failure, with identical messages grouped (a missing CLI fails every build alike). */
export function failures(ctx) {
  const byMessage = new Map();
  const add = (where, message) => {
    if (!byMessage.has(message)) byMessage.set(message, []);
    byMessage.get(message).push(where);
  };
  for (const i of IMPLS) if (ctx.empty[i].status === 'FAILED') add(`${IMPL_LABEL[i]} on the empty program`, ctx.empty[i].failure);
  const hello = ctx.syntheticBuilds.hello;
  if (!hello.ok) add('edgepy on hello world (start-up, sizes)', `build failed: ${hello.error}`);
  for (const [name, r] of Object.entries(ctx.results)) {
    for (const i of IMPLS) if (r.impls[i].status === 'FAILED') add(`${IMPL_LABEL[i]} on ${name}`, r.impls[i].failure);
  }
  if (!byMessage.size) return '\nNo failures: every run exited 0 and printed exactly the expected output.';
  const out = ['', 'FAILED'];
  for (const [message, where] of byMessage) {
    out.push(`  ${where.join(', ')}:`);
    out.push(...message.split('\n').map((l) => `      ${l}`));
  }
  return out.join('\n');
}

export function meansTable(means) {
  const cell = (m) => (m.value == null ? `— (0)` : `${x(m.value)} (${m.covers})`);
  const rows = means.map((g) => [`${g.label} [${g.size}]`, cell(g.means.netVsCpython), cell(g.means.netVsJs), cell(g.means.wholeVsCpython), cell(g.means.wholeVsJs)]);
  return [
    '',
    'Geometric means of edgepy ÷ other (below 1 = edgepy faster); in parentheses how many benchmarks each covers.',
    table(rows, ['group [size]', 'net ep/CPython', 'net ep/JS', 'whole ep/CPython', 'whole ep/JS'], [false, true, true, true, true]),
    '',
    'The same over CPU time (user+system; net = minimum minus the empty program\'s minimum):',
    table(
      means.map((g) => [`${g.label} [${g.size}]`, ...['netVsCpython', 'netVsJs', 'wholeVsCpython', 'wholeVsJs'].map((k) => (g.cpuMeans ? cell(g.cpuMeans[k]) : '—'))]),
      ['group [size]', 'net ep/CPython', 'net ep/JS', 'whole ep/CPython', 'whole ep/JS'],
      [false, true, true, true, true],
    ),
    '',
    'The same geometric means over median times (median ratios; the targets use the minimums above):',
    table(
      means.map((g) => [`${g.label} [${g.size}]`, ...['netVsCpython', 'netVsJs', 'wholeVsCpython', 'wholeVsJs'].map((k) => (g.medianMeans ? cell(g.medianMeans[k]) : '—'))]),
      ['group [size]', 'net ep/CPython', 'net ep/JS', 'whole ep/CPython', 'whole ep/JS'],
      [false, true, true, true, true],
    ),
  ].join('\n');
}

export function targetsSection(targets) {
  const tag = { met: 'met', 'not met': 'NOT MET', incomplete: 'incomplete', 'not measured': 'not measured' };
  const width = Math.max(...targets.map((t) => t.text.length));
  return ['', 'Targets (issue 8)', ...targets.map((t) => `  ${pad(`[${tag[t.status]}]`, 14)} ${pad(t.text, width)}  ${t.detail ?? ''}`)].join('\n');
}

export function extrasSection(extras) {
  const out = [''];
  const tp = extras.throughput;
  if (tp === undefined) out.push('Compile throughput: skipped');
  else if (!tp.ok) out.push(`Compile throughput: not measured: ${tp.error}`);
  else {
    out.push(`Compile throughput (library API compile() with source maps, fresh process): ${int(tp.warmLinesPerSec)} lines/s warm (best of ${tp.warmPasses} passes, ${tp.warmBestMs.toFixed(1)} ms for ${int(tp.lines)} lines in ${tp.acceptedFiles} files); ${int(tp.coldLinesPerSec)} lines/s over the whole corpus on the first, cold pass`);
  }
  if (tp?.rejected?.length) {
    out.push(`  left out (${tp.rejected.length} of ${tp.files} files did not compile):`);
    for (const r of tp.rejected.slice(0, 10)) out.push(`    ${r.path}: ${r.reason}`);
    if (tp.rejected.length > 10) out.push(`    ... ${tp.rejected.length - 10} more`);
  }
  const su = extras.startup;
  if (su === undefined) out.push('Start-up: skipped');
  else if (!su.ok) out.push(`Start-up: not measured: ${su.error}`);
  else {
    out.push(`Start-up (minimum / median of ${su.reps} runs): ${Object.values(su.cases).map((c) => `${c.label} ${c.minMs.toFixed(1)} / ${c.medianMs.toFixed(1)} ms`).join(', ')}`);
    out.push(`  hello-world bundle overhead: ${su.overheadVsNodeE0Ms.toFixed(1)} ms over \`node -e 0\`, ${su.overheadVsEmptyMjsMs.toFixed(1)} ms over an empty .mjs`);
  }
  const sz = extras.sizes;
  if (sz === undefined) out.push('Bundle sizes: skipped');
  else if (sz.error) out.push(`Bundle sizes: not measured: ${sz.error}`);
  else {
    for (const [key, label] of [['hello', 'hello-world bundle'], ['runtime', 'whole runtime (dist/runtime.js)']]) {
      const b = sz[key];
      if (!b.ok) out.push(`Bundle size, ${label}: not measured: ${b.error}`);
      else {
        out.push(`Bundle size, ${label}: ${int(b.minGzipBytes)} B min+gzip (${int(b.minBytes)} B minified, ${int(b.rawBytes)} B as built)` +
          (b.unresolvedImports.length ? `; NOT self-contained, imports ${b.unresolvedImports.join(', ')}` : ''));
      }
    }
  }
  return out.join('\n');
}
