// Which fields of each AST node hold child nodes, in the order the builder creates them (the
// order CPython's passes visit them, so the first error found is the same). The checks after
// parsing walk the tree with explicit stacks (pushChildren, per-type code that follows this table): a `for…in` over every key of
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
 * Per-type code, not a loop over CHILD_KEYS: each field load below sees one node shape, where
 * the table's `o[keys[k]]` was a keyed load over ~60 shapes (the checks' walks spent most of
 * their time there). `test/parser/ast-children.test.ts` checks it against the table.
 */
export function pushChildren(n: A.Node | A.Arguments, stack: unknown[]): void {
  switch (n.type) {
    case 'Module':
      pushList(n.body, stack);
      return;
    case 'FunctionDef':
      if (n.returns) stack.push(n.returns);
      pushList(n.decorators, stack);
      pushList(n.body, stack);
      pushChildren(n.args, stack);
      return;
    case 'ClassDef':
      pushList(n.decorators, stack);
      pushList(n.body, stack);
      pushList(n.keywords, stack);
      pushList(n.bases, stack);
      return;
    case 'Return':
      if (n.value) stack.push(n.value);
      return;
    case 'Delete':
      pushList(n.targets, stack);
      return;
    case 'Assign':
      stack.push(n.value);
      pushList(n.targets, stack);
      return;
    case 'AugAssign':
      stack.push(n.value);
      stack.push(n.target);
      return;
    case 'AnnAssign':
      if (n.value) stack.push(n.value);
      stack.push(n.annotation);
      stack.push(n.target);
      return;
    case 'For':
      pushList(n.orelse, stack);
      pushList(n.body, stack);
      stack.push(n.iter);
      stack.push(n.target);
      return;
    case 'While':
      pushList(n.orelse, stack);
      pushList(n.body, stack);
      stack.push(n.test);
      return;
    case 'If':
      pushList(n.orelse, stack);
      pushList(n.body, stack);
      stack.push(n.test);
      return;
    case 'With':
      pushList(n.body, stack);
      pushList(n.items, stack);
      return;
    case 'WithItem':
      if (n.optionalVars) stack.push(n.optionalVars);
      stack.push(n.contextExpr);
      return;
    case 'Match':
      pushList(n.cases, stack);
      stack.push(n.subject);
      return;
    case 'MatchCase':
      pushList(n.body, stack);
      if (n.guard) stack.push(n.guard);
      stack.push(n.pattern);
      return;
    case 'Raise':
      if (n.cause) stack.push(n.cause);
      if (n.exc) stack.push(n.exc);
      return;
    case 'Try':
      pushList(n.finalbody, stack);
      pushList(n.orelse, stack);
      pushList(n.handlers, stack);
      pushList(n.body, stack);
      return;
    case 'ExceptHandler':
      pushList(n.body, stack);
      if (n.excType) stack.push(n.excType);
      return;
    case 'Assert':
      if (n.msg) stack.push(n.msg);
      stack.push(n.test);
      return;
    case 'Import':
      pushList(n.names, stack);
      return;
    case 'ImportFrom':
      pushList(n.names, stack);
      return;
    case 'Alias':
      return;
    case 'Global':
      return;
    case 'Nonlocal':
      return;
    case 'Expr':
      stack.push(n.value);
      return;
    case 'Pass':
      return;
    case 'Break':
      return;
    case 'Continue':
      return;
    case 'BoolOp':
      pushList(n.values, stack);
      return;
    case 'NamedExpr':
      stack.push(n.value);
      stack.push(n.target);
      return;
    case 'BinOp':
      stack.push(n.right);
      stack.push(n.left);
      return;
    case 'UnaryOp':
      stack.push(n.operand);
      return;
    case 'Lambda':
      stack.push(n.body);
      pushChildren(n.args, stack);
      return;
    case 'IfExp':
      stack.push(n.orelse);
      stack.push(n.body);
      stack.push(n.test);
      return;
    case 'Dict':
      pushList(n.values, stack);
      pushList(n.keys, stack);
      return;
    case 'Set':
      pushList(n.elts, stack);
      return;
    case 'ListComp':
      pushList(n.generators, stack);
      stack.push(n.elt);
      return;
    case 'SetComp':
      pushList(n.generators, stack);
      stack.push(n.elt);
      return;
    case 'DictComp':
      pushList(n.generators, stack);
      stack.push(n.value);
      stack.push(n.key);
      return;
    case 'GeneratorExp':
      pushList(n.generators, stack);
      stack.push(n.elt);
      return;
    case 'Comprehension':
      pushList(n.ifs, stack);
      stack.push(n.iter);
      stack.push(n.target);
      return;
    case 'Await':
      stack.push(n.value);
      return;
    case 'Yield':
      if (n.value) stack.push(n.value);
      return;
    case 'YieldFrom':
      stack.push(n.value);
      return;
    case 'Compare':
      pushList(n.comparators, stack);
      stack.push(n.left);
      return;
    case 'Call':
      pushList(n.keywords, stack);
      pushList(n.args, stack);
      stack.push(n.func);
      return;
    case 'Keyword':
      stack.push(n.value);
      return;
    case 'FormattedValue':
      if (n.formatSpec) stack.push(n.formatSpec);
      stack.push(n.value);
      return;
    case 'JoinedStr':
      pushList(n.values, stack);
      return;
    case 'Constant':
      return;
    case 'Attribute':
      stack.push(n.value);
      return;
    case 'Subscript':
      stack.push(n.slice);
      stack.push(n.value);
      return;
    case 'Starred':
      stack.push(n.value);
      return;
    case 'Name':
      return;
    case 'List':
      pushList(n.elts, stack);
      return;
    case 'Tuple':
      pushList(n.elts, stack);
      return;
    case 'Slice':
      if (n.step) stack.push(n.step);
      if (n.upper) stack.push(n.upper);
      if (n.lower) stack.push(n.lower);
      return;
    case 'Arg':
      if (n.annotation) stack.push(n.annotation);
      return;
    case 'Arguments':
      pushList(n.defaults, stack);
      if (n.kwarg) stack.push(n.kwarg);
      pushList(n.kwDefaults, stack);
      pushList(n.kwonlyargs, stack);
      if (n.vararg) stack.push(n.vararg);
      pushList(n.args, stack);
      pushList(n.posonlyargs, stack);
      return;
    case 'MatchValue':
      stack.push(n.value);
      return;
    case 'MatchSingleton':
      return;
    case 'MatchSequence':
      pushList(n.patterns, stack);
      return;
    case 'MatchMapping':
      pushList(n.patterns, stack);
      pushList(n.keys, stack);
      return;
    case 'MatchClass':
      pushList(n.kwdPatterns, stack);
      pushList(n.patterns, stack);
      stack.push(n.cls);
      return;
    case 'MatchStar':
      return;
    case 'MatchAs':
      if (n.pattern) stack.push(n.pattern);
      return;
    case 'MatchOr':
      pushList(n.patterns, stack);
      return;
  }
}

function pushList(list: readonly (A.Node | null)[], stack: unknown[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const x = list[i];
    if (x !== null) stack.push(x);
  }
}

/** The table-driven equivalent of pushChildren (the reference the tests compare it with). */
export function pushChildrenByTable(n: A.Node | A.Arguments, stack: unknown[]): void {
  const keys = CHILD_KEYS[n.type];
  const o = n as unknown as Record<string, unknown>;
  for (let k = keys.length - 1; k >= 0; k--) {
    const v = o[keys[k]] as A.Node | A.Arguments | (A.Node | null)[] | null;
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) if (v[i] !== null) stack.push(v[i]);
    } else if (v.type === 'Arguments') pushChildrenByTable(v, stack);
    else stack.push(v);
  }
}
