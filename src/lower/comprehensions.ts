// Comprehensions and generator expressions. Each is its own scope and frame (`<listcomp>`,
// `<genexpr>`, ...): a JS function called at once with the first iterable, which the enclosing
// scope evaluates (as CPython does). List/set/dict comprehensions collect into a JS array and
// build the container once at the end; a generator expression is a `function*` body wrapped by
// `$rt.mkgen`, so it is lazy. `for x in range(...)` clauses become counting loops.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { type FnCtx, loc, id, str, rt, rtCall, rtOp, assign, undef, hoist, driveMaybe, exprStmt } from './context';
import { expr, test } from './expressions';
import { frameBody } from './functions';
import { assignTarget } from './targets';
import { countingHeader, bigBounds } from './statements';
import { ownerOf } from '../analysis/effects';

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

interface RangeSpec {
  start: A.Expr | null;
  stop: A.Expr;
  step: number;
}

function rangeOf(cx: FnCtx, scopeCx: FnCtx, e: A.Expr): RangeSpec | null {
  if (e.type !== 'Call' || e.func.type !== 'Name' || e.func.id !== 'range' || e.keywords.length) return null;
  if (ownerOf(scopeCx.scope, 'range', cx.env.scopes.module) !== 'builtin') return null;
  const a = e.args;
  if (a.length < 1 || a.length > 2 || a.some((x) => x.type === 'Starred')) return null;
  return a.length === 1 ? { start: null, stop: a[0], step: 1 } : { start: a[0], stop: a[1], step: 1 };
}

function iterSus(cx: FnCtx, node: A.Node): boolean {
  if (!cx.gen) return false;
  const op = cx.env.facts.iterAt.get(node);
  return !!op && cx.env.effects.opSus(op);
}

