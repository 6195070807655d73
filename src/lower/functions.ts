// Functions and lambdas (ABI §3, §5): the JS function for a Python function of each kind, its
// parameter prologue (defaults evaluated once, at `def` time, kept on the function object as
// `$$d`/`$$kd`), the frame wrapper (depth counter, `$ln`, `$rt.tb` in a catch), and the
// `$rt.fn` metadata. Generators, coroutines and async generators are a plain wrapper that binds
// the arguments and returns `$rt.mkgen/mkcoro/mkasyncgen` of the body `function*`.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import type { Scope } from '../analysis/scopes';
import type { FnKind } from '../analysis/effects';
import {
  FnCtx, loc, id, str, num, rt, rtCall, assign, undef, hoist, jsLocal, exprStmt,
} from './context';
import { expr } from './expressions';
import { lowerBody } from './statements';
import { storeName } from './names';
import { callValue } from './calls';

/** Static frame info `{ name, file }` for tracebacks, one per function (hoisted). */
export function frameInfo(cx: FnCtx | null, env: FnCtx['env'], scope: Scope): string {
  void cx;
  return hoist(env, 'fi:' + scope.qualname + ':' + scope.node.line + ':' + scope.node.col, 'fi', () =>
    t.objectExpression([
      t.objectProperty(id('name'), str(scope.name)),
      t.objectProperty(id('qualname'), str(scope.qualname)),
      t.objectProperty(id('file'), str(env.filename)),
    ]),
  );
}

export interface BodyOptions {
  /** statements that bind the function's own extras before the body (e.g. class namespace) */
  prologue?: t.Statement[];
  /** JS parameter names */
  params: string[];
  /** the body, lowered in the new context */
  body: (cx: FnCtx) => t.Statement[];
  /** frame accounting (false for generator/coroutine bodies, whose driver does it) */
  depth: boolean;
  gen: boolean;
  selfParam?: string | null;
  nsVar?: string;
}

/** Builds `{ let $ln, locals, temps; try { ... } catch ($e) { throw $rt.tb(...) } finally {...} }`. */
export function frameBody(parent: FnCtx, scope: Scope, opts: BodyOptions): { cx: FnCtx; block: t.BlockStatement } {
  const env = parent.env;
  const fi = frameInfo(parent, env, scope);
  const cx = new FnCtx(env, scope, parent, opts.gen, fi);
  if (opts.selfParam !== undefined) cx.selfParam = opts.selfParam;
  if (opts.nsVar) cx.nsVar = opts.nsVar;
  const body = opts.body(cx);
  const inner: t.Statement[] = [];
  // the depth check runs before the try: a RecursionError belongs to the caller's frame (CPython
  // never enters the new one), and `recursionError()` undoes the increment itself
  const guard: t.Statement[] = [];
  if (opts.depth) {
    guard.push(
      t.ifStatement(
        t.binaryExpression('>', t.updateExpression('++', t.memberExpression(rt('depth'), id('n')), true), t.memberExpression(rt('depth'), id('limit'))),
        t.expressionStatement(rtCall('recursionError', [])),
      ),
    );
  }
  inner.push(...(opts.prologue ?? []), ...body);
  const tryStmt = t.tryStatement(
    t.blockStatement(inner),
    t.catchClause(id('$e'), t.blockStatement([t.throwStatement(rtCall('tb', [id('$e'), id(fi), id('$ln')]))])),
    opts.depth ? t.blockStatement([t.expressionStatement(t.updateExpression('--', t.memberExpression(rt('depth'), id('n'))))]) : null,
  );
  const decls: t.VariableDeclarator[] = [t.variableDeclarator(id('$ln'), num(scope.node.line))];
  for (const name of localsOf(scope)) decls.push(t.variableDeclarator(id(jsLocal(name))));
  for (const tmp of cx.temps) decls.push(t.variableDeclarator(id(tmp)));
  return { cx, block: t.blockStatement([t.variableDeclaration('let', decls), ...cx.bodyDecls, ...guard, tryStmt]) };
}

/** Names that are JS `let`s of this function (bound here, not parameters, not global/nonlocal). */
export function localsOf(scope: Scope): string[] {
  const out: string[] = [];
  for (const name of scope.bound) {
    if (scope.params.includes(name)) continue;
    if (scope.lookup(name).kind === 'local') out.push(name);
  }
  return out;
}

function paramNames(a: A.Arguments): string[] {
  const out = [...a.posonlyargs, ...a.args].map((p) => jsLocal(p.arg));
  if (a.vararg) out.push(jsLocal(a.vararg.arg));
  out.push(...a.kwonlyargs.map((p) => jsLocal(p.arg)));
  if (a.kwarg) out.push(jsLocal(a.kwarg.arg));
  return out;
}

