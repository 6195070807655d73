// Lezer tree → typed AST (src/ast/nodes.ts), with CPython's positions and the checks the
// grammar leaves loose (targets, operand levels, `as` items, patterns) reported with CPython's
// messages. Positions come from our token array, not from Lezer offsets, because every Lezer
// token also covers the blanks in front of it.

import type { SyntaxNode, Tree } from '@lezer/common';
import type * as A from '../ast/nodes';
import type { Tokens } from './tokenizer';
import * as T from './gen/parser.terms';
import { PySyntaxError, syntaxError, type Span } from './errors';
import { decodeNumber } from './literals';
import { buildStrings } from './strings';
import { checkTarget, checkDelTarget, checkAugTarget, checkAnnTarget, setContext } from './targets';
import { toPattern } from './patterns';

type Expr = A.Expr;
type Stmt = A.Stmt;

function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

// Expression "levels" following CPython's grammar, used to reject operands that Lezer's
// precedence accepts but CPython's layered rules do not (`a == not b`, `1 + lambda: 2`).
const L_LAMBDA = 0;
const L_TERNARY = 1;
const L_OR = 2;
const L_AND = 3;
const L_NOT = 4;
const L_CMP = 5;
const L_UNARY = 12;
const L_AWAIT = 14;
const L_ATOM = 20;

// The offset table of a finished Builder, for the next one (a nested Builder, for an f-string
// field, runs while the outer one still reads its own and allocates). Up to 4 M entries (16 MB).
let spareTable: Int32Array | null = null;
const MAX_SPARE_TABLE = 1 << 22;
const EMPTY_TABLE = new Int32Array(0);

export type ExprParser = (source: string, line: number, col: number, offset: number) => Expr;

export class Builder {
  readonly src: string;
  // Set by the f-string decoder: parses a replacement-field expression at a source position.
  parseFieldExpr: ExprParser | null = null;
  private parenthesized = new WeakSet<object>();
  // atOrAfter[o]: the first token whose end is >= offset o (the last token past the final end).
  // Every AST node needs its first and last token; one table lookup each replaces two binary
  // searches over the token ends per node.
  private atOrAfter: Int32Array;
  /** Entries of atOrAfter in use (the array may be a larger one lent by an earlier parse). */
  private readonly size: number;
  /** Source offset of the tree being built: a group's Lezer tree counts positions from its start. */
  private base = 0;
  // `global`/`nonlocal` statements built so far, and the module, defs and classes that hold one
  // (directly or nested): only their scopes need the name sets of the symbol-table checks
  // (validate.ts), and knowing them here spares that pass a walk of its own.
  private declCount = 0;
  readonly declaringScopes = new Set<object>();
  constructor(readonly toks: Tokens) {
    this.src = toks.source;
    const n = toks.count;
    const end = toks.end;
    const last = n > 0 ? end[n - 1] : 0;
    const size = Math.max(last, toks.source.length) + 2;
    // The table of a finished parse is reused (8 MB for a 2 MB file: allocating it anew each
    // time cost more than filling it).
    let table: Int32Array;
    if (spareTable !== null && spareTable.length >= size) {
      table = spareTable;
      spareTable = null;
    } else table = new Int32Array(size);
    let o = 0;
    for (let i = 0; i < n; i++) {
      const e = end[i];
      while (o <= e) table[o++] = i;
    }
    const lastTok = Math.max(0, n - 1);
    while (o < size) table[o++] = lastTok;
    this.atOrAfter = table;
    this.size = size;
  }

  /** Lends the offset table to the next Builder; this one must not be used afterwards. */
  release(): void {
    const t = this.atOrAfter;
    if (t.length <= MAX_SPARE_TABLE && (spareTable === null || spareTable.length < t.length)) spareTable = t;
    this.atOrAfter = EMPTY_TABLE;
  }

  // ------------------------------------------------------------------ positions
  /** First token with end > from. */
  private firstTok(from: number): number {
    const t = this.atOrAfter;
    from += this.base;
    return from + 1 < this.size ? t[from + 1] : t[this.size - 1];
  }
  /** First token with end >= to (the token that ends a node ending at `to`). */
  private lastTok(to: number): number {
    const t = this.atOrAfter;
    to += this.base;
    return to < this.size ? t[to] : t[this.size - 1];
  }
  tokSpan(i: number): Span {
    const t = this.toks;
    return { line: t.line[i], col: t.col[i], endLine: t.endLine[i], endCol: t.endCol[i] };
  }
  span(node: SyntaxNode): Span {
    return this.spanFT(node.from, node.to);
  }
  spanFT(from: number, to: number): Span {
    const t = this.toks;
    const a = this.firstTok(from);
    const b = this.lastTok(to);
    return { line: t.line[a], col: t.col[a], endLine: t.endLine[b], endCol: t.endCol[b] };
  }
  // Every node literal below lists line/col/endLine/endCol itself (as 0, filled in here): the
  // fields then live inside the object from its allocation, where adding them afterwards grew
  // each node's property store, and `at` reads them from the token columns without a Span.
  private at<N extends object>(n: N, node: SyntaxNode): N & A.Pos {
    const o = n as N & A.Pos;
    const t = this.toks;
    const a = this.firstTok(node.from);
    const b = this.lastTok(node.to);
    o.line = t.line[a];
    o.col = t.col[a];
    o.endLine = t.endLine[b];
    o.endCol = t.endCol[b];
    return o;
  }
  private pos<N extends object>(n: N, s: Span): N & A.Pos {
    const o = n as N & A.Pos;
    o.line = s.line;
    o.col = s.col;
    o.endLine = s.endLine;
    o.endCol = s.endCol;
    return o;
  }
  /** Index of the first token at or after offset `from`. */
  tokAt(from: number): number {
    return this.firstTok(from);
  }
  tokText(i: number): string {
    return this.src.slice(this.toks.start[i], this.toks.end[i]);
  }
  lastTokOf(node: SyntaxNode): number {
    return this.lastTok(node.to);
  }
  /** The token right after `node` (e.g. an operator after the left operand). */
  tokAfter(node: SyntaxNode): number {
    return this.lastTok(node.to) + 1;
  }
  text(node: SyntaxNode): string {
    return this.src.slice(this.toks.start[this.firstTok(node.from)], node.to + this.base);
  }
  fail(message: string, s: Span): never {
    throw syntaxError(message, s);
  }
  isParenthesized(e: object): boolean {
    return this.parenthesized.has(e);
  }

