// Calls (ABI §3, §4): direct JS calls of known functions whose argument binding is proven,
// `yield*` for known suspendable callees, the inline method-call fast path of ABI §2, and the
// `$rt.call*` family for everything else, with the frame check only where a call may suspend.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { type FnCtx, hoist, loc, id, str, rt, rtCall, pyProp, assign, undef, driveMaybe, jsLocal } from './context';
import { expr, elements, isSpineHole } from './expressions';
import { loadName, classCellFor } from './names';
import { resolveCallee } from '../analysis/effects';
import { SUSPENDING_BUILTINS } from '../analysis/builtins';

/**
 * Names of builtin methods that have suspendable twins (runtime ABI §4): runtime/builtins/twins.ts
 * (str.join, list.sort) and runtime/objects/containers (dict, set, list and tuple methods).
 */
const TWINNED_METHODS = new Set([
  'join', 'sort', 'extend', 'index', 'count', 'remove', 'get', 'pop', 'setdefault', 'update', 'fromkeys', 'add', 'discard',
]);

export function lowerCall(cx: FnCtx, e: A.Call): t.Expression {
  return loc(callInner(cx, e), e, cx.env);
}

function plainArgs(e: A.Call): boolean {
  return e.keywords.length === 0 && !e.args.some((a) => a.type === 'Starred');
}

function callInner(cx: FnCtx, e: A.Call): t.Expression {
  const f = e.func;
  const env = cx.env;
  const sus = cx.maySuspend(e);
  if (f.type === 'Name' && !isSpineHole(f)) {
    const callee = resolveCallee(f.id, cx.scope, env.scopes.module, env.resolver);
    if (callee.t === 'def' && plainArgs(e)) {
      const direct = directCall(cx, f.id, callee.target.node as A.FunctionDef, e);
      if (direct) {
        const kind = env.effects.kindOf(callee.target);
        return kind === 'suspendable' ? t.yieldExpression(direct, true) : direct;
      }
    }
    if (callee.t === 'builtin' && f.id === 'sleep' && plainArgs(e) && e.args.length === 1 && cx.gen) {
      // ABI §4 fast path: yield the request itself (no frame, no `yield*` delegation); the
      // scheduler resumes this `yield` with sleep's value
      return t.yieldExpression(rtCall('sleepRequest', [expr(cx, e.args[0])], e));
    }
    if (callee.t === 'builtin' && SUSPENDING_BUILTINS.has(f.id) && plainArgs(e) && cx.gen) {
      // builtins that suspend are function*s taking positional arguments (ABI §4), exported by
      // the runtime under their Python names; their Python values (`$rt.builtins.$run`) follow
      // the generic calling convention instead (`*coros` arrives as one tuple).
      const direct = id(hoist(env, 'sched:' + f.id, 's_' + f.id + '_', () => rt(f.id)));
      return t.yieldExpression(t.callExpression(direct, e.args.map((a) => expr(cx, a))), true);
    }
    if (callee.t === 'builtin' && f.id === 'super' && e.args.length === 0 && e.keywords.length === 0) {
      return zeroArgSuper(cx, e);
    }
    if (e.args.length === 0 && e.keywords.length === 0 && (f.id === 'globals' || f.id === 'locals' || f.id === 'vars')) {
      if (callee.t === 'builtin') return namespaceCall(cx, f.id);
      // after `from m import *` the name is the builtin unless the star import bound it
      if (cx.scope.lookup(f.id).kind === 'global' && !env.scopes.module.bound.has(f.id) && env.scopes.module.hasStarImport) {
        const tmp = cx.tmp();
        const out = t.conditionalExpression(
          t.binaryExpression('!==', assign(id(tmp), pyProp(id('$g'), f.id)), undef()),
          generic(cx, id(tmp), e, sus),
          namespaceCall(cx, f.id),
        );
        cx.free(tmp);
        return out;
      }
    }
    return generic(cx, loadName(cx, f.id), e, sus);
  }
  if (f.type === 'Attribute') {
    // module.function(...): read the module attribute directly (modules bind nothing)
    if (f.value.type === 'Name' && !isSpineHole(f.value)) {
      const c = resolveCallee(f.value.id, cx.scope, env.scopes.module, env.resolver);
      if ((c.t === 'host' || c.t === 'py') && c.attr === null) {
        const m = loadName(cx, f.value.id);
        const tmp = cx.tmp();
        const fn = t.conditionalExpression(
          t.binaryExpression('!==', assign(id(tmp), pyProp(m, f.attr)), undef()),
          id(tmp),
          rtCall('getattr', [loadName(cx, f.value.id), str(f.attr)]),
        );
        const out = generic(cx, fn, e, sus);
        cx.free(tmp);
        return out;
      }
    }
    return methodCall(cx, f, e, sus);
  }
  return generic(cx, expr(cx, f), e, sus);
}

/**
 * A direct JS call of a known function when the positional arguments bind 1:1 to its
 * parameters: no `*args`/keyword-only/`**kwargs` in the def, count within [required, total].
 */
