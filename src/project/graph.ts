// The module graph of a program: compile the entry and, transitively, every `.py` file it
// imports. Each module is compiled once; its imports are resolved on disk and given a stable
// ES specifier (`./<id>.mjs`) so the set can be written side by side and imported by Node.
import { dirname, resolve, basename, relative } from 'node:path';
import { compile, makeResolver, analyzeProgram, type CompileOptions, type ProgramInfo } from '../compile';
import { parse } from '../parser/index';
import type { ProgramUnit } from '../analysis/program';
import type { Diagnostic } from '../diagnostics';
import { readPySource, SourceDecodeError } from './source';
export { readPySource } from './source';
import { resolvePyImport, moduleNameFor } from './resolve';

export interface CompiledModule {
  file: string; // absolute path of the .py file
  id: string; // file name of the compiled module in the output directory, e.g. 'm1_util.mjs'
  moduleName: string;
  source: string;
  code: string;
  map: object | null;
}

export interface ProgramGraph {
  entry: CompiledModule;
  modules: CompiledModule[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>; // filename -> source, for formatting diagnostics
}

export interface GraphOptions {
  runtimeImport: string;
  hostModules?: string[];
  sourceMap?: boolean;
  /** File names in diagnostics and tracebacks are shown relative to this directory (default: the entry's). */
  displayRoot?: string;
}

/** Reads a source file as CPython does: UTF-8, an optional BOM dropped. */

export function buildGraph(entryFile: string, options: GraphOptions): ProgramGraph {
  const entryPath = resolve(entryFile);
  const rootDir = dirname(entryPath);
  const byFile = new Map<string, CompiledModule>();
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const queue: string[] = [entryPath];
  let counter = 0;
  const idFor = new Map<string, string>();
  const specifierOf = (file: string): string => {
    let id = idFor.get(file);
    if (!id) {
      id = `m${counter++}_${basename(file, '.py').replace(/[^A-Za-z0-9_]/g, '_')}.mjs`;
      idFor.set(file, id);
    }
    return id;
  };
  specifierOf(entryPath);

  const moduleNameOf = (file: string) => (file === entryPath ? '__main__' : moduleNameFor(file, rootDir));
  const compileOptions = (file: string, pending: string[] | null, programInfo?: ProgramInfo): CompileOptions => ({
    filename: relativeDisplay(file, options.displayRoot ?? rootDir),
    moduleName: moduleNameOf(file),
    sourceMap: options.sourceMap ?? true,
    runtimeImport: options.runtimeImport,
    hostModules: options.hostModules,
    programInfo,
    resolveImport: (spec, quoted, level) => {
      const target = resolvePyImport(file, spec, quoted, level, rootDir);
      if (!target) return null;
      pending?.push(target);
      return './' + specifierOf(target);
    },
  });

  // Pass 1: compile every module reachable from the entry (this finds the graph and reports
  // syntax and import errors).
  while (queue.length) {
    const file = queue.shift()!;
    if (byFile.has(file)) continue;
    let source: string;
    try {
      source = readPySource(file, relativeDisplay(file, options.displayRoot ?? rootDir));
    } catch (e) {
      if (!(e instanceof SourceDecodeError)) throw e;
      diagnostics.push(e.diagnostic);
      break;
    }
    const pending: string[] = [];
    const opts = compileOptions(file, pending);
    sources.set(opts.filename!, source);
    const result = compile(source, opts);
    diagnostics.push(...result.diagnostics.filter((d) => d.severity === 'error'));
    byFile.set(file, { file, id: specifierOf(file), moduleName: moduleNameOf(file), source, code: result.code, map: result.map });
    for (const p of pending) if (!byFile.has(p)) queue.push(p);
  }

  // Pass 2, for programs of several modules: the whole-program effect analysis, then compile
  // again with its facts, so a function that cannot suspend compiles as plain code even when it
  // calls into (or is called from) other modules.
  if (byFile.size > 1 && diagnostics.length === 0) {
    const units: ProgramUnit[] = [];
    for (const m of byFile.values()) {
      const opts = compileOptions(m.file, null);
      const parsed = parse(m.source, opts.filename!);
      if (!parsed.module) return finish();
      units.push({ key: './' + m.id, module: parsed.module, filename: opts.filename!, resolve: makeResolver(opts) });
    }
    const info = analyzeProgram(units);
    for (const m of byFile.values()) {
      const result = compile(m.source, compileOptions(m.file, null, info));
      if (result.diagnostics.some((d) => d.severity === 'error')) {
        diagnostics.push(...result.diagnostics.filter((d) => d.severity === 'error'));
        break;
      }
      m.code = result.code;
      m.map = result.map;
    }
  }
  return finish();

  function finish(): ProgramGraph {
    const modules = [...byFile.values()];
    return { entry: byFile.get(entryPath)!, modules, diagnostics, sources };
  }
}

function relativeDisplay(file: string, root: string): string {
  const rel = relative(root, file);
  return rel.startsWith('..') ? file : rel;
}
