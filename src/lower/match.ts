// match/case: the subject is evaluated once; each case is an `if` whose condition is the
// pattern test (a JS boolean expression that binds capture names as it goes, like CPython)
// and the guard; the first case that matches runs and leaves the labeled block.
// Structural checks live in the runtime: `$rt.matchSeq`, `matchMap`, `matchMapRest`,
// `matchClass` return the parts to match sub-patterns against, or null.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { type FnCtx, id, str, num, rt, rtCall, rtOp, assign, exprStmt } from './context';
import { expr, test } from './expressions';
import { lowerBody } from './statements';
import { storeName } from './names';

export function lowerMatch(cx: FnCtx, s: A.Match): t.Statement[] {
  const subj = cx.ownTmp('subj');
  const label = `$M${cx.env.counter++}`;
  const entry = new Set(cx.bound);
  const cases: t.Statement[] = [];
  for (const c of s.cases) {
    cx.bound = new Set(entry);
    let cond = pattern(cx, c.pattern, id(subj));
    if (c.guard) cond = t.logicalExpression('&&', cond, test(cx, c.guard));
    const body = lowerBody(cx, c.body);
    body.push(t.breakStatement(id(label)));
    cases.push(t.ifStatement(cond, t.blockStatement(body)));
  }
  cx.bound = entry;
  cx.lastLine = -1;
  return [exprStmt(assign(id(subj), expr(cx, s.subject)), s.subject), t.labeledStatement(id(label), t.blockStatement(cases))];
}

const TRUE = (): t.Expression => t.booleanLiteral(true);

function and(parts: t.Expression[]): t.Expression {
  if (!parts.length) return TRUE();
  return parts.reduce((a, b) => t.logicalExpression('&&', a, b));
}

/** `(name = v, true)` */
function bind(cx: FnCtx, name: string, v: t.Expression): t.Expression {
  return t.sequenceExpression([storeName(cx, name, v), TRUE()]);
}

function pattern(cx: FnCtx, p: A.Pattern, v: t.Expression): t.Expression {
  switch (p.type) {
    case 'MatchValue':
      return rtCall('truthy', [rtOp(cx, 'eq', [v, expr(cx, p.value)], p)]);
    case 'MatchSingleton':
      return t.binaryExpression('===', v, p.value === null ? rt('None') : t.booleanLiteral(p.value));
    case 'MatchAs': {
      const parts: t.Expression[] = [];
      if (p.pattern) parts.push(pattern(cx, p.pattern, v));
      if (p.name) parts.push(bind(cx, p.name, v));
      return and(parts);
    }
    case 'MatchOr':
      return p.patterns.map((q) => pattern(cx, q, v)).reduce((a, b) => t.logicalExpression('||', a, b));
    case 'MatchStar':
      return p.name ? bind(cx, p.name, v) : TRUE();
    case 'MatchSequence': {
      const arr = cx.ownTmp('seq');
      const star = p.patterns.findIndex((q) => q.type === 'MatchStar');
      const parts: t.Expression[] = [
        t.binaryExpression('!==', assign(id(arr), rtCall('matchSeq', [v, num(p.patterns.length), num(star)])), t.nullLiteral()),
      ];
      p.patterns.forEach((q, i) => parts.push(pattern(cx, q, t.memberExpression(id(arr), num(i), true))));
      return and(parts);
    }
    case 'MatchMapping': {
      const arr = cx.ownTmp('map');
      const keys = t.arrayExpression(p.keys.map((k) => expr(cx, k)));
      const parts: t.Expression[] = [t.binaryExpression('!==', assign(id(arr), rtCall('matchMap', [v, keys])), t.nullLiteral())];
      p.patterns.forEach((q, i) => parts.push(pattern(cx, q, t.memberExpression(id(arr), num(i), true))));
      if (p.rest) parts.push(bind(cx, p.rest, rtCall('matchMapRest', [v, t.arrayExpression(p.keys.map((k) => expr(cx, k)))])));
      return and(parts);
    }
    case 'MatchClass': {
      const arr = cx.ownTmp('cls');
      const call = rtCall('matchClass', [v, expr(cx, p.cls), num(p.patterns.length), t.arrayExpression(p.kwdAttrs.map(str))]);
      const parts: t.Expression[] = [t.binaryExpression('!==', assign(id(arr), call), t.nullLiteral())];
      [...p.patterns, ...p.kwdPatterns].forEach((q, i) => parts.push(pattern(cx, q, t.memberExpression(id(arr), num(i), true))));
      return and(parts);
    }
  }
}