/** `if (b === undefined) b = self.$$d[i];` for each parameter with a default. */
function defaultPrologue(a: A.Arguments, self: string): t.Statement[] {
  const out: t.Statement[] = [];
  const pos = [...a.posonlyargs, ...a.args];
  const first = pos.length - a.defaults.length;
  pos.forEach((p, i) => {
    if (i < first) return;
    const js = jsLocal(p.arg);
    out.push(
      t.ifStatement(
        t.binaryExpression('===', id(js), undef()),
        t.expressionStatement(assign(id(js), t.memberExpression(t.memberExpression(id(self), id('$$d')), num(i - first), true))),
      ),
    );
  });
  a.kwonlyargs.forEach((p, i) => {
    if (!a.kwDefaults[i]) return;
    const js = jsLocal(p.arg);
    out.push(
      t.ifStatement(
        t.binaryExpression('===', id(js), undef()),
        t.expressionStatement(assign(id(js), t.memberExpression(t.memberExpression(id(self), id('$$kd')), num(i), true))),
      ),
    );
  });
  return out;
}

let selfCounter = 0;

/**
 * The JS function for a def/lambda scope. Returns the function expression (named `selfName`,
 * which the prologue uses to reach `$$d`) — or, for module-level fixed defs, a declaration.
 */
export function buildFunction(
  parent: FnCtx,
  scope: Scope,
  a: A.Arguments,
  body: (cx: FnCtx) => t.Statement[],
  selfName: string,
  asDeclaration: boolean,
): { fn: t.FunctionExpression | t.FunctionDeclaration; kind: FnKind } {
  const env = parent.env;
  const kind = env.effects.kindOf(scope);
  const params = paramNames(a);
  const selfParam = [...a.posonlyargs, ...a.args][0]?.arg ?? null;
  const prologue = defaultPrologue(a, selfName);
  let block: t.BlockStatement;
  if (kind === 'function' || kind === 'suspendable') {
    block = frameBody(parent, scope, { params, body, depth: true, gen: kind === 'suspendable', selfParam, prologue }).block;
  } else {
    // The body `function*` is declared once in the enclosing function (it closes over the same
    // scope) and takes the wrapper's parameters: a fresh `function*` per call would cost a
    // closure, a prototype and a map per generator object and make resumption megamorphic.
    const inner = frameBody(parent, scope, { params, body, depth: false, gen: true, selfParam }).block;
    const bodyName = `${selfName}$b${env.counter++}`;
    parent.bodyDecls.push(t.functionDeclaration(id(bodyName), params.map((p) => id(p)), inner, true));
    const maker = kind === 'generator' ? 'mkgen' : kind === 'coroutine' ? 'mkcoro' : 'mkasyncgen';
    block = t.blockStatement([
      ...prologue,
      t.returnStatement(rtCall(maker, [t.callExpression(id(bodyName), params.map((p) => id(p))), id(selfName)])),
    ]);
  }
  const isGen = kind === 'suspendable';
  const fn = asDeclaration
    ? t.functionDeclaration(id(selfName), params.map((p) => id(p)), block, isGen)
    : t.functionExpression(id(selfName), params.map((p) => id(p)), block, isGen);
  return { fn, kind };
}

/**
 * The def site's `$rt.fnInfo({...})` (ABI §3), hoisted to a module constant: built once at load,
 * shared by every function object the def makes (closures made in a loop allocate no info).
 */
function sharedInfo(cx: FnCtx, scope: Scope, a: A.Arguments, kind: FnKind): string {
  const node = scope.node as A.Node;
  return hoist(cx.env, 'fn:' + scope.qualname + ':' + node.line + ':' + node.col, 'fn', () => rtCall('fnInfo', [infoLiteral(cx, scope, a, kind)]));
}

/** The info literal `$rt.fnInfo` normalises (keyword-only defaults are per function object). */
function infoLiteral(cx: FnCtx, scope: Scope, a: A.Arguments, kind: FnKind): t.ObjectExpression {
  const pos = [...a.posonlyargs, ...a.args];
  return t.objectExpression([
    t.objectProperty(id('name'), str(scope.name)),
    t.objectProperty(id('qualname'), str(scope.qualname)),
    t.objectProperty(id('module'), str(cx.env.moduleName)),
    t.objectProperty(id('params'), t.arrayExpression(pos.map((p) => str(p.arg)))),
    t.objectProperty(id('nposonly'), num(a.posonlyargs.length)),
    t.objectProperty(id('ndefaults'), num(a.defaults.length)),
    t.objectProperty(id('vararg'), a.vararg ? str(a.vararg.arg) : t.nullLiteral()),
    t.objectProperty(id('kwonly'), t.arrayExpression(a.kwonlyargs.map((p) => str(p.arg)))),
    t.objectProperty(id('kwarg'), a.kwarg ? str(a.kwarg.arg) : t.nullLiteral()),
    t.objectProperty(id('kind'), str(kind)),
    ...docProperty(scope),
  ]);
}

