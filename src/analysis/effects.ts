// Effect analysis: which Python functions can never suspend.
//
// Suspension starts at the suspending builtins (`sleep`, `receive`, `frame`, `run`, `gather`,
// `with_timeout`), `await`, host-module calls that may be deferred (`network.*`, embedder
// modules), and imports of `.py` modules (their body may suspend). It spreads to callers:
//   - a *direct* call of a known function (a `def` whose name is bound exactly once, by that
//     undecorated `def`, in a module or function scope) suspends iff the callee does;
//   - every other call, method call, operator, iteration, attribute access ... may run some
//     Python function we cannot name. It can only reach a suspending function if that function
//     value *escaped*: was used other than as a direct-call callee (stored, passed, returned,
//     decorated, a lambda), or is a class attribute that the runtime calls by name. So:
//       dyn      = some suspending plain function (not a generator/coroutine: calling those only
//                  creates an object) or suspending builtin/host function escaped;
//       susNames = attribute names under which classes hold suspending functions (methods,
//                  property getters, and — when dyn — any other class attribute);
//       genSus   = some generator body suspends, so iterating an unknown iterable may.
//     An unknown call suspends iff dyn; `o.m()` iff dyn or `m` in susNames; an operator iff one
//     of its dunders is in susNames; iteration iff dyn (a map()/filter() callback), genSus or
//     `__iter__`/`__next__` in susNames; a builtin that runs Python code (callbacks, iteration,
//     dunders: `sorted`, `list`, `print` ...) iff dyn, genSus or any dunder is in susNames — the
//     runtime gives such builtins suspendable twins (ABI §4).
// Every function gets a list of `Op`s (what may suspend) and `Escape`s (what may raise the
// program facts); a monotone fixpoint over all modules of a program computes the facts and each
// function's verdict. `ProgramInfo` carries the facts and the exported functions' kinds across
// modules; without it a module that imports `.py` modules (or is one) assumes dyn.
import type * as A from '../ast/nodes';
import type { Scope, ScopeInfo } from './scopes';
import { forEachChild } from './walk';
import {
  SUSPENDING_BUILTINS, INERT_BUILTINS, hostCallSuspends, hostModuleSuspends, BUILTIN_HOST_MODULES,
  BINOP_DUNDERS, INPLACE_DUNDER, CMP_DUNDERS, UNARY_DUNDERS, TRUTH_DUNDERS, ITER_DUNDERS, CALL_DUNDERS,
  GETATTR_DUNDERS, FORMAT_DUNDERS, WITH_DUNDERS, ITERATING_METHODS,
} from './builtins';

export type FnKind = 'function' | 'suspendable' | 'generator' | 'coroutine' | 'asyncgen';

/** What a dict/set operation runs on the key: its hash, and `==` while probing. */
const HASH_DUNDERS = ['__hash__', '__eq__'];
/**
 * Builtin container methods with suspendable twins, and the dunders of the items they may call
 * (an unknown `o.m()` is also a builtin method when `o` is a list/dict/set).
 */
const METHOD_DUNDERS: Record<string, string[]> = Object.assign(Object.create(null), {
  get: HASH_DUNDERS, pop: HASH_DUNDERS, setdefault: HASH_DUNDERS, update: [...HASH_DUNDERS, 'keys', '__getitem__'],
  fromkeys: HASH_DUNDERS, add: HASH_DUNDERS, discard: HASH_DUNDERS, remove: HASH_DUNDERS,
  index: ['__eq__'], count: ['__eq__'], sort: ['__lt__', '__eq__'],
});
/** Builtin methods with twins that iterate their argument (a sleeping generator suspends them). */
const ITERATING_CONTAINER_METHODS = new Set(['extend', 'update', 'fromkeys']);

export interface ProgramFacts {
  dyn: boolean;
  susNames: string[];
  genSus: boolean;
}

/** Whole-program facts for compiling one module of a multi-module program (see analyzeProgram). */
export interface ProgramInfo {
  facts: ProgramFacts;
  /** per module key (what `resolveImport` returns for it): top-level function name -> kind. */
  exports: Record<string, Record<string, FnKind>>;
}

export type Op =
  | { t: 'always'; line: number; what: string }
  | { t: 'fn'; target: Scope; line: number; what: string }
  | { t: 'extern'; key: string | null; name: string; line: number; what: string }
  | { t: 'dunder'; names: string[]; line: number; what: string }
  | { t: 'dyn'; names: string[]; line: number; what: string; iterates?: boolean }
  | { t: 'runtime'; line: number; what: string }
  | { t: 'iter'; line: number; what: string };

