// Checks CPython makes after parsing, in its symbol-table pass and then its compiler pass, with
// their messages: `'return' outside function`, `'break' outside loop`, `'await' outside async
// function`, nonlocal at module level, duplicate parameters, starred targets, ...
// The symbol-table pass runs over the whole module first, so its errors win over the
// compiler's even when they come later in the file — as in CPython.

import type * as A from '../ast/nodes';
import { syntaxError } from './errors';
import { spanOf } from './build';

interface Scope {
  kind: 'module' | 'function' | 'class' | 'lambda' | 'comprehension';
  isAsync: boolean;
  params: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  parent?: Scope;
  assigned?: Set<string>;
  used?: Set<string>;
  nonlocalDecls?: { name: string; at: A.Pos }[];
}

// Every function-like scope made by the current pass, to resolve `nonlocal` at the end.
let allScopes: Scope[] = [];

function makeScope(kind: Scope['kind'], isAsync: boolean, parent: Scope | undefined, params = new Set<string>()): Scope {
  const s: Scope = { kind, isAsync, params, globals: new Set(), nonlocals: new Set(), parent, assigned: new Set(), used: new Set(), nonlocalDecls: [] };
  allScopes.push(s);
  return s;
}

function bindName(scope: Scope, name: string): void {
  scope.assigned!.add(name);
}

function fail(message: string, at: A.Pos): never {
  throw syntaxError(message, spanOf(at));
}

/** Validates the module; `prefixOnly` skips checks that need the whole file. */
export function validateModule(m: A.Module, prefixOnly = false): void {
  void prefixOnly;
  symtablePass(m);
  compilerPass(m);
}

// ------------------------------------------------------------------ generic child walk
function eachChild(n: object, f: (c: A.Node) => void): void {
  for (const key in n) {
    if (key === 'type') continue;
    const v = (n as Record<string, unknown>)[key];
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object' && 'type' in x) f(x as A.Node);
    } else if ('type' in (v as object)) {
      const t = (v as { type: string }).type;
      if (t === 'Arguments') eachChild(v as object, f);
      else f(v as A.Node);
    }
  }
}

// ------------------------------------------------------------------ symbol table checks
function symtablePass(m: A.Module): void {
  allScopes = [];
  const scope = makeScope('module', false, undefined);
  for (const s of m.body) symNode(s, scope);
  for (const sc of allScopes) {
    for (const d of sc.nonlocalDecls!) {
      let p = sc.parent;
      let found = false;
      while (p && p.kind !== 'module') {
        if (p.kind !== 'class' && !p.globals.has(d.name) && (p.params.has(d.name) || p.assigned!.has(d.name) || p.nonlocals.has(d.name))) {
          found = true;
          break;
        }
        p = p.parent;
      }
      if (!found) fail(`no binding for nonlocal '${d.name}' found`, d.at);
    }
  }
}

function argNames(a: A.Arguments): A.Arg[] {
  const out = [...a.posonlyargs, ...a.args];
  if (a.vararg) out.push(a.vararg);
  out.push(...a.kwonlyargs);
  if (a.kwarg) out.push(a.kwarg);
  return out;
}

function newFunctionScope(args: A.Arguments, kind: Scope['kind'], isAsync: boolean, parent: Scope): Scope {
  const params = new Set<string>();
  for (const a of argNames(args)) {
    if (params.has(a.arg)) fail(`duplicate argument '${a.arg}' in function definition`, a);
    params.add(a.arg);
  }
  return makeScope(kind, isAsync, parent, params);
}

