// Expressions: constants, names, operators, comparisons, boolean logic, containers, attributes,
// subscripts, conditional and walrus expressions. Calls, functions, comprehensions and f-strings
// have their own modules; this one dispatches to them.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import {
  type FnCtx, loc, id, str, num, rt, rtCall, rtOp, pyProp, assign, undef, hoist, driveMaybe, syntaxError,
} from './context';
import { loadName, storeName } from './names';
import { lowerCall } from './calls';
import { lowerLambda } from './functions';
import { lowerComprehension } from './comprehensions';
import { lowerJoinedStr } from './fstrings';

const BINOP: Record<A.BinOpKind, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'bitor', BitXor: 'bitxor', BitAnd: 'bitand', FloorDiv: 'floordiv',
};
export const INPLACE: Record<A.BinOpKind, string> = {
  Add: 'iadd', Sub: 'isub', Mult: 'imul', MatMult: 'imatmul', Div: 'itruediv', Mod: 'imod', Pow: 'ipow',
  LShift: 'ilshift', RShift: 'irshift', BitOr: 'ior', BitXor: 'ixor', BitAnd: 'iand', FloorDiv: 'ifloordiv',
};
const CMP: Partial<Record<A.CmpOpKind, { rt: string; js: '<' | '<=' | '>' | '>=' | '===' | '!==' }>> = {
  Lt: { rt: 'lt', js: '<' }, LtE: { rt: 'le', js: '<=' }, Gt: { rt: 'gt', js: '>' }, GtE: { rt: 'ge', js: '>=' },
  Eq: { rt: 'eq', js: '===' }, NotEq: { rt: 'ne', js: '!==' },
};

// A long left-associative chain (`1+1+...+1`, 900 terms parse fine in CPython) nested as calls
// `add(add(add(...)))` is as deep in the JS AST, and @babel/generator's printer recurses about
// ten frames per level: a cold process ran out of stack near 900. Past FLAT_CHAIN levels the
// chain becomes a flat sequence `($t = a, $t = add($t, b), $t = add($t, c), ..., $t)`, which
// evaluates operands and operators in the same order.
const FLAT_CHAIN = 32;

function leftDepth(e: A.BinOp): number {
  let n = 0;
  for (let x: A.Expr = e; x.type === 'BinOp' && n <= FLAT_CHAIN; x = x.left) n++;
  return n;
}

function binOpChain(cx: FnCtx, e: A.BinOp): t.Expression {
  const spine: A.BinOp[] = [];
  let x: A.Expr = e;
  for (; x.type === 'BinOp'; x = x.left) spine.push(x);
  const acc = cx.tmp();
  const parts: t.Expression[] = [assign(id(acc), expr(cx, x))];
  for (let i = spine.length - 1; i >= 0; i--) {
    const op = spine[i];
    parts.push(assign(id(acc), loc(rtOp(cx, BINOP[op.op], [id(acc), expr(cx, op.right)], op, op), op, cx.env)));
  }
  parts.push(id(acc));
  cx.free(acc);
  return t.sequenceExpression(parts);
}

// The same for `a.b.c…`, `x[0][0]…` and `f()()…` (and mixes): past FLAT_CHAIN levels each level
// is lowered on its own with the level below it replaced by a hole holding the temporary, so
// `($t = a, $t = <$t.b>, $t = <$t[0]>, …, $t)`; evaluation order is unchanged. The hole is
// put into the node itself for the time of its lowering (and taken out again), so analysis
// results keyed by node identity still apply.
type SpineHole = A.Name & { $js?: t.Expression };

/** Whether `e` is a spine hole (a temporary, not a Python name: paths keyed on names skip it). */
export function isSpineHole(e: A.Expr): boolean {
  return (e as SpineHole).$js !== undefined;
}

function spineChild(e: A.Expr): A.Expr | null {
  if (e.type === 'Attribute' || e.type === 'Subscript') return e.value;
  if (e.type === 'Call') return e.func;
  return null;
}

function spineDepth(e: A.Expr): number {
  let n = 0;
  for (let x: A.Expr | null = e; x !== null && n <= FLAT_CHAIN + 1; x = spineChild(x)) n++;
  return n - 1;
}

