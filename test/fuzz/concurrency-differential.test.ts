// Differential fuzzing of the scheduler (issues 6 and 9): random concurrency programs
// (concurrency-generator.ts) run by edgepy on the virtual clock must print exactly what the
// spec's executable model prints (oracle/edge_oracle.py, a copy of shared/tools/edge_oracle.py)
// and end with the same error line. Skipped with a notice where Debian's python3 with greenlet
// is missing. Every difference is listed with its program and seed so it can be replayed
// (FUZZ_SEED / FUZZ_RUNS, test/fuzz/counts.ts).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { runEdgepy, type Outcome } from './run-edgepy';
import { generateConcurrencyProgram, type ConcurrencyProgram } from './concurrency-generator';
import { fuzzRuns, fuzzSeed } from './counts';

const PYTHON = '/usr/bin/python3';
const ORACLE = new URL('./oracle/edge_oracle.py', import.meta.url).pathname;
const probe = spawnSync(PYTHON, ['-c', 'import greenlet, sys; assert sys.version_info[:2] == (3, 11)'], { encoding: 'utf8' });
const hasOracle = probe.status === 0;
if (!hasOracle) console.warn('concurrency differential fuzz skipped: needs /usr/bin/python3 3.11 with greenlet (apt-get install python3-greenlet)');

const dir = mkdtempSync(join(tmpdir(), 'edgepy-cfuzz-'));

function oracle({ source, events, interactiveEvents }: ConcurrencyProgram, i: number): Outcome {
  const file = join(dir, `p${i}.py`);
  writeFileSync(file, source);
  const args = [...events.flatMap((e) => ['--event', e]), ...interactiveEvents.flatMap((e) => ['--interactive-event', e])];
  const r = spawnSync(PYTHON, [ORACLE, file, ...args], { encoding: 'utf8', timeout: 30_000 });
  if (r.status === null) throw new Error(`edge_oracle.py did not finish on:\n${source}`);
  const lines = r.stderr.trimEnd().split('\n');
  return { out: r.stdout, err: r.status === 0 ? null : lines[lines.length - 1] };
}


const RUNS = fuzzRuns(40);

describe.skipIf(!hasOracle)('concurrency differential: generated programs print what the spec model prints', () => {
  it('matches edge_oracle.py on every generated program', async () => {
    const seeds = fc.sample(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { seed: fuzzSeed(20261204), numRuns: RUNS });
    const diffs: string[] = [];
    let lines = 0;
    for (let i = 0; i < seeds.length; i++) {
      const program = generateConcurrencyProgram(seeds[i]);
      const want = oracle(program, i);
      const got = await runEdgepy(program.source, { events: program.events, interactiveEvents: program.interactiveEvents });
      lines += want.out.split('\n').length - 1;
      if (got.out !== want.out || got.err !== want.err) {
        const ev = `events ${JSON.stringify(program.events)}, interactive ${JSON.stringify(program.interactiveEvents)}`;
        diffs.push(`--- program (seed ${seeds[i]}; ${ev}):\n${program.source}--- oracle: ${JSON.stringify(want)}\n--- edgepy: ${JSON.stringify(got)}\n`);
      }
    }
    // eslint-disable-next-line no-console
    console.log(`concurrency differential: ${seeds.length} programs (${lines} output lines) compared, ${diffs.length} differ`);
    expect(diffs.join('\n')).toBe('');
  }, 60_000 + RUNS * 1_000);
});
