// Statements: blocks with `$ln` line tracking (ABI §5), assignment and augmented assignment,
// if/while/for (with `else`, and `for ... in range(...)` as a counting loop), return, break,
// continue, del, assert, raise, expression statements. Compound statements with their own
// rules (try/with, match, def, class, import) dispatch to their modules.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { type FnCtx, loc, id, str, num, rt, rtCall, rtOp, assign, undef, exprStmt, driveMaybe, syntaxError } from './context';
import { expr, test, INPLACE, attributeLoad } from './expressions';
import { deleteName, loadName, storeName } from './names';
import { assignTarget } from './targets';
import { lowerFunctionDef } from './functions';
import { lowerClassDef } from './classes';
import { lowerTry, lowerWith, lowerRaise } from './trywith';
import { lowerMatch } from './match';
import { lowerImport, lowerImportFrom } from './imports';
import { isLiteralIterable, ownerOf, resolveCallee } from '../analysis/effects';

/** Lowers a block. Each block starts with a fresh `$ln` (control may arrive from anywhere). */
export function lowerBody(cx: FnCtx, body: A.Stmt[]): t.Statement[] {
  const out: t.Statement[] = [];
  cx.lastLine = -1;
  for (const s of body) {
    if (s.type === 'Expr' && s.value.type === 'Constant' && s.value.value.kind === 'str') continue; // docstrings, bare strings
    if (s.type !== 'Pass' && s.type !== 'Global' && s.type !== 'Nonlocal' && s.line !== cx.lastLine) {
      out.push(loc(t.expressionStatement(assign(id('$ln'), num(s.line))), s, cx.env));
      cx.lastLine = s.line;
    }
    for (const js of stmt(cx, s)) out.push(js.loc ? js : loc(js, s, cx.env));
  }
  return out;
}

function block(cx: FnCtx, body: A.Stmt[]): t.BlockStatement {
  const b = t.blockStatement(lowerBody(cx, body));
  cx.lastLine = -1;
  return b;
}

export function stmt(cx: FnCtx, s: A.Stmt): t.Statement[] {
  switch (s.type) {
    case 'Expr':
      return [exprStmt(expr(cx, s.value), s)];
    case 'Assign':
      return assignStmt(cx, s);
    case 'AugAssign':
      return augAssign(cx, s);
    case 'AnnAssign':
      if (!s.value) return [];
      return assignTarget(cx, s.target, expr(cx, s.value), s);
    case 'Return':
      return [loc(t.returnStatement(s.value ? expr(cx, s.value) : rt('None')), s, cx.env)];
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return [];
    case 'Break':
    case 'Continue': {
      const loop = cx.loops[cx.loops.length - 1];
      if (!loop) {
        syntaxError(cx.env, `'${s.type.toLowerCase()}' ${s.type === 'Continue' ? 'not properly in loop' : 'outside loop'}`, s);
        return [];
      }
      return [s.type === 'Break' ? t.breakStatement(id(loop.breakLabel)) : t.continueStatement(id(loop.label))];
    }
    case 'If': {
      const before = new Set(cx.bound);
      const cond = test(cx, s.test);
      const then = block(cx, s.body);
      const afterThen = cx.bound;
      cx.bound = new Set(before);
      const other = s.orelse.length ? block(cx, s.orelse) : null;
      cx.bound = intersect(afterThen, cx.bound);
      return [t.ifStatement(cond, then, other)];
    }
    case 'While':
      return whileStmt(cx, s);
    case 'For':
      return s.isAsync ? asyncFor(cx, s) : forStmt(cx, s);
    case 'Delete':
      return s.targets.flatMap((tg) => deleteTarget(cx, tg));
    case 'Assert': {
      const msg = s.msg ? expr(cx, s.msg) : undef();
      return [t.ifStatement(t.unaryExpression('!', test(cx, s.test)), t.throwStatement(rtCall('assertFail', s.msg ? [msg] : [])))];
    }
    case 'Raise':
      return lowerRaise(cx, s);
    case 'Try':
      return lowerTry(cx, s);
    case 'With':
      return lowerWith(cx, s);
    case 'Match':
      return lowerMatch(cx, s);
    case 'FunctionDef':
      return lowerFunctionDef(cx, s);
    case 'ClassDef':
      return lowerClassDef(cx, s);
    case 'Import':
      return lowerImport(cx, s);
    case 'ImportFrom':
      return lowerImportFrom(cx, s);
  }
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) if (b.has(x)) out.add(x);
  return out;
}

