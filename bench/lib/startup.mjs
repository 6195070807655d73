// Start-up cost of a compiled program: `node` running a built hello-world bundle against bare
// `node -e 0` and `node` on an empty .mjs (and the empty-program bundle, for reference).
// Many short interleaved runs; the minimum is the figure (noise only ever adds time).
import { firstLine } from './build.mjs';
import { runTimed } from './proc.mjs';
import { median, min } from './stats.mjs';

export async function measureStartup({ helloBuild, emptyBuild, emptyMjs, reps, timeoutMs }, progress) {
  if (!helloBuild.ok) return { ok: false, error: `hello-world build failed: ${firstLine(helloBuild.error)}` };
  const cases = [
    { key: 'nodeE0', label: 'node -e 0', args: ['-e', '0'], expect: '' },
    { key: 'emptyMjs', label: 'node empty.mjs', args: [emptyMjs], expect: '' },
    { key: 'hello', label: 'node hello bundle', args: [helloBuild.out], expect: 'hello world\n' },
  ];
  if (emptyBuild.ok) cases.push({ key: 'emptyBundle', label: 'node empty-program bundle', args: [emptyBuild.out], expect: '' });
  const times = Object.fromEntries(cases.map((c) => [c.key, []]));
  for (let rep = 1; rep <= reps; rep++) {
    for (const c of cases) {
      progress.update(`[start-up] run ${rep}/${reps} ${c.label} …`);
      const r = await runTimed({ cmd: process.execPath, args: c.args, timeoutMs, rssMethod: 'none' });
      if (r.code !== 0 || r.timedOut || r.stdout.toString() !== c.expect) {
        const why = r.timedOut ? 'timed out' : r.code !== 0 ? `exit status ${r.code ?? r.signal}: ${r.stderr.toString().trim().split('\n').slice(-3).join(' | ')}` : `unexpected stdout ${JSON.stringify(r.stdout.toString().slice(0, 80))}`;
        return { ok: false, error: `${c.label}: ${why}` };
      }
      times[c.key].push(r.wallMs);
    }
  }
  const summary = Object.fromEntries(cases.map((c) => [c.key, { label: c.label, minMs: min(times[c.key]), medianMs: median(times[c.key]) }]));
  return {
    ok: true,
    reps,
    cases: summary,
    overheadVsNodeE0Ms: summary.hello.minMs - summary.nodeE0.minMs,
    overheadVsEmptyMjsMs: summary.hello.minMs - summary.emptyMjs.minMs,
  };
}
