// Runs a generated program with edgepy (the built package, dist/) on the virtual clock, as the
// differential suites compare it: its stdout and the last line of its traceback.
import { load } from '../sandbox/harness';

export interface Outcome { out: string; err: string | null }

export async function runEdgepy(source: string, options: Record<string, any> = {}): Promise<Outcome> {
  // run as CPython runs a script: classes and functions belong to `__main__`
  const program = await load(source, 'main.py', [], '__main__');
  let out = '';
  let stderr = '';
  // the sandbox budget turns a runaway loop (a bug) into an error instead of a hung test
  const r = await program.exec({
    clock: 'virtual',
    input: [],
    limits: { maxOperations: 5_000_000 },
    ...options,
    print: (s: string) => (out += s),
    stderr: (s: string) => (stderr += s),
  });
  const lines = stderr.trimEnd().split('\n');
  return { out, err: r.exitCode === 0 ? null : lines[lines.length - 1] };
}
