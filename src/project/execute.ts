// Runs a materialized program: imports its entry module (whose default export is a Program,
// see shared/spec/interfaces.md) and drives it to the end with the auto driver, mapping the
// outcome to what a process reports: stdout, a CPython-style traceback on stderr, an exit code.

export interface ExecuteOptions {
  clock?: 'real' | 'virtual';
  events?: string[];
  input?: string[];
  interactiveEvents?: string[];
  frameRate?: number;
  modules?: Record<string, Record<string, unknown>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface PythonErrorLike {
  pythonType?: string;
  message?: string;
  traceback?: string;
  exitCode?: number;
}

interface ProgramLike {
  run(options: Record<string, unknown>): Promise<unknown>;
}

export async function executeEntry(entryUrl: string, options: ExecuteOptions): Promise<number> {
  const mod = (await import(entryUrl)) as { default: ProgramLike };
  const program = mod.default;
  try {
    await program.run({
      print: options.stdout,
      clock: options.clock ?? 'real',
      events: options.events ?? [],
      input: options.input,
      interactiveEvents: options.interactiveEvents,
      frameRate: options.frameRate,
      modules: options.modules,
    });
    return 0;
  } catch (err) {
    return reportFailure(err, options.stderr);
  }
}

/** Turns a rejected run into an exit code, printing what CPython would print. */
export function reportFailure(err: unknown, stderr: (text: string) => void): number {
  const e = err as PythonErrorLike;
  if (e && typeof e === 'object' && typeof e.exitCode === 'number' && e.pythonType === 'SystemExit') {
    if (e.traceback) stderr(e.traceback.endsWith('\n') ? e.traceback : e.traceback + '\n');
    return e.exitCode;
  }
  if (e && typeof e === 'object' && typeof e.traceback === 'string') {
    stderr(e.traceback.endsWith('\n') ? e.traceback : e.traceback + '\n');
    return typeof e.exitCode === 'number' ? e.exitCode : 1;
  }
  // Not a Python exception: a driver failure such as "frame() needs a render host", or a bug.
  const message = err instanceof Error ? err.message : String(err);
  stderr(message.endsWith('\n') ? message : message + '\n');
  return 1;
}
