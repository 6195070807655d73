// The Edge Python AST: plain data, a discriminated union on `type`.
//
// Node kinds and field names follow CPython's `ast` module (3.11) so that our trees can be
// compared with CPython's in tests and so that anyone who knows `ast` can read the compiler.
// Differences from CPython's `ast`:
// - `type` is the node class name; positions are flattened into every node.
// - `col`/`endCol` are 0-based offsets in UTF-16 code units of the line (CPython: UTF-8 bytes).
// - `Constant.value` holds a tagged literal (see `ConstValue`) because JS has no int/float split.
// - Edge's quoted import specs keep their string: `ImportFrom.module` may be `"./lib/x.py"` with
//   `quoted: true`, and `Import` names may be quoted with an `asname`.
// - `JoinedStr` keeps CPython's shape: `values` are `Constant` (str) and `FormattedValue` nodes.

export interface Pos {
  line: number; // 1-based
  col: number; // 0-based
  endLine: number;
  endCol: number;
}

// ---------------------------------------------------------------- module
export interface Module extends Pos {
  type: 'Module';
  body: Stmt[];
}

// ---------------------------------------------------------------- statements
export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Match
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export interface FunctionDef extends Pos {
  type: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
  returns: Expr | null;
  isAsync: boolean; // `async def` (CPython: AsyncFunctionDef)
}

export interface ClassDef extends Pos {
  type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
}

export interface Return extends Pos {
  type: 'Return';
  value: Expr | null;
}

export interface Delete extends Pos {
  type: 'Delete';
  targets: Expr[];
}

export interface Assign extends Pos {
  type: 'Assign';
  targets: Expr[]; // `a = b = 1` has two targets
  value: Expr;
}

export interface AugAssign extends Pos {
  type: 'AugAssign';
  target: Name | Attribute | Subscript;
  op: BinOpKind;
  value: Expr;
}

export interface AnnAssign extends Pos {
  type: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  simple: boolean;
}

export interface For extends Pos {
  type: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  isAsync: boolean;
}

