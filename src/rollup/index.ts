// edgepy/rollup: a Rollup plugin (and, unchanged, a Vite plugin) that compiles `.py` modules.
//
// `transform` compiles each included `.py` id to an ES module with a source map. Python imports
// between `.py` files are resolved on disk relative to the importing file and emitted as ES
// imports of the target `.py` path, so Rollup follows them, bundles each module once, and
// watch mode re-runs importers when a module changes. Syntax and import errors go through
// `this.error` with the id, line, column and a code frame.
import { createFilter, type FilterPattern } from '@rollup/pluginutils';
import type { Plugin } from 'rollup';
import { dirname } from 'node:path';
import { compile } from '../compile';
import { formatDiagnostic } from '../diagnostics';
import { resolvePyImport, moduleNameFor } from '../project/resolve';
import { analyzeFiles, type AnalyzedProgram } from '../project/analyze';

export interface EdgepyPluginOptions {
  include?: FilterPattern;
  exclude?: FilterPattern;
  /** Module specifier compiled code imports the runtime from (default 'edgepy/runtime'). */
  runtimeImport?: string;
  /** Host modules the embedder provides at run time, besides the built-in ones. */
  hostModules?: string[];
  /** Directory Python module names are relative to (default: each module's own directory). */
  root?: string;
  /** Files whose `__name__` is '__main__' (default: none; `edgepy build` sets its entry). */
  mainFiles?: string[];
  sourceMap?: boolean;
  /**
   * Entry `.py` files of a whole program (`edgepy build` sets its entry): every module reachable
   * from them is compiled with the whole-program effect analysis, so functions that cannot
   * suspend compile as plain JS functions across modules. Sound only when no other `.py`
   * module imports them; without it each module is compiled on its own, conservatively.
   */
  program?: string[];
}

export default function edgepy(options: EdgepyPluginOptions = {}): Plugin {
  const filter = createFilter(options.include ?? '**/*.py', options.exclude);
  const rootFor = (id: string) => options.root ?? dirname(id);
  let program: AnalyzedProgram | null = null;
  return {
    name: 'edgepy',
    buildStart() {
      // re-analyzed on every (watch) build: any module may have changed
      program = options.program?.length ? analyzeFiles(options.program, rootFor, options.hostModules) : null;
      for (const f of program?.files ?? []) this.addWatchFile(f);
    },
    transform(source, id) {
      if (!id.endsWith('.py') || !filter(id)) return null;
      const root = rootFor(id);
      const result = compile(source, {
        filename: id,
        moduleName: options.mainFiles?.includes(id) ? '__main__' : moduleNameFor(id, root),
        sourceMap: options.sourceMap ?? true,
        runtimeImport: options.runtimeImport,
        hostModules: options.hostModules,
        programInfo: program?.files.has(id) ? program.info : undefined,
        resolveImport: (spec, quoted, level) => resolvePyImport(id, spec, quoted, level, root),
      });
      const error = result.diagnostics.find((d) => d.severity === 'error');
      if (error) {
        this.error({
          message: `${error.kind}: ${error.message}`,
          id,
          loc: { file: id, line: error.line, column: error.column - 1 },
          frame: formatDiagnostic(error, source),
        });
      }
      return { code: result.code, map: result.map as never };
    },
  };
}
