// Imports (ABI §6). A `.py` module becomes an ES import of its compiled module (registered in
// `deps` under its ES specifier) and runs through `yield* $rt.importModule($g, key)`; a host
// module (network, time, math, json, random, embedder modules) comes from the runtime. Unknown
// modules were already reported by compile() as ModuleNotFoundError diagnostics.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { type FnCtx, id, str, rtCall, assign, exprStmt } from './context';
import { storeName } from './names';

/** The module object expression for an import spec, or null when it does not resolve. */
function moduleObject(cx: FnCtx, module: string, quoted: boolean, level: number): t.Expression | null {
  const r = cx.env.resolver(module, quoted, level);
  if (!r) return null;
  if ('host' in r) {
    // inside plain functions a host import must not be a generator call
    if (!cx.gen) return rtCall('importHost', [id('$g'), str(r.host)]);
    return t.yieldExpression(rtCall('importModule', [id('$g'), str(r.host)]), true);
  }
  return t.yieldExpression(rtCall('importModule', [id('$g'), str(r.key)]), true);
}

export function lowerImport(cx: FnCtx, s: A.Import): t.Statement[] {
  const out: t.Statement[] = [];
  for (const a of s.names) {
    const m = moduleObject(cx, a.name, a.quoted, 0);
    if (!m) continue;
    let name = a.asname;
    if (!name) {
      if (a.quoted) continue; // `import "./x.py"` without `as` binds nothing
      name = a.name.split('.')[0];
      if (name !== a.name) {
        // `import a.b` binds `a`: import the package too
        const top = moduleObject(cx, name, false, 0);
        out.push(exprStmt(m, a));
        if (top) out.push(exprStmt(storeName(cx, name, top), a));
        continue;
      }
    }
    out.push(exprStmt(storeName(cx, name, m), a));
  }
  return out;
}

export function lowerImportFrom(cx: FnCtx, s: A.ImportFrom): t.Statement[] {
  const out: t.Statement[] = [];
  if (s.module === null) {
    // `from . import x`: each name is a sibling module
    for (const a of s.names) {
      const m = moduleObject(cx, a.name, false, s.level);
      if (m) out.push(exprStmt(storeName(cx, a.asname ?? a.name, m), a));
    }
    return out;
  }
  const m = moduleObject(cx, s.module, s.quoted, s.level);
  if (!m) return out;
  const tmp = cx.ownTmp('mod');
  out.push(exprStmt(assign(id(tmp), m), s));
  for (const a of s.names) {
    if (a.name === '*') out.push(exprStmt(rtCall('importStar', [id('$g'), id(tmp)]), a));
    else out.push(exprStmt(storeName(cx, a.asname ?? a.name, rtCall('importFrom', [id(tmp), str(a.name)], a)), a));
  }
  return out;
}
