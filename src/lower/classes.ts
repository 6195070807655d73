// Class statements: decorators and bases are evaluated, the class body runs as its own frame
// (a JS function taking the namespace object `$ns`, so tracebacks show `in ClassName`), then
// `$rt.defClass` builds the class. Methods that use zero-argument `super()` or `__class__` read
// the class from a `__class__` cell: a `let` of the enclosing function, set right after
// `defClass` (before decorators run), as CPython does.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { type FnCtx, loc, id, str, rtCall, assign, exprStmt } from './context';
import { expr, elements } from './expressions';
import { lowerBody } from './statements';
import { storeName } from './names';
import { frameBody } from './functions';
import { callValue } from './calls';

export function lowerClassDef(cx: FnCtx, s: A.ClassDef): t.Statement[] {
  const env = cx.env;
  const scope = env.scopes.scopeOf.get(s)!;
  const out: t.Statement[] = [];
  const decTemps = s.decorators.map((d) => {
    const tmp = cx.ownTmp('dec');
    out.push(exprStmt(assign(id(tmp), expr(cx, d)), d));
    return tmp;
  });
  let cell: string | null = null;
  if (scope.needsClassCell) {
    cell = cx.ownTmp('cls');
    env.classCells.set(scope, cell);
  }
  const bases = cx.ownTmp('bases');
  out.push(exprStmt(assign(id(bases), elements(cx, s.bases)), s));
  const kw = s.keywords.filter((k) => k.arg !== null);
  const kwValues = cx.ownTmp('kw');
  out.push(exprStmt(assign(id(kwValues), t.arrayExpression(kw.map((k) => expr(cx, k.value)))), s));
  const ns = cx.ownTmp('ns');
  const nsProps = [t.objectProperty(id('__proto__'), t.nullLiteral())];
  const first = s.body[0];
  if (first && first.type === 'Expr' && first.value.type === 'Constant' && first.value.value.kind === 'str') {
    nsProps.push(t.objectProperty(id('$__doc__'), str(first.value.value.value))); // the docstring
  }
  out.push(exprStmt(assign(id(ns), t.objectExpression(nsProps)), s));

  const kind = env.effects.kindOf(scope);
  const gen = kind === 'suspendable';
  const { block } = frameBody(cx, scope, {
    params: ['$ns'],
    body: (bx) => lowerBody(bx, s.body),
    depth: true,
    gen,
    nsVar: '$ns',
  });
  const bodyFn = loc(t.functionExpression(id(`${s.name}$body`), [id('$ns')], block, gen), s, env);
  const run = t.callExpression(bodyFn, [id(ns)]);
  out.push(exprStmt(gen ? t.yieldExpression(run, true) : run, s));

  let value: t.Expression = rtCall(
    'defClass',
    [str(scope.name), str(scope.qualname), str(env.moduleName), id(bases), id(ns), t.arrayExpression(kw.map((k) => str(k.arg!))), id(kwValues)],
    s,
  );
  if (cell) value = assign(id(cell), value);
  for (let i = decTemps.length - 1; i >= 0; i--) value = callValue(cx, id(decTemps[i]), [value], s.decorators[i]);
  out.push(exprStmt(storeName(cx, s.name, value), s));
  return out;
}
