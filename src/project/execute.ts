// Runs a materialized program: imports its entry module (whose default export is a Program,
// see shared/spec/interfaces.md) and drives it to the end with the runtime's auto driver
// (`Program.exec`), which prints a CPython-style traceback to stderr and gives the exit code.

export interface ExecuteOptions {
  clock?: 'real' | 'virtual';
  events?: string[];
  input?: string[];
  interactiveEvents?: string[];
  frameRate?: number;
  modules?: Record<string, Record<string, unknown>>;
  /** the sandbox profile (maxOperations, maxRecursion, maxCoroutines, maxMemory); off when absent */
  limits?: Record<string, number>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface ProgramLike {
  exec(options: Record<string, unknown>): Promise<{ exitCode: number }>;
}

export async function executeEntry(entryUrl: string, options: ExecuteOptions): Promise<number> {
  const mod = (await import(entryUrl)) as { default: ProgramLike };
  const { exitCode } = await mod.default.exec({
    print: options.stdout,
    stderr: options.stderr,
    clock: options.clock ?? 'real',
    events: options.events ?? [],
    input: options.input,
    interactiveEvents: options.interactiveEvents,
    frameRate: options.frameRate,
    modules: options.modules,
    limits: options.limits,
  });
  return exitCode;
}
