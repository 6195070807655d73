// Calling Python callables (runtime ABI §3): function metadata, argument binding with
// CPython's error messages, and the `call*` entry points compiled code uses.
//
// Calling convention of every Python-callable JS function (compiled or builtin): positional
// parameters, then `*args` (a PyTuple), then keyword-only parameters, then `**kwargs` (a PyDict);
// a missing optional argument is `undefined`.
import { typeOf, PyType } from './core';
import { throwError } from './errors';
import { PyTuple, tuple } from './containers/list';
import { PyDict } from './containers/dict';
import { HOLE } from './containers/hashtable';

export interface FnInfo {
  name: string;
  qualname?: string;
  module?: string;
  params?: string[];
  nposonly?: number;
  ndefaults?: number;
  vararg?: string | null;
  kwonly?: string[];
  kwdefaults?: any[];
  kwarg?: string | null;
  kind?: 'function' | 'suspendable' | 'generator' | 'coroutine' | 'asyncgen' | 'builtin';
  /** builtins: CPython's message for a wrong positional count, `{n}` = count given. */
  arityError?: string;
  /** builtin methods: which of CPython's C conventions words their count errors (methodCountError) */
  arityStyle?: ArityStyle;
  /** the docstring (`__doc__`), when the body starts with a string literal. */
  doc?: string;
  /**
   * a builtin *function* (`len`, `math.floor`, a host function), not a method: stored in a
   * class it is not bound to the instance, as CPython's builtin_function_or_method is no
   * descriptor (`class C: f = len` then `C().f(x)` is `len(x)`).
   */
  free?: boolean;
}

/** Normalised metadata stored on the function as `$$info`. */
export interface Info {
  name: string; qualname: string; module: string;
  params: string[]; npos: number; minpos: number; nposonly: number;
  vararg: string | null; kwonly: string[]; kwdefaults: any[]; kwarg: string | null;
  kind: string;
  /** no *args, no keyword-only parameters, no **kwargs: positional calls map 1:1. */
  simple: boolean;
  arityError: string | undefined;
  arityStyle: ArityStyle | undefined;
  doc: string | undefined;
  /** FnInfo.free: never bound when found on a class. */
  free: boolean;
  /**
   * builtins that run Python code: a twin with the same parameters that may return a frame
   * instead of running the code with runSync (ABI §4); the `…S` call helpers use it.
   */
  sus?: Function;
  /** `{fn}()` prefix used in messages: the qualname, as CPython 3.11. */
}

/** Attaches metadata to a JS function and returns it (the function *is* the Python function). */
export function fn<F extends Function>(jsFn: F, info: FnInfo): F {
  return attachInfo(jsFn, fnInfo(info));
}

/**
 * The normalised `$$info` of a function. Compiled code builds it once per `def` site, at module
 * load (hoisted), and `fnAt` shares it between every function object that def makes.
 */
export function fnInfo(info: FnInfo): Info {
  const params = info.params ?? [];
  const kwonly = info.kwonly ?? [];
  const npos = params.length;
  const nd = info.ndefaults ?? 0;
  return {
    name: info.name,
    qualname: info.qualname ?? info.name,
    module: info.module ?? (info.kind === 'builtin' ? 'builtins' : '__main__'),
    params, npos, minpos: npos - nd, nposonly: info.nposonly ?? 0,
    vararg: info.vararg ?? null, kwonly, kwdefaults: info.kwdefaults ?? kwonly.map(() => undefined),
    kwarg: info.kwarg ?? null,
    kind: info.kind ?? 'function',
    simple: !info.vararg && kwonly.length === 0 && !info.kwarg,
    arityError: info.arityError,
    arityStyle: info.arityStyle,
    doc: info.doc,
    free: info.free === true,
  };
}

/**
 * A function object made by executing a compiled `def`/`lambda`: the def site's shared info,
 * or a copy carrying this function's keyword-only defaults (evaluated at `def` time).
 */
export function fnAt<F extends Function>(jsFn: F, shared: Info, kwdefaults?: any[]): F {
  return attachInfo(jsFn, kwdefaults === undefined ? shared : { ...shared, kwdefaults });
}