function spineChain(cx: FnCtx, e: A.Expr): t.Expression {
  const spine: A.Expr[] = [];
  let x: A.Expr = e;
  for (let c = spineChild(x); c !== null; c = spineChild(x)) {
    spine.push(x);
    x = c;
  }
  const acc = cx.tmp();
  const parts: t.Expression[] = [assign(id(acc), expr(cx, x))];
  for (let i = spine.length - 1; i >= 0; i--) {
    const n = spine[i] as A.Attribute | A.Subscript | A.Call;
    const below = spineChild(n)!;
    const hole: SpineHole = { type: 'Name', id: acc, ctx: 'Load', line: below.line, col: below.col, endLine: below.endLine, endCol: below.endCol, $js: id(acc) };
    if (n.type === 'Call') n.func = hole;
    else n.value = hole;
    try {
      parts.push(assign(id(acc), expr(cx, n)));
    } finally {
      if (n.type === 'Call') n.func = below;
      else n.value = below;
    }
  }
  parts.push(id(acc));
  cx.free(acc);
  return t.sequenceExpression(parts);
}

export function expr(cx: FnCtx, e: A.Expr): t.Expression {
  return loc(exprInner(cx, e), e, cx.env);
}

function exprInner(cx: FnCtx, e: A.Expr): t.Expression {
  switch (e.type) {
    case 'Constant':
      return constant(cx, e);
    case 'Name':
      return (e as SpineHole).$js ?? loadName(cx, e.id);
    case 'BinOp':
      if (leftDepth(e) > FLAT_CHAIN) return binOpChain(cx, e);
      return rtOp(cx, BINOP[e.op], [expr(cx, e.left), expr(cx, e.right)], e, e);
    case 'UnaryOp':
      return unary(cx, e);
    case 'BoolOp':
      return boolOp(cx, e);
    case 'Compare':
      return compare(cx, e, false);
    case 'IfExp':
      return t.conditionalExpression(test(cx, e.test), expr(cx, e.body), expr(cx, e.orelse));
    case 'NamedExpr':
      return storeName(cx, e.target.id, expr(cx, e.value));
    case 'Call':
      if (spineDepth(e) > FLAT_CHAIN) return spineChain(cx, e);
      return lowerCall(cx, e);
    case 'Attribute':
      if (spineDepth(e) > FLAT_CHAIN) return spineChain(cx, e);
      return attributeLoad(cx, e);
    case 'Subscript':
      if (spineDepth(e) > FLAT_CHAIN) return spineChain(cx, e);
      return rtOp(cx, 'getitem', [expr(cx, e.value), expr(cx, e.slice)], e, e);
    case 'Slice':
      return rtCall('mkSlice', [optional(cx, e.lower), optional(cx, e.upper), optional(cx, e.step)]);
    case 'List':
      return rtCall('mkList', [elements(cx, e.elts)]);
    case 'Tuple':
      if (e.elts.length === 0) return id(hoist(cx.env, 'tuple:empty', 'empty', () => rtCall('mkTuple', [t.arrayExpression([])])));
      return rtCall('mkTuple', [elements(cx, e.elts)]);
    case 'Set':
      // CPython builds a display of 3+ constants from a frozenset constant (a different
      // iteration order than adding the items one by one); ABI §8 constSetDisplay
      if (e.elts.length >= 3 && e.elts.every(isFoldedConstant)) return rtCall('constSetDisplay', [elements(cx, e.elts)]);
      return rtOp(cx, 'mkSet', [elements(cx, e.elts)], e);
    case 'Dict':
      return dict(cx, e);
    case 'Lambda':
      return lowerLambda(cx, e);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return lowerComprehension(cx, e);
    case 'JoinedStr':
      return lowerJoinedStr(cx, e);
    case 'FormattedValue':
      return lowerJoinedStr(cx, { type: 'JoinedStr', values: [e], line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol });
    case 'Await':
      return t.yieldExpression(rtCall('awaitValue', [expr(cx, e.value)], e), true);
    case 'Yield':
      return t.yieldExpression(e.value ? expr(cx, e.value) : rt('None'));
    case 'YieldFrom':
      return t.yieldExpression(rtCall('yieldFrom', [expr(cx, e.value)], e), true);
    case 'Starred':
      syntaxError(cx.env, "can't use starred expression here", e);
      return rt('None');
  }
}

/**
 * An expression CPython's AST optimiser turns into a constant before the compiler sees it: a
 * literal, a sign applied to a number literal (`-1`, `+2.5`), or a tuple of such expressions.
 */
function isFoldedConstant(e: A.Expr): boolean {
  if (e.type === 'Constant') return e.value.kind !== 'complex';
  if (e.type === 'UnaryOp' && (e.op === 'USub' || e.op === 'UAdd') && e.operand.type === 'Constant')
    return e.operand.value.kind === 'int' || e.operand.value.kind === 'float' || e.operand.value.kind === 'bool';
  if (e.type === 'Tuple') return e.elts.every(isFoldedConstant);
  return false;
}

