// Everything that happens before the clock starts: making sure the compiler itself is built
// (dist/), and building every benchmark program with the edgepy CLI into .bench/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildLock, distDir, distSnapshot, edgepyCli, repoRoot, scratchDir } from './paths.mjs';
import { runTimed } from './proc.mjs';

const newestMtime = (dir) => {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
};

/**
 * Runs `npm run build` when dist/ is missing or older than src/ or runtime/, so that a fresh
 * clone (CI) and a working tree with new commits both measure the current compiler.
 * Returns { built, ok, ms, log }.
 */
export function ensureDist() {
  const marker = join(repoRoot, 'dist', 'index.js');
  const sources = Math.max(newestMtime(join(repoRoot, 'src')), newestMtime(join(repoRoot, 'runtime')));
  if (existsSync(marker) && statSync(marker).mtimeMs >= sources) return { built: false, ok: true };
  const t0 = performance.now();
  // Under `npm run bench`, npm says where it lives; otherwise npm must be on PATH.
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  // Under the exclusive build lock when flock exists, so nobody reads a half-written dist/.
  const cmd = hasFlock() ? ['flock', [buildLock, npm[0], ...npm[1], 'run', 'build', '--silent']] : [npm[0], [...npm[1], 'run', 'build', '--silent']];
  const r = spawnSync(cmd[0], cmd[1], { cwd: repoRoot, encoding: 'utf8', timeout: 600_000 });
  // eslint-disable-next-line no-control-regex -- Rollup colours its errors; the log is plain text.
  const log = `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '').trim();
  return { built: true, ok: r.status === 0, ms: performance.now() - t0, log };
}

let flockFound;
function hasFlock() {
  flockFound ??= spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  return flockFound;
}

/**
 * Copies dist/ to .bench/dist (the compiler every later step uses), holding the shared build
 * lock for the copy so that a concurrent `npm run build` cannot hand us half its files.
 * Returns { ok, error }.
 */
export function snapshotDist() {
  if (!existsSync(join(distDir, 'cli.js'))) return { ok: false, error: `${distDir}/cli.js not found (npm run build)` };
  rmSync(distSnapshot, { recursive: true, force: true });
  mkdirSync(dirname(distSnapshot), { recursive: true }); // a fresh clone has no .bench/ yet
  if (hasFlock()) {
    const r = spawnSync('flock', ['-s', buildLock, 'cp', '-R', distDir, distSnapshot], { encoding: 'utf8', timeout: 600_000 });
    return r.status === 0 ? { ok: true, error: null } : { ok: false, error: `copying dist/ failed: ${r.stderr || r.status}` };
  }
  cpSync(distDir, distSnapshot, { recursive: true });
  return { ok: true, error: null };
}

/** Writes the synthetic programs: an empty one (start-up baseline) and hello world. */
export function writeSyntheticSources() {
  const dir = join(scratchDir, 'src');
  mkdirSync(dir, { recursive: true });
  const files = {
    emptyPy: join(dir, 'empty.py'),
    helloPy: join(dir, 'hello.py'),
    emptyMjs: join(dir, 'empty.mjs'),
  };
  writeFileSync(files.emptyPy, '');
  writeFileSync(files.helloPy, 'print("hello world")\n');
  writeFileSync(files.emptyMjs, '');
  return files;
}

/**
 * The useful part of a failed build's output: Node's own stack frames and the code frame it
 * prints for an uncaught error are dropped, so the message itself (a diagnostic, a missing
 * module) shows, then at most `lines` lines.
 */
export function excerpt(text, lines = 12) {
  const all = text.trim().split('\n');
  const errorAt = all.findIndex((l) => /^(\w*Error\b|error\b)/i.test(l.trim()) || /Error(\s*\[[A-Z_]+\])?:/.test(l));
  const start = errorAt > 0 && all.slice(0, errorAt).every((l) => /^\s*(node:internal|\S+:\d+$|throw |\^|$)/.test(l)) ? errorAt : 0;
  const kept = all.slice(start).filter((l) => !/^\s+at .*\(?node:internal\//.test(l));
  return kept.length > lines ? [...kept.slice(0, lines), `... (${kept.length - lines} more lines)`].join('\n') : kept.join('\n');
}

/** One line of an error for places that only refer to it (the full text is in the FAILED list). */
export const firstLine = (text) => String(text ?? '').trim().split('\n')[0];

/**
 * `node bin/edgepy.js build SRC -o OUT`, timed as a whole process (compile time is reported on
 * its own and never counted in run time). Returns { ok, ms, out, error }.
 */
export async function buildWithEdgepy(source, out, { timeoutMs }) {
  mkdirSync(scratchDir, { recursive: true });
  if (!existsSync(edgepyCli)) return { ok: false, ms: null, out, error: `edgepy CLI not found: ${edgepyCli}` };
  const r = await runTimed({
    cmd: process.execPath,
    args: [edgepyCli, 'build', source, '-o', out],
    cwd: repoRoot,
    timeoutMs,
    rssMethod: 'none',
  });
  const output = `${r.stderr.toString()}${r.stdout.toString()}`;
  if (r.timedOut) return { ok: false, ms: r.wallMs, out, error: `build timed out after ${timeoutMs / 1000} s` };
  if (r.error) return { ok: false, ms: r.wallMs, out, error: r.error };
  if (r.code !== 0) return { ok: false, ms: r.wallMs, out, error: excerpt(output || `exit status ${r.code ?? r.signal}`) };
  if (!existsSync(out)) return { ok: false, ms: r.wallMs, out, error: `build exited 0 but wrote no ${out}` };
  return { ok: true, ms: r.wallMs, out, error: null };
}