export type Escape =
  | { t: 'fn'; target: Scope }
  | { t: 'always'; what: string }
  | { t: 'method'; name: string }
  | { t: 'extern'; key: string | null; name: string }
  | { t: 'getattr' }
  | { t: 'setattr' }
  | { t: 'classAttr'; name: string };

type RecKind = 'plain' | 'generator' | 'coroutine' | 'asyncgen' | 'class' | 'module';

export interface FnRec {
  scope: Scope;
  kind: RecKind;
  ops: Op[];
  sus: boolean;
  why: string | null;
  /** methods: how the class exposes it */
  method: null | 'method' | 'property' | 'wrapped';
}

/** What a module's imports resolve to: `.py` module key, or a host module name. */
export interface ImportResolver {
  (module: string, quoted: boolean, level: number): { key: string } | { host: string } | null;
}

export interface ModuleFacts {
  key: string;
  recs: Map<Scope, FnRec>;
  escapes: Escape[];
  scopes: ScopeInfo;
  hasPyImports: boolean;
  /** the op each AST node performs (calls, operators, attribute access, ...), for the lowering */
  opAt: Map<A.Node, Op>;
  /** truth tests (`if x`, `and`/`or` operands), keyed by the tested expression */
  truthAt: Map<A.Node, Op>;
  /** iterations (for loops, unpacking, comprehension clauses, `*x`, `yield from`) */
  iterAt: Map<A.Node, Op>;
}

// ------------------------------------------------------------------------------------------
// name resolution shared with the lowering

export type Callee =
  | { t: 'def'; target: Scope; owner: Scope }
  | { t: 'class'; node: A.ClassDef }
  | { t: 'builtin'; name: string }
  | { t: 'host'; module: string; attr: string | null }
  | { t: 'py'; key: string | null; attr: string | null }
  | { t: 'other' };

/** The scope that owns the binding `name` refers to from `scope`, or null for builtins. */
export function ownerOf(scope: Scope, name: string, module: Scope): Scope | 'builtin' | null {
  const r = scope.lookup(name);
  switch (r.kind) {
    case 'local':
      return scope;
    case 'free':
    case 'classFree':
      return r.owner;
    case 'global':
      if (module.bound.has(name) || module.hasStarImport) return module;
      return 'builtin';
    case 'classLocal':
      if (scope.bound.has(name)) return null;
      if (module.bound.has(name) || module.hasStarImport) return module;
      return 'builtin';
  }
}

export function resolveCallee(name: string, scope: Scope, module: Scope, imports: ImportResolver): Callee {
  const owner = ownerOf(scope, name, module);
  if (owner === 'builtin') return { t: 'builtin', name };
  if (owner === null) return { t: 'other' };
  if (owner.bindCount.get(name) !== 1 || owner.kind === 'class') return { t: 'other' };
  if (owner.kind === 'module' && owner.hasStarImport) return { t: 'other' };
  const def = owner.defs.get(name);
  if (def && def.decorators.length === 0) {
    // the def's scope is the child of `owner` whose node is `def`
    const target = owner.children.find((c) => c.node === def);
    if (target) return { t: 'def', target, owner };
  }
  const cls = owner.classDefs.get(name);
  if (cls && cls.decorators.length === 0) return { t: 'class', node: cls };
  const imp = owner.imports.get(name);
  if (imp) {
    const r = imports(imp.module, imp.quoted, imp.level);
    if (r && 'host' in r) return { t: 'host', module: r.host, attr: imp.attr };
    if (r) return { t: 'py', key: r.key, attr: imp.attr };
    return { t: 'py', key: null, attr: imp.attr };
  }
  return { t: 'other' };
}

function recKindOf(s: Scope): RecKind {
  if (s.kind === 'module') return 'module';
  if (s.kind === 'class') return 'class';
  if (s.isAsync && s.isGenerator) return 'asyncgen';
  if (s.isAsync) return 'coroutine';
  if (s.isGenerator) return 'generator';
  return 'plain';
}

// ------------------------------------------------------------------------------------------
// collecting ops and escapes

export function collectModule(key: string, mod: A.Module, scopes: ScopeInfo, imports: ImportResolver): ModuleFacts {
  const facts: ModuleFacts = { key, recs: new Map(), escapes: [], scopes, hasPyImports: false, opAt: new Map(), truthAt: new Map(), iterAt: new Map() };
  const c = new Collector(facts, imports);
  c.scopeBody(scopes.module, mod.body);
  return facts;
}

