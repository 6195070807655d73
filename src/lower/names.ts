// Loads, stores and deletes of Python names (ABI §7), by where the scope analysis says they live.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { type FnCtx, id, str, rt, rtCall, pyProp, assign, undef, hoist, jsLocal } from './context';
import { EXPORTED_BUILTINS, EXCEPTION_BUILTINS, SCHEDULER_BUILTINS } from '../../runtime/builtins/names';

/**
 * Where compiled code reads each builtin (runtime/builtins/names.ts): its own runtime export
 * (`$rt.b_len`, so a bundle keeps only the builtins its program names), the exception classes
 * and the concurrency builtins from their runtime tables. Read once per module (a hoisted const).
 */
function builtinValue(name: string): t.Expression | null {
  if (EXPORTED.has(name)) return rt('b_' + name);
  if (EXCEPTIONS.has(name)) return t.memberExpression(rt('exceptionClasses'), id(name));
  if (SCHEDULER.has(name)) return t.memberExpression(rt('schedulerBuiltins'), id(name));
  return null;
}
const EXPORTED = new Set(EXPORTED_BUILTINS);
const EXCEPTIONS = new Set(EXCEPTION_BUILTINS);
const SCHEDULER = new Set(SCHEDULER_BUILTINS);

function hoistedBuiltin(cx: FnCtx, name: string): t.Expression | null {
  const value = builtinValue(name);
  if (value === null) return null;
  return id(hoist(cx.env, 'builtin:' + name, 'b_' + name + '_', () => value));
}

export function builtinRef(cx: FnCtx, name: string): t.Expression {
  const b = hoistedBuiltin(cx, name);
  if (b) return b;
  // a name no module-level statement binds: usually a typo, so the NameError gets what
  // CPython's "Did you mean" needs (this function's local names; globals are read at print time)
  const locals = cx.scope.kind === 'module' ? [] : [...new Set([...cx.scope.params, ...cx.scope.bound])].filter((n) => cx.scope.lookup(n).kind === 'local');
  const names = hoist(cx.env, 'localnames:' + locals.join(','), 'names', () => t.arrayExpression(locals.map(str)));
  return rtCall('gnameHint', [pyProp(id('$g'), name), str(name), id('$g'), id(names)]);
}

function globalLoad(cx: FnCtx, name: string): t.Expression {
  const env = cx.env;
  const fixed = env.fixedGlobals.get(name);
  if (fixed) return id(fixed);
  const top = env.scopes.module;
  if (!top.bound.has(name) && !top.hasStarImport) return builtinRef(cx, name);
  // a global that may be unbound: its value, else the builtin of that name, else NameError
  const b = hoistedBuiltin(cx, name);
  if (b === null) return rtCall('gname', [pyProp(id('$g'), name), str(name)]);
  const tmp = cx.tmp();
  const out = t.conditionalExpression(t.binaryExpression('!==', assign(id(tmp), pyProp(id('$g'), name)), undef()), id(tmp), b);
  cx.free(tmp);
  return out;
}

/** `(x !== undefined ? x : $rt.unboundLocal("x"))` unless x is provably bound. */
function checked(js: string, fail: string, name: string): t.Expression {
  return t.conditionalExpression(t.binaryExpression('!==', id(js), undef()), id(js), rtCall(fail, [str(name)]));
}

export function loadName(cx: FnCtx, name: string): t.Expression {
  if (name === '__class__') {
    const cell = classCellFor(cx);
    if (cell) return id(cell);
  }
  const ref = cx.scope.lookup(name);
  switch (ref.kind) {
    case 'global':
      return globalLoad(cx, name);
    case 'local':
      if (cx.bound.has(name)) return id(jsLocal(name));
      return checked(jsLocal(name), 'unboundLocal', name);
    case 'free':
      if (cx.safeFree.has(name)) return id(jsLocal(name));
      return checked(jsLocal(name), 'unboundFree', name);
    case 'classLocal':
    case 'classFree': {
      const tmp = cx.tmp();
      const fallback = ref.kind === 'classFree' ? checked(jsLocal(name), 'unboundFree', name) : globalLoad(cx, name);
      return t.conditionalExpression(
        t.binaryExpression('!==', assign(id(tmp), pyProp(id(cx.nsVar!), name)), undef()),
        id(tmp),
        fallback,
      );
    }
  }
}

/** An assignment expression storing `value` into the name (its value is `value`). */
export function storeName(cx: FnCtx, name: string, value: t.Expression): t.Expression {
  const ref = cx.scope.lookup(name);
  switch (ref.kind) {
    case 'global':
      return assign(pyProp(id('$g'), name), value);
    case 'local':
      cx.bound.add(name);
      return assign(id(jsLocal(name)), value);
    case 'free':
      return assign(id(jsLocal(name)), value);
    case 'classLocal':
    case 'classFree':
      return assign(pyProp(id(cx.nsVar!), name), value);
  }
}

export function deleteName(cx: FnCtx, name: string, p: A.Pos): t.Statement[] {
  const ref = cx.scope.lookup(name);
  const at = <T extends t.Node>(n: T): T => {
    n.loc = { start: { line: p.line, column: p.col, index: 0 }, end: { line: p.endLine, column: p.endCol, index: 0 }, filename: cx.env.filename, identifierName: undefined };
    return n;
  };
  switch (ref.kind) {
    case 'global':
      return [at(t.expressionStatement(rtCall('delGlobal', [id('$g'), str(name)])))];
    case 'classLocal':
    case 'classFree':
      return [at(t.expressionStatement(rtCall('delGlobal', [id(cx.nsVar!), str(name)])))];
    case 'local':
    case 'free': {
      const js = jsLocal(name);
      const fail = ref.kind === 'local' ? 'unboundLocal' : 'unboundFree';
      cx.bound.delete(name);
      return [
        at(t.ifStatement(t.binaryExpression('===', id(js), undef()), t.expressionStatement(rtCall(fail, [str(name)])))),
        at(t.expressionStatement(assign(id(js), undef()))),
      ];
    }
  }
}

/** The JS variable holding the `__class__` cell visible from this function, if any. */
export function classCellFor(cx: FnCtx): string | null {
  for (let s = cx.scope.parent; s; s = s.parent) {
    if (s.kind === 'class') return cx.env.classCells.get(s) ?? null;
  }
  return null;
}
