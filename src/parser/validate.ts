// Checks CPython makes after parsing, in its symbol-table pass and then its compiler pass, with
// their messages: `'return' outside function`, `'break' outside loop`, `'await' outside async
// function`, nonlocal at module level, duplicate parameters, starred targets, ...
// The symbol-table pass runs over the whole module first, so its errors win over the
// compiler's even when they come later in the file — as in CPython.

import type * as A from '../ast/nodes';
import { syntaxError } from './errors';
import { spanOf } from './build';
import { pushChildren } from './ast-children';
import { checkAstDepth, MAX_AST_DEPTH } from './depth';

interface Scope {
  kind: 'module' | 'function' | 'class' | 'lambda' | 'comprehension';
  isAsync: boolean;
  // The name sets below are filled only in scopes that hold a `global` or `nonlocal` statement
  // (directly or in a nested def: see `declaring`); nothing else reads them, and filling them
  // for every name of every scope was most of the pass's time.
  params: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  parent?: Scope;
  assigned?: Set<string>;
  used?: Set<string>;
  nonlocalDecls?: { name: string; at: A.Pos }[];
  compKind?: string; // for a comprehension: its name in CPython's messages
  fn?: A.FunctionDef; // for a function scope: its definition
}

// The module, defs and classes holding a `global`/`nonlocal` statement (the builder lists them);
// null: treat every scope as one.
let declaring: ReadonlySet<object> | null = null;
// Functions whose own scope holds a `yield` (CPython's generators), found by the symbol-table
// pass for the compiler pass's `return` check.
let generators = new Set<A.FunctionDef>();
// The module being checked: every error first runs the exact nesting check over it, because a
// too-deep tree is reported before anything else (depth.ts).
let current: A.Module | null = null;

// Every function-like scope made by the current pass, to resolve `nonlocal` at the end.
let allScopes: Scope[] = [];

const NO_NAMES: Set<string> = new Set();

function makeScope(kind: Scope['kind'], isAsync: boolean, parent: Scope | undefined, params: Set<string>, track: boolean): Scope {
  const s = newScope(kind, isAsync, parent, params, track);
  if (track) allScopes.push(s);
  return s;
}

function bindName(scope: Scope, name: string): void {
  if (scope.assigned) scope.assigned.add(name);
}

function fail(message: string, at: A.Pos): never {
  if (current) checkAstDepth(current);
  throw syntaxError(message, spanOf(at));
}

/**
 * Validates the module, and checks its nesting depth (depth.ts) on the way: the symbol-table
 * walk counts levels and runs the exact check when a node comes near the limit, and every
 * error runs it first, so a too-deep tree is still what gets reported.
 * `prefixOnly` skips checks that need the whole file.
 */
export function validateModule(m: A.Module, declaringScopes: ReadonlySet<object> | null = null): void {
  current = m;
  declaring = declaringScopes;
  generators = new Set();
  try {
    symtablePass(m);
    compilerPass(m);
  } finally {
    current = null;
    declaring = null;
    allScopes = [];
    generators = new Set();
  }
}

/** Whether the scope of `n` (module, def or class) must record its names. */
function tracks(n: object): boolean {
  return declaring === null || declaring.has(n);
}

// ------------------------------------------------------------------ walks
// Every walk below keeps its own stack instead of recursing: the AST of a valid program can be
// ~3,000 levels deep (`- - … x`, long `elif` chains), as CPython accepts, and the JS stack
// cannot follow that. Children are pushed in reverse so they pop in source order, which keeps
// the first error the same as CPython's.

/** A step the symbol-table walk runs when it is popped, between the visits of nodes. */
interface SymTask {
  type: '$enterScope' | '$walrusIter' | '$walrusRebind';
  scope?: Scope;
  args?: A.Arguments | null;
  node?: A.Node;
  iterVars?: Set<string>;
}

/** A comprehension's `for` clause in the compiler walk (its checks run in clause order). */
interface CompTask {
  type: '$generator';
  comp: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;
  gen: A.Comprehension;
  index: number;
  outer: Ctx;
  inner: Ctx;
}

