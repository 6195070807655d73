// Compile a program from disk and run it: the shared path under `edgepy run`, `edgepy test`
// and `runPython`.
import { formatDiagnostic } from '../diagnostics';
import { buildGraph, type GraphOptions } from './graph';
import { materialize } from './materialize';
import { executeEntry, type ExecuteOptions } from './execute';

export { buildGraph } from './graph';
export { readPySource, SourceDecodeError } from './source';
export type { ProgramGraph, CompiledModule, GraphOptions } from './graph';
export { materialize } from './materialize';
export { executeEntry } from './execute';
export type { ExecuteOptions } from './execute';

export interface RunFileOptions extends ExecuteOptions, GraphOptions {}

/** Compiles FILE and its imports, runs it, returns the exit code. Nothing runs on a compile error. */
export async function runFile(file: string, options: RunFileOptions): Promise<number> {
  const graph = buildGraph(file, options);
  if (graph.diagnostics.length) {
    const d = graph.diagnostics[0];
    options.stderr(formatDiagnostic(d, graph.sources.get(d.filename) ?? null) + '\n');
    return 1;
  }
  const out = materialize(graph);
  try {
    return await executeEntry(out.entryUrl, options);
  } finally {
    out.dispose();
  }
}
