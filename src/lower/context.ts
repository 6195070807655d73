// Lowering state: one `ModuleEnv` per compiled module, one `FnCtx` per emitted JS function
// (Python function, lambda, comprehension, class body, module body), plus the small helpers
// every lowering rule uses to build `@babel/types` nodes with `.loc` from Python positions.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import type { Diagnostic } from '../diagnostics';
import { errorDiagnostic } from '../diagnostics';
import type { Scope, ScopeInfo } from '../analysis/scopes';
import type { EffectSolution, ModuleFacts, ImportResolver, Op } from '../analysis/effects';
import { jsLocal } from './jsnames';

export interface ModuleEnv {
  filename: string;
  moduleName: string;
  source: string;
  scopes: ScopeInfo;
  effects: EffectSolution;
  facts: ModuleFacts;
  resolver: ImportResolver;
  /** ES specifier for a `.py` import key, as `resolveImport` returned it */
  hoisted: t.Statement[];
  hoistedNames: Map<string, string>;
  deps: { key: string; spec: string; local: string }[];
  diagnostics: Diagnostic[];
  counter: number;
  /** JS names of module-level functions that are fixed (bound once, by an undecorated def) */
  fixedGlobals: Map<string, string>;
  /** the `let` holding each class's `__class__` cell, per class scope */
  classCells: Map<Scope, string>;
  /** declarations of fixed module-level functions, emitted at the top of the module body */
  moduleFunctions: t.FunctionDeclaration[];
}

export interface LoopInfo {
  label: string;
  breakLabel: string;
}

export class FnCtx {
  readonly temps: string[] = [];
  private freeTemps: string[] = [];
  readonly loops: LoopInfo[] = [];
  /** JS variables holding the exceptions being handled, innermost last (for bare `raise`). */
  readonly handling: string[] = [];
  /** JS variables holding exceptions that new exceptions get as `__context__` here, innermost
   * last: handled exceptions, and the exception propagating through a `finally` (which may be
   * `undefined` at run time, when the finally runs after normal completion). */
  readonly contexts: string[] = [];
  /** locals definitely bound at the current point (no unbound check needed). */
  bound: Set<string>;
  /** free variables known to be bound whenever this function runs. */
  safeFree: Set<string>;
  /** JS name of the class namespace object when lowering a class body. */
  nsVar: string | null = null;
  /** Python name of the first parameter (for zero-argument super()). */
  selfParam: string | null = null;
  lastLine = -1;
  /** bodies of the generators, coroutines, async generators and comprehensions defined in this
   * function, declared once at the top of its block (not re-created per call: FINDINGS §1) */
  readonly bodyDecls: t.FunctionDeclaration[] = [];

  constructor(
    readonly env: ModuleEnv,
    readonly scope: Scope,
    readonly parent: FnCtx | null,
    /** emitting a JS `function*` (may `yield`/`yield*`) */
    readonly gen: boolean,
    readonly fiName: string,
  ) {
    this.bound = new Set(scope.params.filter((p) => !scope.deleted.has(p)));
    this.safeFree = new Set();
    if (parent) {
      for (const n of parent.bound) if (!parent.scope.deleted.has(n)) this.safeFree.add(n);
      for (const n of parent.safeFree) this.safeFree.add(n);
    }
  }

  /** A fresh temporary (declared at the top of the function). Release with `free` when done. */
  tmp(): string {
    const reuse = this.freeTemps.pop();
    if (reuse) return reuse;
    const name = `$t${this.temps.length}`;
    this.temps.push(name);
    return name;
  }
  free(name: string): void {
    this.freeTemps.push(name);
  }
  /** A temporary that is never reused (loop counters, iterators, saved exceptions). */
  ownTmp(prefix: string): string {
    const name = `$${prefix}${this.env.counter++}`;
    this.temps.push(name);
    return name;
  }

