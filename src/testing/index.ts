// edgepy/testing: run a Python program the way `edgepy test` does and get its outputs, for use
// in Vitest or any other test runner. See shared/spec/interfaces.md.
import { resolve, dirname } from 'node:path';
import { distFile } from './dist-files';
import { runBatch } from './batch';

export { runSnapshotSuite, findCases } from './snapshots';
export { unifiedDiff } from './diff';

export interface RunPythonOptions {
  clock?: 'real' | 'virtual'; // default 'virtual'
  events?: string[];
  /** pushed one at a time whenever the program waits in receive() */
  interactiveEvents?: string[];
  input?: string[];
  /** harness host-module sets by name, as a fixture's `# modules:` header (e.g. 'network-stub') */
  modules?: string[];
  timeoutMs?: number; // default 10 s
}

export interface RunPythonResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Compiles and runs FILE (and its imports) in a fresh worker process; never throws for Python errors. */
export async function runPython(file: string, options: RunPythonOptions = {}): Promise<RunPythonResult> {
  const abs = resolve(file);
  const results = await runBatch(
    [{
      id: abs, file: abs, displayRoot: dirname(abs), clock: options.clock ?? 'virtual', events: options.events,
      interactiveEvents: options.interactiveEvents, input: options.input, modules: options.modules,
    }],
    { workerUrl: distFile('worker.js'), runtimeImport: distFile('runtime.js'), timeoutMs: options.timeoutMs, parallel: 1 },
  );
  const r = results.get(abs)!;
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}
