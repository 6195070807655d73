// The operation budget's hooks in compiled code (sandbox `maxOperations`, runtime/sandbox/
// budget.ts, docs/security.md). One operation is charged per loop iteration and per Python
// function entry, which bounds the work any program can do: without loops or calls a program
// is straight-line code, and with them every iteration or frame pays. The check is always
// compiled in (limits are a run-time option) and is a decrement and compare of a small integer:
// `if (--$rt.budget.n < 0) $rt.budgetOut();`.
import * as t from '@babel/types';
import { id, rt, rtCall } from './context';

/** `if (--$rt.budget.n < 0) $rt.budgetOut();` */
export function budgetCheck(): t.Statement {
  return t.ifStatement(
    t.binaryExpression('<', t.updateExpression('--', t.memberExpression(rt('budget'), id('n')), true), t.numericLiteral(0)),
    t.expressionStatement(rtCall('budgetOut', [])),
  );
}

/**
 * Adds the check to every loop body and every frame of `root`, in one pass over the lowered
 * module so the statement and function lowerings stay unaware of it.
 * - Loops: all JS loops the lowering emits are Python loops (`while`, `for`, `async for`,
 *   comprehension loops); the check goes first in the body, so an iteration that ends in
 *   `continue` is charged too.
 * - Frames: every Python function, lambda, comprehension, class body and generator/coroutine
 *   body is `try { ... } catch ($e) { throw $rt.tb($e, $fi, $ln); }` (runtime ABI §5). The check
 *   goes first in that `try`, after the depth check when there is one (the `finally` that
 *   undoes the depth increment must not run without it). Generator and coroutine bodies are
 *   charged when they start running.
 */
export function chargeLoops(root: t.Node): void {
  t.traverseFast(root, (node) => {
    if (t.isWhileStatement(node) || t.isForStatement(node) || t.isDoWhileStatement(node) || t.isForOfStatement(node)) {
      if (t.isBlockStatement(node.body)) node.body.body.unshift(budgetCheck());
      else node.body = t.blockStatement([budgetCheck(), node.body]);
    } else if (t.isTryStatement(node) && isFrameHandler(node.handler)) {
      const body = node.block.body;
      body.splice(isDepthCheck(body[0]) ? 1 : 0, 0, budgetCheck());
    }
  });
}

/** `catch ($e) { throw $rt.tb(...); }`: the frame wrapper of ABI §5. */
function isFrameHandler(h: t.CatchClause | null | undefined): boolean {
  if (!h || h.body.body.length !== 1) return false;
  const s = h.body.body[0];
  return t.isThrowStatement(s) && t.isCallExpression(s.argument) && isRt(s.argument.callee, 'tb');
}

/** `if (++$rt.depth.n > $rt.depth.limit) ...` */
function isDepthCheck(s: t.Statement | undefined): boolean {
  if (!s || !t.isIfStatement(s) || !t.isBinaryExpression(s.test)) return false;
  const left = s.test.left;
  return t.isUpdateExpression(left) && t.isMemberExpression(left.argument) && isRt(left.argument.object, 'depth');
}

function isRt(e: t.Node, name: string): boolean {
  return t.isMemberExpression(e) && t.isIdentifier(e.object, { name: '$rt' }) && t.isIdentifier(e.property, { name });
}
