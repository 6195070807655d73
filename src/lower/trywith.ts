// try/except/else/finally, with, raise.
//
// JS `finally` has Python's semantics for return/break/continue (they override), so `finally`
// maps directly. Handlers run in a JS `catch` that first records the frame in the traceback
// (`$rt.tb`, deduplicated by the runtime), matches types in order, binds and later unbinds the
// `as` name, and chains exceptions raised inside a handler (`__context__`). `else` runs only
// when the body completed without an exception, outside the handlers' protection.
// A cancelled coroutine is ended with the generator's `return()`, which runs `finally` blocks
// and `with` exits but never `except` handlers, as concurrency.md §7 wants.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { type FnCtx, id, rt, rtCall, rtOp, assign, undef, exprStmt, driveMaybe, num } from './context';
import { expr } from './expressions';
import { lowerBody } from './statements';
import { storeName, deleteName } from './names';
import { assignTarget } from './targets';

export function lowerRaise(cx: FnCtx, s: A.Raise): t.Statement[] {
  if (!s.exc) {
    const cur = cx.handling[cx.handling.length - 1];
    return [t.throwStatement(cur ? id(cur) : rtCall('reraise', []))];
  }
  const args = [expr(cx, s.exc)];
  if (s.cause) args.push(expr(cx, s.cause));
  return [t.throwStatement(rtCall('raise', args, s))];
}

export function lowerTry(cx: FnCtx, s: A.Try): t.Statement[] {
  const entry = new Set(cx.bound);
  let inner: t.Statement[];
  if (s.handlers.length) {
    const ok = s.orelse.length ? cx.ownTmp('ok') : null;
    const body = lowerBody(cx, s.body);
    if (ok) body.push(t.expressionStatement(assign(id(ok), t.booleanLiteral(true))));
    cx.bound = new Set(entry);
    const handler = lowerHandlers(cx, s.handlers, entry);
    const tryStmt = t.tryStatement(t.blockStatement(body), handler);
    inner = ok ? [t.expressionStatement(assign(id(ok), t.booleanLiteral(false))), tryStmt] : [tryStmt];
    if (ok) {
      cx.bound = new Set(entry);
      inner.push(t.ifStatement(id(ok), t.blockStatement(lowerBody(cx, s.orelse))));
    }
  } else {
    inner = lowerBody(cx, s.body);
  }
  cx.bound = new Set(entry);
  cx.lastLine = -1;
  if (!s.finalbody.length) return inner;
  // The exception propagating through the finally block (if any) is recorded, so exceptions
  // raised in the block get it as `__context__`, as CPython does.
  const fe = cx.ownTmp('fe');
  const caught = `$c${cx.env.counter++}`;
  cx.contexts.push(fe);
  const fin = lowerBody(cx, s.finalbody);
  cx.contexts.pop();
  cx.lastLine = -1;
  const record = t.catchClause(
    id(caught),
    t.blockStatement([t.throwStatement(assign(id(fe), rtCall('tb', [id(caught), id(cx.fiName), id('$ln')])))]),
  );
  return [
    t.expressionStatement(assign(id(fe), undef())),
    t.tryStatement(t.blockStatement(inner), record, t.blockStatement([chained(cx, fin, fe)])),
  ];
}

/** `try { body } catch (x) { throw $rt.chain($rt.tb(x, fi, $ln), ctx) }`: exceptions leaving
 * `body` get `ctx` as `__context__`. */
function chained(cx: FnCtx, body: t.Statement[], ctx: string): t.Statement {
  const inner = `$c${cx.env.counter++}`;
  return t.tryStatement(
    t.blockStatement(body),
    t.catchClause(
      id(inner),
      t.blockStatement([t.throwStatement(rtCall('chain', [rtCall('tb', [id(inner), id(cx.fiName), id('$ln')]), id(ctx)]))]),
    ),
  );
}

function lowerHandlers(cx: FnCtx, handlers: A.ExceptHandler[], entry: Set<string>): t.CatchClause {
  const e = cx.ownTmp('exc');
  const caught = `$c${cx.env.counter++}`;
  let rec: t.Expression = rtCall('tb', [id(caught), id(cx.fiName), id('$ln')]);
  // inside a handler or finally block, a caught exception was raised while another was handled
  const outer = cx.contexts[cx.contexts.length - 1];
  if (outer) rec = rtCall('chain', [rec, id(outer)]);
  const body: t.Statement[] = [t.expressionStatement(assign(id(e), rec))];
  let chain: t.Statement = t.throwStatement(id(e));
  for (let i = handlers.length - 1; i >= 0; i--) {
    const h = handlers[i];
    cx.bound = new Set(entry);
    cx.lastLine = -1;
    const hb = handlerBody(cx, h, e);
    if (!h.excType) {
      chain = t.blockStatement(hb);
    } else {
      const cond = rtCall('excMatch', [id(e), expr(cx, h.excType)], h.excType);
      chain = t.ifStatement(cond, t.blockStatement(hb), chain);
    }
  }
  body.push(chain);
  return t.catchClause(id(caught), t.blockStatement(body));
}

