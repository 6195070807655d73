// Assignment targets: names, attributes (the ABI §2 write fast path), subscripts, and
// tuple/list unpacking with an optional starred target (`$rt.unpack` / `$rt.unpackStar`).
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { type FnCtx, id, str, num, rtCall, rtOp, pyProp, assign, exprStmt, driveMaybe, syntaxError } from './context';
import { expr } from './expressions';
import { storeName } from './names';

function iterSus(cx: FnCtx, node: A.Node): boolean {
  if (!cx.gen) return false;
  const op = cx.env.facts.iterAt.get(node);
  return !!op && cx.env.effects.opSus(op);
}

/** Statements assigning the (already lowered, evaluated-once) `value` to `target`. */
export function assignTarget(cx: FnCtx, target: A.Expr, value: t.Expression, p: A.Pos, obj?: t.Expression): t.Statement[] {
  switch (target.type) {
    case 'Name':
      return [exprStmt(storeName(cx, target.id, value), p)];
    case 'Attribute': {
      // value first (it is already evaluated by the caller), then the object
      const v = cx.ownTmp('v');
      const o = obj ?? expr(cx, target.value);
      let oref: t.Expression = o;
      const pre: t.Expression[] = [assign(id(v), value)];
      if (!t.isIdentifier(o)) {
        const ot = cx.ownTmp('o');
        pre.push(assign(id(ot), o));
        oref = id(ot);
      }
      const slow = rtOp(cx, 'setattr', [oref, str(target.attr), id(v)], target, target);
      const fast = t.conditionalExpression(
        t.logicalExpression(
          '&&',
          t.binaryExpression('===', t.memberExpression(oref, id('$$simple')), t.booleanLiteral(true)),
          t.binaryExpression('!==', t.unaryExpression('typeof', id(v)), str('function')),
        ),
        assign(pyProp(oref, target.attr), id(v)),
        slow,
      );
      return [exprStmt(t.sequenceExpression([...pre, fast]), p)];
    }
    case 'Subscript': {
      const v = cx.ownTmp('v');
      return [exprStmt(t.sequenceExpression([assign(id(v), value), rtOp(cx, 'setitem', [expr(cx, target.value), expr(cx, target.slice), id(v)], target, target)]), p)];
    }
    case 'Tuple':
    case 'List': {
      const elts = target.elts;
      const star = elts.findIndex((e) => e.type === 'Starred');
      if (elts.filter((e) => e.type === 'Starred').length > 1) {
        syntaxError(cx.env, 'multiple starred expressions in assignment', target);
        return [];
      }
      const arr = cx.ownTmp('u');
      const sus = iterSus(cx, target);
      const call =
        star < 0
          ? rtCall(sus ? 'unpackS' : 'unpack', [value, num(elts.length)])
          : rtCall(sus ? 'unpackStarS' : 'unpackStar', [value, num(star), num(elts.length - star - 1)]);
      const out: t.Statement[] = [exprStmt(assign(id(arr), sus ? driveMaybe(cx, call) : call), p)];
      elts.forEach((e, i) => {
        const item = t.memberExpression(id(arr), num(i), true);
        out.push(...assignTarget(cx, e.type === 'Starred' ? e.value : e, item, p));
      });
      return out;
    }
    case 'Starred':
      syntaxError(cx.env, 'starred assignment target must be in a list or tuple', target);
      return [];
    default:
      syntaxError(cx.env, 'cannot assign to expression', target);
      return [];
  }
}
