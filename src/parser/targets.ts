// Assignment, deletion and augmented-assignment targets: CPython's invalid-target search
// (`_PyPegen_get_invalid_target`) and its messages.

import type * as A from '../ast/nodes';
import type { Builder } from './build';
import { describe, spanOf } from './build';

export type TargetKind = 'assign-first' | 'assign' | 'for' | 'with';

/** First sub-expression that cannot be assigned to, or null. */
function invalidTarget(e: A.Expr, del: boolean): A.Expr | null {
  switch (e.type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return null;
    case 'Starred':
      return del ? e : invalidTarget(e.value, del);
    case 'Tuple':
    case 'List':
      for (const x of e.elts) {
        const bad = invalidTarget(x, del);
        if (bad) return bad;
      }
      return null;
    default:
      return e;
  }
}

function isSingleton(e: A.Expr): string | null {
  if (e.type !== 'Constant') return null;
  const v = e.value;
  if (v.kind === 'None') return 'None';
  if (v.kind === 'bool') return v.value ? 'True' : 'False';
  return null;
}

// Expressions CPython catches with its `invalid_named_expression`-style rules, whose message
// never carries the "Maybe you meant '=='" hint.
function lowLevel(e: A.Expr): boolean {
  return (
    e.type === 'Compare' ||
    e.type === 'BoolOp' ||
    e.type === 'IfExp' ||
    e.type === 'Lambda' ||
    (e.type === 'UnaryOp' && e.op === 'Not')
  );
}

export function checkTarget(b: Builder, e: A.Expr, kind: TargetKind): void {
  const bad = invalidTarget(e, false);
  if (!bad) {
    checkDebug(b, e, 'assign to');
    return;
  }
  if (kind === 'assign' && bad === e && (e.type === 'Yield' || e.type === 'YieldFrom')) {
    b.fail('assignment to yield expression not possible', spanOf(bad));
  }
  const single = isSingleton(bad);
  if (single) b.fail(`cannot assign to ${single}`, spanOf(bad));
  const what = describe(bad);
  const hint =
    kind === 'assign-first' &&
    !lowLevel(bad) &&
    (bad === e || (e.type === 'Tuple' && !b.isParenthesized(e) && e.elts.includes(bad)));
  b.fail(hint ? `cannot assign to ${what} here. Maybe you meant '==' instead of '='?` : `cannot assign to ${what}`, spanOf(bad));
}

export function checkDelTarget(b: Builder, e: A.Expr): void {
  const bad = invalidTarget(e, true);
  if (!bad) {
    checkDebug(b, e, 'delete');
    return;
  }
  const single = isSingleton(bad);
  b.fail(`cannot delete ${single ?? describe(bad)}`, spanOf(bad));
}

export function checkAugTarget(b: Builder, e: A.Expr): void {
  if (e.type === 'Name' || e.type === 'Attribute' || e.type === 'Subscript') {
    checkDebug(b, e, 'assign to');
    return;
  }
  b.fail(`'${describe(e)}' is an illegal expression for augmented assignment`, spanOf(e));
}

export function checkAnnTarget(b: Builder, e: A.Expr): void {
  if (e.type === 'Tuple') b.fail('only single target (not tuple) can be annotated', spanOf(e));
  if (e.type === 'List') b.fail('only single target (not list) can be annotated', spanOf(e));
  if (e.type === 'Name' || e.type === 'Attribute' || e.type === 'Subscript') {
    checkDebug(b, e, 'assign to');
    return;
  }
  b.fail('illegal target for annotation', spanOf(e));
}

function checkDebug(b: Builder, e: A.Expr, verb: string): void {
  if (e.type === 'Name' && e.id === '__debug__') b.fail(`cannot ${verb} __debug__`, spanOf(e));
  if (e.type === 'Tuple' || e.type === 'List') for (const x of e.elts) checkDebug(b, x, verb);
  if (e.type === 'Starred') checkDebug(b, e.value, verb);
}

export function setContext(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'Tuple':
    case 'List':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
  }
}
