// Checks CPython makes after parsing, in its symbol-table pass and then its compiler pass, with
// their messages: `'return' outside function`, `'break' outside loop`, `'await' outside async
// function`, nonlocal at module level, duplicate parameters, starred targets, ...
// The symbol-table pass runs over the whole module first, so its errors win over the
// compiler's even when they come later in the file — as in CPython.

import type * as A from '../ast/nodes';
import { syntaxError } from './errors';
import { spanOf } from './build';

type Scope = { kind: 'module' | 'function' | 'class' | 'lambda' | 'comprehension'; isAsync: boolean; params: Set<string>; globals: Set<string>; nonlocals: Set<string> };

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
  const scope: Scope = { kind: 'module', isAsync: false, params: new Set(), globals: new Set(), nonlocals: new Set() };
  for (const s of m.body) symNode(s, scope);
}

function argNames(a: A.Arguments): A.Arg[] {
  const out = [...a.posonlyargs, ...a.args];
  if (a.vararg) out.push(a.vararg);
  out.push(...a.kwonlyargs);
  if (a.kwarg) out.push(a.kwarg);
  return out;
}

function newFunctionScope(args: A.Arguments, kind: Scope['kind'], isAsync: boolean, where: A.Pos): Scope {
  const params = new Set<string>();
  for (const a of argNames(args)) {
    if (params.has(a.arg)) fail(`duplicate argument '${a.arg}' in function definition`, kind === 'lambda' ? where : a);
    params.add(a.arg);
  }
  return { kind, isAsync, params, globals: new Set(), nonlocals: new Set() };
}

function symNode(n: A.Node, scope: Scope): void {
  switch (n.type) {
    case 'FunctionDef': {
      for (const d of n.decorators) symNode(d, scope);
      visitArgsOuter(n.args, scope);
      if (n.returns) symNode(n.returns, scope);
      const inner = newFunctionScope(n.args, 'function', n.isAsync, n);
      for (const s of n.body) symNode(s, inner);
      return;
    }
    case 'Lambda': {
      visitArgsOuter(n.args, scope);
      const inner = newFunctionScope(n.args, 'lambda', false, n);
      symNode(n.body, inner);
      return;
    }
    case 'ClassDef': {
      for (const d of n.decorators) symNode(d, scope);
      for (const b of n.bases) symNode(b, scope);
      for (const k of n.keywords) symNode(k, scope);
      const inner: Scope = { kind: 'class', isAsync: false, params: new Set(), globals: new Set(), nonlocals: new Set() };
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
        if (n.type === 'Global') {
          if (scope.nonlocals.has(name)) fail(`name '${name}' is nonlocal and global`, n);
          scope.globals.add(name);
        } else {
          if (scope.globals.has(name)) fail(`name '${name}' is nonlocal and global`, n);
          scope.nonlocals.add(name);
        }
      }
      return;
    }
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
      const inner: Scope = { kind: 'comprehension', isAsync: scope.isAsync, params: new Set(), globals: new Set(), nonlocals: new Set() };
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
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp': {
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