  // ------------------------------------------------------------------ module & statements
  /** The module from its tree (or the trees of consecutive groups of its statements). */
  module(trees: Tree[], bases: number[] = [0]): A.Module {
    const body: Stmt[] = [];
    for (let k = 0; k < trees.length; k++) {
      const tree = trees[k];
      this.base = bases[k] ?? 0;
      for (let c = tree.topNode.firstChild; c; c = c.nextSibling) this.statementInto(c, body);
    }
    const end = this.toks.count ? this.tokSpan(this.toks.count - 1) : { endLine: 1, endCol: 0 };
    const mod: A.Module = { type: 'Module', body, line: 1, col: 0, endLine: end.endLine, endCol: end.endCol };
    if (this.declCount > 0) this.declaringScopes.add(mod);
    return mod;
  }

  private body(node: SyntaxNode): Stmt[] {
    const out: Stmt[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) this.statementInto(c, out);
    return out;
  }

  private statementInto(node: SyntaxNode, out: Stmt[]): void {
    const s = this.statement(node);
    if (s) out.push(s);
  }

  private statement(node: SyntaxNode): Stmt | null {
    switch (node.name) {
      case 'ExpressionStatement': {
        const c = node.firstChild!;
        const value = this.exprListOrYield(c);
        return this.at({ type: 'Expr', value, line: 0, col: 0, endLine: 0, endCol: 0 }, node) as A.Stmt;
      }
      case 'AssignStatement':
        return this.assign(node);
      case 'AugAssignStatement': {
        const [t, v] = kids(node);
        const target = this.exprListOrYield(t);
        const opTok = this.tokAfter(t);
        checkAugTarget(this, target);
        setContext(target, 'Store');
        const opText = this.tokText(opTok);
        const value = this.exprListOrYield(v);
        return this.at(
          { type: 'AugAssign', target: target as A.AugAssign['target'], op: BINOPS[opText.slice(0, -1)], value, line: 0, col: 0, endLine: 0, endCol: 0 },
          node,
        ) as A.AugAssign;
      }
      case 'AnnAssignStatement': {
        const k = kids(node);
        const target = this.expr(k[0]);
        checkAnnTarget(this, target);
        setContext(target, 'Store');
        const annotation = this.expr(k[1]);
        const value = k[2] ? this.exprListOrYield(k[2]) : null;
        const simple = target.type === 'Name' && !this.isParenthesized(target);
        return this.at(
          { type: 'AnnAssign', target: target as A.AnnAssign['target'], annotation, value, simple, line: 0, col: 0, endLine: 0, endCol: 0 },
          node,
        ) as A.AnnAssign;
      }
      case 'PassStatement':
        return this.at({ type: 'Pass', line: 0, col: 0, endLine: 0, endCol: 0 }, node) as A.Pass;
      case 'BreakStatement':
        return this.at({ type: 'Break', line: 0, col: 0, endLine: 0, endCol: 0 }, node) as A.Break;
      case 'ContinueStatement':
        return this.at({ type: 'Continue', line: 0, col: 0, endLine: 0, endCol: 0 }, node) as A.Continue;
      case 'ReturnStatement': {
        const c = node.firstChild;
        return this.at({ type: 'Return', value: c ? this.exprList(c) : null, line: 0, col: 0, endLine: 0, endCol: 0 }, node) as A.Return;
      }
      case 'RaiseStatement': {
        const k = kids(node);
        return this.at(
          { type: 'Raise', exc: k[0] ? this.expr(k[0]) : null, cause: k[1] ? this.expr(k[1]) : null, line: 0, col: 0, endLine: 0, endCol: 0 },
          node,
        ) as A.Raise;
      }
      case 'GlobalStatement':
      case 'NonlocalStatement': {
        const names = kids(node).map((n) => this.name(n));
        const type = node.name === 'GlobalStatement' ? 'Global' : 'Nonlocal';
        this.declCount++;
        return this.at({ type, names, line: 0, col: 0, endLine: 0, endCol: 0 }, node) as A.Global | A.Nonlocal;
      }
      case 'DelStatement': {
        const target = this.exprList(node.firstChild!);
        const targets = target.type === 'Tuple' && !this.isParenthesized(target) ? target.elts : [target];
        for (const t of targets) {
          checkDelTarget(this, t);
          setContext(t, 'Del');
        }
        return this.at({ type: 'Delete', targets, line: 0, col: 0, endLine: 0, endCol: 0 }, node) as A.Delete;
      }
      case 'AssertStatement': {
        const k = kids(node);
        return this.at(
          { type: 'Assert', test: this.expr(k[0]), msg: k[1] ? this.expr(k[1]) : null, line: 0, col: 0, endLine: 0, endCol: 0 },
          node,
        ) as A.Assert;
      }
      case 'ImportStatement':
        return this.importStmt(node);
      case 'ImportFromStatement':
        return this.importFrom(node);
      case 'IfStatement':
        return this.ifStmt(node);
      case 'WhileStatement': {
        const k = kids(node);
        const test = this.namedOrExpr(k[0]);
        const body = this.body(k[1]);
        const orelse = k[2] ? this.body(k[2].lastChild!) : [];
        return this.pos({ type: 'While', test, body, orelse, line: 0, col: 0, endLine: 0, endCol: 0 }, this.blockSpan(node, body, orelse)) as A.While;
      }
      case 'ForStatement': {
        const k = kids(node);
        const isAsync = this.toks.type[this.tokAt(node.from)] === T.kw_async;
        let j = 0;
        while (k[j].name !== 'ExprList') j++;
        const target = this.targets(node, k.slice(0, j));
        const iter = this.exprList(k[j]);
        const body = this.body(k[j + 1]);
        const orelse = k[j + 2] ? this.body(k[j + 2].lastChild!) : [];
        return this.pos(
          { type: 'For', target, iter, body, orelse, isAsync, line: 0, col: 0, endLine: 0, endCol: 0 },
          this.blockSpan(node, body, orelse),
        ) as A.For;
      }
      case 'TryStatement':
        return this.tryStmt(node);
      case 'WithStatement':
        return this.withStmt(node);
      case 'FunctionDefinition':
        return this.funcDef(node, []);
      case 'ClassDefinition':
        return this.classDef(node, []);
      case 'DecoratedStatement': {
        const k = kids(node);
        const decorators = k.slice(0, -1).map((d) => this.namedOrExpr(d.firstChild!));
        const def = k[k.length - 1];
        return def.name === 'FunctionDefinition' ? this.funcDef(def, decorators) : this.classDef(def, decorators);
      }
      case 'MatchStatement':
        return this.matchStmt(node);
      default:
        return null; // punctuation tokens (Name etc. never appear at statement level)
    }
  }

  private blockSpan(node: SyntaxNode, body: Stmt[], orelse: Stmt[] = [], extra?: A.Pos): Span {
    const s = this.span(node);
    const last: A.Pos | undefined = extra ?? orelse[orelse.length - 1] ?? body[body.length - 1];
    if (last) {
      s.endLine = last.endLine;
      s.endCol = last.endCol;
    }
    return s;
  }

