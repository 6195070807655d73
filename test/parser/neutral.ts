// Our side of the neutral AST dump (see neutral_ast.py): the same pre-order walk in CPython's
// `_fields` order, with CPython's class names.
import type * as A from '../../src/ast/nodes';

// CPython field order per node kind, in our field names.
const FIELDS: Record<string, string[]> = {
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
  Match: ['subject', 'cases'],
  Raise: ['exc', 'cause'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg'],
  Import: ['names'],
  ImportFrom: ['names'],
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
  Await: ['value'],
  Yield: ['value'],
  YieldFrom: ['value'],
  Compare: ['left', 'comparators'],
  Call: ['func', 'args', 'keywords'],
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
  Comprehension: ['target', 'iter', 'ifs'],
  ExceptHandler: ['excType', 'body'],
  Arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kwDefaults', 'kwarg', 'defaults'],
  Arg: ['annotation'],
  Keyword: ['value'],
  Alias: [],
  WithItem: ['contextExpr', 'optionalVars'],
  MatchCase: ['pattern', 'guard', 'body'],
  MatchValue: ['value'],
  MatchSingleton: [],
  MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns'],
  MatchClass: ['cls', 'patterns', 'kwdPatterns'],
  MatchStar: [],
  MatchAs: ['pattern'],
  MatchOr: ['patterns'],
};

const NAMES: Record<string, string> = {
  Comprehension: 'comprehension',
  Arguments: 'arguments',
  Arg: 'arg',
  Keyword: 'keyword',
  Alias: 'alias',
  WithItem: 'withitem',
  MatchCase: 'match_case',
};

// CPython gives these no position.
const NO_POS = new Set(['Module', 'Comprehension', 'Arguments', 'WithItem', 'MatchCase']);

export function neutralDump(m: A.Module): string {
  const out: string[] = [];
  const walk = (n: any) => {
    let kind: string = NAMES[n.type] ?? n.type;
    if ((n.type === 'FunctionDef' || n.type === 'For' || n.type === 'With') && n.isAsync) kind = 'Async' + kind;
    out.push(NO_POS.has(n.type) ? kind : `${kind}@${n.line}:${n.col}`);
    const fields = FIELDS[n.type];
    if (!fields) throw new Error('neutralDump: unknown node ' + n.type);
    for (const f of fields) {
      const v = n[f];
      if (Array.isArray(v)) {
        for (const x of v) {
          if (x === null) out.push('null');
          else walk(x);
        }
      } else if (v && typeof v === 'object') walk(v);
    }
  };
  walk(m);
  return out.join(' ');
}