function attachInfo<F extends Function>(jsFn: F, full: Info): F {
  Object.defineProperty(jsFn, '$$info', { value: full, writable: true, configurable: true });
  // A free function is never called as a method: 0 keeps compiled method calls off the direct
  // path (which passes the instance as the first argument) and on the binding slow path.
  Object.defineProperty(jsFn, '$$ar', { value: full.free ? 0 : arityMask(full), writable: true, configurable: true });
  return jsFn;
}

/**
 * Bit n set when a positional call with n arguments binds 1:1 to the JS parameters (no `*args`,
 * no keyword-only, no `**kwargs`, n within [required, total]): compiled method calls test
 * `(f.$$ar & (1 << n)) !== 0` before calling `f` directly (ABI §2).
 */
function arityMask(info: Info): number {
  if (!info.simple) return 0;
  let m = 0;
  for (let n = info.minpos; n <= info.npos && n < 31; n++) m |= 1 << n;
  return m;
}

/** A builtin function (kind 'builtin'). */
export function builtin<F extends Function>(name: string, params: string[], jsFn: F, extra: Partial<FnInfo> = {}): F {
  return fn(jsFn, { name, params, kind: 'builtin', module: 'builtins', free: true, ...extra });
}

// --- bound methods ---------------------------------------------------------------------------
import { PyObjectBase, builtinType, builtinFunctionType } from './core';
export class PyMethod extends PyObjectBase {
  constructor(readonly fn: any, readonly self: any) { super(); }
}
export const methodType = builtinType('method', null, PyMethod.prototype);
/** A builtin function bound to an object (`[].append`): CPython's builtin_function_or_method. */
export class PyBuiltinMethod extends PyMethod {}
(PyBuiltinMethod.prototype as any).$$cls = builtinFunctionType;
/** `fn` bound to `self`, typed as CPython types it; a free builtin function stays unbound. */
export function bindMethod(fn: any, self: any): any {
  const info = fn.$$info;
  if (info !== undefined && info.free) return fn;
  return info !== undefined && info.kind === 'builtin' ? new PyBuiltinMethod(fn, self) : new PyMethod(fn, self);
}
export const builtinMethodType = methodType;

// --- argument binding --------------------------------------------------------------------------

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * CPython's argument-count messages of C methods, from their calling conventions: 'exact'
 * (METH_NOARGS / METH_O: `list.append() takes exactly one argument (2 given)`), 'clinic'
 * (Argument Clinic, positional-only: `insert expected 2 arguments, got 1`, `pop expected at
 * most 1 argument, got 2`), 'parse' (PyArg_ParseTuple: `count() takes at least 1 argument
 * (0 given)`). `min`/`max`/`given` do not count self.
 */
export type ArityStyle = 'exact' | 'clinic' | 'parse';
export function methodCountError(style: ArityStyle, qualname: string, name: string, min: number, max: number, given: number): never {
  const s = (n: number) => (n === 1 ? '' : 's');
  if (style === 'exact') {
    throwError('TypeError', `${qualname}() takes ${max === 0 ? 'no arguments' : 'exactly one argument'} (${given} given)`);
  }
  const few = given < min;
  const bound = few ? min : max;
  if (style === 'clinic') {
    const how = min === max ? '' : few ? 'at least ' : 'at most ';
    throwError('TypeError', `${name} expected ${how}${bound} argument${s(bound)}, got ${given}`);
  }
  throwError('TypeError', `${name}() takes ${few ? 'at least' : 'at most'} ${bound} argument${s(bound)} (${given} given)`);
}

function tooMany(info: Info, given: number, kwGiven: number): never {
  if (info.arityError) throwError('TypeError', info.arityError.replace('{n}', String(given)));
  if (info.arityStyle) methodCountError(info.arityStyle, info.qualname, info.name, info.minpos - 1, info.npos - 1, given - 1);
  const takes = info.minpos === info.npos ? `${info.npos}` : `from ${info.minpos} to ${info.npos}`;
  const was = given === 1 ? 'was' : 'were';
  let msg = `${info.qualname}() takes ${takes} positional argument${info.npos === 1 && info.minpos === info.npos ? '' : 's'} but ${given} ${was} given`;
  if (kwGiven > 0) {
    msg = `${info.qualname}() takes ${takes} positional argument${info.npos === 1 && info.minpos === info.npos ? '' : 's'} but ${plural(given, 'positional argument')} (and ${plural(kwGiven, 'keyword-only argument')}) were given`;
  }
  throwError('TypeError', msg);
}