  private assign(node: SyntaxNode): A.Assign {
    const k = kids(node);
    const targets: Expr[] = [];
    for (let i = 0; i < k.length - 1; i++) {
      const t = this.exprListOrYield(k[i]);
      checkTarget(this, t, i === 0 ? 'assign-first' : 'assign');
      setContext(t, 'Store');
      targets.push(t);
    }
    const value = this.exprListOrYield(k[k.length - 1]);
    return this.at({ type: 'Assign', targets, value, line: 0, col: 0, endLine: 0, endCol: 0 }, node) as A.Assign;
  }

  private ifStmt(node: SyntaxNode): A.If {
    const k = kids(node);
    const test = this.namedOrExpr(k[0]);
    const body = this.body(k[1]);
    // elif chains become nested Ifs, built from the last clause backwards.
    let orelse: Stmt[] = [];
    let i = k.length - 1;
    if (k[i].name === 'ElseClause') {
      orelse = this.body(k[i].lastChild!);
      i--;
    }
    for (; i >= 2; i--) {
      const e = k[i];
      const [t, b] = kids(e);
      const ebody = this.body(b);
      const s = this.span(e);
      const last = orelse[orelse.length - 1] ?? ebody[ebody.length - 1];
      orelse = [
        this.pos(
          { type: 'If', test: this.namedOrExpr(t), body: ebody, orelse, line: 0, col: 0, endLine: 0, endCol: 0 },
          { line: s.line, col: s.col, endLine: last.endLine, endCol: last.endCol },
        ) as A.If,
      ];
    }
    return this.pos({ type: 'If', test, body, orelse, line: 0, col: 0, endLine: 0, endCol: 0 }, this.blockSpan(node, body, orelse)) as A.If;
  }

  private tryStmt(node: SyntaxNode): A.Try {
    const k = kids(node);
    const body = this.body(k[0]);
    const handlers: A.ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    for (let i = 1; i < k.length; i++) {
      const c = k[i];
      if (c.name === 'ExceptClause') {
        const ck = kids(c);
        const first = this.tokAt(c.from);
        if (this.toks.type[first + 1] === T.star) {
          this.fail("'except*' is not supported", this.tokSpan(first + 1));
        }
        let excType: Expr | null = null;
        let name: string | null = null;
        let bodyNode = ck[ck.length - 1];
        if (ck.length >= 2) excType = this.expr(ck[0]);
        if (ck.length === 3) name = this.name(ck[1]);
        const hbody = this.body(bodyNode);
        handlers.push(this.pos({ type: 'ExceptHandler', excType, name, body: hbody, line: 0, col: 0, endLine: 0, endCol: 0 }, this.blockSpan(c, hbody)) as A.ExceptHandler);
      } else if (c.name === 'ElseClause') orelse = this.body(c.lastChild!);
      else if (c.name === 'FinallyClause') finalbody = this.body(c.lastChild!);
    }
    const last = finalbody[finalbody.length - 1] ?? orelse[orelse.length - 1] ?? handlers[handlers.length - 1];
    return this.pos({ type: 'Try', body, handlers, orelse, finalbody, line: 0, col: 0, endLine: 0, endCol: 0 }, this.blockSpan(node, body, [], last)) as A.Try;
  }