class Collector {
  private rec!: FnRec;
  private scope!: Scope;
  constructor(private facts: ModuleFacts, private imports: ImportResolver) {}

  private get module(): Scope {
    return this.facts.scopes.module;
  }

  private newRec(scope: Scope): FnRec {
    const rec: FnRec = { scope, kind: recKindOf(scope), ops: [], sus: false, why: null, method: null };
    this.facts.recs.set(scope, rec);
    return rec;
  }

  /** Collects a scope whose body is statements (module, def, class). */
  scopeBody(scope: Scope, body: A.Stmt[]): FnRec {
    return this.within(scope, () => this.stmts(body));
  }

  private within(scope: Scope, f: () => void): FnRec {
    const saved = [this.rec, this.scope] as const;
    this.scope = scope;
    this.rec = this.newRec(scope);
    try {
      f();
      return this.rec;
    } finally {
      [this.rec, this.scope] = saved;
    }
  }

  private op(o: Op, at?: A.Node, map: 'op' | 'truth' | 'iter' = 'op'): void {
    this.rec.ops.push(o);
    if (at) (map === 'op' ? this.facts.opAt : map === 'truth' ? this.facts.truthAt : this.facts.iterAt).set(at, o);
  }
  private esc(e: Escape): void {
    this.facts.escapes.push(e);
  }
  private childScope(node: A.Node): Scope {
    return this.facts.scopes.scopeOf.get(node)!;
  }

