// Private name mangling, as CPython 3.11's compiler does it (`_Py_Mangle`).
//
// Inside a class body, and every function, lambda and comprehension nested in it, an identifier
// `__name` (two leading underscores, not ending in two underscores, no dot) becomes
// `_Class__name`, where Class is the innermost enclosing class's name with its leading
// underscores stripped (a class named only underscores mangles nothing).
//
// This is the one place that does it: the pass rewrites the AST in place before the scope
// analysis, so scopes, effects and lowering all see the mangled names and agree. What CPython
// mangles: Name ids, attribute names, parameter names, `global`/`nonlocal` names, the names bound
// by `def`, `class`, `import ... as`, `from ... import`, `except ... as` and match captures.
// What it does not: keyword argument names at call sites (`f(__k=1)` passes `__k`), class-pattern
// keyword attributes (`case P(__x=v)`), string constants, dunder names, code outside any class.
// The bases, keywords and decorators of a class belong to the enclosing context.
//
// A mangled `def`/`class` keeps its own name as `__name__`/`__qualname__`/traceback name
// (CPython: `A._A__f.__name__ == '__f'`); `displayName` returns it. The rewrite is idempotent: a
// mangled name starts with a single underscore, so a second pass over the same tree changes
// nothing.
import type * as A from '../ast/nodes';
import { forEachChild } from './walk';

const originalNames = new WeakMap<A.FunctionDef | A.ClassDef, string>();

/** The name a `def`/`class` was written with (its `__name__`), before mangling. */
export function displayName(node: A.FunctionDef | A.ClassDef): string {
  return originalNames.get(node) ?? node.name;
}

/** `name` as referenced inside class `privateOf` (the class's own name), CPython's `_Py_Mangle`. */
export function mangle(privateOf: string | null, name: string): string {
  if (privateOf === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateOf.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/** Mangles private names in every class of `mod`, in place. */
export function manglePrivateNames(mod: A.Module): void {
  // Only statements can hold a class, so outside classes walk statements, never expressions.
  findClasses(mod.body);
}

function findClasses(body: A.Stmt[]): void {
  for (const s of body) {
    switch (s.type) {
      case 'ClassDef':
        new Mangler(s.name).stmts(s.body);
        break;
      case 'FunctionDef':
      case 'While':
      case 'If':
      case 'With':
        findClasses(s.body);
        if (s.type === 'While' || s.type === 'If') findClasses(s.orelse);
        break;
      case 'For':
        findClasses(s.body);
        findClasses(s.orelse);
        break;
      case 'Try':
        findClasses(s.body);
        for (const h of s.handlers) findClasses(h.body);
        findClasses(s.orelse);
        findClasses(s.finalbody);
        break;
      case 'Match':
        for (const c of s.cases) findClasses(c.body);
        break;
    }
  }
}

/** Rewrites the names of one class body (and what nests in it) for private name `priv`. */
class Mangler {
  constructor(private priv: string) {}

  private m(name: string): string {
    return mangle(this.priv, name);
  }

  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    switch (s.type) {
      case 'FunctionDef': {
        this.rename(s);
        for (const d of s.decorators) this.node(d);
        this.args(s.args);
        if (s.returns) this.node(s.returns);
        this.stmts(s.body);
        return;
      }
      case 'ClassDef': {
        this.rename(s);
        for (const d of s.decorators) this.node(d);
        for (const b of s.bases) this.node(b);
        for (const k of s.keywords) this.node(k.value);
        // the body mangles with this (innermost) class's own name
        new Mangler(displayName(s)).stmts(s.body);
        return;
      }
      case 'Global':
      case 'Nonlocal':
        s.names = s.names.map((n) => this.m(n));
        return;
      case 'Import':
        for (const a of s.names) {
          // `import __x.y` binds `__x` (mangled) to the top package; an `as` name is needed to say
          // that, so only undotted names and explicit `as` names are rewritten (documented gap)
          if (a.asname) a.asname = this.m(a.asname);
          else if (!a.quoted && !a.name.includes('.') && this.m(a.name) !== a.name) a.asname = this.m(a.name);
        }
        return;
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') continue;
          const bound = this.m(a.asname ?? a.name);
          if (bound !== (a.asname ?? a.name)) a.asname = bound;
        }
        return;
      default:
        this.children(s);
    }
  }

  private rename(s: A.FunctionDef | A.ClassDef): void {
    const mangled = this.m(s.name);
    if (mangled !== s.name) {
      originalNames.set(s, s.name);
      s.name = mangled;
    }
  }

  private args(a: A.Arguments): void {
    for (const d of a.defaults) this.node(d);
    for (const d of a.kwDefaults) if (d) this.node(d);
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) all.push(a.vararg);
    if (a.kwarg) all.push(a.kwarg);
    for (const p of all) {
      p.arg = this.m(p.arg);
      if (p.annotation) this.node(p.annotation);
    }
  }

  /** Any node: statements go through `stmt`, everything else is rewritten field by field. */
  private node(n: A.Node): void {
    if (isStmt(n)) return this.stmt(n as A.Stmt);
    switch (n.type) {
      case 'Name':
        n.id = this.m(n.id);
        return;
      case 'Attribute':
        n.attr = this.m(n.attr);
        this.node(n.value);
        return;
      case 'Lambda':
        this.args(n.args);
        this.node(n.body);
        return;
      case 'MatchAs':
      case 'MatchStar':
        if (n.name) n.name = this.m(n.name);
        break;
      case 'MatchMapping':
        if (n.rest) n.rest = this.m(n.rest);
        break;
      case 'ExceptHandler':
        if (n.name) n.name = this.m(n.name);
        break;
    }
    this.children(n);
  }

  private children(n: A.Node): void {
    forEachChild(n, (c) => this.node(c));
  }
}

const STMT_TYPES = new Set([
  'FunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'AnnAssign', 'For', 'While', 'If', 'With',
  'Match', 'Raise', 'Try', 'Assert', 'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue',
]);
function isStmt(n: A.Node): boolean {
  return STMT_TYPES.has(n.type);
}