  /** Does this op (recorded by the effect analysis) possibly suspend here? */
  maySuspend(node: A.Node): boolean {
    if (!this.gen) return false;
    const op: Op | undefined = this.env.facts.opAt.get(node);
    return !!op && this.env.effects.opSus(op);
  }
  /** Does the iteration at this node (`*x`, a loop, unpacking) possibly suspend here? */
  iterMaySuspend(node: A.Node): boolean {
    if (!this.gen) return false;
    const op: Op | undefined = this.env.facts.iterAt.get(node);
    return !!op && this.env.effects.opSus(op);
  }
}

// ------------------------------------------------------------------------------------------
// node builders

export function loc<T extends t.Node>(node: T, p: A.Pos | null | undefined, env?: ModuleEnv): T {
  if (p) {
    node.loc = {
      start: { line: p.line, column: p.col, index: 0 },
      end: { line: p.endLine, column: p.endCol, index: 0 },
      filename: env?.filename ?? '',
      identifierName: undefined,
    };
  }
  return node;
}

export const id = (name: string): t.Identifier => t.identifier(name);
export const str = (s: string): t.StringLiteral => t.stringLiteral(s);
export const num = (n: number): t.Expression => (n < 0 || Object.is(n, -0) ? t.unaryExpression('-', t.numericLiteral(-n)) : t.numericLiteral(n));
export const undef = (): t.Expression => t.unaryExpression('void', t.numericLiteral(0));
export const rt = (name: string): t.MemberExpression => t.memberExpression(id('$rt'), id(name));
export const rtCall = (name: string, args: t.Expression[], p?: A.Pos): t.CallExpression => loc(t.callExpression(rt(name), args), p);
export const member = (obj: t.Expression, prop: string): t.MemberExpression =>
  t.isValidIdentifier(prop, false) || /^\$[A-Za-z0-9_$]*$/.test(prop) ? t.memberExpression(obj, id(prop)) : t.memberExpression(obj, str(prop), true);
/** `o.$name` — a Python attribute (ABI §2). */
export const pyProp = (obj: t.Expression, name: string): t.MemberExpression => member(obj, '$' + name);
export const assign = (target: t.LVal, value: t.Expression): t.AssignmentExpression => t.assignmentExpression('=', target, value);
export const exprStmt = (e: t.Expression, p?: A.Pos): t.ExpressionStatement => loc(t.expressionStatement(e), p);
export const seq = (...es: t.Expression[]): t.Expression => (es.length === 1 ? es[0] : t.sequenceExpression(es));

/** `(t = e) instanceof $rt.Frame ? yield* t : t` — drive a possible frame (ABI §4). */
export function driveMaybe(cx: FnCtx, e: t.Expression): t.Expression {
  const tmp = cx.tmp();
  cx.free(tmp);
  return t.conditionalExpression(
    t.binaryExpression('instanceof', assign(id(tmp), e), rt('Frame')),
    t.yieldExpression(id(tmp), true),
    id(tmp),
  );
}

/** Calls `$rt.name(args)`, or its `…S` twin with a frame check when it may suspend here. */
export function rtOp(cx: FnCtx, name: string, args: t.Expression[], node: A.Node, p?: A.Pos): t.Expression {
  if (cx.maySuspend(node)) return driveMaybe(cx, rtCall(name + 'S', args, p));
  return rtCall(name, args, p);
}

export function hoist(env: ModuleEnv, key: string, prefix: string, init: () => t.Expression): string {
  let name = env.hoistedNames.get(key);
  if (!name) {
    name = `$${prefix}${env.counter++}`;
    env.hoistedNames.set(key, name);
    env.hoisted.push(t.variableDeclaration('const', [t.variableDeclarator(id(name), init())]));
  }
  return name;
}

export function syntaxError(env: ModuleEnv, msg: string, p: A.Pos, kind = 'SyntaxError'): void {
  env.diagnostics.push(errorDiagnostic(kind, msg, env.filename, p));
}

export { jsLocal };