  private withStmt(node: SyntaxNode): A.With {
    const k = kids(node);
    const isAsync = this.toks.type[this.tokAt(node.from)] === T.kw_async;
    const bodyNode = k[k.length - 1];
    let items: A.WithItem[] = [];
    const itemNodes = k.slice(0, -1);
    // `with (a as b, c):` — Lezer reads one parenthesised item; CPython reads several items.
    const itemKids = itemNodes.length === 1 ? kids(itemNodes[0]) : [];
    if (itemKids.length === 1) {
      const only = itemKids[0];
      if (only.name === 'ParenthesizedExpression') {
        const inner = kids(only);
        const hasAs = inner.some((n) => n.name === 'AsPattern');
        const trailingComma = this.toks.type[this.lastTok(only.to) - 1] === T.comma;
        if (inner.length > 0 && (hasAs || inner.length > 1 || trailingComma) && inner.every((n) => n.name !== 'YieldExpression' && n.name !== 'StarredExpression')) {
          for (const n of inner) items.push(this.withItemFrom(n));
          const body = this.body(bodyNode);
          return this.pos({ type: 'With', items, body, isAsync, line: 0, col: 0, endLine: 0, endCol: 0 }, this.blockSpan(node, body)) as A.With;
        }
      }
    }
    items = itemNodes.map((n) => {
      const ik = kids(n);
      const contextExpr = this.expr(ik[0]);
      let optionalVars: Expr | null = null;
      if (ik[1]) {
        optionalVars = this.expr(ik[1]);
        checkTarget(this, optionalVars, 'with');
        setContext(optionalVars, 'Store');
      }
      return this.at({ type: 'WithItem', contextExpr, optionalVars, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.WithItem;
    });
    const body = this.body(bodyNode);
    return this.pos({ type: 'With', items, body, isAsync, line: 0, col: 0, endLine: 0, endCol: 0 }, this.blockSpan(node, body)) as A.With;
  }

  private withItemFrom(n: SyntaxNode): A.WithItem {
    if (n.name === 'AsPattern') {
      const [e, t] = kids(n);
      const contextExpr = this.expr(e);
      const optionalVars = this.expr(t);
      checkTarget(this, optionalVars, 'with');
      setContext(optionalVars, 'Store');
      return this.at({ type: 'WithItem', contextExpr, optionalVars, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.WithItem;
    }
    const contextExpr = this.namedOrExpr(n);
    return this.at({ type: 'WithItem', contextExpr, optionalVars: null, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.WithItem;
  }

  private funcDef(node: SyntaxNode, decorators: Expr[]): A.FunctionDef {
    const k = kids(node);
    const isAsync = this.toks.type[this.tokAt(node.from)] === T.kw_async;
    const name = this.name(k[0]);
    const args = this.params(k[1], false);
    const returns = k.length === 4 ? this.expr(k[2]) : null;
    const decls = this.declCount;
    const body = this.body(k[k.length - 1]);
    const s = this.blockSpan(node, body);
    const def = this.pos({ type: 'FunctionDef', name, args, body, decorators, returns, isAsync, line: 0, col: 0, endLine: 0, endCol: 0 }, s) as A.FunctionDef;
    if (this.declCount !== decls) this.declaringScopes.add(def);
    return def;
  }

  private classDef(node: SyntaxNode, decorators: Expr[]): A.ClassDef {
    const k = kids(node);
    const name = this.name(k[0]);
    let bases: Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (k[1].name === 'ArgList') {
      const genFor = k[1].getChild('CompFor');
      if (genFor) this.fail('invalid syntax', this.tokSpan(this.tokAt(genFor.from)));
      const call = this.args(k[1]);
      bases = call.args;
      keywords = call.keywords;
    }
    const decls = this.declCount;
    const body = this.body(k[k.length - 1]);
    const cls = this.pos({ type: 'ClassDef', name, bases, keywords, body, decorators, line: 0, col: 0, endLine: 0, endCol: 0 }, this.blockSpan(node, body)) as A.ClassDef;
    if (this.declCount !== decls) this.declaringScopes.add(cls);
    return cls;
  }

  private params(node: SyntaxNode, lambda: boolean): A.Arguments {
    const a: A.Arguments = {
      type: 'Arguments',
      posonlyargs: [],
      args: [],
      vararg: null,
      kwonlyargs: [],
      kwDefaults: [],
      kwarg: null,
      defaults: [],
    };
    let seenStar = false;
    let seenSlash = false;
    let seenDefault = false;
    let starTok = -1;
    const list = kids(node);
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      const pk = kids(p);
      if (a.kwarg) {
        this.fail('arguments cannot follow var-keyword argument', this.span(p));
      }
      switch (p.name) {
        case 'Param': {
          let idx = 1;
          const ann = !lambda && this.hasTok(p, T.colon) ? pk[idx++] : undefined;
          const arg = this.mkArg(pk[0], ann);
          const def = pk[idx] ? this.expr(pk[idx]) : null;
          if (seenStar) {
            a.kwonlyargs.push(arg);
            a.kwDefaults.push(def);
          } else {
            if (def) {
              seenDefault = true;
              a.defaults.push(def);
            } else if (seenDefault) {
              this.fail('non-default argument follows default argument', this.span(p));
            }
            a.args.push(arg);
          }
          break;
        }
        case 'SlashParam': {
          if (seenSlash) this.fail('/ may appear only once', this.span(p));
          if (seenStar) this.fail('/ must be ahead of *', this.span(p));
          if (a.args.length === 0) this.fail('at least one argument must precede /', this.span(p));
          seenSlash = true;
          a.posonlyargs = a.args;
          a.args = [];
          break;
        }
        case 'StarParam': {
          if (seenStar) this.fail('* argument may appear only once', this.span(p));
          seenStar = true;
          starTok = this.tokAt(p.from);
          if (pk.length) a.vararg = this.mkArg(pk[0], pk[1]);
          break;
        }
        case 'DoubleStarParam':
          a.kwarg = this.mkArg(pk[0], pk[1]);
          break;
      }
    }
    if (seenStar && !a.vararg && a.kwonlyargs.length === 0) {
      this.fail('named arguments must follow bare *', this.tokSpan(starTok));
    }
    return a;
  }

  /** A parameter: its name node and, when annotated, the annotation's node. */
  private mkArg(nameNode: SyntaxNode, ann: SyntaxNode | undefined): A.Arg {
    const arg = this.name(nameNode);
    const o = this.at({ type: 'Arg', arg, annotation: null as Expr | null, line: 0, col: 0, endLine: 0, endCol: 0 }, nameNode) as A.Arg;
    if (ann) {
      const annotation = this.expr(ann);
      o.annotation = annotation;
      o.endLine = annotation.endLine;
      o.endCol = annotation.endCol;
    }
    return o;
  }

  private hasTok(p: SyntaxNode, type: number): boolean {
    const a = this.firstTok(p.from);
    const b = this.lastTok(p.to);
    // Only direct tokens matter: the annotation/default follow the name immediately.
    return this.toks.type[a + 1] === type && a + 1 <= b;
  }

  private importStmt(node: SyntaxNode): A.Import {
    const names = kids(node).map((n) => {
      const [what, as] = kids(n);
      const quoted = what.name === 'String';
      const name = quoted ? this.importSpec(what) : this.dotted(what);
      return this.at({ type: 'Alias', name, asname: as ? this.name(as) : null, quoted, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Alias;
    });
    return this.at({ type: 'Import', names, line: 0, col: 0, endLine: 0, endCol: 0 }, node) as A.Import;
  }

  private importSpec(n: SyntaxNode): string {
    const v = buildStrings(this, [n]);
    if (v.type !== 'Constant' || v.value.kind !== 'str') this.fail('invalid syntax', this.span(n));
    return (v.value as { kind: 'str'; value: string }).value;
  }

  private dotted(n: SyntaxNode): string {
    return kids(n)
      .map((c) => this.name(c))
      .join('.');
  }

  private importFrom(node: SyntaxNode): A.ImportFrom {
    const k = kids(node);
    let level = 0;
    let i = this.tokAt(node.from) + 1;
    for (; ; i++) {
      const t = this.toks.type[i];
      if (t === T.dot) level++;
      else if (t === T.ellipsis) level += 3;
      else break;
    }
    let module: string | null = null;
    let quoted = false;
    let j = 0;
    if (k[0].name === 'DottedName') {
      module = this.dotted(k[0]);
      j = 1;
    } else if (k[0].name === 'String') {
      module = this.importSpec(k[0]);
      quoted = true;
      j = 1;
    }
    const names: A.Alias[] = [];
    for (; j < k.length; j++) {
      const n = k[j];
      if (n.name === 'ImportStar') {
        names.push(this.at({ type: 'Alias', name: '*', asname: null, quoted: false, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Alias);
      } else {
        const [nm, as] = kids(n);
        names.push(
          this.at({ type: 'Alias', name: this.name(nm), asname: as ? this.name(as) : null, quoted: false, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Alias,
        );
      }
    }
    return this.at({ type: 'ImportFrom', module, names, level, quoted, line: 0, col: 0, endLine: 0, endCol: 0 }, node) as A.ImportFrom;
  }

  private matchStmt(node: SyntaxNode): A.Match {
    const k = kids(node);
    const subject = this.exprList(k[0], true);
    const cases: A.MatchCase[] = [];
    for (let i = 1; i < k.length; i++) {
      const c = k[i];
      const ck = kids(c);
      const pattern = toPattern(this, ck[0]);
      let guard: Expr | null = null;
      let bodyNode = ck[1];
      if (ck[1].name === 'Guard') {
        guard = this.namedOrExpr(ck[1].firstChild!);
        bodyNode = ck[2];
      }
      const body = this.body(bodyNode);
      cases.push(this.pos({ type: 'MatchCase', pattern, guard, body, line: 0, col: 0, endLine: 0, endCol: 0 }, this.blockSpan(c, body)) as A.MatchCase);
    }
    const last = cases[cases.length - 1];
    const s = this.span(node);
    s.endLine = last.endLine;
    s.endCol = last.endCol;
    return this.pos({ type: 'Match', subject, cases, line: 0, col: 0, endLine: 0, endCol: 0 }, s) as A.Match;
  }

  // ------------------------------------------------------------------ expressions
  name(n: SyntaxNode): string {
    const t = this.src.slice(this.toks.start[this.firstTok(n.from)], n.to + this.base);
    return normalizeName(t);
  }

  /** An ExprList node: one element without a trailing comma is that element, else a Tuple. */
  exprList(node: SyntaxNode, allowNamed = false): Expr {
    if (node.name !== 'ExprList') return this.expr(node);
    const k = kids(node);
    const trailing = this.toks.type[this.lastTok(node.to)] === T.comma;
    if (k.length === 1 && !trailing) return allowNamed ? this.namedOrExpr(k[0]) : this.exprStarCheck(k[0]);
    const elts = k.map((c) => (allowNamed ? this.namedOrExpr(c) : this.expr(c)));
    return this.at({ type: 'Tuple', elts, ctx: 'Load', line: 0, col: 0, endLine: 0, endCol: 0 }, node) as A.TupleExpr;
  }

  private exprStarCheck(n: SyntaxNode): Expr {
    const e = this.expr(n);
    return e;
  }

  private exprListOrYield(node: SyntaxNode): Expr {
    if (node.name === 'YieldExpression') return this.expr(node);
    return this.exprList(node);
  }

  namedOrExpr(n: SyntaxNode): Expr {
    return this.expr(n);
  }

  /** Builds an expression and checks it may stand where an expression of level `min` goes. */
  private operand(n: SyntaxNode, min: number): Expr {
    return this.checkLevel(this.expr(n), n, min);
  }

  /** `e`, built from `n`, may stand where an expression of level `min` goes. */
  private checkLevel(e: Expr, n: SyntaxNode, min: number): Expr {
    // The level test first: the WeakSet lookup is only needed for the rare operand that fails it.
    if (levelOf(e) < min && !this.parenthesized.has(e)) this.fail('invalid syntax', this.levelErrorSpan(e, n));
    return e;
  }

  /**
   * `a if b else c if d else e`. The grammar makes the conditional left-associative, so a chain
   * arrives as ((a if b else c) if d else e): an LR parser then keeps a constant stack where a
   * right-nested chain of ~700 would overflow Lezer's stack limit (CPython accepts ~3000). An
   * unparenthesized conditional can never be the body of another in CPython's grammar, so the
   * left nesting is always such a chain; it is rebuilt right-nested here, as CPython reads it:
   * a if b else (c if d else e). Iterative, so long chains cost no JS stack.
   */
  private conditional(root: SyntaxNode): A.IfExp {
    const chain: SyntaxNode[] = [];
    let n: SyntaxNode = root;
    while (n.name === 'ConditionalExpression') {
      chain.push(n);
      n = n.firstChild!;
    }
    // Source order: body₀, then (test, value) per segment, innermost (leftmost) segment first.
    const bodies: Expr[] = [];
    const tests: Expr[] = [];
    let orelse: Expr | null = null;
    let bodyNode: SyntaxNode = n;
    for (let i = chain.length - 1; i >= 0; i--) {
      const [, t, o] = kids(chain[i]);
      const body = orelse ?? this.expr(bodyNode);
      const test = this.expr(t);
      if (levelOf(test) < L_OR && !this.parenthesized.has(test)) {
        if (test.type === 'IfExp') {
          this.fail("expected 'else' after 'if' expression", spanFromTo(body, test));
        }
        this.fail('invalid syntax', this.tokSpan(this.tokAt(t.from)));
      }
      if (levelOf(body) < L_OR && !this.parenthesized.has(body)) this.fail('invalid syntax', this.tokSpan(this.tokAt(bodyNode.from)));
      bodies.push(body);
      tests.push(test);
      orelse = this.expr(o);
      bodyNode = o;
    }
    // Each conditional spans from its body to the end of the whole chain.
    const end = this.span(root);
    let result = orelse!;
    for (let i = bodies.length - 1; i >= 0; i--) {
      const body = bodies[i];
      result = this.pos({ type: 'IfExp', test: tests[i], body, orelse: result, line: 0, col: 0, endLine: 0, endCol: 0 }, spanFromTo(body, end)) as A.IfExp;
    }
    return result as A.IfExp;
  }

  private levelErrorSpan(e: Expr, n: SyntaxNode): Span {
    // CPython points at the keyword that cannot start the operand (`not`, `lambda`, ...).
    const i = this.tokAt(n.from);
    if (e.type === 'IfExp') {
      // The first `if` of a chain: after the body of the innermost (leftmost) segment.
      let c = n;
      while (c.name === 'ConditionalExpression' && c.firstChild!.name === 'ConditionalExpression') c = c.firstChild!;
      return this.tokSpan(this.tokAfter(c.firstChild!));
    }
    return this.tokSpan(i);
  }

  expr(n: SyntaxNode): Expr {
    switch (n.name) {
      case 'Name': {
        // One token: its index serves for the text and both ends.
        const t = this.toks;
        const i = this.firstTok(n.from);
        const id = normalizeName(this.src.slice(t.start[i], n.to + this.base));
        return { type: 'Name', id, ctx: 'Load', line: t.line[i], col: t.col[i], endLine: t.endLine[i], endCol: t.endCol[i] };
      }
      case 'Number':
        return this.at({ type: 'Constant', value: decodeNumber(this.text(n)), line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Constant;
      case 'String':
        return buildStrings(this, [n]);
      case 'ConcatenatedString':
        return buildStrings(this, kids(n));
      case 'True':
        return this.at({ type: 'Constant', value: { kind: 'bool', value: true }, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Constant;
      case 'False':
        return this.at({ type: 'Constant', value: { kind: 'bool', value: false }, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Constant;
      case 'None':
        return this.at({ type: 'Constant', value: { kind: 'None' }, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Constant;
      case 'Ellipsis':
        return this.at({ type: 'Constant', value: { kind: 'Ellipsis' }, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Constant;
      case 'ParenthesizedExpression':
        return this.paren(n);
      case 'GeneratorExpression': {
        const k = kids(n);
        const elt = this.namedOrExpr(k[0]);
        this.noStarred(elt);
        return this.at({ type: 'GeneratorExp', elt, generators: this.comprehension(k, 1), line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.GeneratorExp;
      }
      case 'ListExpression': {
        const elts = kids(n).map((c) => this.item(c));
        return this.at({ type: 'List', elts, ctx: 'Load', line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.ListExpr;
      }
      case 'ListComprehension': {
        const k = kids(n);
        const elt = this.namedOrExpr(k[0]);
        return this.at({ type: 'ListComp', elt, generators: this.comprehension(k, 1), line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.ListComp;
      }
      case 'SetExpression': {
        const elts = kids(n).map((c) => this.item(c));
        return this.at({ type: 'Set', elts, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.SetExpr;
      }
      case 'SetComprehension': {
        const k = kids(n);
        const elt = this.namedOrExpr(k[0]);
        return this.at({ type: 'SetComp', elt, generators: this.comprehension(k, 1), line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.SetComp;
      }
      case 'DictionaryExpression': {
        const keys: (Expr | null)[] = [];
        const values: Expr[] = [];
        for (const c of kids(n)) {
          const ck = kids(c);
          if (c.name === 'DictSplat') {
            keys.push(null);
            values.push(this.operand(ck[0], L_ATOM - 1));
          } else {
            keys.push(this.expr(ck[0]));
            if (ck[1].name === 'AsPattern') this.asOutsidePattern(ck[1]);
            values.push(this.expr(ck[1]));
          }
        }
        return this.at({ type: 'Dict', keys, values, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.DictExpr;
      }
      case 'DictionaryComprehension': {
        const k = kids(n);
        return this.at(
          { type: 'DictComp', key: this.expr(k[0]), value: this.expr(k[1]), generators: this.comprehension(k, 2), line: 0, col: 0, endLine: 0, endCol: 0 },
          n,
        ) as A.DictComp;
      }
      case 'MemberExpression':
      case 'CallExpression':
      case 'SubscriptExpression':
      case 'UnaryExpression':
      case 'NotExpression':
      case 'AwaitExpression':
      case 'BinaryExpression':
      case 'CompareExpression':
      case 'BoolExpression':
      case 'LambdaExpression':
        return this.chain(n);
      case 'Slice':
        return this.slice(n);
      case 'StarredExpression': {
        const value = this.operand(n.firstChild!, L_CMP + 1);
        return this.at({ type: 'Starred', value, ctx: 'Load', line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Starred;
      }
      case 'StarredTarget': {
        const value = this.expr(n.firstChild!);
        return this.at({ type: 'Starred', value, ctx: 'Load', line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Starred;
      }
      case 'NamedExpression': {
        const [t, v] = kids(n);
        const target = this.expr(t);
        if (target.type !== 'Name' || this.parenthesized.has(target)) {
          this.fail(`cannot use assignment expressions with ${describe(target)}`, spanOf(target));
        }
        setContext(target, 'Store');
        const value = this.expr(v);
        return this.at({ type: 'NamedExpr', target: target as A.Name, value, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.NamedExpr;
      }
      case 'ConditionalExpression':
        return this.conditional(n);
      case 'YieldExpression': {
        const c = n.firstChild;
        const i = this.tokAt(n.from);
        if (this.toks.type[i + 1] === T.kw_from) {
          return this.at({ type: 'YieldFrom', value: this.expr(c!), line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.YieldFrom;
        }
        return this.at({ type: 'Yield', value: c ? this.exprList(c) : null, line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Yield;
      }
      case 'ExprList':
        return this.exprList(n);
      case 'AsPattern':
        this.asOutsidePattern(n);
        break;
      case 'PatternList':
        break;
    }
    this.fail('invalid syntax', this.span(n));
  }

  private asOutsidePattern(n: SyntaxNode): never {
    const first = n.firstChild!;
    this.fail('invalid syntax', this.tokSpan(this.tokAfter(first)));
  }

  private item(c: SyntaxNode): Expr {
    if (c.name === 'AsPattern') this.asOutsidePattern(c);
    return this.namedOrExpr(c);
  }

  private noStarred(e: Expr): void {
    void e;
  }

  private paren(n: SyntaxNode): Expr {
    const k = kids(n);
    const s = this.span(n);
    const trailing = this.toks.type[this.lastTok(n.to) - 1] === T.comma;
    if (k.length === 0) return this.pos({ type: 'Tuple', elts: [], ctx: 'Load', line: 0, col: 0, endLine: 0, endCol: 0 }, s) as A.TupleExpr;
    if (k.length === 1 && !trailing) {
      const c = k[0];
      if (c.name === 'AsPattern') this.asOutsidePattern(c);
      if (c.name === 'StarredExpression') {
        this.fail('cannot use starred expression here', this.span(c));
      }
      const e = this.namedOrExpr(c);
      this.parenthesized.add(e);
      return e;
    }
    const elts = k.map((c) => this.item(c));
    const t = this.pos({ type: 'Tuple', elts, ctx: 'Load', line: 0, col: 0, endLine: 0, endCol: 0 }, s) as A.TupleExpr;
    this.parenthesized.add(t);
    return t;
  }

  private comprehension(k: SyntaxNode[], from: number): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    for (let i = from; i < k.length; i++) {
      const c = k[i];
      if (c.name === 'CompFor') {
        const ck = kids(c);
        const isAsync = this.toks.type[this.tokAt(c.from)] === T.kw_async;
        const targets = ck.slice(0, -1);
        const target = this.targets(c, targets);
        const iter = this.compOperand(ck[ck.length - 1]);
        gens.push(this.at({ type: 'Comprehension', target, iter, ifs: [], isAsync, line: 0, col: 0, endLine: 0, endCol: 0 }, c) as A.Comprehension);
      } else {
        const cond = this.compOperand(c.firstChild!);
        gens[gens.length - 1].ifs.push(cond);
      }
    }
    return gens;
  }

  // Comprehension iterables and conditions are disjunctions in CPython: a conditional
  // expression there fails at its `else`.
  private compOperand(n: SyntaxNode): Expr {
    const e = this.expr(n);
    if (levelOf(e) < L_OR && !this.parenthesized.has(e)) {
      if (e.type === 'IfExp') this.fail('invalid syntax', this.tokSpan(this.tokAfter(n.firstChild!.nextSibling!)));
      this.fail('invalid syntax', this.levelErrorSpan(e, n));
    }
    return e;
  }

  /** Targets of `for` (statement or comprehension), given as sibling nodes. */
  targets(parent: SyntaxNode, nodes: SyntaxNode[]): Expr {
    const firstTok = this.tokAt(parent.from);
    let i = firstTok;
    while (this.toks.type[i] !== T.kw_for) i++;
    let t: Expr;
    if (nodes.length === 1 && this.toks.type[this.tokAfter(nodes[0])] !== T.comma) {
      t = this.expr(nodes[0]);
    } else {
      const elts = nodes.map((c) => this.expr(c));
      const s = this.spanFT(nodes[0].from, nodes[nodes.length - 1].to);
      const after = this.tokAfter(nodes[nodes.length - 1]);
      if (this.toks.type[after] === T.comma) {
        const cs = this.tokSpan(after);
        s.endLine = cs.endLine;
        s.endCol = cs.endCol;
      }
      t = this.pos({ type: 'Tuple', elts, ctx: 'Load', line: 0, col: 0, endLine: 0, endCol: 0 }, s) as A.TupleExpr;
    }
    checkTarget(this, t, 'for');
    setContext(t, 'Store');
    return t;
  }

  args(argList: SyntaxNode): { args: Expr[]; keywords: A.Keyword[] } {
    const args: Expr[] = [];
    const keywords: A.Keyword[] = [];
    const k = kids(argList);
    let sawKeyword = false;
    let sawDoubleStar = false;
    // CPython reports argument-order errors at the last token it read: the closing paren.
    const closeParen = this.tokSpan(this.lastTok(argList.to));
    for (let i = 0; i < k.length; i++) {
      const c = k[i];
      if (c.name === 'CompFor') {
        // A generator argument: `f(x for x in y)`; the element is the previous arg.
        let j = i;
        while (j < k.length && (k[j].name === 'CompFor' || k[j].name === 'CompIf')) j++;
        const elt = args.pop()!;
        const gens = this.comprehension(k.slice(0, j), i);
        const s = this.span(argList);
        const nArgs = k.filter((x) => x.name !== 'CompFor' && x.name !== 'CompIf').length;
        if (nArgs > 1) {
          this.fail('Generator expression must be parenthesized', spanFromTo(elt, gens[gens.length - 1]));
        }
        args.push(this.pos({ type: 'GeneratorExp', elt, generators: gens, line: 0, col: 0, endLine: 0, endCol: 0 }, s) as A.GeneratorExp);
        i = j - 1;
        continue;
      }
      if (c.name === 'KeywordArgument') {
        const [nm, v] = kids(c);
        if (v.name === 'AsPattern') this.asOutsidePattern(v);
        keywords.push(this.at({ type: 'Keyword', arg: this.name(nm), value: this.expr(v), line: 0, col: 0, endLine: 0, endCol: 0 }, c) as A.Keyword);
        sawKeyword = true;
      } else if (c.name === 'DoubleStarredExpression') {
        keywords.push(this.at({ type: 'Keyword', arg: null, value: this.expr(c.firstChild!), line: 0, col: 0, endLine: 0, endCol: 0 }, c) as A.Keyword);
        sawDoubleStar = true;
      } else if (c.name === 'AsPattern') {
        this.asOutsidePattern(c);
      } else {
        const e = this.namedOrExpr(c);
        if (e.type === 'Starred') {
          if (sawDoubleStar) this.fail('iterable argument unpacking follows keyword argument unpacking', spanOf(e));
        } else if (sawDoubleStar) {
          this.fail('positional argument follows keyword argument unpacking', closeParen);
        } else if (sawKeyword) {
          this.fail('positional argument follows keyword argument', closeParen);
        }
        args.push(e);
      }
    }
    // A generator argument also needs checking when it came first: `f(x for x in y, 1)`.
    return { args, keywords };
  }

  /**
   * Operator chains: prefix operators (`- - x`, `not not x`, `await x`), left-nested binary,
   * comparison and boolean chains, `**` chains (parsed left-nested, rebuilt right-nested as
   * CPython reads them), postfix chains (`a.b(c)[d]`) and `lambda: lambda: x`. CPython accepts
   * ~3,000 levels of these without brackets; here each level is a loop step, not a JS frame.
   * The walk goes down the child of each level that can itself be a chain without brackets,
   * builds the innermost expression, then applies the levels from the inside out, building
   * their other children in source order (so the first error is still the first in the text).
   */
  private chain(root: SyntaxNode): Expr {
    const frames: SyntaxNode[] = [];
    // Lambda parameters come before the body in the text: built on the way down.
    const lambdaArgs: (A.Arguments | null)[] = [];
    let n = root;
    for (;;) {
      let next: SyntaxNode | null = null;
      let args: A.Arguments | null = null;
      switch (n.name) {
        case 'UnaryExpression':
        case 'NotExpression':
        case 'AwaitExpression':
        case 'BinaryExpression':
        case 'CompareExpression':
        case 'BoolExpression':
        case 'MemberExpression':
        case 'CallExpression':
        case 'SubscriptExpression':
          next = n.firstChild;
          break;
        case 'LambdaExpression': {
          const k = kids(n);
          args = k.length === 2 ? this.params(k[0], true) : emptyArguments();
          next = k[k.length - 1];
          break;
        }
      }
      if (!next) break;
      frames.push(n);
      lambdaArgs.push(args);
      n = next;
    }
    let e = this.expr(n);
    let inner: SyntaxNode = n; // the node `e` was built from
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i];
      switch (f.name) {
        case 'BinaryExpression': {
          const opTok = this.tokAfter(inner);
          if (this.toks.type[opTok] === T.dstar) {
            i = this.powerRun(frames, i, e, inner);
            e = this.powerResult!;
            inner = frames[i];
            this.powerResult = null;
            continue;
          }
          const op = BINOPS[this.tokText(opTok)];
          const lvl = BINOP_LEVEL[op];
          const left = this.checkLevel(e, inner, lvl);
          const right = this.operand(f.lastChild!, lvl + 1);
          e = this.at({ type: 'BinOp', left, op, right, line: 0, col: 0, endLine: 0, endCol: 0 }, f) as A.BinOp;
          break;
        }
        case 'CompareExpression': {
          const opTok = this.tokAfter(inner);
          const op = cmpOp(this.toks.type[opTok], this.tokText(opTok));
          const left = this.checkLevel(e, inner, L_CMP);
          const right = this.operand(f.lastChild!, L_CMP + 1);
          if (left.type === 'Compare' && !this.parenthesized.has(left)) {
            left.ops.push(op);
            left.comparators.push(right);
            const s = this.span(f);
            left.endLine = s.endLine;
            left.endCol = s.endCol;
            e = left;
          } else {
            e = this.at({ type: 'Compare', left, ops: [op], comparators: [right], line: 0, col: 0, endLine: 0, endCol: 0 }, f) as A.Compare;
          }
          break;
        }
        case 'BoolExpression': {
          const op = this.toks.type[this.tokAfter(inner)] === T.kw_and ? 'And' : 'Or';
          const lvl = op === 'And' ? L_AND : L_OR;
          const left = this.checkLevel(e, inner, lvl);
          const right = this.operand(f.lastChild!, lvl + 1);
          if (left.type === 'BoolOp' && left.op === op && !this.parenthesized.has(left)) {
            left.values.push(right);
            const s = this.span(f);
            left.endLine = s.endLine;
            left.endCol = s.endCol;
            e = left;
          } else {
            e = this.at({ type: 'BoolOp', op, values: [left, right], line: 0, col: 0, endLine: 0, endCol: 0 }, f) as A.BoolOp;
          }
          break;
        }
        case 'MemberExpression': {
          const value = this.checkLevel(e, inner, L_ATOM);
          e = this.at({ type: 'Attribute', value, attr: this.name(f.lastChild!), ctx: 'Load', line: 0, col: 0, endLine: 0, endCol: 0 }, f) as A.Attribute;
          break;
        }
        case 'CallExpression': {
          const func = this.checkLevel(e, inner, L_ATOM);
          const { args, keywords } = this.args(f.lastChild!);
          e = this.at({ type: 'Call', func, args, keywords, line: 0, col: 0, endLine: 0, endCol: 0 }, f) as A.Call;
          break;
        }
        case 'SubscriptExpression':
          e = this.subscript(f, this.checkLevel(e, inner, L_ATOM));
          break;
        case 'UnaryExpression': {
          const t = this.tokText(this.tokAt(f.from));
          const operand = this.checkLevel(e, inner, L_UNARY);
          const op = t === '-' ? 'USub' : t === '+' ? 'UAdd' : 'Invert';
          e = this.at({ type: 'UnaryOp', op, operand, line: 0, col: 0, endLine: 0, endCol: 0 }, f) as A.UnaryOp;
          break;
        }
        case 'NotExpression':
          e = this.at({ type: 'UnaryOp', op: 'Not', operand: this.checkLevel(e, inner, L_NOT), line: 0, col: 0, endLine: 0, endCol: 0 }, f) as A.UnaryOp;
          break;
        case 'AwaitExpression':
          e = this.at({ type: 'Await', value: this.checkLevel(e, inner, L_ATOM), line: 0, col: 0, endLine: 0, endCol: 0 }, f) as A.Await;
          break;
        case 'LambdaExpression':
          e = this.at({ type: 'Lambda', args: lambdaArgs[i]!, body: e, line: 0, col: 0, endLine: 0, endCol: 0 }, f) as A.Lambda;
          break;
      }
      inner = f;
    }
    return e;
  }

  private powerResult: Expr | null = null;

  /**
   * A run of `**` levels, frames[i] down to frames[j]: the grammar reads `a ** b ** c` as
   * ((a ** b) ** c), which keeps Lezer's stack flat on long chains; CPython's tree is
   * a ** (b ** c), rebuilt here. Every operand but the last is an await-level primary, the
   * last a unary-level factor (checked in source order). Returns j; the result is left in
   * `powerResult`.
   */
  private powerRun(frames: SyntaxNode[], i: number, first: Expr, firstNode: SyntaxNode): number {
    const operands: Expr[] = [this.checkLevel(first, firstNode, L_AWAIT)];
    const starts: number[] = [firstNode.from];
    let j = i;
    for (;;) {
      const r = frames[j].lastChild!;
      const more = j > 0 && frames[j - 1].name === 'BinaryExpression' && this.toks.type[this.tokAfter(frames[j])] === T.dstar;
      operands.push(this.operand(r, more ? L_AWAIT : L_UNARY));
      starts.push(r.from);
      if (!more) break;
      j--;
    }
    const to = frames[j].to;
    let result = operands[operands.length - 1];
    for (let k = operands.length - 2; k >= 0; k--) {
      result = this.pos({ type: 'BinOp', left: operands[k], op: 'Pow', right: result, line: 0, col: 0, endLine: 0, endCol: 0 }, this.spanFT(starts[k], to)) as A.BinOp;
    }
    this.powerResult = result;
    return j;
  }

  private subscript(n: SyntaxNode, value: Expr): A.Subscript {
    const k = kids(n);
    const items = k.slice(1);
    const trailing = this.toks.type[this.lastTok(n.to) - 1] === T.comma;
    let slice: Expr;
    if (items.length === 1 && !trailing && items[0].name !== 'StarredExpression') {
      slice = this.namedOrExpr(items[0]);
    } else {
      const elts = items.map((c) => this.namedOrExpr(c));
      const s = this.spanFT(items[0].from, items[items.length - 1].to);
      if (trailing) {
        const cs = this.tokSpan(this.lastTok(n.to) - 1);
        s.endLine = cs.endLine;
        s.endCol = cs.endCol;
      }
      slice = this.pos({ type: 'Tuple', elts, ctx: 'Load', line: 0, col: 0, endLine: 0, endCol: 0 }, s) as A.TupleExpr;
    }
    return this.at({ type: 'Subscript', value, slice, ctx: 'Load', line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Subscript;
  }

  private slice(n: SyntaxNode): A.Slice {
    // Which of lower/upper/step are present is read from the colon tokens.
    const parts: (Expr | null)[] = [null, null, null];
    let slot = 0;
    let i = this.tokAt(n.from);
    const last = this.lastTok(n.to);
    let child = n.firstChild;
    while (i <= last) {
      if (this.toks.type[i] === T.colon) {
        slot++;
        i++;
        continue;
      }
      if (!child) break;
      parts[slot] = this.expr(child);
      i = this.tokAfter(child);
      child = child.nextSibling;
    }
    return this.at({ type: 'Slice', lower: parts[0], upper: parts[1], step: parts[2], line: 0, col: 0, endLine: 0, endCol: 0 }, n) as A.Slice;
  }
}

function emptyArguments(): A.Arguments {
  return { type: 'Arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
}

export function spanOf(p: A.Pos): Span {
  return { line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
}

function spanFromTo(a: A.Pos, b: A.Pos): Span {
  return { line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
}

export function normalizeName(t: string): string {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 128) return t.normalize('NFKC');
  return t;
}

export const BINOPS: Record<string, A.BinOpKind> = {
  '+': 'Add',
  '-': 'Sub',
  '*': 'Mult',
  '@': 'MatMult',
  '/': 'Div',
  '%': 'Mod',
  '**': 'Pow',
  '<<': 'LShift',
  '>>': 'RShift',
  '|': 'BitOr',
  '^': 'BitXor',
  '&': 'BitAnd',
  '//': 'FloorDiv',
};

const BINOP_LEVEL: Record<A.BinOpKind, number> = {
  BitOr: 6,
  BitXor: 7,
  BitAnd: 8,
  LShift: 9,
  RShift: 9,
  Add: 10,
  Sub: 10,
  Mult: 11,
  MatMult: 11,
  Div: 11,
  Mod: 11,
  FloorDiv: 11,
  Pow: 13,
};

function levelOf(e: Expr): number {
  switch (e.type) {
    case 'Lambda':
      return L_LAMBDA;
    case 'IfExp':
      return L_TERNARY;
    case 'BoolOp':
      return e.op === 'Or' ? L_OR : L_AND;
    case 'UnaryOp':
      return e.op === 'Not' ? L_NOT : L_UNARY;
    case 'Compare':
      return L_CMP;
    case 'BinOp':
      return BINOP_LEVEL[e.op];
    case 'Await':
      return L_AWAIT;
    case 'NamedExpr':
      return -1;
    case 'Starred':
      return -1;
    case 'Yield':
    case 'YieldFrom':
      return -1;
    default:
      return L_ATOM;
  }
}

function cmpOp(type: number, text: string): A.CmpOpKind {
  if (type === T.notIn) return 'NotIn';
  if (type === T.isNot) return 'IsNot';
  if (type === T.kw_in) return 'In';
  if (type === T.kw_is) return 'Is';
  switch (text) {
    case '==':
      return 'Eq';
    case '!=':
      return 'NotEq';
    case '<':
      return 'Lt';
    case '<=':
      return 'LtE';
    case '>':
      return 'Gt';
    default:
      return 'GtE';
  }
}

export function describe(e: Expr): string {
  switch (e.type) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    default:
      return 'expression';
  }
}

export { PySyntaxError };