  // -------------------------------------------------------------- statements
  private stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    const line = s.line;
    switch (s.type) {
      case 'FunctionDef':
        return this.functionDef(s);
      case 'ClassDef': {
        for (const b of s.bases) this.expr(b);
        for (const k of s.keywords) this.expr(k.value);
        const cs = this.childScope(s);
        this.op({ t: 'fn', target: cs, line, what: `class ${s.name} body` }, s);
        this.scopeBody(cs, s.body);
        for (const d of s.decorators) this.decorator(d, line);
        return;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        return;
      case 'Delete':
        for (const t of s.targets) this.target(t, 'Del');
        return;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.target(t, 'Store');
        if (this.scope.kind === 'class') for (const t of s.targets) if (t.type === 'Name') this.esc({ t: 'classAttr', name: t.id });
        return;
      case 'AugAssign':
        this.expr(s.value);
        this.op({ t: 'dunder', names: [INPLACE_DUNDER[s.op], ...BINOP_DUNDERS[s.op]], line, what: 'augmented assignment' }, s);
        if (s.target.type !== 'Name') {
          this.target({ ...s.target, ctx: 'Load' } as A.Expr, 'Load');
          this.target(s.target, 'Store');
          // the lowering reads and writes through the target node itself: its op covers both
          const tg = s.target;
          if (tg.type === 'Attribute') {
            this.facts.opAt.set(tg, { t: 'dunder', names: [tg.attr, '__setattr__', ...GETATTR_DUNDERS], line, what: `augmented assignment to .${tg.attr}` });
          } else if (tg.type === 'Subscript') {
            this.facts.opAt.set(tg, { t: 'dunder', names: ['__getitem__', '__setitem__', '__index__', '__class_getitem__', ...HASH_DUNDERS], line, what: 'augmented assignment to a subscript' });
          }
        }
        return;
      case 'AnnAssign':
        if (s.value) {
          this.expr(s.value);
          this.target(s.target, 'Store');
        }
        return;
      case 'For':
        this.expr(s.iter);
        if (s.isAsync) this.op({ t: 'always', line, what: 'async for' }, s, 'iter');
        else if (!isLiteralIterable(s.iter, this.scope, this.module)) this.op({ t: 'iter', line, what: 'for loop over an unknown iterable' }, s, 'iter');
        this.target(s.target, 'Store');
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
        this.truth(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'If':
        this.truth(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
        if (s.isAsync) this.op({ t: 'always', line, what: 'async with' });
        for (const it of s.items) {
          this.expr(it.contextExpr);
          this.op({ t: 'dunder', names: WITH_DUNDERS, line, what: 'with statement' }, it);
          if (it.optionalVars) this.target(it.optionalVars, 'Store');
        }
        this.stmts(s.body);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern, line);
          if (c.guard) this.truth(c.guard);
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
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.truth(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom': {
        const mods = s.type === 'Import' ? s.names.map((a) => ({ m: a.name, q: a.quoted, l: 0 })) : [{ m: s.module ?? '', q: s.quoted, l: s.level }];
        for (const m of mods) {
          const r = this.imports(m.m, m.q, m.l);
          if (!r || 'key' in r) {
            this.facts.hasPyImports = true;
            this.op({ t: 'always', line, what: `import of module '${m.m}'` }, s);
          }
        }
        return;
      }
      case 'Expr':
        this.expr(s.value);
        return;
      default:
        return;
    }
  }

  private functionDef(s: A.FunctionDef): void {
    for (const d of s.args.defaults) this.expr(d);
    for (const d of s.args.kwDefaults) if (d) this.expr(d);
    const fs = this.childScope(s);
    const rec = this.scopeBody(fs, s.body);
    if (this.scope.kind === 'class') {
      rec.method = methodKind(s.decorators, this.scope, this.module);
      if (rec.method === 'wrapped') this.esc({ t: 'fn', target: fs });
    } else {
      const callee = resolveCallee(s.name, this.scope, this.module, this.imports);
      if (callee.t !== 'def' || callee.target !== fs) this.esc({ t: 'fn', target: fs });
    }
    for (const d of s.decorators) this.decorator(d, s.line);
  }

  private decorator(d: A.Expr, line: number): void {
    // applying a decorator is a call of the decorator value with one argument
    this.call({ type: 'Call', func: d, args: [], keywords: [], line, col: d.col, endLine: d.endLine, endCol: d.endCol }, line, d);
  }

  private truth(e: A.Expr): void {
    this.expr(e);
    if (!isBoolValued(e)) this.op({ t: 'dunder', names: TRUTH_DUNDERS, line: e.line, what: 'truth test' }, e, 'truth');
  }

  private target(t: A.Expr, ctx: 'Store' | 'Del' | 'Load'): void {
    const line = t.line;
    switch (t.type) {
      case 'Name':
        return;
      case 'Tuple':
      case 'List':
        if (ctx === 'Store') this.op({ t: 'iter', line, what: 'unpacking' }, t, 'iter');
        for (const e of t.elts) this.target(e, ctx);
        return;
      case 'Starred':
        return this.target(t.value, ctx);
      case 'Attribute':
        this.expr(t.value);
        if (ctx === 'Store') {
          this.op({ t: 'dunder', names: [t.attr, '__setattr__'], line, what: `setting .${t.attr}` }, t);
          this.esc({ t: 'classAttr', name: t.attr });
        } else if (ctx === 'Del') this.op({ t: 'dunder', names: [t.attr, '__delattr__'], line, what: `deleting .${t.attr}` }, t);
        else this.op({ t: 'dunder', names: [t.attr, ...GETATTR_DUNDERS], line, what: `reading .${t.attr}` }, t);
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        // a dict subscript hashes the key and compares it with `==` while probing
        this.op({ t: 'dunder', names: [ctx === 'Store' ? '__setitem__' : ctx === 'Del' ? '__delitem__' : '__getitem__', '__index__', '__class_getitem__', ...HASH_DUNDERS], line, what: 'subscript' }, t);
        return;
      default:
        this.expr(t);
    }
  }

  private pattern(p: A.Pattern, line: number): void {
    switch (p.type) {
      case 'MatchValue':
        this.expr(p.value);
        this.op({ t: 'dunder', names: ['__eq__'], line, what: 'match value' }, p);
        return;
      case 'MatchSequence':
        this.op({ t: 'dunder', names: ['__len__', '__getitem__', '__iter__'], line, what: 'sequence pattern' }, p);
        for (const q of p.patterns) this.pattern(q, line);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        this.op({ t: 'dunder', names: ['get', 'keys', '__getitem__', '__len__'], line, what: 'mapping pattern' }, p);
        for (const q of p.patterns) this.pattern(q, line);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        this.op({ t: p.patterns.length ? 'dyn' : 'dunder', names: [...p.kwdAttrs, ...GETATTR_DUNDERS, '__instancecheck__'], line, what: 'class pattern' }, p);
        for (const q of p.patterns) this.pattern(q, line);
        for (const q of p.kwdPatterns) this.pattern(q, line);
        return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern, line);
        return;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q, line);
        return;
      default:
        return;
    }
  }

  // -------------------------------------------------------------- expressions
  private expr(e: A.Expr): void {
    const line = e.line;
    switch (e.type) {
      case 'Name':
        if (e.ctx === 'Load') this.nameValue(e.id);
        return;
      case 'Call':
        return this.call(e, line);
      case 'Attribute':
        if (e.ctx !== 'Load') return this.target(e, e.ctx);
        return this.attrValue(e);
      case 'Subscript':
        return this.target(e, e.ctx === 'Load' ? 'Load' : e.ctx);
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        if (!(isNumberConst(e.left) && isNumberConst(e.right))) this.op({ t: 'dunder', names: BINOP_DUNDERS[e.op], line, what: 'operator' }, e);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        if (!isNumberConst(e.operand)) this.op({ t: 'dunder', names: UNARY_DUNDERS[e.op], line, what: 'unary operator' }, e);
        return;
      case 'Compare':
        this.expr(e.left);
        for (const c of e.comparators) this.expr(c);
        // `x in it` iterates `it` when it has no __contains__: a generator or map() step may suspend
        {
          // list/tuple operands compare their items with `==` before the ordering (and `in` on
          // a dict or set hashes the item)
          const names = [...e.ops.flatMap((o) => CMP_DUNDERS[o]), ...(e.ops.length > 1 ? TRUTH_DUNDERS : []), ...HASH_DUNDERS];
          if (e.ops.some((o) => o === 'In' || o === 'NotIn')) this.op({ t: 'dyn', names, line, what: 'membership test', iterates: true }, e);
          else this.op({ t: 'dunder', names, line, what: 'comparison' }, e);
        }
        return;
      case 'BoolOp':
        for (const v of e.values) this.truth(v);
        return;
      case 'IfExp':
        this.truth(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        return;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.formatSpec) this.expr(e.formatSpec);
        this.op({ t: 'dunder', names: FORMAT_DUNDERS, line, what: 'formatting' }, e);
        return;
      case 'Starred':
        this.expr(e.value);
        this.op({ t: 'iter', line, what: 'star unpacking' }, e, 'iter');
        return;
      case 'Dict': {
        const star = e.keys.some((k) => k === null);
        e.keys.forEach((k, i) => {
          if (k) this.expr(k);
          this.expr(e.values[i]);
        });
        // building the dict hashes the keys (`**m` calls m.keys() and m[k], or iterates a dict)
        this.op({ t: star ? 'dyn' : 'dunder', names: [...HASH_DUNDERS, ...(star ? ['keys', '__getitem__'] : [])], line, what: star ? '** unpacking' : 'dict display', iterates: star }, e);
        return;
      }
      case 'Set':
        for (const x of e.elts) this.expr(x);
        this.op({ t: 'dunder', names: HASH_DUNDERS, line, what: 'set display' }, e);
        return;
      case 'Lambda': {
        for (const d of e.args.defaults) this.expr(d);
        for (const d of e.args.kwDefaults) if (d) this.expr(d);
        const ls = this.childScope(e);
        this.within(ls, () => this.expr(e.body));
        this.esc({ t: 'fn', target: ls });
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        this.expr(e.generators[0].iter);
        const cs = this.childScope(e);
        if (e.type !== 'GeneratorExp') this.op({ t: 'fn', target: cs, line, what: 'comprehension' }, e);
        this.within(cs, () => {
          e.generators.forEach((g, i) => {
            if (i > 0) this.expr(g.iter);
            if (!isLiteralIterable(g.iter, i === 0 ? this.scope.parent! : this.scope, this.module))
              this.op({ t: 'iter', line, what: 'comprehension over an unknown iterable' }, g, 'iter');
            this.target(g.target, 'Store');
            for (const c of g.ifs) this.truth(c);
          });
          if (e.type === 'DictComp') {
            this.expr(e.key);
            this.expr(e.value);
          } else this.expr(e.elt);
          // the result is built by hashing the keys: keyed by the first clause (the node itself
          // carries the comprehension call)
          if (e.type === 'DictComp' || e.type === 'SetComp') this.op({ t: 'dunder', names: HASH_DUNDERS, line, what: 'building the comprehension result' }, e.generators[0]);
        });
        return;
      }
      case 'Await':
        this.expr(e.value);
        this.op({ t: 'always', line, what: 'await' }, e);
        return;
      case 'YieldFrom':
        this.expr(e.value);
        this.op({ t: 'iter', line, what: 'yield from' }, e, 'iter');
        return;
      default:
        forEachChild(e, (c) => {
          if (c.type === 'Keyword') this.expr((c as A.Keyword).value);
          else this.expr(c as A.Expr);
        });
    }
  }

  /** `name` used as a value (not as a direct-call callee): functions it names escape. */
  private nameValue(name: string): void {
    const c = resolveCallee(name, this.scope, this.module, this.imports);
    switch (c.t) {
      case 'def':
        this.esc({ t: 'fn', target: c.target });
        return;
      case 'builtin':
        if (SUSPENDING_BUILTINS.has(name)) this.esc({ t: 'always', what: `builtin ${name} used as a value` });
        else if (name === 'getattr' || name === 'vars') this.esc({ t: 'getattr' });
        else if (name === 'setattr') this.esc({ t: 'setattr' });
        return;
      case 'host':
        if (c.attr === null ? hostModuleSuspends(c.module) : hostCallSuspends(c.module, c.attr))
          this.esc({ t: 'always', what: `host ${c.module} used as a value` });
        return;
      case 'py':
        if (c.attr === null) this.esc({ t: 'always', what: 'module object used as a value' });
        else this.esc({ t: 'extern', key: c.key, name: c.attr });
        return;
      default:
        return;
    }
  }

  private attrValue(e: A.Attribute): void {
    const line = e.line;
    if (e.value.type === 'Name') {
      const c = resolveCallee(e.value.id, this.scope, this.module, this.imports);
      if (c.t === 'host' && c.attr === null) {
        if (hostCallSuspends(c.module, e.attr)) this.esc({ t: 'always', what: `${c.module}.${e.attr} used as a value` });
        return;
      }
      if (c.t === 'py' && c.attr === null) {
        this.esc({ t: 'extern', key: c.key, name: e.attr });
        return;
      }
    }
    this.expr(e.value);
    if (e.attr === '__dict__') this.esc({ t: 'getattr' });
    this.op({ t: 'dunder', names: [e.attr, ...GETATTR_DUNDERS], line, what: `reading .${e.attr}` }, e);
    this.esc({ t: 'method', name: e.attr });
  }

  private call(e: A.Call, line: number, at: A.Node = e): void {
    const f = e.func;
    if (f.type === 'Name') {
      const c = resolveCallee(f.id, this.scope, this.module, this.imports);
      switch (c.t) {
        case 'def':
          this.op({ t: 'fn', target: c.target, line, what: `call of ${f.id}()` }, at);
          break;
        case 'class':
          this.op({ t: 'dunder', names: ['__init__', '__new__'], line, what: `instantiating ${f.id}` }, at);
          break;
        case 'builtin':
          if (SUSPENDING_BUILTINS.has(f.id)) this.op({ t: 'always', line, what: `call of ${f.id}()` }, at);
          else if (!INERT_BUILTINS.has(f.id)) this.op({ t: 'runtime', line, what: `builtin ${f.id}() may run Python code` }, at);
          if (f.id === 'getattr' || f.id === 'vars') this.esc({ t: 'getattr' });
          if (f.id === 'setattr') this.esc({ t: 'setattr' });
          break;
        case 'host':
          if (c.attr === null || hostCallSuspends(c.module, c.attr)) this.op({ t: 'always', line, what: `host call ${c.module}.${c.attr ?? ''}()` }, at);
          break;
        case 'py':
          this.op({ t: 'extern', key: c.key, name: c.attr ?? '', line, what: `call of imported ${f.id}()` }, at);
          break;
        default:
          this.op({ t: 'dyn', names: CALL_DUNDERS, line, what: `call of ${f.id}` }, at);
      }
    } else if (f.type === 'Attribute') {
      let handled = false;
      if (f.value.type === 'Name') {
        const c = resolveCallee(f.value.id, this.scope, this.module, this.imports);
        if (c.t === 'host' && c.attr === null) {
          if (hostCallSuspends(c.module, f.attr)) this.op({ t: 'always', line, what: `host call ${c.module}.${f.attr}()` }, at);
          handled = true;
        } else if (c.t === 'py' && c.attr === null) {
          this.op({ t: 'extern', key: c.key, name: f.attr, line, what: `call of ${f.value.id}.${f.attr}()` }, at);
          handled = true;
        }
      }
      if (!handled) {
        this.expr(f.value);
        if (f.attr === '__dict__') this.esc({ t: 'getattr' });
        // a builtin method may iterate its argument (`sep.join(gen)`, which has a suspendable twin)
        // builtin container methods compare or hash their argument, or iterate it, through
        // suspendable twins (list.index, dict.get, list.extend, ...)
        this.op({
          t: 'dyn', names: [f.attr, ...GETATTR_DUNDERS, ...(METHOD_DUNDERS[f.attr] ?? [])], line, what: `method call .${f.attr}()`,
          iterates: (ITERATING_METHODS.has(f.attr) || ITERATING_CONTAINER_METHODS.has(f.attr)) && e.args.length > 0,
        }, at);
      }
    } else {
      this.expr(f);
      this.op({ t: 'dyn', names: CALL_DUNDERS, line, what: 'call of a computed callee' }, at);
    }
    for (const a of e.args) this.expr(a);
    for (const k of e.keywords) {
      this.expr(k.value);
      if (k.arg === null) this.op({ t: 'dunder', names: ['keys', '__getitem__'], line, what: '** unpacking' });
    }
  }
}

