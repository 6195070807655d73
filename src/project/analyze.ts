// Whole-program effect analysis from entry files on disk, for builds that compile module by
// module (the Rollup plugin under `edgepy build`): walk every `.py` module reachable from the
// entries, keyed as the plugin's `resolveImport` keys them (absolute paths), and analyze them
// together. Modules outside the walked set compile without it (conservatively).
import { makeResolver, analyzeProgram, importsOf, type ProgramInfo } from '../compile';
import { parse } from '../parser/index';
import type { ProgramUnit } from '../analysis/program';
import { readPySource } from './graph';
import { resolvePyImport } from './resolve';

export interface AnalyzedProgram {
  info: ProgramInfo;
  /** absolute paths of the modules the analysis covers */
  files: Set<string>;
}

/** null when a module does not parse (the per-module compile reports the error). */
export function analyzeFiles(entries: string[], rootFor: (file: string) => string, hostModules?: string[]): AnalyzedProgram | null {
  const units: ProgramUnit[] = [];
  const files = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    const parsed = parse(readPySource(file), file);
    if (!parsed.module || parsed.diagnostics.some((d) => d.severity === 'error')) return null;
    const resolve = makeResolver({
      hostModules,
      resolveImport: (spec, quoted, level) => {
        const target = resolvePyImport(file, spec, quoted, level, rootFor(file));
        if (target && !files.has(target)) queue.push(target);
        return target;
      },
    });
    for (const imp of importsOf(parsed.module)) resolve(imp.module, imp.quoted, imp.level);
    units.push({ key: file, module: parsed.module, filename: file, resolve });
  }
  return { info: analyzeProgram(units), files };
}