/** Binds a call to the JS argument list of `info`'s convention. */
export function bindArgs(info: Info, args: any[], kwnames: string[] | null, kwvalues: any[] | null): any[] {
  const npos = info.npos;
  const nargs = args.length;
  const out: any[] = new Array(npos);
  const nfixed = nargs < npos ? nargs : npos;
  for (let i = 0; i < nfixed; i++) out[i] = args[i];
  let varargs: PyTuple | undefined;
  if (nargs > npos) {
    if (info.vararg === null) {
      let kwOnlyGiven = 0;
      if (kwnames) for (const k of kwnames) if (info.kwonly.includes(k)) kwOnlyGiven++;
      tooMany(info, nargs, kwOnlyGiven);
    }
    varargs = tuple(args.slice(npos));
  } else if (info.vararg !== null) varargs = tuple([]);
  const kwonlyVals: any[] = info.kwonly.map(() => undefined);
  let kwargs: PyDict | undefined;
  if (info.kwarg !== null) kwargs = new PyDict();
  if (kwnames !== null) {
    let posonlyAsKw: string[] | undefined;
    for (let j = 0; j < kwnames.length; j++) {
      const k = kwnames[j];
      const v = kwvalues![j];
      const pi = info.params.indexOf(k);
      if (pi >= info.nposonly) {
        if (out[pi] !== undefined) throwError('TypeError', `${info.qualname}() got multiple values for argument '${k}'`);
        out[pi] = v;
        continue;
      }
      const ki = info.kwonly.indexOf(k);
      if (ki >= 0) {
        if (kwonlyVals[ki] !== undefined) throwError('TypeError', `${info.qualname}() got multiple values for argument '${k}'`);
        kwonlyVals[ki] = v;
        continue;
      }
      if (kwargs !== undefined) {
        if (kwargs.table.find(k) >= 0) throwError('TypeError', `${info.qualname}() got multiple values for keyword argument '${k}'`);
        kwargs.table.set(k, v);
        continue;
      }
      if (info.kind === 'builtin') builtinKeywordError(info, k);
      if (pi >= 0) { (posonlyAsKw ??= []).push(k); continue; }
      throwError('TypeError', `${info.qualname}() got an unexpected keyword argument '${k}'`);
    }
    if (posonlyAsKw) {
      throwError('TypeError', `${info.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
    }
  }
  // Missing required positionals.
  let missing: string[] | undefined;
  for (let i = 0; i < info.minpos; i++) if (out[i] === undefined) (missing ??= []).push(info.params[i]);
  if (missing) {
    if (info.arityError && (kwnames === null || kwnames.length === 0)) throwError('TypeError', info.arityError.replace('{n}', String(nargs)));
    if (info.arityStyle && (kwnames === null || kwnames.length === 0)) methodCountError(info.arityStyle, info.qualname, info.name, info.minpos - 1, info.npos - 1, nargs - 1);
    throwError('TypeError', `${info.qualname}() missing ${plural(missing.length, 'required positional argument')}: ${nameList(missing)}`);
  }
  let missingKw: string[] | undefined;
  for (let i = 0; i < info.kwonly.length; i++) {
    if (kwonlyVals[i] === undefined && info.kwdefaults[i] === undefined) (missingKw ??= []).push(info.kwonly[i]);
  }
  if (missingKw) throwError('TypeError', `${info.qualname}() missing ${plural(missingKw.length, 'required keyword-only argument')}: ${nameList(missingKw)}`);
  if (varargs !== undefined) out.push(varargs);
  for (let i = 0; i < kwonlyVals.length; i++) out.push(kwonlyVals[i]);
  if (kwargs !== undefined) out.push(kwargs);
  return out;
}

/**
 * A keyword a builtin does not take, with CPython's two messages: a builtin whose parameters are
 * all positional-only takes no keywords at all (`list.append() takes no keyword arguments`,
 * `math.floor() ...`); one that takes some names the bad one (`'foo' is an invalid keyword
 * argument for sort()`).
 */
function builtinKeywordError(info: Info, k: string): never {
  if (info.kwonly.length === 0 && info.kwarg === null && info.nposonly >= info.npos) {
    const who = info.module !== 'builtins' && !info.qualname.includes('.') ? `${info.module}.${info.qualname}` : info.qualname;
    throwError('TypeError', `${who}() takes no keyword arguments`);
  }
  throwError('TypeError', `'${k}' is an invalid keyword argument for ${info.name}()`);
}

// --- entry points ------------------------------------------------------------------------------

function notCallable(f: any): never {
  throwError('TypeError', `'${typeOf(f).name}' object is not callable`);
}

/** The general call: any callable, positional args and keyword names/values. */
export function callGeneral(f: any, args: any[], kwnames: string[] | null, kwvalues: any[] | null): any {
  if (typeof f === 'function') {
    const info: Info | undefined = f.$$info;
    if (info === undefined) {
      // A host (embedder) JS function: positional arguments only.
      if (kwnames !== null && kwnames.length) throwError('TypeError', `${f.name || 'function'}() takes no keyword arguments`);
      return f(...args);
    }
    if (info.simple && (kwnames === null || kwnames.length === 0) && args.length <= info.npos && args.length >= info.minpos) {
      return f(...args);
    }
    return f(...bindArgs(info, args, kwnames, kwvalues));
  }
  if (f instanceof PyMethod) return callGeneral(f.fn, [f.self, ...args], kwnames, kwvalues);
  if (f instanceof PyType) return typeCallHook(f, args, kwnames, kwvalues);
  if (f !== null && typeof f === 'object') {
    const c = typeOf(f).proto.$__call__;
    if (c !== undefined && c !== null) return callGeneral(c, [f, ...args], kwnames, kwvalues);
  }
  notCallable(f);
}

let typeCallHook: (cls: PyType, args: any[], kwnames: string[] | null, kwvalues: any[] | null) => any =
  () => throwError('SystemError', 'class calls are not set up (please report a bug in edgepy)');
/** classes.ts installs instantiation here (it depends on this file). */
export function setTypeCall(h: typeof typeCallHook): void { typeCallHook = h; }

export function call0(f: any): any {
  if (typeof f === 'function') {
    const i = f.$$info;
    if (i !== undefined && i.simple && i.minpos === 0) return f();
  }
  return callGeneral(f, [], null, null);
}

export function call1(f: any, a: any): any {
  if (typeof f === 'function') {
    const i = f.$$info;
    if (i !== undefined && i.simple && i.minpos <= 1 && i.npos >= 1) return f(a);
  }
  return callGeneral(f, [a], null, null);
}

export function call2(f: any, a: any, b: any): any {
  if (typeof f === 'function') {
    const i = f.$$info;
    if (i !== undefined && i.simple && i.minpos <= 2 && i.npos >= 2) return f(a, b);
  }
  return callGeneral(f, [a, b], null, null);
}

export function call3(f: any, a: any, b: any, c: any): any {
  if (typeof f === 'function') {
    const i = f.$$info;
    if (i !== undefined && i.simple && i.minpos <= 3 && i.npos >= 3) return f(a, b, c);
  }
  return callGeneral(f, [a, b, c], null, null);
}

export function callN(f: any, args: any[]): any {
  return callGeneral(f, args, null, null);
}

export function callKw(f: any, args: any[], kwnames: string[], kwvalues: any[]): any {
  return callGeneral(f, args, kwnames, kwvalues);
}

/** `f(*args, **kwargs)` after unpacking: `kwargs` is a PyDict of str keys or null. */
export function callEx(f: any, args: any[], kwargs: PyDict | null): any {
  if (kwargs === null || kwargs.table.size === 0) return callGeneral(f, args, null, null);
  const names: string[] = [], vals: any[] = [];
  const t = kwargs.table;
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k === HOLE) continue;
    if (typeof k !== 'string') throwError('TypeError', 'keywords must be strings');
    names.push(k);
    vals.push(t.vals![i]);
  }
  return callGeneral(f, args, names, vals);
}

// --- the `…S` calls (ABI §4): used only by suspendable code ------------------------------------
// Like the plain helpers, but a builtin with a suspendable twin (`$$info.sus`) runs the twin, and
// a builtin class with one (`cls.callS`, e.g. `list(gen)`) runs that, so a callback, a dunder or
// a generator step reached through the builtin can suspend the caller's chain.

/** Records `twin` (same parameters as `f`, may return a frame) as the suspendable form of `f`. */
export function susTwin(f: any, twin: Function): void {
  f.$$info.sus = twin;
}

export function callGeneralS(f: any, args: any[], kwnames: string[] | null, kwvalues: any[] | null): any {
  if (typeof f === 'function') {
    const info: Info | undefined = f.$$info;
    if (info === undefined || info.sus === undefined) return callGeneral(f, args, kwnames, kwvalues);
    const g = info.sus;
    if (info.simple && (kwnames === null || kwnames.length === 0) && args.length <= info.npos && args.length >= info.minpos) {
      return g(...args);
    }
    return g(...bindArgs(info, args, kwnames, kwvalues));
  }
  if (f instanceof PyMethod) return callGeneralS(f.fn, [f.self, ...args], kwnames, kwvalues);
  if (f instanceof PyType) {
    const cs = (f as any).callS;
    if (cs !== undefined) return cs(args, kwnames, kwvalues);
  }
  return callGeneral(f, args, kwnames, kwvalues);
}

export function call0S(f: any): any {
  if (typeof f === 'function') {
    const i = f.$$info;
    if (i !== undefined && i.simple && i.minpos === 0) return i.sus === undefined ? f() : i.sus();
  }
  return callGeneralS(f, [], null, null);
}

export function call1S(f: any, a: any): any {
  if (typeof f === 'function') {
    const i = f.$$info;
    if (i !== undefined && i.simple && i.minpos <= 1 && i.npos >= 1) return i.sus === undefined ? f(a) : i.sus(a);
  }
  return callGeneralS(f, [a], null, null);
}

export function call2S(f: any, a: any, b: any): any {
  if (typeof f === 'function') {
    const i = f.$$info;
    if (i !== undefined && i.simple && i.minpos <= 2 && i.npos >= 2) return i.sus === undefined ? f(a, b) : i.sus(a, b);
  }
  return callGeneralS(f, [a, b], null, null);
}

export function call3S(f: any, a: any, b: any, c: any): any {
  if (typeof f === 'function') {
    const i = f.$$info;
    if (i !== undefined && i.simple && i.minpos <= 3 && i.npos >= 3) return i.sus === undefined ? f(a, b, c) : i.sus(a, b, c);
  }
  return callGeneralS(f, [a, b, c], null, null);
}

export function callNS(f: any, args: any[]): any {
  return callGeneralS(f, args, null, null);
}

export function callKwS(f: any, args: any[], kwnames: string[], kwvalues: any[]): any {
  return callGeneralS(f, args, kwnames, kwvalues);
}

/** Display name of a callable for messages like `f() argument after ** must be a mapping`. */
export function callableName(f: any): string {
  // CPython's _PyObject_FunctionStr: `module.qualname` unless the module is builtins
  if (f instanceof PyMethod) f = f.fn;
  const qualified = (module: any, qualname: string) => (typeof module === 'string' && module !== 'builtins' ? `${module}.${qualname}` : qualname);
  if (typeof f === 'function' && f.$$info) return qualified(f.$$info.module, f.$$info.qualname);
  if (f instanceof PyType) return qualified(f.module, f.qualname);
  return typeOf(f).name + ' object';
}

/** Validates the `x` of a `*x` argument: CPython's message when it is not iterable. */
export function starArg(x: any, f: any): any {
  const p = typeOf(x).proto;
  if (typeof x !== 'string' && p.$__iter__ === undefined && p.$__getitem__ === undefined) {
    throwError('TypeError', `${callableName(f)}() argument after * must be an iterable, not ${typeOf(x).name}`);
  }
  return x;
}