function methodKind(decorators: A.Expr[], cls: Scope, module: Scope): 'method' | 'property' | 'wrapped' {
  let kind: 'method' | 'property' = 'method';
  for (const d of decorators) {
    if (d.type === 'Name' && ownerOf(cls, d.id, module) === 'builtin') {
      if (d.id === 'property') kind = 'property';
      else if (d.id !== 'staticmethod' && d.id !== 'classmethod') return 'wrapped';
    } else if (d.type === 'Attribute' && (d.attr === 'setter' || d.attr === 'getter' || d.attr === 'deleter')) kind = 'property';
    else return 'wrapped';
  }
  return kind;
}

/** Iterables whose iteration runs no Python code: `range(...)` of the builtin, literal displays. */
export function isLiteralIterable(e: A.Expr, scope: Scope, module: Scope): boolean {
  if (e.type === 'List' || e.type === 'Tuple' || e.type === 'Set') return !e.elts.some((x) => x.type === 'Starred');
  if (e.type === 'Constant') return e.value.kind === 'str' || e.value.kind === 'bytes';
  if (e.type === 'Call' && e.func.type === 'Name' && e.func.id === 'range' && ownerOf(scope, 'range', module) === 'builtin') return true;
  return false;
}

function isNumberConst(e: A.Expr): boolean {
  return e.type === 'Constant' && (e.value.kind === 'int' || e.value.kind === 'float' || e.value.kind === 'bool');
}