function assignStmt(cx: FnCtx, s: A.Assign): t.Statement[] {
  const value = expr(cx, s.value);
  if (s.targets.length === 1) return assignTarget(cx, s.targets[0], value, s);
  // a = b = v: evaluate once, assign left to right
  const tmp = cx.ownTmp('v');
  const out: t.Statement[] = [exprStmt(assign(id(tmp), value), s)];
  for (const tg of s.targets) out.push(...assignTarget(cx, tg, id(tmp), s));
  return out;
}

function augAssign(cx: FnCtx, s: A.AugAssign): t.Statement[] {
  const op = INPLACE[s.op];
  const tg = s.target;
  if (tg.type === 'Name') {
    const cur = loadName(cx, tg.id);
    return [exprStmt(storeName(cx, tg.id, rtOp(cx, op, [cur, expr(cx, s.value)], s, s)), s)];
  }
  if (tg.type === 'Attribute') {
    const o = cx.ownTmp('o');
    const pre = exprStmt(assign(id(o), expr(cx, tg.value)), s);
    const cur = attributeLoad(cx, tg, id(o)); // the object is `o`; `tg` keys the effect facts
    const v = rtOp(cx, op, [cur, expr(cx, s.value)], s, s);
    return [pre, ...assignTarget(cx, tg, v, s, id(o))];
  }
  const o = cx.ownTmp('o');
  const k = cx.ownTmp('k');
  const pre = exprStmt(t.sequenceExpression([assign(id(o), expr(cx, tg.value)), assign(id(k), expr(cx, tg.slice))]), s);
  const cur = rtOp(cx, 'getitem', [id(o), id(k)], tg, tg);
  const v = rtOp(cx, op, [cur, expr(cx, s.value)], s, s);
  return [pre, exprStmt(rtOp(cx, 'setitem', [id(o), id(k), v], tg, tg), s)];
}

function deleteTarget(cx: FnCtx, tg: A.Expr): t.Statement[] {
  switch (tg.type) {
    case 'Name':
      return deleteName(cx, tg.id, tg);
    case 'Tuple':
    case 'List':
      return tg.elts.flatMap((e) => deleteTarget(cx, e));
    case 'Attribute':
      return [exprStmt(rtOp(cx, 'delattr', [expr(cx, tg.value), str(tg.attr)], tg, tg), tg)];
    case 'Subscript':
      return [exprStmt(rtOp(cx, 'delitem', [expr(cx, tg.value), expr(cx, tg.slice)], tg, tg), tg)];
    default:
      syntaxError(cx.env, 'cannot delete expression', tg);
      return [];
  }
}

// ---------------------------------------------------------------- loops

/** Wraps a loop with its labels; with an `else`, breaks leave a labeled block around both. */
function loopWithElse(cx: FnCtx, make: (label: string) => t.Statement, orelse: A.Stmt[], entry: Set<string>): t.Statement[] {
  const label = `$L${cx.env.counter++}`;
  const breakLabel = orelse.length ? `$B${cx.env.counter++}` : label;
  cx.loops.push({ label, breakLabel });
  const loopStmt = t.labeledStatement(id(label), make(label));
  cx.loops.pop();
  cx.bound = new Set(entry);
  if (!orelse.length) return [loopStmt];
  const elseBody = lowerBody(cx, orelse);
  cx.bound = new Set(entry);
  cx.lastLine = -1;
  return [t.labeledStatement(id(breakLabel), t.blockStatement([loopStmt, ...elseBody]))];
}

/** Locals that stay bound across loop iterations: those bound at entry and never deleted in the body. */
function loopEntry(cx: FnCtx, body: A.Stmt[]): Set<string> {
  const deleted = new Set<string>();
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    const node = n as A.Node;
    if (node.type === 'Delete') for (const tg of node.targets) if (tg.type === 'Name') deleted.add(tg.id);
    if (node.type === 'FunctionDef' || node.type === 'ClassDef' || node.type === 'Lambda') return;
    for (const k in node) if (k !== 'type') visit((node as any)[k]);
  };
  visit(body);
  const out = new Set<string>();
  for (const n of cx.bound) if (!deleted.has(n)) out.add(n);
  // handlers unbind `except ... as e` names: treat them as deleted too
  return out;
}

