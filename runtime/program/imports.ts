// The name-binding half of imports (runtime ABI §6/§8): `from m import x` (`importFrom`),
// `from m import *` (`importStar`), and Edge's `import_module(name)` builtin. Loading modules is
// `importModule` / `importHost` in ./program.
import { pyError, throwError } from '../objects/errors';
import { getattrOr } from '../objects/attrs';
import { getattr } from '../objects/attrs';
import { iterToArray } from '../objects/iter';
import { typeOf } from '../objects/core';
import { defBuiltin } from '../builtins/namespace';
import { active } from '../scheduler/scheduler';
import type { Session } from './session';
import { PyModule } from './module';

function moduleName(mod: any): string {
  const n = mod?.$__name__;
  return typeof n === 'string' ? n : '?';
}

/**
 * `from mod import name`: the attribute, else an already imported submodule `mod.name` (CPython
 * looks in sys.modules), else CPython's ImportError — naming a partially initialised module
 * when the import is circular.
 */
export function importFrom(mod: any, name: string): any {
  const v = getattrOr(mod, name);
  if (v !== undefined) return v;
  const session: Session | undefined = active?.session;
  const mname = moduleName(mod);
  const sub = session?.byName.get(`${mname}.${name}`);
  if (sub !== undefined) return sub;
  const file = typeof mod?.$__file__ === 'string' ? mod.$__file__ : 'unknown location';
  const msg = mod instanceof PyModule && mod.$$initializing
    ? `cannot import name '${name}' from partially initialized module '${mname}' (most likely due to a circular import) (${file})`
    : `cannot import name '${name}' from '${mname}' (${file})`;
  const e: any = pyError('ImportError', msg);
  e.$name = mname;
  throw e;
}

/**
 * `from mod import *` into the module object `$g`: the names in `mod.__all__` (each must exist),
 * else every global not starting with an underscore.
 */
export function importStar($g: any, mod: any): void {
  const all = getattrOr(mod, '__all__');
  if (all !== undefined) {
    for (const n of iterToArray(all)) {
      if (typeof n !== 'string') {
        throwError('TypeError', `Item in ${moduleName(mod)}.__all__ must be str, not ${typeOf(n).name}`);
      }
      $g['$' + n] = getattr(mod, n);
    }
    return;
  }
  for (const key of Object.keys(mod)) {
    if (key.charCodeAt(0) !== 36 /* $ */ || key.charCodeAt(1) === 36 || key.charCodeAt(1) === 95 /* _ */) continue;
    $g[key] = mod[key];
  }
}

/**
 * Edge's `import_module(name)` (language.md): the module of that name this run has already
 * imported (compiled or host). It never loads anything, so it cannot reach a module the
 * program does not import statically.
 */
export function import_module(name: any): any {
  if (typeof name !== 'string') throwError('TypeError', `import_module() argument must be str, not ${typeOf(name).name}`);
  const session: Session | undefined = active?.session;
  const m = session?.byName.get(name) ?? session?.hostModules.get(name);
  if (m === undefined) throwError('NameError', `module '${name}' is not imported by this program`);
  return m;
}

export const b_import_module = /*#__PURE__*/ defBuiltin('import_module', ['name'], import_module);