// ------------------------------------------------------------------ symbol table checks
function symtablePass(m: A.Module): void {
  allScopes = [];
  const root = makeScope('module', false, undefined, new Set(), tracks(m));
  const nodes: unknown[] = [];
  const scopes: Scope[] = [];
  // AST depth of each pending node (Module = 1), as depth.ts counts it. Only nodes that come
  // near the limit pay for the exact check (once: it throws, or the tree is within the limit).
  const depths: number[] = [];
  let d = 1; // depth of the node being visited
  let depthChecked = false;
  const push = (n: unknown, s: Scope, nd = d + 1) => {
    nodes.push(n);
    scopes.push(s);
    depths.push(nd);
  };
  for (let i = m.body.length - 1; i >= 0; i--) push(m.body[i], root);
  const kids: unknown[] = [];
  // Pushes the children of `n` (in `scope`) so they pop in order.
  const pushKids = (n: A.Node | A.Arguments, scope: Scope) => {
    kids.length = 0;
    pushChildren(n, kids);
    for (let i = 0; i < kids.length; i++) push(kids[i], scope);
  };
  const pushList = (list: readonly (A.Node | null)[], scope: Scope, nd = d + 1) => {
    for (let i = list.length - 1; i >= 0; i--) if (list[i]) push(list[i], scope, nd);
  };
  while (nodes.length > 0) {
    const n = nodes.pop() as A.Node | SymTask;
    const scope = scopes.pop()!;
    d = depths.pop()!;
    // Nodes the walk skips (Arg, Comprehension, Alias) are at most two levels below one it visits.
    if (d > MAX_AST_DEPTH - 4 && !depthChecked) {
      checkAstDepth(m);
      depthChecked = true;
    }
    switch (n.type) {
      case '$enterScope': {
        const t = n as SymTask;
        if (t.args) checkDuplicateArgs(t.args);
        if (t.scope!.assigned) allScopes.push(t.scope!);
        continue;
      }
      case '$walrusIter':
        checkWalrusInIter((n as SymTask).node!);
        continue;
      case '$walrusRebind':
        checkWalrusRebind((n as SymTask).node!, (n as SymTask).iterVars!);
        continue;
      case 'FunctionDef': {
        // Order of CPython's symtable: decorators, defaults and annotations in the enclosing
        // scope, then the new scope (duplicate parameters), then the body.
        bindName(scope, n.name);
        const track = tracks(n);
        const inner = newScope('function', n.isAsync, scope, track ? paramSet(n.args) : NO_NAMES, track);
        inner.fn = n;
        pushList(n.body, inner);
        push({ type: '$enterScope', scope: inner, args: n.args } as SymTask, scope);
        if (n.returns) push(n.returns, scope);
        pushArgsOuter(n.args, scope, push, d + 1);
        pushList(n.decorators, scope);
        continue;
      }
      case 'Lambda': {
        // A lambda holds no statement, so never a declaration nor a def that could have one.
        const inner = newScope('lambda', false, scope, NO_NAMES, false);
        push(n.body, inner);
        push({ type: '$enterScope', scope: inner, args: n.args } as SymTask, scope);
        pushArgsOuter(n.args, scope, push, d + 1);
        continue;
      }
      case 'ClassDef': {
        bindName(scope, n.name);
        const inner = newScope('class', false, scope, new Set(), tracks(n));
        pushList(n.body, inner);
        push({ type: '$enterScope', scope: inner, args: null } as SymTask, scope);
        pushList(n.keywords, scope);
        pushList(n.bases, scope);
        pushList(n.decorators, scope);
        continue;
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
        continue;
      }
      case 'Name':
        if (!scope.used) continue;
        if (n.ctx === 'Load') scope.used.add(n.id);
        else bindName(scope, n.id);
        continue;
      case 'Import':
      case 'ImportFrom':
        if (scope.assigned) for (const a of n.names) if (a.name !== '*') bindName(scope, a.asname ?? a.name.split('.')[0]);
        continue;
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
        if (scope.kind === 'comprehension') fail(`'yield' inside ${scope.compKind}`, n);
        if (scope.fn) generators.add(scope.fn);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        // The first iterable belongs to the enclosing scope; everything else to the new one.
        const inner = newScope('comprehension', scope.isAsync, scope, NO_NAMES, false);
        inner.compKind = COMP_NAMES[n.type];
        const iterVars = new Set<string>();
        for (const g of n.generators) collectNames(g.target, iterVars);
        push({ type: '$walrusRebind', node: n, iterVars } as SymTask, inner);
        if (n.type === 'DictComp') {
          push(n.value, inner);
          push(n.key, inner);
        } else push(n.elt, inner);
        // A clause's parts sit under its Comprehension node: two levels down.
        for (let i = n.generators.length - 1; i >= 0; i--) {
          const g = n.generators[i];
          push({ type: '$walrusIter', node: g.iter } as SymTask, inner);
          pushList(g.ifs, inner, d + 2);
          if (i > 0) push(g.iter, inner, d + 2);
          push(g.target, inner, d + 2);
        }
        push({ type: '$enterScope', scope: inner, args: null } as SymTask, scope);
        push(n.generators[0].iter, scope, d + 2);
        continue;
      }
    }
    pushKids(n as A.Node, scope);
  }
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