function whileStmt(cx: FnCtx, s: A.While): t.Statement[] {
  const entry = loopEntry(cx, s.body);
  cx.bound = new Set(entry);
  return loopWithElse(
    cx,
    () => {
      const cond = t.sequenceExpression([assign(id('$ln'), num(s.line)), test(cx, s.test)]);
      return t.whileStatement(cond, block(cx, s.body));
    },
    s.orelse,
    entry,
  );
}

/** `range(...)` of the builtin with 1-3 positional arguments and, if given, a literal step. */
function countingRange(cx: FnCtx, e: A.Expr): { start: A.Expr | null; stop: A.Expr; step: number } | null {
  if (e.type !== 'Call' || e.func.type !== 'Name' || e.func.id !== 'range' || e.keywords.length) return null;
  if (ownerOf(cx.scope, 'range', cx.env.scopes.module) !== 'builtin') return null;
  const args = e.args;
  if (args.some((a) => a.type === 'Starred') || args.length < 1 || args.length > 3) return null;
  let step = 1;
  if (args.length === 3) {
    const lit = intLiteral(args[2]);
    if (lit === null || lit === 0) return null;
    step = lit;
  }
  return args.length === 1 ? { start: null, stop: args[0], step } : { start: args[0], stop: args[1], step };
}

function intLiteral(e: A.Expr): number | null {
  if (e.type === 'UnaryOp' && e.op === 'USub') {
    const v = intLiteral(e.operand);
    return v === null ? null : -v;
  }
  if (e.type === 'Constant' && e.value.kind === 'int') {
    const n = Number(e.value.value);
    return Number.isSafeInteger(n) && Math.abs(n) < 2 ** 31 ? n : null;
  }
  return null;
}

/** An int-valued bound of a counting loop: literals as is, others through `$rt.index`. */
export function rangeBound(cx: FnCtx, e: A.Expr): t.Expression {
  const lit = intLiteral(e);
  if (lit !== null) return num(lit);
  return rtCall('index', [expr(cx, e)], e);
}

/** `typeof i === typeof n || (i = BigInt(i), n = BigInt(n))`: exact counting across ±2^53. */
export function bigBounds(i: t.Identifier, n: t.Identifier): t.Expression {
  return t.logicalExpression(
    '||',
    t.binaryExpression('===', t.unaryExpression('typeof', i), t.unaryExpression('typeof', n)),
    t.sequenceExpression([
      t.assignmentExpression('=', i, t.callExpression(id('BigInt'), [i])),
      t.assignmentExpression('=', n, t.callExpression(id('BigInt'), [n])),
    ]),
  );
}

/** JS `for` header of a counting loop over range(start, stop, step) into counter `i`. */
export function countingHeader(
  cx: FnCtx,
  r: { start: A.Expr | null; stop: A.Expr; step: number },
  i: string,
  n: string,
): { init: t.VariableDeclaration; test: t.Expression; update: t.Expression } {
  const start = r.start ? rangeBound(cx, r.start) : num(0);
  const stop = rangeBound(cx, r.stop);
  // bounds beyond 2^53 arrive as bigints: `<`, `++` and `--` work on them as they are (and `<`
  // across a number and a bigint); a larger step is made a bigint too when the counter is one
  const decls = [t.variableDeclarator(id(i), start), t.variableDeclarator(id(n), stop)];
  // a number counter stalls at 2^53 (i + 1 === i): when one bound is a bigint, both become one
  decls.push(t.variableDeclarator(id(`${i}$x`), bigBounds(id(i), id(n))));
  let update: t.Expression;
  if (r.step === 1) update = t.updateExpression('++', id(i));
  else if (r.step === -1) update = t.updateExpression('--', id(i));
  else {
    const d = `${i}$d`;
    decls.push(t.variableDeclarator(id(d), t.conditionalExpression(
      t.binaryExpression('===', t.unaryExpression('typeof', id(i)), str('bigint')),
      t.bigIntLiteral(String(r.step)),
      num(r.step),
    )));
    update = t.assignmentExpression('+=', id(i), id(d));
  }
  const init = t.variableDeclaration('let', decls);
  const testE = t.binaryExpression(r.step > 0 ? '<' : '>', id(i), id(n));
  return { init, test: testE, update };
}