function directCall(cx: FnCtx, name: string, def: A.FunctionDef, e: A.Call): t.Expression | null {
  const a = def.args;
  if (a.vararg || a.kwonlyargs.length || a.kwarg) return null;
  const total = a.posonlyargs.length + a.args.length;
  const required = total - a.defaults.length;
  if (e.args.length < required || e.args.length > total) return null;
  const ref = cx.scope.lookup(name);
  let callee: t.Expression;
  if (ref.kind === 'global') {
    const fixed = cx.env.fixedGlobals.get(name);
    if (!fixed) return null;
    callee = id(fixed);
  } else if (ref.kind === 'local') {
    if (!cx.bound.has(name)) return null;
    callee = id(jsLocal(name));
  } else if (ref.kind === 'free') {
    callee = id(jsLocal(name));
  } else return null;
  return t.callExpression(callee, e.args.map((x) => expr(cx, x)));
}

function zeroArgSuper(cx: FnCtx, e: A.Call): t.Expression {
  const cell = classCellFor(cx);
  let self: t.Expression = undef();
  for (let c: FnCtx | null = cx; c; c = c.parent) {
    if (c.selfParam !== null) {
      self = id(jsLocal(c.selfParam));
      break;
    }
    if (c.scope.kind === 'function') break;
  }
  void e;
  return rtCall('superOf', [cell ? id(cell) : undef(), self]);
}

/** Argument lists for the `$rt.call*` family. */
interface ArgPlan {
  positional: t.Expression[] | null; // null when `*x` is present
  array: t.Expression; // all positional arguments as a JS array (with spreads)
  kwnames: string[];
  kwvalues: t.Expression[];
  hasDoubleStar: boolean;
  kwParts: { name: string | null; value: t.Expression }[];
}

function planArgs(cx: FnCtx, e: A.Call, callee?: t.Expression): ArgPlan {
  const starred = e.args.some((a) => a.type === 'Starred');
  const array = elements(cx, e.args, callee);
  const kwParts = e.keywords.map((k) => ({ name: k.arg, value: expr(cx, k.value) }));
  return {
    positional: starred ? null : (array.elements as t.Expression[]),
    array,
    kwnames: kwParts.filter((k) => k.name !== null).map((k) => k.name!),
    kwvalues: kwParts.filter((k) => k.name !== null).map((k) => k.value),
    hasDoubleStar: kwParts.some((k) => k.name === null),
    kwParts,
  };
}

function generic(cx: FnCtx, fn: t.Expression, e: A.Call, sus: boolean): t.Expression {
  // calls with `*`/`**` parts hold the callee in a temporary, which their messages name
  const ex = !plainArgs(e) && (e.args.some((a) => a.type === 'Starred') || e.keywords.some((k) => k.arg === null));
  const ftmp = ex ? cx.tmp() : null;
  const plan = planArgs(cx, e, ftmp ? id(ftmp) : undefined);
  let call: t.Expression;
  const S = sus ? 'S' : '';
  if (plan.positional && plan.kwParts.length === 0) {
    const n = plan.positional.length;
    // in code that may suspend, the `…S` helpers let a builtin's callbacks suspend (ABI §4)
    call = n <= 3 ? rtCall(`call${n}${S}`, [fn, ...plan.positional]) : rtCall('callN' + S, [fn, plan.array]);
  } else if (plan.positional && !plan.hasDoubleStar) {
    call = rtCall('callKw' + S, [fn, plan.array, t.arrayExpression(plan.kwnames.map(str)), t.arrayExpression(plan.kwvalues)]);
  } else {
    const kw = plan.kwParts.length
      ? rtCall('buildKw', [
          id(ftmp!),
          t.arrayExpression(plan.kwParts.map((k) => (k.name === null ? t.nullLiteral() : str(k.name)))),
          t.arrayExpression(plan.kwParts.map((k) => k.value)),
        ])
      : t.nullLiteral();
    call = t.sequenceExpression([assign(id(ftmp!), fn), rtCall('callEx', [id(ftmp!), plan.array, kw])]);
  }
  if (ftmp) cx.free(ftmp);
  loc(call, e, cx.env);
  return sus ? driveMaybe(cx, call) : call;
}

function isSimpleJs(x: t.Expression): boolean {
  return t.isIdentifier(x) || t.isLiteral(x) || (t.isMemberExpression(x) && t.isIdentifier(x.object) && x.object.name === '$rt');
}

