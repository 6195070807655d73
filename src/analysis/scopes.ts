// Symbol tables, following CPython's `symtable` rules.
//
// Pass 1 walks the module in source order and builds one `Scope` per module, function, lambda,
// class body and comprehension, recording which names each scope binds, uses, declares
// `global`/`nonlocal`, and deletes (and reports the SyntaxErrors CPython's symtable reports).
// Pass 2 resolves every name of every scope to where it lives:
//   - module scope: every name is a global;
//   - function-like scopes: bound here (and not declared global/nonlocal) -> local; declared
//     global -> global; declared nonlocal or bound in an enclosing *function* scope -> free;
//     otherwise an implicit global (which falls back to builtins);
//   - class bodies: bound names live in the class namespace (loads fall back to globals and
//     builtins, never to enclosing functions, like LOAD_NAME); unbound names that an enclosing
//     function binds are free (namespace first, then the cell, like LOAD_CLASSDEREF).
// Class scopes are invisible to the functions nested in them. Comprehensions are function
// scopes whose first iterable belongs to the enclosing scope; a walrus inside a comprehension
// binds in the nearest enclosing non-comprehension scope.
import type * as A from '../ast/nodes';
import { errorDiagnostic, type Diagnostic } from '../diagnostics';
import { forEachChild } from './walk';
import { displayName, manglePrivateNames } from './mangle';

export type ScopeKind = 'module' | 'function' | 'lambda' | 'class' | 'comprehension';

export type NameRef =
  | { kind: 'local' } // JS `let` of the current function
  | { kind: 'global' } // `$g.$x`, builtin fallback
  | { kind: 'free'; owner: Scope } // JS closure over `owner`'s `let`
  | { kind: 'classLocal' } // class namespace, then globals, then builtins
  | { kind: 'classFree'; owner: Scope }; // class namespace, then the enclosing function's cell

export type ComprehensionNode = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;
export type ScopeNode = A.Module | A.FunctionDef | A.Lambda | A.ClassDef | ComprehensionNode;

export class Scope {
  readonly children: Scope[] = [];
  /** names bound in this scope (assignment, def, class, import, param, for target, del, ...). */
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly deleted = new Set<string>();
  readonly params: string[] = [];
  /** names of this scope that nested scopes capture (CPython's cell variables). */
  readonly cells = new Set<string>();
  readonly resolved = new Map<string, NameRef>();
  isGenerator = false;
  isAsync = false;
  /** a function that uses zero-argument `super()` or `__class__` (needs its class's cell). */
  usesClassCell = false;
  /** for class scopes: some method needs the `__class__` cell. */
  needsClassCell = false;
  /** per name: how many binding sites (def, assignment, import, del, global/nonlocal writes from
   * nested scopes, ...) this scope has. A name with exactly one site bound by a `def` is fixed. */
  readonly bindCount = new Map<string, number>();
  /** names bound by a `def` statement in this scope, to their node. */
  readonly defs = new Map<string, A.FunctionDef>();
  /** names bound by a `class` statement in this scope. */
  readonly classDefs = new Map<string, A.ClassDef>();
  hasStarImport = false;
  /** names bound by an import statement in this scope. */
  readonly imports = new Map<string, { module: string; level: number; quoted: boolean; attr: string | null }>();

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly qualname: string,
    readonly node: ScopeNode,
    readonly parent: Scope | null,
  ) {
    if (parent) parent.children.push(this);
  }

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }

  /** Where `name` lives when referenced from this scope. */
  lookup(name: string): NameRef {
    let r = this.resolved.get(name);
    if (!r) {
      r = resolveName(this, name);
      this.resolved.set(name, r);
    }
    return r;
  }

  /** The nearest enclosing scope that is a function (or module); comprehensions and classes are skipped. */
  get enclosingFunction(): Scope {
    let s: Scope = this;
    while (s.kind === 'comprehension' || s.kind === 'class') s = s.parent!;
    return s;
  }
}

