// Compile throughput: lines of Python per second, compiled to JS with source maps through the
// compiler's library API (dist/index.js), over fixtures/ plus the benchmark programs.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTimed } from './proc.mjs';
import { distSnapshot, repoRoot } from './paths.mjs';

const worker = join(dirname(fileURLToPath(import.meta.url)), 'throughput-worker.mjs');

function pyFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return pyFiles(path);
    return e.name.endsWith('.py') ? [path] : [];
  });
}

export function throughputCorpus(benchDir) {
  const benchPrograms = readdirSync(benchDir).filter((f) => f.endsWith('.py')).map((f) => join(benchDir, f));
  return [...pyFiles(join(repoRoot, 'fixtures')), ...benchPrograms].sort();
}

export async function measureThroughput(benchDir, { timeoutMs }) {
  const distIndex = join(distSnapshot, 'index.js');
  if (!existsSync(distIndex)) return { ok: false, error: `${distIndex} not found (npm run build)` };
  const files = throughputCorpus(benchDir);
  const r = await runTimed({ cmd: process.execPath, args: [worker, distIndex, ...files], cwd: repoRoot, timeoutMs: timeoutMs * 5, rssMethod: 'none' });
  if (r.code !== 0 || r.timedOut) {
    const why = r.timedOut ? 'timed out' : r.stderr.toString().trim().split('\n').slice(0, 8).join('\n');
    return { ok: false, error: `compile throughput worker failed: ${why}` };
  }
  const data = JSON.parse(r.stdout.toString());
  if (!data.acceptedFiles) return { ok: false, ...data, error: `no file of the ${data.files} compiled without errors` };
  return { ok: true, ...data };
}