export function lowerComprehension(cx: FnCtx, e: Comp): t.Expression {
  const env = cx.env;
  const scope = env.scopes.scopeOf.get(e)!;
  const kind = env.effects.kindOf(scope);
  const isGen = e.type === 'GeneratorExp';
  const gen = isGen || kind === 'suspendable';
  const first = e.generators[0];

  // the first iterable, evaluated here in the enclosing scope
  const firstRange = rangeOf(cx, cx, first.iter);
  let args: t.Expression[];
  let params: string[];
  if (firstRange) {
    params = ['$s', '$n'];
    const h = countingHeader(cx, firstRange, '$s', '$n');
    args = h.init.declarations.slice(0, 2).map((d) => d.init!); // start, stop (step is 1)
  } else {
    params = ['$it'];
    const sus = iterSus(cx, first);
    args = [sus ? driveMaybe(cx, rtCall('iterS', [expr(cx, first.iter)], first.iter)) : rtCall('iter', [expr(cx, first.iter)], first.iter)];
  }

  const { block } = frameBody(cx, scope, {
    params,
    depth: !isGen,
    gen,
    body: (fx) => {
      const out: t.Statement[] = [];
      const acc = e.type === 'DictComp' ? ['$keys', '$vals'] : ['$r'];
      if (!isGen) out.push(t.variableDeclaration('const', acc.map((a) => t.variableDeclarator(id(a), t.arrayExpression([])))));
      const innermost = (): t.Statement[] => {
        if (e.type === 'GeneratorExp') return [exprStmt(t.yieldExpression(expr(fx, e.elt)), e.elt)];
        if (e.type === 'DictComp') {
          const k = expr(fx, e.key);
          const v = expr(fx, e.value);
          return [
            exprStmt(t.callExpression(t.memberExpression(id('$keys'), id('push')), [k]), e.key),
            exprStmt(t.callExpression(t.memberExpression(id('$vals'), id('push')), [v]), e.value),
          ];
        }
        return [exprStmt(t.callExpression(t.memberExpression(id('$r'), id('push')), [expr(fx, e.elt)]), e.elt)];
      };
      const loopAt = (i: number): t.Statement => {
        const g = e.generators[i];
        const bodyStmts: t.Statement[] = [];
        const value = (v: t.Expression): void => {
          bodyStmts.push(...assignTarget(fx, g.target, v, g.target));
          for (const c of g.ifs) bodyStmts.push(t.ifStatement(t.unaryExpression('!', test(fx, c)), t.continueStatement()));
          bodyStmts.push(...(i + 1 < e.generators.length ? [loopAt(i + 1)] : innermost()));
        };
        if (i === 0 && firstRange) {
          const c = `$i${env.counter++}`;
          value(id(c));
          return t.forStatement(
            t.variableDeclaration('let', [t.variableDeclarator(id(`${c}$x`), bigBounds(id('$s'), id('$n'))), t.variableDeclarator(id(c), id('$s'))]),
            t.binaryExpression('<', id(c), id('$n')),
            t.updateExpression('++', id(c)),
            t.blockStatement(bodyStmts),
          );
        }
        const r = i > 0 ? rangeOf(cx, fx, g.iter) : null;
        if (r) {
          const c = `$i${env.counter++}`;
          const n = `$n${env.counter++}`;
          const h = countingHeader(fx, r, c, n);
          value(id(c));
          return t.forStatement(h.init, h.test, h.update, t.blockStatement(bodyStmts));
        }
        const it = i === 0 ? '$it' : fx.ownTmp('it');
        const v = fx.ownTmp('v');
        const sus = iterSus(fx, g);
        const next = sus ? driveMaybe(fx, rtCall('iterNextS', [id(it)])) : rtCall('iterNext', [id(it)]);
        const setup: t.Expression[] = [];
        if (i > 0) {
          const iterCall = sus ? driveMaybe(fx, rtCall('iterS', [expr(fx, g.iter)], g.iter)) : rtCall('iter', [expr(fx, g.iter)], g.iter);
          setup.push(assign(id(it), iterCall));
        }
        value(id(v));
        const loop = t.forStatement(
          setup.length ? t.sequenceExpression(setup) : null,
          t.binaryExpression('!==', assign(id(v), next), undef()),
          null,
          t.blockStatement(bodyStmts),
        );
        return loc(loop, g, env);
      };
      out.push(loopAt(0));
      if (e.type === 'ListComp') out.push(t.returnStatement(rtCall('mkList', [id('$r')])));
      // a key's __hash__/__eq__ may suspend (the op is keyed by the first clause, effects.ts)
      else if (e.type === 'SetComp') out.push(t.returnStatement(rtOp(fx, 'mkSet', [id('$r')], first)));
      else if (e.type === 'DictComp') out.push(t.returnStatement(rtOp(fx, 'mkDict', [id('$keys'), id('$vals')], first)));
      else out.push(t.returnStatement(rt('None')));
      return out;
    },
  });
  const fnName = { ListComp: '$listcomp', SetComp: '$setcomp', DictComp: '$dictcomp', GeneratorExp: '$genexpr' }[e.type];
  // declared once in the enclosing function (same closure) rather than created per evaluation
  const declName = `${fnName}${env.counter++}`;
  cx.bodyDecls.push(loc(t.functionDeclaration(id(declName), params.map((p) => id(p)), block, gen), e, env));
  const call = loc(t.callExpression(id(declName), args), e, env);
  if (isGen) {
    const info = hoist(env, 'geninfo:' + scope.qualname + ':' + e.line + ':' + e.col, 'gi', () =>
      t.objectExpression([
        t.objectProperty(
          id('$$info'),
          t.objectExpression([t.objectProperty(id('name'), str('<genexpr>')), t.objectProperty(id('qualname'), str(scope.qualname))]),
        ),
      ]),
    );
    return rtCall('mkgen', [call, id(info)]);
  }
  return kind === 'suspendable' ? t.yieldExpression(call, true) : call;
}
