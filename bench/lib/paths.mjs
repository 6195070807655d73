// Where things are: the repo (derived from this file, so it works from any clone and any cwd),
// the shared benchmark folder (outside the repo), and the scratch folder for built bundles.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const scratchDir = join(repoRoot, '.bench');
export const distDir = join(repoRoot, 'dist');
/**
 * A private copy of dist/ taken under the shared build lock before anything is built or timed.
 * Other engineers rebuild dist/ while a run (minutes long) goes on; the copy keeps every build,
 * the throughput pass and the size pass on one consistent compiler. `../../package.json` from
 * here is the repo's, so the CLI still reports the package version.
 */
export const distSnapshot = join(scratchDir, 'dist');
export const edgepyCli = join(distSnapshot, 'cli.js');
/** The lock `npm run build` is taken under in this checkout (docs/briefs/common.md). */
export const buildLock = '/tmp/edgepy-build.lock';
export const resultsFile = join(repoRoot, 'bench', 'results', 'latest.json');

// A folder is the benchmark folder if it has the programs' expected output and hand-written JS.
const looksLikeBenchDir = (dir) =>
  existsSync(join(dir, 'expected', 'fib.out')) && existsSync(join(dir, 'js', 'fib.mjs'));

/**
 * Finds the shared benchmark folder. Order: `--bench-dir`, `EDGEPY_BENCH_DIR`, then
 * `shared/bench` next to the repo or next to any of its ancestors (CI clones the repo to a
 * different path, usually still beside or below the folder that holds `shared/`).
 * Throws with every path tried, so a missing folder is obvious.
 */
export function findBenchDir(explicit) {
  const tried = [];
  for (const [source, dir] of [['--bench-dir', explicit], ['EDGEPY_BENCH_DIR', process.env.EDGEPY_BENCH_DIR]]) {
    if (!dir) continue;
    const abs = resolve(dir);
    if (looksLikeBenchDir(abs)) return abs;
    throw new Error(`${source} points to ${abs}, which is not the benchmark folder (no expected/fib.out and js/fib.mjs there)`);
  }
  for (let dir = repoRoot; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dirname(dir), 'shared', 'bench');
    tried.push(candidate);
    if (looksLikeBenchDir(candidate)) return candidate;
  }
  throw new Error(
    'cannot find the shared benchmark folder (../shared/bench relative to the repo).\n' +
      `Tried:\n${tried.map((t) => `  ${t}`).join('\n')}\n` +
      'Set EDGEPY_BENCH_DIR=/path/to/shared/bench or pass --bench-dir PATH.',
  );
}