function paramSet(args: A.Arguments): Set<string> {
  const params = new Set<string>();
  for (const a of argNames(args)) params.add(a.arg);
  return params;
}

function checkDuplicateArgs(args: A.Arguments): void {
  const list = argNames(args);
  // Parameter lists are short: comparing pairs beats building a Set for each function.
  for (let i = 1; i < list.length; i++) {
    const name = list[i].arg;
    for (let j = 0; j < i; j++) {
      if (list[j].arg === name) fail(`duplicate argument '${name}' in function definition`, list[i]);
    }
  }
}

/** A scope that joins `allScopes` (the order `nonlocal` is resolved in) when its task runs. */
function newScope(kind: Scope['kind'], isAsync: boolean, parent: Scope | undefined, params: Set<string>, track: boolean): Scope {
  if (!track) {
    return { kind, isAsync, params, globals: NO_NAMES, nonlocals: NO_NAMES, parent, assigned: undefined, used: undefined, nonlocalDecls: undefined, compKind: undefined, fn: undefined };
  }
  return { kind, isAsync, params, globals: new Set(), nonlocals: new Set(), parent, assigned: new Set(), used: new Set(), nonlocalDecls: [], compKind: undefined, fn: undefined };
}

const COMP_NAMES: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

/** Defaults, keyword defaults and annotations, which belong to the enclosing scope. */
function pushArgsOuter<S>(a: A.Arguments, scope: S, push: (n: unknown, s: S, depth?: number) => void, depth?: number): void {
  // Annotations sit under their Arg node: one level deeper than the defaults.
  const list = argNames(a);
  for (let i = list.length - 1; i >= 0; i--) {
    const ann = list[i].annotation;
    if (ann) push(ann, scope, depth === undefined ? undefined : depth + 1);
  }
  for (let i = a.kwDefaults.length - 1; i >= 0; i--) if (a.kwDefaults[i]) push(a.kwDefaults[i], scope, depth);
  for (let i = a.defaults.length - 1; i >= 0; i--) push(a.defaults[i], scope, depth);
}

function collectNames(e: A.Expr, out: Set<string>): void {
  if (e.type === 'Name') out.add(e.id);
  else if (e.type === 'Tuple' || e.type === 'List') for (const x of e.elts) collectNames(x, out);
  else if (e.type === 'Starred') collectNames(e.value, out);
}

const SCOPE_EXPRS = new Set(['Lambda', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

function checkWalrusInIter(e: A.Node): void {
  const stack: A.Node[] = [e];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'NamedExpr') fail('assignment expression cannot be used in a comprehension iterable expression', n);
    if (SCOPE_EXPRS.has(n.type)) continue;
    pushChildren(n, stack);
  }
}