/** `doc: "..."` when the def's body starts with a string literal (its `__doc__`). */
function docProperty(scope: Scope): t.ObjectProperty[] {
  const node = scope.node as A.Node;
  if (node.type !== 'FunctionDef') return [];
  const first = node.body[0];
  if (first && first.type === 'Expr' && first.value.type === 'Constant' && first.value.value.kind === 'str') {
    return [t.objectProperty(id('doc'), str(first.value.value.value))];
  }
  return [];
}

/**
 * Evaluates defaults, creates the function object and returns an expression for it:
 * `($t = function f(){...}, $t.$$d = [...], $t.$$kd = [...], $rt.fnAt($t, $fnN, $t.$$kd))`.
 */
function functionValue(cx: FnCtx, scope: Scope, a: A.Arguments, fnExpr: t.Expression, kind: FnKind): t.Expression {
  const tmp = cx.tmp();
  const parts: t.Expression[] = [assign(id(tmp), fnExpr)];
  if (a.defaults.length) parts.push(assign(t.memberExpression(id(tmp), id('$$d')), t.arrayExpression(a.defaults.map((d) => expr(cx, d)))));
  let kwd: t.Expression | null = null;
  if (a.kwonlyargs.length) {
    parts.push(
      assign(
        t.memberExpression(id(tmp), id('$$kd')),
        t.arrayExpression(a.kwDefaults.map((d) => (d ? expr(cx, d) : undef()))),
      ),
    );
    kwd = t.memberExpression(id(tmp), id('$$kd'));
  }
  const info = id(sharedInfo(cx, scope, a, kind));
  parts.push(rtCall('fnAt', kwd === null ? [id(tmp), info] : [id(tmp), info, kwd]));
  cx.free(tmp);
  return t.sequenceExpression(parts);
}

function bodyWithReturn(stmts: t.Statement[]): t.Statement[] {
  const last = stmts[stmts.length - 1];
  if (!last || !t.isReturnStatement(last)) stmts.push(t.returnStatement(rt('None')));
  return stmts;
}

export function lowerFunctionDef(cx: FnCtx, s: A.FunctionDef): t.Statement[] {
  const env = cx.env;
  const scope = env.scopes.scopeOf.get(s)!;
  const out: t.Statement[] = [];
  // decorators are evaluated first, top to bottom
  const decTemps = s.decorators.map((d) => {
    const tmp = cx.ownTmp('dec');
    out.push(exprStmt(assign(id(tmp), expr(cx, d)), d));
    return tmp;
  });
  const fixed = env.fixedGlobals.get(s.name);
  const isFixedModuleDef = cx.scope.kind === 'module' && fixed !== undefined && env.scopes.module.defs.get(s.name) === s;
  const selfName = isFixedModuleDef ? fixed! : `${s.name}$f${selfCounter++ % 1000}`;
  const body = (fx: FnCtx) => bodyWithReturn(lowerBody(fx, s.body));
  const { fn, kind } = buildFunction(cx, scope, s.args, body, selfName, isFixedModuleDef);
  loc(fn, s, env);
  let value: t.Expression;
  if (isFixedModuleDef) {
    env.moduleFunctions.push(fn as t.FunctionDeclaration);
    value = functionValue(cx, scope, s.args, id(selfName), kind);
  } else value = functionValue(cx, scope, s.args, fn as t.FunctionExpression, kind);
  for (let i = decTemps.length - 1; i >= 0; i--) value = callValue(cx, id(decTemps[i]), [value], s.decorators[i]);
  out.push(exprStmt(storeName(cx, s.name, value), s));
  return out;
}

export function lowerLambda(cx: FnCtx, e: A.Lambda): t.Expression {
  const scope = cx.env.scopes.scopeOf.get(e)!;
  const selfName = `$lambda${cx.env.counter++}`;
  const body = (fx: FnCtx) => [loc(t.returnStatement(expr(fx, e.body)), e.body, cx.env)];
  const { fn, kind } = buildFunction(cx, scope, e.args, body, selfName, false);
  loc(fn, e, cx.env);
  return functionValue(cx, scope, e.args, fn as t.FunctionExpression, kind);
}
