// Which fields of each AST node hold child nodes, in the order the builder creates them (the
// order CPython's passes visit them, so the first error found is the same). The checks after
// parsing walk the tree with explicit stacks through this table: a `for…in` over every key of
// every node was a quarter of the parse time, and recursion capped nesting below CPython's.
// `test/parser/ast-children.test.ts` checks the table against the nodes of the syntax corpus.

import type * as A from '../ast/nodes';

export const CHILD_KEYS: Readonly<Record<string, readonly string[]>> = {
  Module: ['body'],
  FunctionDef: ['args', 'body', 'decorators', 'returns'],
  ClassDef: ['bases', 'keywords', 'body', 'decorators'],
  Return: ['value'],
  Delete: ['targets'],
  Assign: ['targets', 'value'],
  AugAssign: ['target', 'value'],
  AnnAssign: ['target', 'annotation', 'value'],
  For: ['target', 'iter', 'body', 'orelse'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body'],
  WithItem: ['contextExpr', 'optionalVars'],
  Match: ['subject', 'cases'],
  MatchCase: ['pattern', 'guard', 'body'],
  Raise: ['exc', 'cause'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  ExceptHandler: ['excType', 'body'],
  Assert: ['test', 'msg'],
  Import: ['names'],
  ImportFrom: ['names'],
  Alias: [],
  Global: [],
  Nonlocal: [],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ['values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'right'],
  UnaryOp: ['operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Comprehension: ['target', 'iter', 'ifs'],
  Await: ['value'],
  Yield: ['value'],
  YieldFrom: ['value'],
  Compare: ['left', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  Keyword: ['value'],
  FormattedValue: ['value', 'formatSpec'],
  JoinedStr: ['values'],
  Constant: [],
  Attribute: ['value'],
  Subscript: ['value', 'slice'],
  Starred: ['value'],
  Name: [],
  List: ['elts'],
  Tuple: ['elts'],
  Slice: ['lower', 'upper', 'step'],
  Arg: ['annotation'],
  // Not a node of its own for the walks: its children count as the function's children.
  Arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kwDefaults', 'kwarg', 'defaults'],
  MatchValue: ['value'],
  MatchSingleton: [],
  MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns'],
  MatchClass: ['cls', 'patterns', 'kwdPatterns'],
  MatchStar: [],
  MatchAs: ['pattern'],
  MatchOr: ['patterns'],
};

/**
 * Pushes the children of `n` onto `stack` in reverse order, so that popping visits them in
 * source order. `Arguments` is expanded in place (its children belong to the function).
 */
export function pushChildren(n: A.Node | A.Arguments, stack: unknown[]): void {
  const keys = CHILD_KEYS[n.type];
  const o = n as unknown as Record<string, unknown>;
  for (let k = keys.length - 1; k >= 0; k--) {
    const v = o[keys[k]] as A.Node | A.Arguments | (A.Node | null)[] | null;
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) if (v[i] !== null) stack.push(v[i]);
    } else if (v.type === 'Arguments') pushChildren(v, stack);
    else stack.push(v);
  }
}