function checkWalrusRebind(comp: A.Node, iterVars: Set<string>): void {
  const stack: A.Node[] = [];
  pushChildren(comp, stack);
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.type === 'NamedExpr' && iterVars.has(e.target.id)) {
      fail(`assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`, e);
    }
    if (e.type === 'Lambda') continue;
    pushChildren(e, stack);
  }
}

// ------------------------------------------------------------------ compiler checks
interface Ctx {
  fn: 'none' | 'function' | 'async' | 'lambda';
  loop: boolean;
  inFinallyLoop: boolean;
  comprehension: boolean;
  isGenerator: boolean;
  // Blocks CPython's compiler keeps open here in this code unit (its "fblocks": loops, `with`
  // items, `try` bodies, `except` handlers, `finally` bodies); at most CO_MAXBLOCKS.
  blocks: number;
}

/** CPython's CO_MAXBLOCKS: the compiler refuses a 21st nested block of one function. */
const MAX_BLOCKS = 20;

function enterBlocks(ctx: Ctx, k: number, at: A.Pos): Ctx {
  if (ctx.blocks + k > MAX_BLOCKS) fail('too many statically nested blocks', at);
  return { ...ctx, blocks: ctx.blocks + k };
}

const LAMBDA_CTX: Ctx = { fn: 'lambda', loop: false, inFinallyLoop: false, comprehension: false, isGenerator: false, blocks: 0 };
const CLASS_CTX: Ctx = { fn: 'none', loop: false, inFinallyLoop: false, comprehension: false, isGenerator: false, blocks: 0 };