function optional(cx: FnCtx, e: A.Expr | null): t.Expression {
  return e ? expr(cx, e) : rt('None');
}

export function constant(cx: FnCtx, e: A.Constant): t.Expression {
  const v = e.value;
  switch (v.kind) {
    case 'int': {
      const neg = v.value.startsWith('-');
      const digits = neg ? v.value.slice(1) : v.value;
      const big = BigInt(digits);
      if (big <= 9007199254740991n) return num(neg ? -Number(big) || 0 : Number(big));
      const lit = t.bigIntLiteral(digits);
      return neg ? t.unaryExpression('-', lit) : lit;
    }
    case 'float': {
      const x = v.value;
      if (Number.isNaN(x)) return id(hoist(cx.env, 'nan', 'nan', () => t.binaryExpression('/', t.numericLiteral(0), t.numericLiteral(0))));
      if (!Number.isFinite(x))
        return id(hoist(cx.env, 'inf:' + x, 'inf', () => t.binaryExpression('/', num(x > 0 ? 1 : -1), t.numericLiteral(0))));
      if (Number.isInteger(x)) return id(hoist(cx.env, 'flt:' + (Object.is(x, -0) ? '-0' : String(x)), 'f', () => rtCall('flt', [num(x)])));
      return num(x);
    }
    case 'complex':
      // Edge Python has no complex type; like any other operation, the literal fails only
      // when it is evaluated.
      return rtCall('throwError', [str('NotImplementedError'), str('complex numbers are not supported')], e);
    case 'str':
      return str(v.value);
    case 'bytes':
      return id(hoist(cx.env, 'bytes:' + v.value.join(','), 'by', () => rtCall('mkBytes', [t.arrayExpression(v.value.map((b) => num(b)))])));
    case 'bool':
      return t.booleanLiteral(v.value);
    case 'None':
      return rt('None');
    case 'Ellipsis':
      return rt('Ellipsis');
  }
}

/** A JS array expression of the items, with `*x` spread through `$rt.unpackIter`. */
export function elements(cx: FnCtx, elts: A.Expr[], starCallee?: t.Expression): t.ArrayExpression {
  return t.arrayExpression(
    elts.map((x) => {
      if (x.type !== 'Starred') return expr(cx, x);
      // in a call, `*x` names the callee when x is not iterable
      const v = starCallee ? rtCall('starArg', [expr(cx, x.value), starCallee]) : expr(cx, x.value);
      // the iteration op of `*x` is recorded in iterAt (a generator that sleeps suspends it)
      const items = cx.iterMaySuspend(x) ? driveMaybe(cx, rtCall('unpackIterS', [v], x)) : rtCall('unpackIter', [v], x);
      return t.spreadElement(items);
    }),
  );
}

function dict(cx: FnCtx, e: A.DictExpr): t.Expression {
  const sus = cx.maySuspend(e); // a key's __hash__/__eq__, or m.keys()/m[k] of `**m`, may suspend
  if (!e.keys.some((k) => k === null)) return dictDisplay(cx, e.keys as A.Expr[], e.values, sus);
  // with `**m`: build in order, merging mappings like dict.update
  const d = cx.tmp();
  const parts: t.Expression[] = [assign(id(d), rtCall('mkDict', [t.arrayExpression([]), t.arrayExpression([])]))];
  e.keys.forEach((k, i) => {
    if (k === null) {
      const merge = rtCall(sus ? 'callMethodS' : 'callMethod', [id(d), str('update'), t.arrayExpression([expr(cx, e.values[i])])]);
      parts.push(sus ? driveMaybe(cx, merge) : merge);
    } else {
      const set = rtCall(sus ? 'setitemS' : 'setitem', [id(d), expr(cx, k), expr(cx, e.values[i])]);
      parts.push(sus ? driveMaybe(cx, set) : set);
    }
  });
  parts.push(id(d));
  return t.sequenceExpression(parts);
}

/**
 * `{k1: v1, k2: v2}` evaluates k1, v1, k2, v2 (CPython) but `mkDict` takes the keys and the
 * values as two arrays. A value that must run before the next key is saved in a temporary while
 * the keys array is built: `mkDict([k1, ($t = v1, k2)], [$t, v2])`. Constants need no temporary.
 */