function symNode(n: A.Node, scope: Scope): void {
  switch (n.type) {
    case 'FunctionDef': {
      for (const d of n.decorators) symNode(d, scope);
      visitArgsOuter(n.args, scope);
      if (n.returns) symNode(n.returns, scope);
      bindName(scope, n.name);
      const inner = newFunctionScope(n.args, 'function', n.isAsync, scope);
      for (const s of n.body) symNode(s, inner);
      return;
    }
    case 'Lambda': {
      visitArgsOuter(n.args, scope);
      const inner = newFunctionScope(n.args, 'lambda', false, scope);
      symNode(n.body, inner);
      return;
    }
    case 'ClassDef': {
      for (const d of n.decorators) symNode(d, scope);
      for (const b of n.bases) symNode(b, scope);
      for (const k of n.keywords) symNode(k, scope);
      bindName(scope, n.name);
      const inner = makeScope('class', false, scope);
      for (const s of n.body) symNode(s, inner);
      return;
    }
    case 'Global':
    case 'Nonlocal': {
      if (n.type === 'Nonlocal' && scope.kind === 'module') fail('nonlocal declaration not allowed at module level', n);
      for (const name of n.names) {
        if (scope.params.has(name)) {
          fail(`name '${name}' is parameter and ${n.type === 'Global' ? 'global' : 'nonlocal'}`, n);
        }
        const what = n.type === 'Global' ? 'global' : 'nonlocal';
        if (scope.used!.has(name)) fail(`name '${name}' is used prior to ${what} declaration`, n);
        if (scope.assigned!.has(name)) fail(`name '${name}' is assigned to before ${what} declaration`, n);
        if (n.type === 'Global') {
          if (scope.nonlocals.has(name)) fail(`name '${name}' is nonlocal and global`, n);
          scope.globals.add(name);
        } else {
          if (scope.globals.has(name)) fail(`name '${name}' is nonlocal and global`, n);
          scope.nonlocals.add(name);
          scope.nonlocalDecls!.push({ name, at: n });
        }
      }
      return;
    }
    case 'Name':
      if (n.ctx === 'Load') scope.used!.add(n.id);
      else bindName(scope, n.id);
      return;
    case 'Import':
    case 'ImportFrom':
      for (const a of n.names) if (a.name !== '*') bindName(scope, a.asname ?? a.name.split('.')[0]);
      return;
    case 'ExceptHandler':
      if (n.name) bindName(scope, n.name);
      break;
    case 'MatchAs':
    case 'MatchStar':
      if (n.name) bindName(scope, n.name);
      break;
    case 'MatchMapping':
      if (n.rest) bindName(scope, n.rest);
      break;
    case 'Yield':
    case 'YieldFrom':
      if (scope.kind === 'module' || scope.kind === 'class') fail("'yield' outside function", n);
      if (scope.kind === 'comprehension') fail(`'yield' inside ${compKind}`, n);
      break;
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp': {
      // The first iterable belongs to the enclosing scope.
      symNode(n.generators[0].iter, scope);
      const inner = makeScope('comprehension', scope.isAsync, scope);
      const saved = compKind;
      compKind = COMP_NAMES[n.type];
      const iterVars = new Set<string>();
      for (const g of n.generators) collectNames(g.target, iterVars);
      n.generators.forEach((g, i) => {
        symNode(g.target, inner);
        if (i > 0) symNode(g.iter, inner);
        for (const c of g.ifs) symNode(c, inner);
        checkWalrusInIter(g.iter);
      });
      if (n.type === 'DictComp') {
        symNode(n.key, inner);
        symNode(n.value, inner);
      } else symNode(n.elt, inner);
      checkWalrusRebind(n, iterVars);
      compKind = saved;
      return;
    }
  }
  eachChild(n, (c) => symNode(c, scope));
}

let compKind = 'list comprehension';
const COMP_NAMES: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

function visitArgsOuter(a: A.Arguments, scope: Scope): void {
  for (const d of a.defaults) symNode(d, scope);
  for (const d of a.kwDefaults) if (d) symNode(d, scope);
  for (const x of argNames(a)) if (x.annotation) symNode(x.annotation, scope);
}

function collectNames(e: A.Expr, out: Set<string>): void {
  if (e.type === 'Name') out.add(e.id);
  else if (e.type === 'Tuple' || e.type === 'List') for (const x of e.elts) collectNames(x, out);
  else if (e.type === 'Starred') collectNames(e.value, out);
}

function checkWalrusInIter(e: A.Node): void {
  if (e.type === 'NamedExpr') fail('assignment expression cannot be used in a comprehension iterable expression', e);
  if (e.type === 'Lambda' || e.type === 'ListComp' || e.type === 'SetComp' || e.type === 'DictComp' || e.type === 'GeneratorExp') return;
  eachChild(e, checkWalrusInIter);
}

function checkWalrusRebind(comp: A.Node, iterVars: Set<string>): void {
  const walk = (e: A.Node) => {
    if (e.type === 'NamedExpr' && iterVars.has(e.target.id)) {
      fail(`assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`, e);
    }
    if (e.type === 'Lambda') return;
    eachChild(e, walk);
  };
  eachChild(comp, walk);
}

// ------------------------------------------------------------------ compiler checks
interface Ctx {
  fn: 'none' | 'function' | 'async' | 'lambda';
  loop: boolean;
  inFinallyLoop: boolean;
  comprehension: boolean;
  isGenerator: boolean;
}

function compilerPass(m: A.Module): void {
  const ctx: Ctx = { fn: 'none', loop: false, inFinallyLoop: false, comprehension: false, isGenerator: false };
  for (const s of m.body) comp(s, ctx);
}