function compilerPass(m: A.Module): void {
  const top: Ctx = { fn: 'none', loop: false, inFinallyLoop: false, comprehension: false, isGenerator: false, blocks: 0 };
  const nodes: unknown[] = [];
  const ctxs: Ctx[] = [];
  const push = (n: unknown, c: Ctx) => {
    nodes.push(n);
    ctxs.push(c);
  };
  const pushList = (list: readonly (A.Node | null)[], c: Ctx) => {
    for (let i = list.length - 1; i >= 0; i--) if (list[i]) push(list[i], c);
  };
  const kids: unknown[] = [];
  pushList(m.body, top);
  while (nodes.length > 0) {
    const n = nodes.pop() as A.Node | CompTask;
    const ctx = ctxs.pop()!;
    switch (n.type) {
      case '$generator': {
        const { comp, gen: g, index, outer, inner } = n as CompTask;
        if (g.isAsync && outer.fn !== 'async' && comp.type !== 'GeneratorExp') {
          fail('asynchronous comprehension outside of an asynchronous function', comp);
        }
        compTarget(g.target);
        pushList(g.ifs, inner);
        push(g.iter, index === 0 ? outer : inner);
        push(g.target, inner);
        continue;
      }
      case 'FunctionDef': {
        const inner: Ctx = {
          fn: n.isAsync ? 'async' : 'function',
          loop: false,
          inFinallyLoop: false,
          comprehension: false,
          isGenerator: generators.has(n),
          blocks: 0,
        };
        pushList(n.body, inner);
        if (n.returns) push(n.returns, ctx);
        pushArgsOuter(n.args, ctx, push);
        pushList(n.decorators, ctx);
        continue;
      }
      case 'Lambda':
        push(n.body, LAMBDA_CTX);
        pushArgsOuter(n.args, ctx, push);
        continue;
      case 'ClassDef':
        pushList(n.body, CLASS_CTX);
        pushList(n.keywords, ctx);
        pushList(n.bases, ctx);
        pushList(n.decorators, ctx);
        continue;
      case 'Return':
        if (ctx.fn === 'none') fail("'return' outside function", n);
        if (ctx.fn === 'async' && ctx.isGenerator && n.value) fail("'return' with value in async generator", n);
        break;
      case 'Break':
        if (!ctx.loop) fail("'break' outside loop", n);
        continue;
      case 'Continue':
        if (!ctx.loop) fail("'continue' not properly in loop", n);
        continue;
      case 'Await':
        if (ctx.fn === 'none') fail("'await' outside function", n);
        if (ctx.fn !== 'async') fail("'await' outside async function", n);
        break;
      case 'For':
      case 'While': {
        const loop = enterBlocks(ctx, 1, n);
        loop.loop = true;
        pushList(n.orelse, ctx);
        pushList(n.body, loop);
        if (n.type === 'For') {
          if (n.isAsync && ctx.fn !== 'async') fail("'async for' outside async function", n);
          compTarget(n.target);
          push(n.iter, ctx);
          push(n.target, ctx);
        } else push(n.test, ctx);
        continue;
      }
      case 'With': {
        if (n.isAsync && ctx.fn !== 'async') fail("'async with' outside async function", n);
        for (const it of n.items) if (it.optionalVars) compTarget(it.optionalVars);
        // One block per item (`with a, b:` is two nested `with`s).
        pushList(n.body, enterBlocks(ctx, n.items.length, n));
        pushList(n.items, ctx);
        continue;
      }
      case 'Assign':
        for (const t of n.targets) compTarget(t);
        break;
      case 'Try': {
        for (let i = 0; i < n.handlers.length - 1; i++) {
          if (!n.handlers[i].excType) fail("default 'except:' must be last", n.handlers[i]);
        }
        // CPython's blocks: FINALLY_TRY around everything but `finally` (whose body runs in
        // FINALLY_END), TRY_EXCEPT around the body; handlers add their own (ExceptHandler).
        const fin = n.finalbody.length > 0 ? enterBlocks(ctx, 1, n) : ctx;
        const body = n.handlers.length > 0 ? enterBlocks(fin, 1, n) : fin;
        pushList(n.finalbody, fin);
        pushList(n.orelse, n.finalbody.length > 0 ? fin : ctx);
        pushList(n.handlers, fin.blocks < MAX_BLOCKS ? { ...fin, blocks: fin.blocks + 1 } : fin); // EXCEPTION_HANDLER
        pushList(n.body, body);
        continue;
      }
      case 'ExceptHandler': {
        // HANDLER_CLEANUP around the handler's body.
        const inner = enterBlocks(ctx, 1, n);
        pushList(n.body, inner);
        if (n.excType) push(n.excType, ctx);
        continue;
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
        const inner: Ctx = { ...ctx, comprehension: true, loop: false, blocks: 0 };
        if (n.type === 'DictComp') {
          push(n.value, inner);
          push(n.key, inner);
        } else push(n.elt, inner);
        for (let i = n.generators.length - 1; i >= 0; i--) {
          push({ type: '$generator', comp: n, gen: n.generators[i], index: i, outer: ctx, inner } as CompTask, ctx);
        }
        continue;
      }
    }
    // Children, letting `*x` through where CPython allows a starred expression: elements of
    // list/tuple/set displays, positional call arguments, a subscript's slice.
    const node = n as A.Node;
    const t = node.type;
    kids.length = 0;
    pushChildren(node, kids);
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i] as A.Node;
      if (c.type === 'Starred') {
        const ok =
          t === 'List' || t === 'Tuple' || t === 'Set' ||
          (t === 'Call' && (node as A.Call).func !== c) ||
          (t === 'Subscript' && (node as A.Subscript).slice === c);
        push(ok ? c.value : c, ctx);
      } else push(c, ctx);
    }
  }
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
  const stack: A.Node[] = [];
  n.generators.forEach((g, i) => {
    if (i > 0) stack.push(g.iter);
    for (const c of g.ifs) stack.push(c);
  });
  if (n.type === 'DictComp') stack.push(n.key, n.value);
  else stack.push(n.elt);
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x.type === 'Await') return true;
    if (SCOPE_EXPRS.has(x.type)) continue;
    pushChildren(x, stack);
  }
  return false;
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