/** Expressions whose value is a JS boolean the truth test need not convert (no `__bool__` call). */
export function isBoolValued(e: A.Expr): boolean {
  if (e.type === 'UnaryOp' && e.op === 'Not') return true;
  if (e.type === 'Constant') return true;
  if (e.type === 'Compare') return e.ops.every((o) => o === 'Is' || o === 'IsNot' || o === 'In' || o === 'NotIn');
  return false;
}

// ------------------------------------------------------------------------------------------
// the fixpoint

export class EffectSolution {
  dyn = false;
  genSus = false;
  readonly susNames = new Set<string>();
  /** susNames restricted to plain methods (whose `.m` value loads leak a bound method). */
  readonly susMethods = new Set<string>();
  constructor(
    readonly modules: ModuleFacts[],
    readonly info: ProgramInfo | null,
  ) {}

  rec(scope: Scope): FnRec | undefined {
    for (const m of this.modules) {
      const r = m.recs.get(scope);
      if (r) return r;
    }
    return undefined;
  }

  /** The compiled kind of a function-like scope. */
  kindOf(scope: Scope): FnKind {
    const r = this.rec(scope)!;
    switch (r.kind) {
      case 'generator':
      case 'coroutine':
      case 'asyncgen':
        return r.kind;
      case 'module':
        return 'suspendable';
      default:
        return r.sus ? 'suspendable' : 'function';
    }
  }