/** `o.m(args)`: the ABI §2 fast path for positional calls, `$rt.callMethod*` otherwise. */
function methodCall(cx: FnCtx, f: A.Attribute, e: A.Call, sus: boolean): t.Expression {
  let objJs = expr(cx, f.value);
  const pre: t.Expression[] = [];
  const temps: string[] = [];
  if (!t.isIdentifier(objJs)) {
    const o = cx.tmp();
    temps.push(o);
    pre.push(assign(id(o), objJs));
    objJs = id(o);
  }
  const ex = e.args.some((a) => a.type === 'Starred') || e.keywords.some((k) => k.arg === null);
  const ftmp = ex ? cx.tmp() : null;
  if (ftmp) temps.push(ftmp);
  // Holders for the positional arguments are taken *before* the arguments are lowered: a
  // temporary an argument uses internally (`0 or 5`) is freed after lowering and must not be
  // the holder of an earlier argument, which is assigned before the later one is evaluated.
  const holders = !ex && e.keywords.length === 0 ? e.args.map(() => cx.tmp()) : [];
  temps.push(...holders);
  const plan = planArgs(cx, e, ftmp ? id(ftmp) : undefined);
  let out: t.Expression;
  if (plan.positional && plan.kwParts.length === 0) {
    // arguments that are not trivially re-evaluable go to temporaries, so each is written once
    const args = plan.positional.map((a, i) => {
      if (isSimpleJs(a)) return a;
      const tmp = holders[i] ?? cx.tmp();
      if (holders[i] === undefined) temps.push(tmp);
      pre.push(assign(id(tmp), a));
      return id(tmp);
    });
    const m = cx.tmp();
    temps.push(m);
    const slow = loc(rtCall(sus ? 'callMethodS' : 'callMethod', [objJs, str(f.attr), t.arrayExpression(args)]), e, cx.env);
    const fast = loc(t.callExpression(id(m), [objJs, ...args]), e, cx.env);
    // the direct call only when the arguments bind 1:1 (`$$ar` bit for self + args, ABI §2)
    const n = args.length + 1;
    let direct: t.Expression = t.logicalExpression(
      '&&',
      t.logicalExpression(
        '&&',
        t.binaryExpression('===', t.unaryExpression('typeof', assign(id(m), pyProp(objJs, f.attr))), str('function')),
        t.binaryExpression('===', t.memberExpression(objJs, id('$$inst')), t.booleanLiteral(true)),
      ),
      t.binaryExpression('!==', t.binaryExpression('&', t.memberExpression(id(m), id('$$ar')), t.numericLiteral(2 ** n)), t.numericLiteral(0)),
    );
    // in suspendable code a builtin method with a suspendable twin (`xs.extend(gen)`,
    // `d.get(k)`) goes through callMethodS, which runs the twin; user methods stay direct
    if (sus && TWINNED_METHODS.has(f.attr)) {
      direct = t.logicalExpression('&&', direct,
        t.binaryExpression('===', t.memberExpression(t.memberExpression(id(m), id('$$info')), id('sus')), undef()));
    }
    out = n > 30 ? slow : t.conditionalExpression(direct, fast, slow);
  } else if (plan.positional && !plan.hasDoubleStar) {
    out = loc(
      rtCall(sus ? 'callMethodKwS' : 'callMethodKw', [objJs, str(f.attr), plan.array, t.arrayExpression(plan.kwnames.map(str)), t.arrayExpression(plan.kwvalues)]),
      e,
      cx.env,
    );
  } else {
    pre.push(assign(id(ftmp!), rtCall('getattr', [objJs, str(f.attr)])));
    const kw = plan.kwParts.length
      ? rtCall('buildKw', [
          id(ftmp!),
          t.arrayExpression(plan.kwParts.map((k) => (k.name === null ? t.nullLiteral() : str(k.name)))),
          t.arrayExpression(plan.kwParts.map((k) => k.value)),
        ])
      : t.nullLiteral();
    out = loc(rtCall('callEx', [id(ftmp!), plan.array, kw]), e, cx.env);
  }
  if (sus) out = driveMaybe(cx, out);
  for (const x of temps) cx.free(x);
  return pre.length ? t.sequenceExpression([...pre, out]) : out;
}

/** Calls a Python value with positional arguments (decorators), checking for a frame if needed. */
export function callValue(cx: FnCtx, fn: t.Expression, args: t.Expression[], node: A.Node): t.Expression {
  const call = args.length <= 3 ? rtCall(`call${args.length}`, [fn, ...args]) : rtCall('callN', [fn, t.arrayExpression(args)]);
  loc(call, node as A.Pos, cx.env);
  return cx.maySuspend(node) ? driveMaybe(cx, call) : call;
}

export { rt };

/**
 * `globals()`, `locals()`, `vars()` where the names are the builtins: they need the caller's
 * namespace, which only the compiler knows. Module level: the module's live dict; class body:
 * a live dict of the namespace object; functions: a snapshot of the bound locals and free
 * variables, as CPython.
 */
function namespaceCall(cx: FnCtx, which: string): t.Expression {
  const scope = cx.scope;
  if (which === 'globals' || scope.kind === 'module') return rtCall('globalsDict', [id('$g')]);
  if (scope.kind === 'class' && cx.nsVar) return rtCall('globalsDict', [id(cx.nsVar)]);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const n of [...scope.params, ...scope.bound, ...scope.used]) {
    if (seen.has(n)) continue;
    seen.add(n);
    const k = scope.lookup(n).kind;
    if (k === 'local' || k === 'free') names.push(n);
  }
  return rtCall('localsDict', [t.arrayExpression(names.map(str)), t.arrayExpression(names.map((n) => id(jsLocal(n))))]);
}
