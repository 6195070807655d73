// Whole-program effect analysis: run the effect fixpoint over every module of a program at
// once, so a function of one module that suspends makes its callers in other modules
// suspendable (and a callback passed across modules is accounted for). The result is the
// `programInfo` to pass to `compile()` for each module.
import type * as A from '../ast/nodes';
import { analyzeScopes } from './scopes';
import { collectModule, EffectSolution, type ProgramInfo, type ImportResolver, type ModuleFacts } from './effects';

export interface ProgramUnit {
  /** the module's identity: what `resolveImport` of its importers returns for it */
  key: string;
  module: A.Module;
  filename: string;
  /** resolves this module's imports: `.py` modules to their key, host modules to their name */
  resolve: ImportResolver;
}

export function analyzeProgram(units: ProgramUnit[]): ProgramInfo {
  const mods: ModuleFacts[] = units.map((u) => collectModule(u.key, u.module, analyzeScopes(u.module, u.filename), u.resolve));
  const sol = new EffectSolution(mods, null);
  sol.solve(null);
  const exports: ProgramInfo['exports'] = Object.create(null); // module keys are user-chosen
  for (const m of mods) exports[m.key] = sol.exportsOf(m);
  return { facts: sol.facts(), exports };
}