function resolveName(scope: Scope, name: string): NameRef {
  if (scope.kind === 'module') return { kind: 'global' };
  if (scope.globals.has(name)) return { kind: 'global' };
  if (scope.kind === 'class') {
    if (scope.nonlocals.has(name)) {
      const owner = findEnclosingBinder(scope.parent, name);
      return owner ? { kind: 'classFree', owner } : { kind: 'classLocal' };
    }
    if (scope.bound.has(name)) return { kind: 'classLocal' };
    const owner = findEnclosingBinder(scope.parent, name);
    return owner ? { kind: 'classFree', owner } : { kind: 'classLocal' };
  }
  if (scope.nonlocals.has(name)) {
    const owner = findEnclosingBinder(scope.parent, name);
    return owner ? { kind: 'free', owner } : { kind: 'global' };
  }
  if (scope.bound.has(name)) return { kind: 'local' };
  const owner = findEnclosingBinder(scope.parent, name);
  return owner ? { kind: 'free', owner } : { kind: 'global' };
}

/** The nearest enclosing function-like scope that binds `name` locally (classes are skipped). */
function findEnclosingBinder(s: Scope | null, name: string): Scope | null {
  for (; s; s = s.parent) {
    if (s.kind === 'module') return null;
    if (s.kind === 'class') continue;
    if (s.globals.has(name)) return null;
    if (s.nonlocals.has(name)) continue;
    if (s.bound.has(name)) return s;
  }
  return null;
}

export interface ScopeInfo {
  module: Scope;
  scopeOf: Map<A.Node, Scope>;
  diagnostics: Diagnostic[];
}

/** Builds and resolves the scopes of a module. */
export function analyzeScopes(mod: A.Module, filename: string): ScopeInfo {
  // private names are mangled first, so every later stage sees `_A__x` (idempotent on reuse)
  manglePrivateNames(mod);
  return new ScopeBuilder(filename).build(mod);
}

class ScopeBuilder {
  private scopeOf = new Map<A.Node, Scope>();
  private diagnostics: Diagnostic[] = [];
  private cur!: Scope;
  constructor(private filename: string) {}

  build(mod: A.Module): ScopeInfo {
    const top = new Scope('module', '<module>', '', mod, null);
    this.scopeOf.set(mod, top);
    this.cur = top;
    for (const s of mod.body) this.stmt(s);
    this.resolveAll(top);
    return { module: top, scopeOf: this.scopeOf, diagnostics: this.diagnostics };
  }

  private error(msg: string, pos: A.Pos): void {
    this.diagnostics.push(errorDiagnostic('SyntaxError', msg, this.filename, pos));
  }

  private qual(name: string): string {
    const s = this.cur;
    if (s.kind === 'module') return name;
    if (s.kind === 'class') return `${s.qualname}.${name}`;
    return `${s.qualname}.<locals>.${name}`;
  }

  /** Records one binding site of `name` in the current scope (or, through global/nonlocal, its owner). */
  private bind(name: string, pos: A.Pos): void {
    void pos;
    let s = this.cur;
    if (s.globals.has(name) && s.kind !== 'module') {
      while (s.parent) s = s.parent;
    } else if (s.nonlocals.has(name)) {
      const owner = findEnclosingBinder(s.parent, name);
      if (!owner) return;
      s = owner;
    }
    s.bound.add(name);
    s.bindCount.set(name, (s.bindCount.get(name) ?? 0) + 1);
  }

  private use(name: string): void {
    this.cur.used.add(name);
  }

  private enter<T>(scope: Scope, node: A.Node, f: () => T): T {
    this.scopeOf.set(node, scope);
    const saved = this.cur;
    this.cur = scope;
    try {
      return f();
    } finally {
      this.cur = saved;
    }
  }