export interface While extends Pos {
  type: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface If extends Pos {
  type: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[]; // `elif` is a nested If here, as in CPython
}

export interface With extends Pos {
  type: 'With';
  items: WithItem[];
  body: Stmt[];
  isAsync: boolean;
}

export interface WithItem extends Pos {
  type: 'WithItem';
  contextExpr: Expr;
  optionalVars: Expr | null;
}

export interface Match extends Pos {
  type: 'Match';
  subject: Expr;
  cases: MatchCase[];
}

export interface MatchCase extends Pos {
  type: 'MatchCase';
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

export interface Raise extends Pos {
  type: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}

export interface Try extends Pos {
  type: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface ExceptHandler extends Pos {
  type: 'ExceptHandler';
  excType: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Assert extends Pos {
  type: 'Assert';
  test: Expr;
  msg: Expr | null;
}

export interface Import extends Pos {
  type: 'Import';
  names: Alias[];
}

export interface ImportFrom extends Pos {
  type: 'ImportFrom';
  module: string | null; // null for `from . import x`
  names: Alias[]; // a single `*` alias for star imports
  level: number; // number of leading dots
  quoted: boolean; // Edge: `from "./lib/util.py" import f`
}

export interface Alias extends Pos {
  type: 'Alias';
  name: string; // dotted name, `*`, or a quoted spec for `import "./x.py" as x`
  asname: string | null;
  quoted: boolean;
}

export interface Global extends Pos {
  type: 'Global';
  names: string[];
}

export interface Nonlocal extends Pos {
  type: 'Nonlocal';
  names: string[];
}

export interface ExprStmt extends Pos {
  type: 'Expr';
  value: Expr;
}

export interface Pass extends Pos {
  type: 'Pass';
}
export interface Break extends Pos {
  type: 'Break';
}
export interface Continue extends Pos {
  type: 'Continue';
}

// ---------------------------------------------------------------- expressions
export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | DictExpr
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | ListExpr
  | TupleExpr
  | Slice;

export type ExprContext = 'Load' | 'Store' | 'Del';

export interface BoolOp extends Pos {
  type: 'BoolOp';
  op: 'And' | 'Or';
  values: Expr[];
}

export interface NamedExpr extends Pos {
  type: 'NamedExpr';
  target: Name;
  value: Expr;
}

export type BinOpKind =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv';

export interface BinOp extends Pos {
  type: 'BinOp';
  left: Expr;
  op: BinOpKind;
  right: Expr;
}

export interface UnaryOp extends Pos {
  type: 'UnaryOp';
  op: 'Invert' | 'Not' | 'UAdd' | 'USub';
  operand: Expr;
}

export interface Lambda extends Pos {
  type: 'Lambda';
  args: Arguments;
  body: Expr;
}

export interface IfExp extends Pos {
  type: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}

export interface DictExpr extends Pos {
  type: 'Dict';
  keys: (Expr | null)[]; // null key = `**mapping` unpacking
  values: Expr[];
}

export interface SetExpr extends Pos {
  type: 'Set';
  elts: Expr[];
}

export interface Comprehension extends Pos {
  type: 'Comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}

export interface ListComp extends Pos {
  type: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
}
export interface SetComp extends Pos {
  type: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends Pos {
  type: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends Pos {
  type: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}

export interface Await extends Pos {
  type: 'Await';
  value: Expr;
}
export interface Yield extends Pos {
  type: 'Yield';
  value: Expr | null;
}
export interface YieldFrom extends Pos {
  type: 'YieldFrom';
  value: Expr;
}

export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface Compare extends Pos {
  type: 'Compare';
  left: Expr;
  ops: CmpOpKind[];
  comparators: Expr[];
}

export interface Call extends Pos {
  type: 'Call';
  func: Expr;
  args: Expr[]; // may contain Starred for `*args`
  keywords: Keyword[]; // `arg: null` for `**kwargs`
}

export interface Keyword extends Pos {
  type: 'Keyword';
  arg: string | null;
  value: Expr;
}

export interface FormattedValue extends Pos {
  type: 'FormattedValue';
  value: Expr;
  conversion: -1 | 115 | 114 | 97; // none, 's', 'r', 'a' (CPython's codes)
  formatSpec: JoinedStr | null;
}

export interface JoinedStr extends Pos {
  type: 'JoinedStr';
  values: (Constant | FormattedValue)[];
}

// Literal values. Ints keep their exact decimal digits as a string when they do not fit in a
// double exactly, so the compiler can choose a JS number or a BigInt.
export type ConstValue =
  | { kind: 'int'; value: string } // decimal digits, optional leading '-', no underscores
  | { kind: 'float'; value: number }
  | { kind: 'complex'; value: number } // imaginary literal `2j` (imag part); may be rejected later
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: number[] }
  | { kind: 'bool'; value: boolean }
  | { kind: 'None' }
  | { kind: 'Ellipsis' };

export interface Constant extends Pos {
  type: 'Constant';
  value: ConstValue;
}

export interface Attribute extends Pos {
  type: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

export interface Subscript extends Pos {
  type: 'Subscript';
  value: Expr;
  slice: Expr; // a Slice node, a TupleExpr for `a[1:2, 3]`, or any expression
  ctx: ExprContext;
}

export interface Starred extends Pos {
  type: 'Starred';
  value: Expr;
  ctx: ExprContext;
}

export interface Name extends Pos {
  type: 'Name';
  id: string;
  ctx: ExprContext;
}

export interface ListExpr extends Pos {
  type: 'List';
  elts: Expr[];
  ctx: ExprContext;
}

export interface TupleExpr extends Pos {
  type: 'Tuple';
  elts: Expr[];
  ctx: ExprContext;
}

export interface Slice extends Pos {
  type: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

// ---------------------------------------------------------------- function parameters
export interface Arg extends Pos {
  type: 'Arg';
  arg: string;
  annotation: Expr | null;
}

export interface Arguments {
  type: 'Arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kwDefaults: (Expr | null)[]; // same length as kwonlyargs
  kwarg: Arg | null;
  defaults: Expr[]; // for the last N of posonlyargs + args
}

// ---------------------------------------------------------------- match patterns
export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

export interface MatchValue extends Pos {
  type: 'MatchValue';
  value: Expr;
}
export interface MatchSingleton extends Pos {
  type: 'MatchSingleton';
  value: true | false | null; // True, False, None
}
export interface MatchSequence extends Pos {
  type: 'MatchSequence';
  patterns: Pattern[];
}
export interface MatchMapping extends Pos {
  type: 'MatchMapping';
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}
export interface MatchClass extends Pos {
  type: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwdAttrs: string[];
  kwdPatterns: Pattern[];
}
export interface MatchStar extends Pos {
  type: 'MatchStar';
  name: string | null;
}
export interface MatchAs extends Pos {
  type: 'MatchAs';
  pattern: Pattern | null;
  name: string | null; // `case _:` is MatchAs with both null
}
export interface MatchOr extends Pos {
  type: 'MatchOr';
  patterns: Pattern[];
}

export type Node =
  | Module
  | Stmt
  | Expr
  | Pattern
  | ExceptHandler
  | WithItem
  | MatchCase
  | Comprehension
  | Keyword
  | Alias
  | Arg;
