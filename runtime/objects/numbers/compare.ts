// Comparison operators (`$rt.eq(a, b)` ... return JS booleans). int/float comparisons are
// exact: JS relational operators between bigint and number compare mathematical values, and
// every safe-range int is exact as a double.
import { throwError } from '../errors';
import { compareDispatch } from '../protocol';
import { PyFloat } from './box';
import { PyBytes } from '../strings/bytes';
import { strCompare } from '../strings/compare';
import { isScalar, scalarTypeName } from './typename';

export function eq(a: any, b: any): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return eqSlow(a, b);
}

export function ne(a: any, b: any): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  if (typeof a === 'string' && typeof b === 'string') return a !== b;
  return !eqSlowOr(a, b, '!=');
}

export function lt(a: any, b: any): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return orderSlow('<', a, b);
}
export function le(a: any, b: any): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  return orderSlow('<=', a, b);
}
export function gt(a: any, b: any): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  return orderSlow('>', a, b);
}
export function ge(a: any, b: any): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  return orderSlow('>=', a, b);
}

/** A numeric operand as a number or bigint (bool → 0/1), or undefined if not numeric. */
function numVal(x: any): number | bigint | undefined {
  switch (typeof x) {
    case 'number': case 'bigint': return x;
    case 'boolean': return x ? 1 : 0;
  }
  return x instanceof PyFloat ? x.v : undefined;
}

function eqSlow(a: any, b: any): boolean {
  return eqSlowOr(a, b, '==');
}

/** Equality of scalars; for anything else the dispatcher's result for `op` (negated by ne). */
function eqSlowOr(a: any, b: any, op: '==' | '!='): boolean {
  const x = numVal(a), y = numVal(b);
  if (x !== undefined && y !== undefined) return x == y; // eslint-disable-line eqeqeq -- exact bigint/number equality
  if (a instanceof PyBytes && b instanceof PyBytes) return a.equals(b);
  if (isScalar(a) && isScalar(b)) return a === b;
  const r = compareDispatch(op, a, b);
  return op === '==' ? r : !r;
}

function orderSlow(op: '<' | '<=' | '>' | '>=', a: any, b: any): boolean {
  let c: number;
  const x = numVal(a), y = numVal(b);
  if (x !== undefined && y !== undefined) {
    switch (op) {
      case '<': return x < y;
      case '<=': return x <= y;
      case '>': return x > y;
      case '>=': return x >= y;
    }
  }
  if (typeof a === 'string' && typeof b === 'string') c = strCompare(a, b);
  else if (a instanceof PyBytes && b instanceof PyBytes) c = a.compare(b);
  else if (isScalar(a) && isScalar(b)) {
    throwError('TypeError',
      `'${op}' not supported between instances of '${scalarTypeName(a)}' and '${scalarTypeName(b)}'`);
  } else return compareDispatch(op, a, b);
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    default: return c >= 0;
  }
}

// Value forms: `a == b` as an expression whose value is used (`print(C() == 5)`) is whatever
// the special method returned ('yes', -456, a list ...), not a bool. Scalars answer exactly as
// the boolean forms; only the dispatch to user methods differs. The boolean forms above stay
// for conditions (`if a < b:`), where only truthiness matters.
import { richCompare } from '../protocol';

function valueForm(op: '==' | '!=' | '<' | '<=' | '>' | '>=', a: any, b: any, scalar: (a: any, b: any) => boolean): any {
  if ((isScalar(a) || a instanceof PyFloat) && (isScalar(b) || b instanceof PyFloat)) return scalar(a, b);
  return richCompare(op, a, b);
}
export function eqV(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return valueForm('==', a, b, eq);
}
export function neV(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  if (typeof a === 'string' && typeof b === 'string') return a !== b;
  return valueForm('!=', a, b, ne);
}
export function ltV(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return valueForm('<', a, b, lt);
}
export function leV(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  return valueForm('<=', a, b, le);
}
export function gtV(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  return valueForm('>', a, b, gt);
}
export function geV(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  return valueForm('>=', a, b, ge);
}
