// Compiled modules and the Program (runtime ABI §6, interfaces.md): `defineModule` turns a
// compiled module into a Program; `importModule` runs a dependency's body once per session.
import { pyError } from '../objects/errors';
import { depth } from '../scheduler/frames';
import { active } from '../scheduler/scheduler';
import { Session, type RunOptions } from './session';
import { PyModule } from './module';
import { hostModule } from './host';
import { drive, execute, type ExecResult } from './driver';

export interface ModuleDef {
  name: string;
  file: string;
  source?: string;
  /** dependencies by the name the module imports them with */
  deps?: Record<string, Program>;
  /** the module body: `function* ($g)` */
  body: (g: any) => Generator<any, any, any>;
}

export class Program {
  /**
   * Options for calls through the module's named exports (./exports): clock, print, host
   * modules, ... Default: the real clock, output to the console.
   */
  exportOptions: RunOptions = {};

  /**
   * The most recent session of this program (start() or run()); calls through named exports
   * join it while it is live (./exports).
   */
  session: Session | null = null;

  constructor(readonly def: ModuleDef) {}

  /** Runs the program to its first stop and returns the session for manual driving. */
  start(options: RunOptions = {}): Session {
    const session = new Session(this.def, options);
    this.session = session;
    return session.begin();
  }

  /**
   * Runs the program to the end with the auto driver (concurrency.md §6). Resolves with the
   * entry module object; rejects with a PythonError (uncaught exception, SystemExit) or a
   * DriverError (frame() without a render host).
   */
  run(options: RunOptions = {}): Promise<any> {
    return drive(this.start(options), options);
  }

  /**
   * Like run(), for command lines: never rejects for program errors. Writes the traceback
   * (or SystemExit message) to `options.stderr` and resolves with the exit code.
   */
  exec(options: RunOptions = {}): Promise<ExecResult> {
    return execute(this, options);
  }
}

export function defineModule(def: ModuleDef): Program {
  return new Program(def);
}

/** Modules every program can import without shipping them: name → factory (e.g. time, math). */
export const builtinModules: Record<string, () => any> = Object.create(null);

export function registerModule(name: string, factory: () => any): void {
  builtinModules[name] = factory;
}

/**
 * `import name` from the module whose object is `$g`: a compiled dependency (its body runs once
 * per session, shared by every importer; during a circular import the partially initialised
 * module is returned, as CPython), else a host module from `options.modules`, else a built-in
 * module; otherwise ModuleNotFoundError.
 */
export function* importModule($g: any, name: string, factory?: () => any): Generator<any, any, any> {
  const session: Session | undefined = active?.session;
  if (session === undefined) throw pyError('ImportError', `cannot import ${name} outside a running program`);
  const dep = ($g?.$$def as ModuleDef | undefined)?.deps?.[name];
  if (dep !== undefined) {
    const def = dep.def;
    let m = session.modules.get(def);
    if (m !== undefined) return m;
    m = new PyModule(def.name, def.file, def);
    session.modules.set(def, m);
    session.byName.set(def.name, m);
    session.started.add(def);
    m.$$initializing = true;
    depth.n++;
    try {
      yield* def.body(m);
    } catch (e) {
      // a failed import leaves nothing behind (CPython)
      session.modules.delete(def);
      session.byName.delete(def.name);
      throw e;
    } finally {
      depth.n--;
      m.$$initializing = false;
    }
    bindInParent(session, def.name, m);
    return m;
  }
  return importHostModule(session, name, factory);
}

/** A loaded submodule `a.b.c` becomes attribute `c` of its loaded package `a.b` (CPython). */
function bindInParent(session: Session, name: string, m: PyModule): void {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return;
  const parent: any = session.byName.get(name.slice(0, dot));
  if (parent !== undefined) parent['$' + name.slice(dot + 1)] = m;
}

/** `importHost($g, name)`: a host or built-in module by name (not a compiled dependency). */
export function importHost(_$g: any, name: string, factory?: () => any): any {
  const session: Session | undefined = active?.session;
  if (session === undefined) throw pyError('ImportError', `cannot import ${name} outside a running program`);
  return importHostModule(session, name, factory);
}

/**
 * A host module: the embedder's (`options.modules`), else a registered one, else the one
 * `factory` makes (compiled code passes `$rt.std_math` etc. for the shipped modules).
 */
function importHostModule(session: Session, name: string, factory?: () => any): any {
  let m: any = session.hostModules.get(name);
  if (m !== undefined) return m;
  const given = session.options.modules?.[name];
  if (given !== undefined) m = hostModule(name, given);
  else if (builtinModules[name] !== undefined || factory !== undefined) {
    const made = (builtinModules[name] ?? factory!)();
    m = made instanceof PyModule ? made : hostModule(name, made);
  } else {
    const e: any = pyError('ModuleNotFoundError', `No module named '${name}'`);
    e.$name = name;
    throw e;
  }
  session.hostModules.set(name, m);
  return m;
}
