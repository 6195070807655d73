// The module: `import * as $rt`, one ES import per `.py` dependency, hoisted constants, and
// `export default $rt.defineModule({ name, file, source, deps, body: function* ($g) {...} })`
// (ABI §6). The body is the root coroutine, so it is always a `function*`; fixed module-level
// functions are declared at its top so every call site can reach them directly.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { FnCtx, type ModuleEnv, id, str, num, rtCall, loc } from './context';
import { lowerBody } from './statements';
import { frameInfo } from './functions';
import { chargeLoops } from './budget';

export function lowerModule(env: ModuleEnv, mod: A.Module, runtimeImport: string): t.Program {
  const top = env.scopes.module;
  const cx = new FnCtx(env, top, null, true, '');
  const fi = frameInfo(null, env, top);
  (cx as { fiName: string }).fiName = fi;
  const body = lowerBody(cx, mod.body);
  const tryStmt = t.tryStatement(
    t.blockStatement(body),
    t.catchClause(id('$e'), t.blockStatement([t.throwStatement(rtCall('tb', [id('$e'), id(fi), id('$ln')]))])),
  );
  const decls: t.VariableDeclarator[] = [t.variableDeclarator(id('$ln'), num(0))];
  for (const tmp of cx.temps) decls.push(t.variableDeclarator(id(tmp)));
  const bodyFn = t.functionExpression(
    null,
    [id('$g')],
    t.blockStatement([t.variableDeclaration('let', decls), ...env.moduleFunctions, ...cx.bodyDecls, tryStmt]),
    true,
  );
  const def = t.objectExpression([
    t.objectProperty(id('name'), str(env.moduleName)),
    t.objectProperty(id('file'), str(env.filename)),
    t.objectProperty(id('source'), str(env.source)),
    // getters: in an import cycle the ES binding of a dependency is still in its TDZ while this
    // module evaluates; it is read only when the body imports it
    t.objectProperty(id('deps'), t.objectExpression(env.deps.map((d) =>
      t.objectMethod('get', str(d.key), [], t.blockStatement([t.returnStatement(id(d.local))]))))),
    t.objectProperty(id('body'), bodyFn),
  ]);
  const program: t.Statement[] = [
    t.importDeclaration([t.importNamespaceSpecifier(id('$rt'))], str(runtimeImport)),
    ...env.deps.map((d) => t.importDeclaration([t.importDefaultSpecifier(id(d.local))], str(d.spec))),
    ...env.hoisted,
    ...exportSection(mod, def),
  ];
  const out = loc(t.program(program, [], 'module'), mod, env);
  chargeLoops(out); // the sandbox operation budget (src/lower/budget.ts)
  return out;
}

/**
 * The exports: the Program as the default export and, as named exports, one async JS function
 * per top-level `def` (`$rt.exportFunction`, runtime/program/exports.ts), so JS code and
 * Vitest tests can `await add(2, 3)`. A function named `default` is not exported by name.
 */
function exportSection(mod: A.Module, def: t.ObjectExpression): t.Statement[] {
  const out: t.Statement[] = [
    t.variableDeclaration('const', [t.variableDeclarator(id('$program'), rtCall('defineModule', [def]))]),
    t.exportDefaultDeclaration(id('$program')),
  ];
  const names = new Set<string>();
  for (const s of mod.body) if (s.type === 'FunctionDef' && s.name !== 'default') names.add(s.name);
  let i = 0;
  for (const name of names) {
    const local = `$export${i++}`;
    out.push(t.variableDeclaration('const', [
      t.variableDeclarator(id(local), rtCall('exportFunction', [id('$program'), str(name)])),
    ]));
    out.push(t.exportNamedDeclaration(null, [t.exportSpecifier(id(local), id(name))]));
  }
  return out;
}
