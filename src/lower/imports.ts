// Imports (ABI §6). A `.py` module becomes an ES import of its compiled module (registered in
// `deps` under its ES specifier) and runs through `yield* $rt.importModule($g, key)`; a host
// module (network, time, math, json, random, embedder modules) comes from the runtime. Unknown
// modules were already reported by compile() as ModuleNotFoundError diagnostics.
//
// Packages behave as in CPython: importing `a.b.c` first imports `a` and `a.b` (running their
// `__init__.py`), the runtime binds each loaded submodule as an attribute of its package, and
// `from pkg import name` also imports the submodule `pkg.name` when there is one.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { type FnCtx, id, str, rtCall, assign, exprStmt } from './context';
import { storeName } from './names';

/** Shipped host modules with a factory export `$rt.std_<name>` (runtime/modules/std.ts). */
const STD_MODULES = new Set(['json', 'random', 'time', 'math']);

/** The module object expression for one resolved import spec, or null when it does not resolve. */
function moduleObject(cx: FnCtx, module: string, quoted: boolean, level: number): t.Expression | null {
  const r = cx.env.resolver(module, quoted, level);
  if (!r) return null;
  if ('host' in r) {
    // a shipped module's factory travels with the import, so bundles keep only imported modules
    const args: t.Expression[] = [id('$g'), str(r.host)];
    if (STD_MODULES.has(r.host)) args.push(t.memberExpression(id('$rt'), id(`std_${r.host}`)));
    // inside plain functions a host import must not be a generator call
    if (!cx.gen) return rtCall('importHost', args);
    return t.yieldExpression(rtCall('importModule', args), true);
  }
  return t.yieldExpression(rtCall('importModule', [id('$g'), str(r.key)]), true);
}

/**
 * The imports that load `module` in CPython's order: each enclosing package first (for a
 * relative import, from the importing file's package down), then the module itself, which is
 * last. Empty when the module itself does not resolve.
 */
function importChain(cx: FnCtx, module: string, quoted: boolean, level: number): t.Expression[] {
  const self = moduleObject(cx, module, quoted, level);
  if (!self) return [];
  if (quoted) return [self];
  const out: t.Expression[] = [];
  if (level > 0 && module !== '') {
    const pkg = moduleObject(cx, '', false, level);
    if (pkg) out.push(pkg);
  }
  const parts = module === '' ? [] : module.split('.');
  for (let i = 1; i < parts.length; i++) {
    const pkg = moduleObject(cx, parts.slice(0, i).join('.'), false, level);
    if (pkg) out.push(pkg);
  }
  out.push(self);
  return out;
}

export function lowerImport(cx: FnCtx, s: A.Import): t.Statement[] {
  const out: t.Statement[] = [];
  for (const a of s.names) {
    const chain = importChain(cx, a.name, a.quoted, 0);
    if (!chain.length) continue;
    const loaded = chain.pop()!;
    for (const e of chain) out.push(exprStmt(e, a));
    let name = a.asname;
    if (!name) {
      if (a.quoted) {
        out.push(exprStmt(loaded, a)); // `import "./x.py"` without `as` runs it, binds nothing
        continue;
      }
      name = a.name.split('.')[0];
      if (name !== a.name) {
        // `import a.b` binds the top package `a` (already loaded by the chain)
        out.push(exprStmt(loaded, a));
        const top = moduleObject(cx, name, false, 0);
        if (top) out.push(exprStmt(storeName(cx, name, top), a));
        continue;
      }
    }
    out.push(exprStmt(storeName(cx, name, loaded), a));
  }
  return out;
}

/** The submodule `module.name` when it resolves to a `.py` file (not for quoted specs). */
function submodule(cx: FnCtx, module: string, quoted: boolean, level: number, name: string): t.Expression | null {
  if (quoted || name === '*') return null;
  const r = cx.env.resolver(module === '' ? name : `${module}.${name}`, false, level);
  if (!r || 'host' in r) return null;
  return moduleObject(cx, module === '' ? name : `${module}.${name}`, false, level);
}

export function lowerImportFrom(cx: FnCtx, s: A.ImportFrom): t.Statement[] {
  const out: t.Statement[] = [];
  const module = s.module ?? '';
  const chain = importChain(cx, module, s.quoted, s.level);
  const tmp = cx.ownTmp('mod');
  const havePkg = chain.length > 0;
  if (havePkg) {
    const loaded = chain.pop()!;
    for (const e of chain) out.push(exprStmt(e, s));
    out.push(exprStmt(assign(id(tmp), loaded), s));
  }
  for (const a of s.names) {
    const target = a.asname ?? a.name;
    if (a.name === '*') {
      if (havePkg) out.push(exprStmt(rtCall('importStar', [id('$g'), id(tmp)]), a));
      continue;
    }
    const sub = submodule(cx, module, s.quoted, s.level, a.name);
    if (!havePkg) {
      // `from . import x` in a directory without `__init__.py`: x is a sibling module
      if (sub) out.push(exprStmt(storeName(cx, target, sub), a));
      continue;
    }
    // the package's attribute, or the submodule of that name (loaded first, bound into it)
    if (sub) out.push(exprStmt(sub, a));
    out.push(exprStmt(storeName(cx, target, rtCall('importFrom', [id(tmp), str(a.name)], a)), a));
  }
  return out;
}