function containsYield(body: A.Node[]): boolean {
  let found = false;
  const walk = (n: A.Node) => {
    if (found) return;
    if (n.type === 'Yield' || n.type === 'YieldFrom') {
      found = true;
      return;
    }
    if (n.type === 'FunctionDef' || n.type === 'Lambda' || n.type === 'ClassDef') {
      if (n.type === 'FunctionDef') for (const d of n.decorators) walk(d);
      return;
    }
    eachChild(n, walk);
  };
  for (const b of body) walk(b);
  return found;
}

function comp(n: A.Node, ctx: Ctx): void {
  switch (n.type) {
    case 'FunctionDef': {
      for (const d of n.decorators) comp(d, ctx);
      compArgs(n.args, ctx);
      if (n.returns) comp(n.returns, ctx);
      const inner: Ctx = {
        fn: n.isAsync ? 'async' : 'function',
        loop: false,
        inFinallyLoop: false,
        comprehension: false,
        isGenerator: containsYield(n.body),
      };
      for (const s of n.body) comp(s, inner);
      return;
    }
    case 'Lambda': {
      compArgs(n.args, ctx);
      comp(n.body, { fn: 'lambda', loop: false, inFinallyLoop: false, comprehension: false, isGenerator: false });
      return;
    }
    case 'ClassDef': {
      for (const d of n.decorators) comp(d, ctx);
      for (const b of n.bases) comp(b, ctx);
      for (const k of n.keywords) comp(k, ctx);
      const inner: Ctx = { fn: 'none', loop: false, inFinallyLoop: false, comprehension: false, isGenerator: false };
      for (const s of n.body) comp(s, inner);
      return;
    }
    case 'Return':
      if (ctx.fn === 'none') fail("'return' outside function", n);
      if (ctx.fn === 'async' && ctx.isGenerator && n.value) fail("'return' with value in async generator", n);
      break;
    case 'Break':
      if (!ctx.loop) fail("'break' outside loop", n);
      return;
    case 'Continue':
      if (!ctx.loop) fail("'continue' not properly in loop", n);
      return;
    case 'Await':
      if (ctx.fn === 'none' && !ctx.comprehension) fail("'await' outside function", n);
      if (ctx.fn === 'none' && ctx.comprehension) fail("'await' outside function", n);
      if (ctx.fn !== 'async') fail("'await' outside async function", n);
      break;
    case 'For':
    case 'While': {
      if (n.type === 'For') {
        if (n.isAsync && ctx.fn !== 'async') fail("'async for' outside async function", n);
        compTarget(n.target);
        comp(n.target, ctx);
        comp(n.iter, ctx);
      } else comp(n.test, ctx);
      const inner = { ...ctx, loop: true };
      for (const s of n.body) comp(s, inner);
      for (const s of n.orelse) comp(s, ctx);
      return;
    }
    case 'With':
      if (n.isAsync && ctx.fn !== 'async') fail("'async with' outside async function", n);
      for (const it of n.items) if (it.optionalVars) compTarget(it.optionalVars);
      break;
    case 'Assign':
      for (const t of n.targets) compTarget(t);
      break;
    case 'Try': {
      for (let i = 0; i < n.handlers.length - 1; i++) {
        if (!n.handlers[i].excType) fail("default 'except:' must be last", n.handlers[i]);
      }
      break;
    }
    case 'Starred':
      fail("can't use starred expression here", n);
      break;
    case 'Match':
      checkMatch(n);
      break;
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp': {
      if (ctx.fn !== 'async' && n.type !== 'GeneratorExp' && ctx.fn !== 'none' && isAsyncComprehension(n)) {
        fail('asynchronous comprehension outside of an asynchronous function', n);
      }
      const inner: Ctx = { ...ctx, comprehension: true, loop: false };
      n.generators.forEach((g, i) => {
        if (g.isAsync && ctx.fn !== 'async' && n.type !== 'GeneratorExp') {
          fail('asynchronous comprehension outside of an asynchronous function', n);
        }
        compTarget(g.target);
        comp(g.target, inner);
        comp(g.iter, i === 0 ? ctx : inner);
        for (const c of g.ifs) comp(c, inner);
      });
      if (n.type === 'DictComp') {
        comp(n.key, inner);
        comp(n.value, inner);
      } else comp(n.elt, inner);
      return;
    }
  }
  compChildren(n, ctx);
}