function forStmt(cx: FnCtx, s: A.For): t.Statement[] {
  const entry = loopEntry(cx, s.body);
  const range = countingRange(cx, s.iter);
  if (range) {
    const i = `$i${cx.env.counter++}`;
    const n = `$n${cx.env.counter++}`;
    const h = countingHeader(cx, range, i, n);
    cx.bound = new Set(entry);
    return loopWithElse(
      cx,
      () => {
        const bind = assignTarget(cx, s.target, id(i), s.target);
        const body = block(cx, s.body);
        body.body.unshift(...bind);
        return t.forStatement(h.init, h.test, h.update, body);
      },
      s.orelse,
      entry,
    );
  }
  const it = cx.ownTmp('it');
  const v = cx.ownTmp('v');
  const iterSus = cx.gen && !isLiteralIterable(s.iter, cx.scope, cx.env.scopes.module) && iterMaySuspend(cx, s);
  const iterInit = iterSus ? driveMaybe(cx, rtCall('iterS', [expr(cx, s.iter)], s.iter)) : rtCall('iter', [expr(cx, s.iter)], s.iter);
  const next = iterSus ? driveMaybe(cx, rtCall('iterNextS', [id(it)])) : rtCall('iterNext', [id(it)]);
  const setup = exprStmt(assign(id(it), iterInit), s.iter);
  cx.bound = new Set(entry);
  const loops = loopWithElse(
    cx,
    () => {
      const cond = t.binaryExpression('!==', t.sequenceExpression([assign(id('$ln'), num(s.line)), assign(id(v), next)]), undef());
      const bind = assignTarget(cx, s.target, id(v), s.target);
      const body = block(cx, s.body);
      body.body.unshift(...bind);
      return t.forStatement(null, cond, null, body);
    },
    s.orelse,
    entry,
  );
  if (!iteratesFreshGenerator(cx, s.iter)) return [setup, ...loops];
  // CPython closes a dropped generator at once (reference counting): a loop that leaves a
  // fresh generator early (break, return, an exception) closes it, so its `finally` runs first
  const close = cx.gen ? t.yieldExpression(rtCall('closeLoopGenS', [id(it)]), true) : rtCall('closeLoopGen', [id(it)]);
  return [setup, t.tryStatement(t.blockStatement(loops), null, t.blockStatement([t.expressionStatement(close)]))];
}

/**
 * `for x in g(...)` where `g` is surely a generator function (`isAsync`: an async generator
 * function, for `async for`): the loop holds the only reference to the generator.
 */
function iteratesFreshGenerator(cx: FnCtx, iter: A.Expr, isAsync = false): boolean {
  if (iter.type !== 'Call' || iter.func.type !== 'Name') return false;
  const c = resolveCallee(iter.func.id, cx.scope, cx.env.scopes.module, cx.env.resolver);
  return c.t === 'def' && c.target.isGenerator && c.target.isAsync === isAsync;
}

function iterMaySuspend(cx: FnCtx, node: A.Node): boolean {
  const op = cx.env.facts.iterAt.get(node);
  return !!op && cx.env.effects.opSus(op);
}

/** `async for x in it:` — `$rt.aiter`, then `yield* $rt.anext(it)` until `undefined`. */
function asyncFor(cx: FnCtx, s: A.For): t.Statement[] {
  const entry = loopEntry(cx, s.body);
  const it = cx.ownTmp('ait');
  const v = cx.ownTmp('v');
  const setup = exprStmt(assign(id(it), rtCall('aiter', [expr(cx, s.iter)], s.iter)), s.iter);
  cx.bound = new Set(entry);
  const loops = loopWithElse(
    cx,
    () => {
      const next = t.yieldExpression(rtCall('anext', [id(it)]), true);
      const cond = t.binaryExpression('!==', t.sequenceExpression([assign(id('$ln'), num(s.line)), assign(id(v), next)]), undef());
      const bind = assignTarget(cx, s.target, id(v), s.target);
      const body = block(cx, s.body);
      body.body.unshift(...bind);
      return t.forStatement(null, cond, null, body);
    },
    s.orelse,
    entry,
  );
  if (!iteratesFreshGenerator(cx, s.iter, true)) return [setup, ...loops];
  // as for a generator in a `for` (above): a loop left early closes its fresh async generator
  return [setup, t.tryStatement(t.blockStatement(loops), null, t.blockStatement([t.expressionStatement(t.yieldExpression(rtCall('acloseLoop', [id(it)]), true))]))];
}