function dictDisplay(cx: FnCtx, keys: A.Expr[], values: A.Expr[], sus: boolean): t.Expression {
  const ks: t.Expression[] = [];
  const vs: t.Expression[] = [];
  const temps: string[] = [];
  let pending: t.Expression | null = null; // the previous value's assignment to a temporary
  keys.forEach((k, i) => {
    const key = expr(cx, k);
    ks.push(pending ? t.sequenceExpression([pending, key]) : key);
    pending = null;
    const v = values[i];
    if (i === keys.length - 1 || isFoldedConstant(v) || keys.slice(i + 1).every(isFoldedConstant)) {
      vs.push(expr(cx, v));
    } else {
      const tmp = cx.tmp();
      temps.push(tmp);
      pending = assign(id(tmp), expr(cx, v));
      vs.push(id(tmp));
    }
  });
  for (const tmp of temps) cx.free(tmp);
  const build = rtCall(sus ? 'mkDictS' : 'mkDict', [t.arrayExpression(ks), t.arrayExpression(vs)]);
  return sus ? driveMaybe(cx, build) : build;
}

function unary(cx: FnCtx, e: A.UnaryOp): t.Expression {
  if (e.op === 'Not') return t.unaryExpression('!', test(cx, e.operand));
  if (e.op === 'USub' && e.operand.type === 'Constant') {
    const v = e.operand.value;
    if (v.kind === 'int') return constant(cx, { ...e.operand, value: { kind: 'int', value: v.value.startsWith('-') ? v.value.slice(1) : '-' + v.value } });
    if (v.kind === 'float') return constant(cx, { ...e.operand, value: { kind: 'float', value: -v.value } });
  }
  const name = e.op === 'USub' ? 'neg' : e.op === 'UAdd' ? 'pos' : 'invert';
  return rtOp(cx, name, [expr(cx, e.operand)], e, e);
}

function boolOp(cx: FnCtx, e: A.BoolOp): t.Expression {
  // a or b  ->  truthy(t = a) ? t : b      a and b  ->  truthy(t = a) ? b : t
  const tmp = cx.tmp();
  let out = expr(cx, e.values[e.values.length - 1]);
  for (let i = e.values.length - 2; i >= 0; i--) {
    const v = e.values[i];
    const cond = truthOf(cx, v, assign(id(tmp), expr(cx, v)));
    out = e.op === 'Or' ? t.conditionalExpression(cond, id(tmp), out) : t.conditionalExpression(cond, out, id(tmp));
  }
  cx.free(tmp);
  return out;
}

/** The truth value (JS boolean) of an already-lowered value of expression `e`. */
function truthOf(cx: FnCtx, e: A.Expr, value: t.Expression): t.Expression {
  if (cx.gen) {
    const op = cx.env.facts.truthAt.get(e);
    if (op && cx.env.effects.opSus(op)) return driveMaybe(cx, rtCall('truthyS', [value]));
  }
  return rtCall('truthy', [value]);
}

/** An expression in a truth-test position, as a JS boolean. */
export function test(cx: FnCtx, e: A.Expr): t.Expression {
  switch (e.type) {
    case 'UnaryOp':
      if (e.op === 'Not') return t.unaryExpression('!', test(cx, e.operand));
      break;
    case 'BoolOp': {
      const parts = e.values.map((v) => test(cx, v));
      return parts.reduce((a, b) => t.logicalExpression(e.op === 'And' ? '&&' : '||', a, b));
    }
    case 'Compare':
      return compare(cx, e, true);
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'bool') return t.booleanLiteral(v.value);
      if (v.kind === 'None') return t.booleanLiteral(false);
      if (v.kind === 'int') return t.booleanLiteral(!/^-?0+$/.test(v.value));
      if (v.kind === 'str') return t.booleanLiteral(v.value.length > 0);
      break;
    }
  }
  return truthOf(cx, e, expr(cx, e));
}

function isSimple(e: A.Expr): boolean {
  return e.type === 'Name' || e.type === 'Constant';
}

function numberLiteral(e: A.Expr): boolean {
  if (e.type === 'UnaryOp' && e.op === 'USub') return numberLiteral(e.operand);
  if (e.type !== 'Constant') return false;
  const v = e.value;
  if (v.kind === 'int') return BigInt(v.value) <= 9007199254740991n && BigInt(v.value) >= -9007199254740991n;
  return v.kind === 'float' && !Number.isInteger(v.value) && Number.isFinite(v.value);
}

/** One comparison `a OP b` of two lowered operands. */
function compareOne(cx: FnCtx, op: A.CmpOpKind, a: t.Expression, b: t.Expression, node: A.Node): t.Expression {
  switch (op) {
    case 'Is':
      return t.binaryExpression('===', a, b);
    case 'IsNot':
      return t.binaryExpression('!==', a, b);
    case 'In':
      return rtOp(cx, 'contains', [b, a], node);
    case 'NotIn':
      return t.unaryExpression('!', rtOp(cx, 'contains', [b, a], node));
    default:
      return rtOp(cx, CMP[op]!.rt, [a, b], node);
  }
}

