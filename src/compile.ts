// The pipeline entry: source -> parse -> scopes -> effects -> lower -> emit.
// See docs/architecture.md. Never throws for bad input: problems come back as diagnostics.
import type { Diagnostic } from './diagnostics';
import { errorDiagnostic } from './diagnostics';
import type * as A from './ast/nodes';
import { parse } from './parser/index';
import { analyzeScopes } from './analysis/scopes';
import {
  collectModule, EffectSolution, suspendReport, type ImportResolver, type ProgramInfo, type SuspendReport,
  type ProgramFacts,
} from './analysis/effects';
import { BUILTIN_HOST_MODULES } from './analysis/builtins';
import type { ModuleEnv } from './lower/context';
import { lowerModule } from './lower/module';
import { emit } from './emit/generate';
import { installPacks } from './emit/method-packs';
import { walkAll } from './analysis/walk';

export type { ProgramInfo, SuspendReport, ProgramFacts };
export { analyzeProgram } from './analysis/program';

export interface CompileOptions {
  /** default 'main.py'; used in diagnostics, tracebacks, source map */
  filename?: string;
  /** Python module name; default derived from filename ('app.py' -> 'app') */
  moduleName?: string;
  /** default true */
  sourceMap?: boolean;
  /** module specifier of the runtime, default 'edgepy/runtime' */
  runtimeImport?: string;
  /** Python import -> ES specifier of the compiled module; null = not a .py module */
  resolveImport?: (spec: string, quoted: boolean, level: number) => string | null;
  /** extra host module names the embedder provides (besides network, time, math, json, random) */
  hostModules?: string[];
  /** whole-program facts from `analyzeProgram` (exact effects across modules) */
  programInfo?: ProgramInfo;
  /** attach a report of which functions compile as plain vs suspendable */
  explainSuspend?: boolean;
}

export interface CompileResult {
  code: string;
  map: object | null;
  diagnostics: Diagnostic[];
  imports: { spec: string; quoted: boolean; level: number; line: number }[];
  suspendReport?: SuspendReport;
}

export function defaultModuleName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  return base.replace(/\.py$/, '');
}

/** Resolves imports once each: host modules by name, `.py` modules through `resolveImport`. */
export function makeResolver(options: CompileOptions, onPy?: (key: string) => void): ImportResolver {
  const hosts = new Set([...Object.keys(BUILTIN_HOST_MODULES), ...(options.hostModules ?? [])]);
  const cache = new Map<string, { key: string } | { host: string } | null>();
  return (module, quoted, level) => {
    const k = `${level}:${quoted ? 'q' : 'n'}:${module}`;
    if (cache.has(k)) return cache.get(k)!;
    let r: { key: string } | { host: string } | null = null;
    if (!quoted && level === 0 && hosts.has(module)) r = { host: module };
    else {
      const spec = options.resolveImport?.(module, quoted, level) ?? null;
      if (spec !== null) {
        r = { key: spec };
        onPy?.(spec);
      }
    }
    cache.set(k, r);
    return r;
  };
}

/** Every import statement of the module, in source order (all scopes). */
export function importsOf(mod: A.Module): { stmt: A.Import | A.ImportFrom; module: string; quoted: boolean; level: number; pos: A.Pos }[] {
  const out: { stmt: A.Import | A.ImportFrom; module: string; quoted: boolean; level: number; pos: A.Pos }[] = [];
  walkAll(mod, (n) => {
    if (n.type === 'Import') for (const a of n.names) out.push({ stmt: n, module: a.name, quoted: a.quoted, level: 0, pos: a });
    else if (n.type === 'ImportFrom') {
      if (n.module === null) for (const a of n.names) out.push({ stmt: n, module: a.name, quoted: false, level: n.level, pos: a });
      else out.push({ stmt: n, module: n.module, quoted: n.quoted, level: n.level, pos: n });
    }
  });
  return out;
}

