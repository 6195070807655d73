// Named exports of a compiled module (interfaces.md "What a compiled module is"): each top-level
// Python function is also an async JS function. `import { add } from './lib.py'` then
// `await add(2, 3)`.
//
// While a session of the program is live (started with `start()`, or `run()` still driving it),
// a call joins it: a new coroutine on its scheduler, over its module objects, so it sees and
// changes the running program's globals and may talk to it (events, shared state).
// Otherwise a program's exports share one set of module objects (a "library"): the first call runs the
// module body (as an imported module, `__name__` is the module's own name, so an
// `if __name__ == "__main__":` block does not run), later calls reuse its globals. Each call
// runs in its own session on a fresh scheduler with the program's `exportOptions`, so it may
// sleep, gather, or make host calls; the Promise settles when the call's coroutine ends.
import { callN } from '../objects/calls';
import { getattrOr } from '../objects/attrs';
import { pyError } from '../objects/errors';
import { Frame } from '../scheduler/frames';
import { PyCoroutine } from '../scheduler/coroutine';
import { awaitValue } from '../scheduler/builtins';
import { hostValueToPython } from '../scheduler/convert';
import type { Program } from './program';
import { Session, type LibraryState } from './session';
import { PyModule } from './module';
import { pythonToHost } from './host';
import { drive } from './driver';

interface Library extends Omit<LibraryState, 'body'> {
  /** settles when the module body has run (null: not started, or the last attempt failed) */
  loaded: Promise<void> | null;
}

const libraries = new WeakMap<Program, Library>();

function libraryOf(program: Program): Library {
  let lib = libraries.get(program);
  if (lib === undefined) {
    const def = program.def;
    const main = new PyModule(def.name, def.file, def);
    lib = { modules: new Map([[def, main]]), byName: new Map([[def.name, main]]), hostModules: new Map(), main, loaded: null };
    libraries.set(program, lib);
  }
  return lib;
}

/** Runs `body` as the root coroutine of a new session over the library's modules. */
async function runInLibrary(program: Program, lib: Library, body: (main: PyModule) => Generator<any, any, any>): Promise<void> {
  const options = program.exportOptions;
  const session = new Session(program.def, options, { ...lib, body }).begin();
  await drive(session, options);
}

function ensureLoaded(program: Program, lib: Library): Promise<void> {
  if (lib.loaded === null) {
    const def = program.def;
    lib.loaded = runInLibrary(program, lib, function* (main) {
      main.$$initializing = true;
      try {
        yield* def.body(main);
      } finally {
        main.$$initializing = false;
      }
    }).catch((e) => {
      // a failed import is forgotten (CPython): the next call runs the body again
      lib.loaded = null;
      lib.modules.clear();
      lib.byName.clear();
      lib.hostModules.clear();
      lib.main = new PyModule(def.name, def.file, def);
      lib.modules.set(def, lib.main);
      lib.byName.set(def.name, lib.main);
      throw e;
    });
  }
  return lib.loaded;
}

/**
 * Calls the module's function `name` with JS arguments converted to Python (number, boolean,
 * string, array → list, plain object → dict, null/undefined → None) and resolves with its
 * result converted to JS (int → number or bigint, float → number, str, list/tuple → array,
 * dict → plain object, None → null). Rejects with a PythonError (`pythonType`, `message`,
 * `traceback`) when the call raises.
 */
export async function callExport(program: Program, name: string, args: unknown[]): Promise<unknown> {
  const call = function* (main: PyModule): Generator<any, any, any> {
    const f = getattrOr(main, name);
    if (f === undefined) throw pyError('AttributeError', `module '${(main as any).$__name__ ?? program.def.name}' has no attribute '${name}'`);
    let r = callN(f, args.map(hostValueToPython));
    if (r instanceof Frame) r = yield* r;
    if (r instanceof PyCoroutine) r = yield* awaitValue(r); // an `async def`: await it
    return r;
  };
  // while the program runs (start() or run()), the call joins its scheduler and its globals
  const live = program.session;
  if (live !== null && live.accepting) return pythonToHost(await live.spawnCall(call));
  const lib = libraryOf(program);
  await ensureLoaded(program, lib);
  let result: any;
  await runInLibrary(program, lib, function* (main) {
    result = yield* call(main);
  });
  return pythonToHost(result);
}

/** The async JS function exported under the Python function's name (compiled modules call this). */
export function exportFunction(program: Program, name: string): (...args: unknown[]) => Promise<unknown> {
  const f = (...args: unknown[]) => callExport(program, name, args);
  Object.defineProperty(f, 'name', { value: name });
  return f;
}