// Children, letting `*x` through where CPython allows a starred expression.
function compChildren(n: A.Node, ctx: Ctx): void {
  const starOk =
    n.type === 'List' || n.type === 'Tuple' || n.type === 'Set' || (n.type === 'Call' ? 'args' : null);
  eachChild(n, (c) => {
    if (c.type === 'Starred' && starOk) {
      if (n.type === 'Call' && !n.args.includes(c)) comp(c, ctx);
      else comp(c.value, ctx);
      return;
    }
    if (c.type === 'Starred' && n.type === 'Subscript' && n.slice === c) {
      comp(c.value, ctx);
      return;
    }
    comp(c, ctx);
  });
}

function compArgs(a: A.Arguments, ctx: Ctx): void {
  for (const d of a.defaults) comp(d, ctx);
  for (const d of a.kwDefaults) if (d) comp(d, ctx);
  for (const x of argNames(a)) if (x.annotation) comp(x.annotation, ctx);
}

function compTarget(t: A.Expr): void {
  if (t.type === 'Starred') fail('starred assignment target must be in a list or tuple', t);
  if (t.type === 'Tuple' || t.type === 'List') {
    let stars = 0;
    for (const e of t.elts) if (e.type === 'Starred') stars++;
    if (stars > 1) fail('multiple starred expressions in assignment', t);
    for (const e of t.elts) if (e.type !== 'Starred') compTarget(e);
      else if (e.value.type === 'Tuple' || e.value.type === 'List') compTarget(e.value);
  }
}

function isAsyncComprehension(n: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): boolean {
  if (n.generators.some((g) => g.isAsync)) return true;
  let found = false;
  const walk = (x: A.Node) => {
    if (found) return;
    if (x.type === 'Await') {
      found = true;
      return;
    }
    if (x.type === 'Lambda' || x.type === 'ListComp' || x.type === 'SetComp' || x.type === 'DictComp' || x.type === 'GeneratorExp') return;
    eachChild(x, walk);
  };
  n.generators.forEach((g, i) => {
    if (i > 0) walk(g.iter);
    for (const c of g.ifs) walk(c);
  });
  if (n.type === 'DictComp') {
    walk(n.key);
    walk(n.value);
  } else walk(n.elt);
  return found;
}

// ------------------------------------------------------------------ match statements
function irrefutable(p: A.Pattern): boolean {
  if (p.type === 'MatchAs') return p.pattern === null || irrefutable(p.pattern);
  if (p.type === 'MatchOr') return p.patterns.some(irrefutable);
  return false;
}

function checkMatch(m: A.Match): void {
  m.cases.forEach((c, i) => {
    checkPattern(c.pattern);
    if (i < m.cases.length - 1 && !c.guard && irrefutable(c.pattern)) unreachable(c.pattern);
  });
}

function unreachable(p: A.Pattern): never {
  let q = p;
  while (q.type === 'MatchAs' && q.pattern) q = q.pattern;
  if (q.type === 'MatchOr') q = q.patterns.find(irrefutable)!;
  if (q.type === 'MatchAs' && q.name) fail(`name capture '${q.name}' makes remaining patterns unreachable`, q);
  fail('wildcard makes remaining patterns unreachable', q);
}

/** Names bound by a pattern, failing on duplicates as CPython's compiler does. */
function checkPattern(p: A.Pattern): void {
  bindings(p, new Set());
}

function bindings(p: A.Pattern, names: Set<string>): void {
  const bind = (name: string | null, at: A.Pos) => {
    if (!name) return;
    if (names.has(name)) fail(`multiple assignments to name '${name}' in pattern`, at);
    names.add(name);
  };
  switch (p.type) {
    case 'MatchAs':
      if (p.pattern) bindings(p.pattern, names);
      bind(p.name, p);
      return;
    case 'MatchStar':
      bind(p.name, p);
      return;
    case 'MatchSequence':
      for (const x of p.patterns) bindings(x, names);
      return;
    case 'MatchMapping':
      for (const x of p.patterns) bindings(x, names);
      bind(p.rest, p);
      return;
    case 'MatchClass':
      for (const x of p.patterns) bindings(x, names);
      for (const x of p.kwdPatterns) bindings(x, names);
      return;
    case 'MatchOr': {
      let first: Set<string> | null = null;
      p.patterns.forEach((alt, i) => {
        if (i < p.patterns.length - 1 && irrefutable(alt)) unreachable(alt);
        const own = new Set<string>();
        bindings(alt, own);
        if (first === null) first = own;
        else if (own.size !== first.size || [...own].some((x) => !first!.has(x))) {
          fail('alternative patterns bind different names', alt);
        }
      });
      for (const x of first ?? []) bind(x, p);
      return;
    }
  }
}