  dunderSus(names: string[]): boolean {
    if (this.susNames.has('*')) return true;
    for (const n of names) if (this.susNames.has(n)) return true;
    return false;
  }

  private anyDunderSus(): boolean {
    for (const n of this.susNames) if (n === '*' || (n.startsWith('__') && n.endsWith('__'))) return true;
    return false;
  }

  private externKind(key: string | null, name: string): FnKind | 'unknown' {
    if (key !== null) {
      const m = this.modules.find((x) => x.key === key);
      if (m) {
        const top = m.scopes.module;
        if (top.bindCount.get(name) === 1 && !top.hasStarImport) {
          const def = top.defs.get(name);
          const target = def && def.decorators.length === 0 ? top.children.find((c) => c.node === def) : undefined;
          if (target) return this.kindOf(target);
        }
        return 'unknown';
      }
      const k = this.info?.exports[key]?.[name];
      if (k) return k;
    }
    return 'unknown';
  }

  /** Does calling an imported function possibly suspend? */
  externSus(key: string | null, name: string): boolean {
    const k = this.externKind(key, name);
    if (k === 'unknown') return this.info ? this.dyn : true;
    return k === 'suspendable';
  }

  opSus(o: Op): boolean {
    switch (o.t) {
      case 'always':
        return true;
      case 'fn': {
        const r = this.rec(o.target);
        return !!r && (r.kind === 'plain' || r.kind === 'class') && r.sus;
      }
      case 'extern':
        return this.externSus(o.key, o.name);
      case 'dunder':
        return this.dunderSus(o.names);
      case 'dyn':
        return this.dyn || (o.iterates === true && this.genSus) || this.dunderSus(o.names);
      case 'runtime':
        return this.dyn || this.genSus || this.anyDunderSus();
      case 'iter':
        // dyn: the iterable may be a map()/filter() whose callback is an escaped suspending function
        return this.dyn || this.genSus || this.dunderSus(ITER_DUNDERS);
    }
  }