function compare(cx: FnCtx, e: A.Compare, asTest: boolean): t.Expression {
  const wrap = (v: t.Expression, op: A.CmpOpKind): t.Expression =>
    asTest && op !== 'Is' && op !== 'IsNot' && op !== 'In' && op !== 'NotIn' ? truthOf(cx, e, v) : v;
  if (e.ops.length === 1) {
    const op = e.ops[0];
    const right = e.comparators[0];
    const fast = CMP[op];
    // number fast path when one side is a number literal: `typeof x === "number" ? x < 2 : $rt.lt(x, 2)`
    if (fast && !cx.maySuspend(e) && (numberLiteral(right) || numberLiteral(e.left)) && !(numberLiteral(right) && numberLiteral(e.left))) {
      const litOnRight = numberLiteral(right);
      const other = litOnRight ? e.left : right;
      let otherJs = expr(cx, other);
      let first: t.Expression = otherJs;
      let tmp: string | null = null;
      if (!isSimple(other)) {
        tmp = cx.tmp();
        first = assign(id(tmp), otherJs);
        otherJs = id(tmp);
      }
      const lit = expr(cx, litOnRight ? right : e.left);
      const [a, b] = litOnRight ? [otherJs, lit] : [lit, otherJs];
      const out = t.conditionalExpression(
        t.binaryExpression('===', t.unaryExpression('typeof', first), str('number')),
        t.binaryExpression(fast.js, a, b),
        wrap(rtCall(fast.rt, [a, b]), op),
      );
      if (tmp) cx.free(tmp);
      return out;
    }
    return wrap(compareOne(cx, op, expr(cx, e.left), expr(cx, right), e), op);
  }
  // chained: each middle operand evaluated once; stop at the first false
  const tmps: string[] = [];
  let left = expr(cx, e.left);
  // the first operand is evaluated before the second (which goes to a temporary first)
  let leftInit: t.Expression | null = null;
  if (!isSimple(e.left)) {
    const tl = cx.tmp();
    tmps.push(tl);
    leftInit = assign(id(tl), left);
    left = id(tl);
  }
  const results: t.Expression[] = [];
  e.ops.forEach((op, i) => {
    let right = expr(cx, e.comparators[i]);
    if (i < e.ops.length - 1) {
      const tmp = cx.tmp();
      tmps.push(tmp);
      const parts = [assign(id(tmp), right), compareOne(cx, op, left, id(tmp), e)];
      if (i === 0 && leftInit) parts.unshift(leftInit);
      results.push(t.sequenceExpression(parts));
      right = id(tmp);
    } else results.push(compareOne(cx, op, left, right, e));
    left = right;
  });
  let out: t.Expression;
  if (asTest) {
    out = results.map((r, i) => wrap(r, e.ops[i])).reduce((a, b) => t.logicalExpression('&&', a, b));
  } else {
    const r = cx.tmp();
    tmps.push(r);
    out = results[results.length - 1];
    for (let i = results.length - 2; i >= 0; i--) {
      out = t.conditionalExpression(truthOf(cx, e, assign(id(r), results[i])), out, id(r));
    }
  }
  for (const x of tmps) cx.free(x);
  return out;
}

/** `o.x` with the inline fast path of ABI §2. */
export function attributeLoad(cx: FnCtx, e: A.Attribute, obj?: t.Expression): t.Expression {
  const objJs = obj ?? expr(cx, e.value);
  const v = cx.tmp();
  let o: t.Expression = objJs;
  let first: t.Expression = objJs;
  let otmp: string | null = null;
  if (!t.isIdentifier(objJs)) {
    otmp = cx.tmp();
    first = assign(id(otmp), objJs);
    o = id(otmp);
  }
  const slow = rtOp(cx, 'getattr', [o, str(e.attr)], e, e);
  const out = t.conditionalExpression(
    t.logicalExpression(
      '&&',
      t.logicalExpression(
        '&&',
        t.binaryExpression('!==', assign(id(v), pyProp(first, e.attr)), undef()),
        t.binaryExpression('!==', t.unaryExpression('typeof', id(v)), str('function')),
      ),
      t.binaryExpression('===', t.memberExpression(id(v), id('$$d')), undef()),
    ),
    id(v),
    slow,
  );
  if (otmp) cx.free(otmp);
  cx.free(v);
  return out;
}

export { BINOP };