/** A handler body: bind `as` name, run it with chaining of new exceptions, then unbind the name. */
function handlerBody(cx: FnCtx, h: A.ExceptHandler, e: string): t.Statement[] {
  const out: t.Statement[] = [t.expressionStatement(assign(id('$ln'), num(h.line)))];
  if (h.name) out.push(t.expressionStatement(storeName(cx, h.name, id(e))));
  cx.handling.push(e);
  cx.contexts.push(e);
  const body = lowerBody(cx, h.body);
  cx.contexts.pop();
  cx.handling.pop();
  // `$rt.handled.e` is the exception being handled while the body runs (ABI §8), so that
  // exceptions raised in functions it calls get it as `__context__`
  const prev = cx.ownTmp('prev');
  const handledE = t.memberExpression(rt('handled'), id('e'));
  out.push(t.expressionStatement(assign(id(prev), handledE)));
  out.push(t.expressionStatement(assign(t.memberExpression(rt('handled'), id('e')), id(e))));
  const inner = `$c${cx.env.counter++}`;
  const guarded = t.tryStatement(
    t.blockStatement(body),
    t.catchClause(
      id(inner),
      t.blockStatement([t.throwStatement(rtCall('chain', [rtCall('tb', [id(inner), id(cx.fiName), id('$ln')]), id(e)]))]),
    ),
    t.blockStatement([
      t.expressionStatement(assign(t.memberExpression(rt('handled'), id('e')), id(prev))),
      ...(h.name ? unbind(cx, h.name) : []),
    ]),
  );
  out.push(guarded);
  return out;
}

/** `except ... as e` leaves `e` unbound afterwards (CPython deletes it). */
function unbind(cx: FnCtx, name: string): t.Statement[] {
  const ref = cx.scope.lookup(name);
  if (ref.kind === 'local' || ref.kind === 'free') {
    cx.bound.delete(name);
    return [t.expressionStatement(storeName(cx, name, undef()))];
  }
  // global / class namespace: delete the binding (it exists: the handler bound it)
  const dels = deleteName(cx, name, { line: 0, col: 0, endLine: 0, endCol: 0 });
  return dels.map((d) => ({ ...d, loc: null }));
}

// ---------------------------------------------------------------- with

export function lowerWith(cx: FnCtx, s: A.With): t.Statement[] {
  return withItems(cx, s, 0);
}

function withItems(cx: FnCtx, s: A.With, i: number): t.Statement[] {
  if (i === s.items.length) return lowerBody(cx, s.body);
  const item = s.items[i];
  const exit = cx.ownTmp('exit');
  const hit = cx.ownTmp('hit');
  const mgr = cx.ownTmp('mgr');
  const out: t.Statement[] = [];
  const sus = cx.maySuspend(item);
  const call = (name: string, args: t.Expression[]): t.Expression => {
    if (s.isAsync) return t.yieldExpression(rtCall('a' + name, args), true);
    return sus ? driveMaybe(cx, rtCall(name + 'S', args)) : rtCall(name, args);
  };
  out.push(exprStmt(assign(id(mgr), expr(cx, item.contextExpr)), item));
  out.push(exprStmt(assign(id(exit), rtCall(s.isAsync ? 'awithExit' : 'withExit', [id(mgr)])), item));
  const entered = call('withEnter', [id(mgr)]);
  if (item.optionalVars) {
    const v = cx.ownTmp('v');
    out.push(exprStmt(assign(id(v), entered), item));
    out.push(...assignTarget(cx, item.optionalVars, id(v), item));
  } else out.push(exprStmt(entered, item));
  out.push(t.expressionStatement(assign(id(hit), t.booleanLiteral(false))));
  const caught = `$c${cx.env.counter++}`;
  const inner = withItems(cx, s, i + 1);
  const e = cx.ownTmp('exc');
  const handler = t.catchClause(
    id(caught),
    t.blockStatement([
      t.expressionStatement(assign(id(hit), t.booleanLiteral(true))),
      t.expressionStatement(assign(id(e), rtCall('tb', [id(caught), id(cx.fiName), id('$ln')]))),
      // __exit__ runs while the body's exception is handled: what it raises gets it as context
      chained(cx, [t.ifStatement(t.unaryExpression('!', call('withExitExc', [id(exit), id(e)])), t.throwStatement(id(e)))], e),
    ]),
  );
  const fin = t.blockStatement([t.ifStatement(t.unaryExpression('!', id(hit)), t.expressionStatement(call('withExitNone', [id(exit)])))]);
  out.push(t.tryStatement(t.blockStatement(inner), handler, fin));
  cx.lastLine = -1;
  return out;
}

export { rt, rtOp };