export function compile(source: string, options: CompileOptions = {}): CompileResult {
  const filename = options.filename ?? 'main.py';
  const result: CompileResult = { code: '', map: null, diagnostics: [], imports: [] };
  try {
    return compileInner(source, options, filename, result);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // a program nested deeper than the compiler's passes can follow: CPython's error for it
      result.diagnostics.push(errorDiagnostic('RecursionError', 'maximum recursion depth exceeded during compilation', filename, { line: 1, col: 0 }));
      return result;
    }
    const msg = e instanceof Error ? e.stack ?? e.message : String(e);
    result.diagnostics.push(errorDiagnostic('SystemError', `internal compiler error: ${msg}`, filename, { line: 1, col: 0 }));
    return result;
  }
}

function compileInner(source: string, options: CompileOptions, filename: string, result: CompileResult): CompileResult {
  const moduleName = options.moduleName ?? defaultModuleName(filename);
  const parsed = parse(source, filename);
  result.diagnostics.push(...parsed.diagnostics);
  const mod = parsed.module;
  if (!mod || parsed.diagnostics.some((d) => d.severity === 'error')) return result;

  const scopes = analyzeScopes(mod, filename);
  result.diagnostics.push(...scopes.diagnostics);
  if (scopes.diagnostics.length) return result;

  // imports: resolve each, report unknown modules, collect ES dependencies
  const deps: ModuleEnv['deps'] = [];
  const resolver = makeResolver(options, (key) => {
    if (!deps.some((d) => d.key === key)) deps.push({ key, spec: key, local: `$dep${deps.length}` });
  });
  for (const imp of importsOf(mod)) {
    const spec = imp.module;
    result.imports.push({ spec, quoted: imp.quoted, level: imp.level, line: imp.pos.line });
    // `from . import x`: x may be a name of the package's `__init__.py` rather than a submodule
    const inPackage = imp.stmt.type === 'ImportFrom' && imp.stmt.module === null && resolver('', false, imp.level);
    if (!resolver(spec, imp.quoted, imp.level) && !inPackage) {
      const shown = imp.level ? '.'.repeat(imp.level) + spec : spec;
      const name = imp.quoted ? spec : shown.split('.')[0] === '' ? shown : shown;
      result.diagnostics.push(errorDiagnostic('ModuleNotFoundError', `No module named '${name}'`, filename, imp.pos));
    }
  }
  if (result.diagnostics.some((d) => d.severity === 'error')) return result;

  const facts = collectModule('', mod, scopes, resolver);
  const sol = new EffectSolution([facts], options.programInfo ?? null);
  let seed: ProgramFacts | null = options.programInfo?.facts ?? null;
  if (!seed && (facts.hasPyImports || (options.moduleName !== undefined && moduleName !== '__main__'))) {
    // Without whole-program facts, functions of other modules (or callbacks they pass in) may
    // suspend anywhere: assume every dynamic call may.
    seed = { dyn: true, susNames: [], genSus: true };
  }
  sol.solve(seed);

  const fixedGlobals = new Map<string, string>();
  const top = scopes.module;
  if (!top.hasStarImport) {
    for (const [name, def] of top.defs) {
      // only a def that runs once: a direct statement of the module body (a def in a loop
      // makes a new function object, with its own defaults, each time it runs)
      if (top.bindCount.get(name) === 1 && def.decorators.length === 0 && mod.body.includes(def)) fixedGlobals.set(name, `${name}$f`);
    }
  }
  const env: ModuleEnv = {
    filename,
    moduleName,
    source,
    scopes,
    effects: sol,
    facts,
    resolver,
    hoisted: [],
    hoistedNames: new Map(),
    deps,
    diagnostics: [],
    counter: 0,
    fixedGlobals,
    classCells: new Map(),
    moduleFunctions: [],
  };
  const program = lowerModule(env, mod, options.runtimeImport ?? 'edgepy/runtime');
  result.diagnostics.push(...env.diagnostics);
  if (env.diagnostics.some((d) => d.severity === 'error')) return result;
  installPacks(program, mod);
  const out = emit(program, filename, source, options.sourceMap ?? true);
  result.code = out.code;
  result.map = out.map;
  if (options.explainSuspend) result.suspendReport = suspendReport(sol, facts);
  return result;
}
