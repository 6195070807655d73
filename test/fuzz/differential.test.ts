// Differential fuzzing (issue 9): generated valid programs (program-generator.ts) compiled by
// edgepy and run on the built runtime (dist/) must print exactly what CPython prints, and end
// with the same exception line. CPython runs the whole batch in one process
// (cpython-batch.py). Skipped cleanly when python3 is absent. Every difference found is listed
// with its program, so it can become a fixture and a fix.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { runEdgepy, type Outcome as Run } from './run-edgepy';
import { generateProgram } from './program-generator';
import { fuzzRuns, fuzzSeed, counters } from './counts';

const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = python.status === 0 && /Python 3\.11/.test(python.stdout + python.stderr);

interface Outcome extends Run { skip?: boolean }

function cpython(sources: string[]): Outcome[] {
  const r = spawnSync('python3', [new URL('./cpython-batch.py', import.meta.url).pathname], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`cpython-batch.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}


const RUNS = fuzzRuns(120);

describe.skipIf(!hasPython)('differential: generated programs print what CPython prints', () => {
  it('matches CPython 3.11 on every generated program', async () => {
    const seeds = fc.sample(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { seed: fuzzSeed(20261203), numRuns: RUNS });
    const sources = seeds.map(generateProgram);
    counters.programs += sources.length;
    const expected = cpython(sources);
    const diffs: string[] = [];
    for (let i = 0; i < sources.length; i++) {
      if (expected[i].skip) continue;
      const got = await runEdgepy(sources[i]);
      counters.compared++;
      if (got.out !== expected[i].out || got.err !== expected[i].err) {
        diffs.push(`--- program (seed ${seeds[i]}):\n${sources[i]}--- cpython: ${JSON.stringify(expected[i])}\n--- edgepy: ${JSON.stringify(got)}\n`);
      }
    }
    // eslint-disable-next-line no-console
    console.log(`differential: ${counters.programs} generated, ${counters.compared} compared, ${diffs.length} differ`);
    expect(counters.compared).toBeGreaterThan(sources.length * 0.8);
    expect(diffs.join('\n')).toBe('');
  }, 60_000 + RUNS * 200);
});