  // ---------------------------------------------------------------- statements
  private stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    switch (s.type) {
      case 'FunctionDef': {
        for (const d of s.decorators) this.expr(d);
        this.argDefaults(s.args);
        if (s.returns) this.expr(s.returns);
        this.bind(s.name, s);
        if (this.cur.globals.has(s.name) || this.cur.nonlocals.has(s.name)) {
          // a def through a global/nonlocal declaration is never a provably-fixed callee
        } else if (!this.cur.defs.has(s.name)) this.cur.defs.set(s.name, s);
        const fs = new Scope('function', displayName(s), this.qual(displayName(s)), s, this.cur);
        fs.isAsync = s.isAsync;
        this.enter(fs, s, () => {
          this.params(s.args);
          this.stmts(s.body);
        });
        return;
      }
      case 'ClassDef': {
        for (const d of s.decorators) this.expr(d);
        for (const b of s.bases) this.expr(b);
        for (const k of s.keywords) this.expr(k.value);
        this.bind(s.name, s);
        if (!this.cur.classDefs.has(s.name)) this.cur.classDefs.set(s.name, s);
        const cs = new Scope('class', displayName(s), this.qual(displayName(s)), s, this.cur);
        this.enter(cs, s, () => this.stmts(s.body));
        return;
      }
      case 'Return':
        if (!this.cur.isFunctionLike || this.cur.kind === 'comprehension') this.error("'return' outside function", s);
        if (s.value) this.expr(s.value);
        return;
      case 'Delete':
        for (const t of s.targets) this.target(t, true);
        return;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.target(t);
        return;
      case 'AugAssign':
        this.expr(s.value);
        if (s.target.type === 'Name') this.use(s.target.id);
        this.target(s.target);
        return;
      case 'AnnAssign':
        if (s.value) this.expr(s.value);
        if (s.target.type !== 'Name' || !(this.cur.isFunctionLike)) this.expr(s.annotation);
        if (s.value || s.target.type !== 'Name') this.target(s.target);
        else if (s.simple && s.target.type === 'Name' && this.cur.kind !== 'module' && this.cur.kind !== 'class') {
          // `x: int` in a function makes x local without binding it
          this.cur.bound.add(s.target.id);
        }
        return;
      case 'For':
        if (s.isAsync && !this.inAsync()) this.error("'async for' outside async function", s);
        this.expr(s.iter);
        this.target(s.target);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
        if (s.isAsync && !this.inAsync()) this.error("'async with' outside async function", s);
        for (const it of s.items) {
          this.expr(it.contextExpr);
          if (it.optionalVars) this.target(it.optionalVars);
        }
        this.stmts(s.body);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.excType) this.expr(h.excType);
          if (h.name) this.bind(h.name, h);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Import':
        for (const a of s.names) {
          const name = a.asname ?? (a.quoted ? a.name : a.name.split('.')[0]);
          this.bind(name, a);
          if (a.asname || a.quoted || !a.name.includes('.'))
            this.cur.imports.set(name, { module: a.name, level: 0, quoted: a.quoted, attr: null });
        }
        return;
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') this.error('import * only allowed at module level', s);
            this.cur.hasStarImport = true;
          } else {
            this.bind(a.asname ?? a.name, a);
            this.cur.imports.set(a.asname ?? a.name, { module: s.module ?? '', level: s.level, quoted: s.quoted, attr: a.name });
          }
        }
        return;
      case 'Global':
        for (const n of s.names) {
          const sc = this.cur;
          if (sc.params.includes(n)) this.error(`name '${n}' is parameter and global`, s);
          else if (sc.nonlocals.has(n)) this.error(`name '${n}' is nonlocal and global`, s);
          else if (sc.bound.has(n) && sc.kind !== 'module') this.error(`name '${n}' is assigned to before global declaration`, s);
          else if (sc.used.has(n) && sc.kind !== 'module') this.error(`name '${n}' is used prior to global declaration`, s);
          else if (sc.kind === 'module' && sc.used.has(n)) {
            // legal at module level only when not yet used (CPython still complains)
            this.error(`name '${n}' is used prior to global declaration`, s);
          }
          sc.globals.add(n);
        }
        return;
      case 'Nonlocal':
        for (const n of s.names) {
          const sc = this.cur;
          if (sc.kind === 'module') {
            this.error('nonlocal declaration not allowed at module level', s);
            continue;
          }
          if (sc.params.includes(n)) this.error(`name '${n}' is parameter and nonlocal`, s);
          else if (sc.globals.has(n)) this.error(`name '${n}' is nonlocal and global`, s);
          else if (sc.bound.has(n)) this.error(`name '${n}' is assigned to before nonlocal declaration`, s);
          else if (sc.used.has(n)) this.error(`name '${n}' is used prior to nonlocal declaration`, s);
          sc.nonlocals.add(n);
          this.pendingNonlocal.push({ scope: sc, name: n, pos: s });
        }
        return;
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  private pendingNonlocal: { scope: Scope; name: string; pos: A.Pos }[] = [];

  private inAsync(): boolean {
    let s: Scope | null = this.cur;
    while (s && s.kind === 'comprehension') s = s.parent;
    return !!s && s.kind === 'function' && s.isAsync;
  }

  private argDefaults(a: A.Arguments): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kwDefaults) if (d) this.expr(d);
    for (const p of allArgs(a)) if (p.annotation) this.expr(p.annotation);
  }

  private params(a: A.Arguments): void {
    for (const p of allArgs(a)) {
      if (this.cur.params.includes(p.arg)) this.error(`duplicate argument '${p.arg}' in function definition`, p);
      this.cur.params.push(p.arg);
      this.cur.bound.add(p.arg);
      this.cur.bindCount.set(p.arg, 1);
    }
  }

  // ---------------------------------------------------------------- targets and patterns
  private target(t: A.Expr, del = false): void {
    switch (t.type) {
      case 'Name':
        if (del) {
          this.cur.deleted.add(t.id);
          this.use(t.id);
        }
        this.bind(t.id, t);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, del);
        return;
      case 'Starred':
        this.target(t.value, del);
        return;
      case 'Attribute':
        this.expr(t.value);
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        return;
      default:
        this.expr(t);
    }
  }

  private pattern(p: A.Pattern): void {
    switch (p.type) {
      case 'MatchValue':
        this.expr(p.value);
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.bind(p.rest, p);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwdPatterns) this.pattern(q);
        return;
      case 'MatchStar':
        if (p.name) this.bind(p.name, p);
        return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.bind(p.name, p);
        return;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        return;
    }
  }

  // ---------------------------------------------------------------- expressions
  private expr(e: A.Expr): void {
    switch (e.type) {
      case 'Name':
        if (e.ctx === 'Load') this.use(e.id);
        else this.target(e, e.ctx === 'Del');
        if (e.id === '__class__' || e.id === 'super') this.markClassCell(e.id === 'super');
        return;
      case 'NamedExpr': {
        this.expr(e.value);
        let s: Scope = this.cur;
        while (s.kind === 'comprehension') {
          const n = s.node as ComprehensionNode;
          if (n.generators.some((g) => targetNames(g.target).includes(e.target.id)))
            this.error(`assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`, e.target);
          s = s.parent!;
        }
        if (s.kind === 'class' && s !== this.cur) {
          this.error('assignment expression within a comprehension cannot be used in a class body', e);
          return;
        }
        const saved = this.cur;
        this.cur = s;
        if (s !== saved && s.kind !== 'module' && !s.globals.has(e.target.id) && !s.nonlocals.has(e.target.id)) {
          // the comprehension sees the name as free
        }
        this.bind(e.target.id, e.target);
        this.cur = saved;
        if (s !== saved) {
          // make every comprehension in between treat it as free: it must not be local there
          for (let c: Scope = saved; c !== s; c = c.parent!) c.used.add(e.target.id);
        }
        return;
      }
      case 'Lambda': {
        this.argDefaults(e.args);
        const ls = new Scope('lambda', '<lambda>', this.qual('<lambda>'), e, this.cur);
        this.enter(ls, e, () => {
          this.params(e.args);
          this.expr(e.body);
        });
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        const name = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' }[e.type];
        this.expr(e.generators[0].iter);
        const cs = new Scope('comprehension', name, this.qual(name), e, this.cur);
        cs.isGenerator = e.type === 'GeneratorExp';
        this.enter(cs, e, () => {
          e.generators.forEach((g, i) => {
            if (g.isAsync) this.error('asynchronous comprehension outside of an asynchronous function', g);
            if (i > 0) this.expr(g.iter);
            this.target(g.target);
            for (const c of g.ifs) this.expr(c);
          });
          if (e.type === 'DictComp') {
            this.expr(e.key);
            this.expr(e.value);
          } else this.expr(e.elt);
        });
        return;
      }
      case 'BinOp':
      case 'Subscript':
      case 'Attribute':
      case 'Call': {
        // `a + b + …`, `x[0][0]…`, `a.b.c…`, `f()()…` are left-nested trees as deep as the chain:
        // walk the spine in a loop (children in source order), not one JS recursion per level
        const spine: A.Expr[] = [];
        let head: A.Expr = e;
        for (;;) {
          if (head.type === 'BinOp') spine.push(head), (head = head.left);
          else if (head.type === 'Subscript' || head.type === 'Attribute') spine.push(head), (head = head.value);
          else if (head.type === 'Call') spine.push(head), (head = head.func);
          else break;
        }
        this.expr(head);
        for (let i = spine.length - 1; i >= 0; i--) {
          const n = spine[i];
          if (n.type === 'BinOp') this.expr(n.right);
          else if (n.type === 'Subscript') this.expr(n.slice);
          else if (n.type === 'Call') {
            for (const a of n.args) this.expr(a);
            for (const k of n.keywords) this.expr(k.value);
          }
        }
        return;
      }
      case 'Yield':
      case 'YieldFrom': {
        const s = this.cur;
        if (s.kind === 'comprehension') this.error(`'yield' inside ${s.name.slice(1, -1).replace('comp', ' comprehension').replace('genexpr', 'generator expression')}`, e);
        else if (!s.isFunctionLike) this.error("'yield' outside function", e);
        else {
          s.isGenerator = true;
          if (e.type === 'YieldFrom' && s.isAsync) this.error("'yield from' inside async function", e);
        }
        if (e.value) this.expr(e.value);
        return;
      }
      case 'Await': {
        let s: Scope | null = this.cur;
        if (s.kind === 'module') this.error("'await' outside function", e);
        else if (!this.inAsync()) this.error("'await' outside async function", e);
        this.expr(e.value);
        void s;
        return;
      }
      default:
        forEachChild(e, (c) => {
          if (isExpr(c)) this.expr(c as A.Expr);
          else if (c.type === 'Keyword') this.expr((c as A.Keyword).value);
          else if (c.type === 'Comprehension') throw new Error('unexpected comprehension');
        });
    }
  }

  private markClassCell(isSuper: boolean): void {
    void isSuper;
    let s: Scope | null = this.cur;
    if (s.kind === 'class' || s.kind === 'module') return;
    // the function whose nearest enclosing class provides the cell
    while (s && s.kind !== 'class') {
      s.usesClassCell = true;
      s = s.parent;
    }
    if (s) s.needsClassCell = true;
  }

  // ---------------------------------------------------------------- pass 2
  private resolveAll(top: Scope): void {
    for (const p of this.pendingNonlocal) {
      if (!findEnclosingBinder(p.scope.parent, p.name)) this.error(`no binding for nonlocal '${p.name}' found`, p.pos);
    }
    const visit = (s: Scope) => {
      for (const name of s.used) {
        const r = s.lookup(name);
        if (r.kind === 'free' || r.kind === 'classFree') r.owner.cells.add(name);
      }
      for (const name of s.nonlocals) {
        const r = s.lookup(name);
        if (r.kind === 'free' || r.kind === 'classFree') {
          r.owner.cells.add(name);
        }
      }
      for (const c of s.children) visit(c);
    };
    visit(top);
  }
}

export function allArgs(a: A.Arguments): A.Arg[] {
  const out = [...a.posonlyargs, ...a.args];
  if (a.vararg) out.push(a.vararg);
  out.push(...a.kwonlyargs);
  if (a.kwarg) out.push(a.kwarg);
  return out;
}

export function targetNames(t: A.Expr): string[] {
  switch (t.type) {
    case 'Name':
      return [t.id];
    case 'Tuple':
    case 'List':
      return t.elts.flatMap(targetNames);
    case 'Starred':
      return targetNames(t.value);
    default:
      return [];
  }
}

const EXPR_TYPES = new Set([
  'BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp',
  'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr', 'Constant',
  'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice',
]);
export function isExpr(n: A.Node | { type: string }): boolean {
  return EXPR_TYPES.has(n.type);
}