  solve(seed: ProgramFacts | null): void {
    if (seed) {
      this.dyn = seed.dyn;
      this.genSus = seed.genSus;
      for (const n of seed.susNames) this.susNames.add(n);
    }
    for (let changed = true; changed; ) {
      changed = false;
      for (const m of this.modules) {
        for (const r of m.recs.values()) {
          if (r.sus) continue;
          const o = r.ops.find((x) => this.opSus(x));
          if (o) {
            r.sus = true;
            r.why = `${o.what} (line ${o.line})`;
            changed = true;
          }
        }
      }
      if (this.updateFacts()) changed = true;
    }
  }

  private updateFacts(): boolean {
    const before = `${this.dyn}|${this.genSus}|${this.susNames.size}|${this.susMethods.size}`;
    for (const m of this.modules) {
      for (const r of m.recs.values()) {
        if (r.kind === 'generator' && r.sus) this.genSus = true;
        if (r.method && r.kind === 'plain' && r.sus) {
          this.susNames.add(r.scope.name);
          if (r.method !== 'property') this.susMethods.add(r.scope.name);
        }
        if (r.method === 'wrapped' && this.dyn) this.susNames.add(r.scope.name);
      }
      for (const e of m.escapes) {
        switch (e.t) {
          case 'fn': {
            const r = this.rec(e.target);
            if (r && r.kind === 'plain' && r.sus) this.dyn = true;
            break;
          }
          case 'always':
            this.dyn = true;
            break;
          case 'method':
            if (this.susMethods.has(e.name)) this.dyn = true;
            break;
          case 'extern':
            if (this.externSus(e.key, e.name)) this.dyn = true;
            break;
          case 'getattr':
            if (this.susNames.size) this.dyn = true;
            break;
          case 'setattr':
            if (this.dyn) this.susNames.add('*');
            break;
          case 'classAttr':
            if (this.dyn) this.susNames.add(e.name);
            break;
        }
      }
    }
    return before !== `${this.dyn}|${this.genSus}|${this.susNames.size}|${this.susMethods.size}`;
  }

  facts(): ProgramFacts {
    return { dyn: this.dyn, genSus: this.genSus, susNames: [...this.susNames].sort() };
  }

  /** Kinds of a module's fixed top-level functions (for ProgramInfo.exports). */
  exportsOf(m: ModuleFacts): Record<string, FnKind> {
    const out: Record<string, FnKind> = Object.create(null); // names such as `constructor` are user names
    const top = m.scopes.module;
    for (const [name, def] of top.defs) {
      if (top.bindCount.get(name) !== 1 || def.decorators.length) continue;
      const target = top.children.find((c) => c.node === def);
      if (target) out[name] = this.kindOf(target);
    }
    return out;
  }
}

export interface SuspendReportEntry {
  qualname: string;
  line: number;
  kind: FnKind | 'class body' | 'module';
  why: string | null;
}
export interface SuspendReport {
  facts: ProgramFacts;
  functions: SuspendReportEntry[];
}

export function suspendReport(sol: EffectSolution, m: ModuleFacts): SuspendReport {
  const functions: SuspendReportEntry[] = [];
  for (const r of m.recs.values()) {
    if (r.kind === 'module') continue;
    const kind = r.kind === 'class' ? 'class body' : sol.kindOf(r.scope);
    functions.push({ qualname: r.scope.qualname, line: r.scope.node.line, kind, why: r.sus ? r.why : null });
  }
  functions.sort((a, b) => a.line - b.line);
  return { facts: sol.facts(), functions };
}

export { BUILTIN_HOST_MODULES };
