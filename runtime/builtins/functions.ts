// The builtin functions of language.md (CPython 3.11 signatures, keyword arguments, messages).
import { iterToListArray } from '../objects/lengthhint';
import { typeOf, None, PyType, NotImplemented, isSubtype } from '../objects/core';
import { throwError, pyError, PyBaseException, StopIteration } from '../objects/errors';
import { PyList, PyTuple, tuple } from '../objects/containers/list';
import { PyDict } from '../objects/containers/dict';
import { PyBytes } from '../objects/strings/bytes';
import { pyRepr, pyStr } from '../objects/repr';
import { pyHash, identity, exactTupleHash } from '../objects/hash';
import { truthy } from '../objects/truthy';
import { iter, pyIter, loopIter, STOP, PyIterator, iterToArray } from '../objects/iter';
import { getattr, getattrOr, setattr, delattr, hasattr } from '../objects/attrs';
import { callN, call1 } from '../objects/calls';
import { callDunder0, callDunder1 } from '../objects/dunder';
import { len as pyLen } from '../objects/subscript';
import { sortArray } from '../objects/containers/sort';
import { intArg } from '../objects/containers/index_';
import { Frame, runSync } from '../scheduler/frames';
import { writeStdout, readInputLine } from '../scheduler/io';
import { add, pow as numPow } from '../objects/numbers/index';
import { need_pow } from './needs';
import { lt, gt, eq } from '../objects/numbers/compare';
import { numAbs, pyRound, pyDivmod, powMod, intToBase, asInt } from '../objects/numbers/intfuncs';
import { PyFloat } from '../objects/numbers/box';
import { numHash } from '../objects/numbers/hash';
import { formatAny } from '../objects/strings/strformat';
import { asciiEscape } from '../objects/strings/repr';
import { binaryDispatch } from '../objects/protocol';
import { defBuiltin, withTwin } from './namespace';
import {
  twin_print, checkPrintOptions, twin_len, twin_repr, twin_ascii, twin_format, twin_next, twin_all, twin_any, twin_sum, twin_min, twin_max, twin_sorted,
} from './twins';

/** Marks a builtin whose wrapper counts its own arguments as simple (in-range calls stay direct). */
function markSimple(f: any): any {
  f.$$info.simple = true;
  return f;
}

function plain(r: any): any {
  return r instanceof Frame ? runSync(r) : r;
}

function isNone(x: any): boolean {
  return x === undefined || x === None;
}

// --- I/O -------------------------------------------------------------------------------------
/** Text an enclosing print() has converted but not yet written (see print's stdout path). */
let held = '';

function flushHeld(): void {
  if (held) {
    writeStdout(held);
    held = '';
  }
}

export const b_print = /*#__PURE__*/ withTwin(/*#__PURE__*/ defBuiltin('print', [], (args: PyTuple, sep: any, end: any, file: any, flush: any, kw: PyDict) => {
  void flush;
  checkPrintOptions(sep, end, kw);
  const s = isNone(sep) ? ' ' : sep;
  const e = isNone(end) ? '\n' : end;
  const items = args.items;
  if (!isNone(file)) {
    // CPython writes each piece with its own file.write call (sep before each later item).
    const w = getattr(file, 'write');
    for (let i = 0; i < items.length; i++) {
      if (i) plain(callN(w, [s]));
      const x = items[i];
      plain(callN(w, [typeof x === 'string' ? x : pyStr(x)]));
    }
    plain(callN(w, [e]));
    return None;
  }
  // Stdout: one write per print call (embedders receive whole lines), yet the same output as
  // CPython's piecewise writes: text converted before a __str__ that prints (a nested print
  // flushes `held`) or raises is written first.
  flushHeld();
  let out = '';
  try {
    for (let i = 0; i < items.length; i++) {
      if (i) out += s;
      const x = items[i];
      if (typeof x === 'string') out += x;
      else {
        held = out;
        const t = pyStr(x);
        out = held + t;
        held = '';
      }
    }
  } catch (err) {
    flushHeld(); // only __str__ throws here, and `held` is then the unwritten prefix
    throw err;
  }
  writeStdout(out + e);
  return None;
}, { vararg: 'args', kwonly: ['sep', 'end', 'file', 'flush'], kwdefaults: [None, None, None, false], kwarg: 'kw' }), twin_print);

export const b_input = /*#__PURE__*/ defBuiltin('input', ['prompt'], (prompt: any) => {
  flushHeld();
  if (prompt !== undefined) writeStdout(pyStr(prompt));
  const line = readInputLine();
  if (line === null) throwError('EOFError', 'EOF when reading a line');
  return line;
}, { ndefaults: 1, nposonly: 1, arityError: 'input expected at most 1 argument, got {n}' });

/**
 * A one-argument builtin (CPython's METH_O): "len() takes exactly one argument (2 given)" and
 * "len() takes no keyword arguments". The metadata says (optional obj, **kw) but is marked
 * simple, so positional calls stay direct; keywords reach the function only through binding.
 */
function defO(name: string, impl: (x: any) => any): any {
  const f = defBuiltin(name, ['obj'], (x: any, kw: PyDict | undefined) => {
    if (kw !== undefined && kw.table.size) throwError('TypeError', `${name}() takes no keyword arguments`);
    if (x === undefined) throwError('TypeError', `${name}() takes exactly one argument (0 given)`);
    return impl(x);
  }, { ndefaults: 1, nposonly: 1, kwarg: 'kw', arityError: `${name}() takes exactly one argument ({n} given)` });
  f.$$info.simple = true;
  return f;
}

// --- simple queries --------------------------------------------------------------------------
export const b_len = /*#__PURE__*/ withTwin(/*#__PURE__*/ defO('len', (x: any) => pyLen(x)), twin_len);
export const b_repr = /*#__PURE__*/ withTwin(/*#__PURE__*/ defO('repr', (x: any) => pyRepr(x)), twin_repr);
export const b_ascii = /*#__PURE__*/ withTwin(/*#__PURE__*/ defO('ascii', (x: any) => asciiEscape(pyRepr(x))), twin_ascii);
export const b_id = /*#__PURE__*/ defO('id', (x: any) => (x !== null && (typeof x === 'object' || typeof x === 'function') ? identity(x) : valueId(x)));

/** id() of an int, float, str or bool: equal values share one id, distinct values differ. */
const valueIds = new Map<any, number>();
let nextValueId = 0x7e0000000000;
function valueId(x: any): number {
  const key = typeof x === 'string' ? 's' + x : typeof x === 'number' && Object.is(x, -0) ? '-0' : x;
  let id = valueIds.get(key);
  if (id === undefined) { id = nextValueId += 32; valueIds.set(key, id); }
  return id;
}
export const b_callable = /*#__PURE__*/ defO('callable', (x: any) => isCallable(x));

export function isCallable(x: any): boolean {
  if (typeof x === 'function' || x instanceof PyType) return true;
  if (x === null || typeof x !== 'object') return false;
  if (x.$$cls?.name === 'method' && 'fn' in x) return true;
  const c = typeOf(x).proto.$__call__;
  return c !== undefined && c !== null;
}

/** hash(): CPython's values for numbers and tuples of them. */
export function exactHash(x: any): any {
  switch (typeof x) {
    case 'number': case 'boolean': case 'bigint': return numHash(x);
  }
  if (x instanceof PyFloat) return numHash(x);
  if (x === '') return 0; // CPython: the empty string always hashes to 0 (others are randomised)
  if (x instanceof PyTuple && typeOf(x).proto.$__hash__ === tupleHash) {
    return exactTupleHash(x.items.map(exactHash));
  }
  const h = pyHash(x);
  return h;
}
const tupleHash = (new PyTuple([]) as any).$__hash__;
export const b_hash = /*#__PURE__*/ defBuiltin('hash', ['obj'], exactHash, { nposonly: 1, arityError: 'hash() takes exactly one argument ({n} given)' });

export const b_abs = /*#__PURE__*/ defBuiltin('abs', ['x'], (x: any) => {
  const r = numAbs(x);
  if (r !== undefined) return r;
  const f = typeOf(x).proto.$__abs__;
  if (f === undefined || f === null) throwError('TypeError', `bad operand type for abs(): '${typeOf(x).name}'`);
  return callDunder0(f, x);
}, { nposonly: 1, arityError: 'abs() takes exactly one argument ({n} given)' });

export const b_round = /*#__PURE__*/ defBuiltin('round', ['number', 'ndigits'], (x: any, nd: any) => {
  if (typeof x === 'object' && !(x instanceof PyFloat)) {
    const f = typeOf(x).proto.$__round__;
    if (f === undefined || f === null) throwError('TypeError', `type ${typeOf(x).name} doesn't define __round__ method`);
    return nd === undefined ? callDunder0(f, x) : callDunder1(f, x, nd);
  }
  return pyRound(x, nd);
}, { ndefaults: 1 });

export const b_divmod = /*#__PURE__*/ defBuiltin('divmod', ['x', 'y'], (a: any, b: any) => {
  if (isNum(a) && isNum(b)) return pyDivmod(a, b);
  return binaryDispatch('divmod', a, b);
}, { nposonly: 2, arityError: 'divmod expected 2 arguments, got {n}' });

function isNum(x: any): boolean {
  const t = typeof x;
  return t === 'number' || t === 'boolean' || t === 'bigint' || x instanceof PyFloat;
}

export const b_pow = /*#__PURE__*/ defBuiltin('pow', ['base', 'exp', 'mod'], (b: any, e: any, m: any) => {
  need_pow(); // pow is reachable without naming it in a module that never uses `**`
  if (isNone(m)) return numPow(b, e);
  if (isNum(b) && isNum(e) && isNum(m)) return powMod(b, e, m);
  const f = typeOf(b).proto.$__pow__;
  if (f !== undefined && f !== null) {
    const r = plain(callN(f, [b, e, m]));
    if (r !== NotImplemented) return r;
  }
  throwError('TypeError', `unsupported operand type(s) for ** or pow(): '${typeOf(b).name}', '${typeOf(e).name}', '${typeOf(m).name}'`);
}, { ndefaults: 1 });

export const b_bin = /*#__PURE__*/ defBuiltin('bin', ['number'], (x: any) => intToBase(indexOf(x), 2), { nposonly: 1 });
export const b_oct = /*#__PURE__*/ defBuiltin('oct', ['number'], (x: any) => intToBase(indexOf(x), 8), { nposonly: 1 });
export const b_hex = /*#__PURE__*/ defBuiltin('hex', ['number'], (x: any) => intToBase(indexOf(x), 16), { nposonly: 1 });

function indexOf(x: any): any {
  if (x !== null && typeof x === 'object' && !(x instanceof PyFloat)) {
    const f = typeOf(x).proto.$__index__;
    if (f !== undefined && f !== null) return callDunder0(f, x);
  }
  return asInt(x);
}

export const b_chr = /*#__PURE__*/ defBuiltin('chr', ['i'], (i: any) => {
  const n = typeof i === 'number' && Number.isInteger(i) ? i : intArg(i);
  if (n < 0 || n > 0x10ffff) throwError('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
}, { nposonly: 1, arityError: 'chr() takes exactly one argument ({n} given)' });

export const b_ord = /*#__PURE__*/ defBuiltin('ord', ['c'], (c: any) => {
  if (typeof c === 'string') {
    const n = c.length === 2 && c.codePointAt(0)! > 0xffff ? 1 : c.length;
    if (n !== 1) throwError('TypeError', `ord() expected a character, but string of length ${Array.from(c).length} found`);
    return c.codePointAt(0)!;
  }
  const b: Uint8Array | undefined = c instanceof PyBytes ? c.b : undefined;
  if (b !== undefined) {
    if (b.length !== 1) throwError('TypeError', `ord() expected a character, but string of length ${b.length} found`);
    return b[0];
  }
  throwError('TypeError', `ord() expected string of length 1, but ${typeOf(c).name} found`);
}, { nposonly: 1, arityError: 'ord() takes exactly one argument ({n} given)' });

export const b_format = /*#__PURE__*/ withTwin(/*#__PURE__*/ defBuiltin('format', ['value', 'format_spec'], (v: any, spec: any) => {
  const s = spec === undefined ? '' : spec;
  if (typeof s !== 'string') throwError('TypeError', `format() argument 2 must be str, not ${typeOf(s).name}`);
  return formatAny(v, s);
}, { ndefaults: 1, nposonly: 2 }), twin_format);

// --- attributes ------------------------------------------------------------------------------
function attrName(name: any, fname: string): string {
  if (typeof name !== 'string') throwError('TypeError', `${fname}(): attribute name must be string`);
  return name;
}
export const b_getattr = /*#__PURE__*/ defBuiltin('getattr', ['object', 'name', 'default'], (o: any, name: any, dflt: any) => {
  if (typeof name !== 'string') throwError('TypeError', `attribute name must be string, not '${typeOf(name).name}'`);
  if (dflt === undefined) return getattr(o, name);
  try {
    const v = getattrOr(o, name);
    return v === undefined ? dflt : v;
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$$cls, errCls('AttributeError'))) return dflt;
    throw e;
  }
}, { ndefaults: 1, nposonly: 3, arityError: 'getattr expected at least 2 arguments, got {n}' });
export const b_setattr = /*#__PURE__*/ defBuiltin('setattr', ['obj', 'name', 'value'], (o: any, name: any, v: any) => {
  if (typeof name !== 'string') throwError('TypeError', `attribute name must be string, not '${typeOf(name).name}'`);
  setattr(o, name, v);
  return None;
}, { nposonly: 3, arityError: 'setattr expected 3 arguments, got {n}' });
export const b_hasattr = /*#__PURE__*/ defBuiltin('hasattr', ['obj', 'name'], (o: any, name: any) => hasattr(o, attrName(name, 'hasattr')), { nposonly: 2, arityError: 'hasattr expected 2 arguments, got {n}' });
export const b_delattr = /*#__PURE__*/ defBuiltin('delattr', ['obj', 'name'], (o: any, name: any) => {
  if (typeof name !== 'string') throwError('TypeError', `attribute name must be string, not '${typeOf(name).name}'`);
  delattr(o, name);
  return None;
}, { nposonly: 2, arityError: 'delattr expected 2 arguments, got {n}' });
export const b_vars = /*#__PURE__*/ defBuiltin('vars', ['object'], (o: any) => {
  if (o === undefined) throwError('RuntimeError', 'vars() without arguments is not supported');
  // vars(o) is o.__dict__ (CPython looks the attribute up, __getattr__ included)
  const d = getattrOr(o, '__dict__');
  if (d !== undefined) return d;
  throwError('TypeError', 'vars() argument must have __dict__ attribute');
}, { ndefaults: 1, nposonly: 1 });

import { exceptionClasses } from '../objects/errors';
function errCls(name: string): PyType { return exceptionClasses[name]; }

// --- isinstance / issubclass -----------------------------------------------------------------
function classinfoCheck(t: PyType, ci: any, fname: string, argn: number): boolean {
  if (ci instanceof PyType) return t === ci || t.mro.includes(ci);
  if (ci instanceof PyTuple) {
    for (const c of ci.items) if (classinfoCheck(t, c, fname, argn)) return true;
    return false;
  }
  throwError('TypeError', `${fname}() arg ${argn} must be a type, a tuple of types, or a union`);
}

export function isinstance(x: any, ci: any): boolean {
  if (ci instanceof PyType) {
    const t = typeOf(x);
    if (t === ci) return true;
    const ic = ci.$$cls.proto.$__instancecheck__;
    if (ic !== undefined && ic !== null) return truthy(plain(callN(ic, [ci, x])));
    return t.mro.includes(ci);
  }
  return classinfoCheck(typeOf(x), ci, 'isinstance', 2);
}
export const b_isinstance = /*#__PURE__*/ defBuiltin('isinstance', ['obj', 'class_or_tuple'], isinstance, { nposonly: 2, arityError: 'isinstance expected 2 arguments, got {n}' });

export function issubclass(c: any, ci: any): boolean {
  if (!(c instanceof PyType)) throwError('TypeError', 'issubclass() arg 1 must be a class');
  return classinfoCheck(c, ci, 'issubclass', 2);
}
export const b_issubclass = /*#__PURE__*/ defBuiltin('issubclass', ['cls', 'class_or_tuple'], issubclass, { nposonly: 2, arityError: 'issubclass expected 2 arguments, got {n}' });

// --- iteration -------------------------------------------------------------------------------
export const b_iter = /*#__PURE__*/ markSimple(/*#__PURE__*/ defBuiltin('iter', ['object', 'sentinel'], (x: any, sentinel: any, extra: PyTuple | undefined) => {
  if (extra !== undefined && extra.items.length) throwError('TypeError', `iter expected at most 2 arguments, got ${2 + extra.items.length}`);
  if (x === undefined) throwError('TypeError', 'iter expected at least 1 argument, got 0');
  if (sentinel === undefined) return pyIter(x);
  if (!isCallable(x)) throwError('TypeError', 'iter(v, w): v must be callable');
  return new CallableIter(x, sentinel);
}, { ndefaults: 2, nposonly: 2, vararg: 'extra' })); // simple: count errors are raised above

export class CallableIter extends PyIterator {
  done = false;
  constructor(readonly f: any, readonly sentinel: any) { super(); }
  nx(): any {
    if (this.done) return STOP;
    const v = plain(callN(this.f, []));
    if (v === this.sentinel || eq(v, this.sentinel)) { this.done = true; return STOP; }
    return v;
  }
}
import { builtinType } from '../objects/core';
export const callableIterType = /*#__PURE__*/ builtinType('callable_iterator', null, CallableIter.prototype);

export const b_next = /*#__PURE__*/ withTwin(/*#__PURE__*/ defBuiltin('next', ['iterator', 'default'], (it: any, dflt: any) => {
  if (it instanceof PyIterator) {
    const v = it.nx();
    if (v !== STOP) return v;
    if (dflt !== undefined) return dflt;
    const e = pyError('StopIteration');
    const rv = (it as any).returnValue;
    if (rv !== undefined) { e.$$args = [rv]; (e as any).$value = rv; }
    throw e;
  }
  const f = typeOf(it).proto.$__next__;
  if (f === undefined || f === null) throwError('TypeError', `'${typeOf(it).name}' object is not an iterator`);
  if (dflt === undefined) return callDunder0(f, it);
  try {
    return callDunder0(f, it);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$$cls, StopIteration)) return dflt;
    throw e;
  }
}, { ndefaults: 1, nposonly: 2, arityError: 'next expected at least 1 argument, got {n}' }), twin_next);

export const b_all = /*#__PURE__*/ withTwin(/*#__PURE__*/ defBuiltin('all', ['iterable'], (x: any) => {
  const it = iter(x);
  for (let v = it.nx(); v !== STOP; v = it.nx()) if (!truthy(v)) return false;
  return true;
}, { nposonly: 1, arityError: 'all() takes exactly one argument ({n} given)' }), twin_all);
export const b_any = /*#__PURE__*/ withTwin(/*#__PURE__*/ defBuiltin('any', ['iterable'], (x: any) => {
  const it = iter(x);
  for (let v = it.nx(); v !== STOP; v = it.nx()) if (truthy(v)) return true;
  return false;
}, { nposonly: 1, arityError: 'any() takes exactly one argument ({n} given)' }), twin_any);

export const b_sum = /*#__PURE__*/ withTwin(/*#__PURE__*/ defBuiltin('sum', ['iterable', 'start'], (x: any, start: any) => {
  let acc = start === undefined ? 0 : start;
  if (typeof acc === 'string') throwError('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  if (acc !== null && typeof acc === 'object' && typeOf(acc).name === 'bytes') throwError('TypeError', "sum() can't sum bytes [use b''.join(seq) instead]");
  const it = iter(x);
  for (let v = it.nx(); v !== STOP; v = it.nx()) {
    if (typeof acc === 'number' && typeof v === 'number' && Number.isInteger(acc) && Number.isInteger(v)) {
      const r = acc + v;
      acc = r > 9007199254740991 || r < -9007199254740991 ? add(acc, v) : r;
    } else acc = add(acc, v);
  }
  return acc;
}, { ndefaults: 1, nposonly: 1 }), twin_sum);

/** A keyword-only default meaning "optional, no value" (min/max `default=`). */
export const OPTIONAL: any = Object.freeze({ optional: true });

function minmax(name: 'min' | 'max', args: PyTuple, key: any, dflt: any): any {
  const items = args.items;
  let seq: any[];
  if (items.length === 0) throwError('TypeError', `${name} expected at least 1 argument, got 0`);
  if (items.length === 1) seq = iterToArray(items[0]);
  else {
    if (dflt !== undefined) throwError('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
    seq = items;
  }
  if (seq.length === 0) {
    if (dflt !== undefined) return dflt;
    throwError('ValueError', `${name}() arg is an empty sequence`);
  }
  const useKey = !isNone(key);
  let best = seq[0];
  let bestKey = useKey ? plain(call1(key, best)) : best;
  for (let i = 1; i < seq.length; i++) {
    const v = seq[i];
    const k = useKey ? plain(call1(key, v)) : v;
    if (name === 'max' ? gt(k, bestKey) : lt(k, bestKey)) { best = v; bestKey = k; }
  }
  return best;
}
// `default` is optional with no value (OPTIONAL): binding does not report it missing.
export const b_min = /*#__PURE__*/ withTwin(/*#__PURE__*/ defBuiltin('min', [], (args: PyTuple, key: any, dflt: any) => minmax('min', args, key, dflt),
  { vararg: 'args', kwonly: ['key', 'default'], kwdefaults: [None, OPTIONAL] }), twin_min);
export const b_max = /*#__PURE__*/ withTwin(/*#__PURE__*/ defBuiltin('max', [], (args: PyTuple, key: any, dflt: any) => minmax('max', args, key, dflt),
  { vararg: 'args', kwonly: ['key', 'default'], kwdefaults: [None, OPTIONAL] }), twin_max);

export const b_sorted = /*#__PURE__*/ withTwin(/*#__PURE__*/ defBuiltin('sorted', ['iterable'], (x: any, key: any, reverse: any, kw: PyDict) => {
  // CPython checks sort()'s keywords before anything else
  if (kw.table.size) throwError('TypeError', `'${kw.table.liveKeys()[0]}' is an invalid keyword argument for sort()`);
  const items = iterToListArray(x);
  sortArray(items, isNone(key) ? None : key, reverse === undefined ? false : reverse);
  return new PyList(items);
}, { nposonly: 1, kwonly: ['key', 'reverse'], kwdefaults: [None, false], kwarg: 'kw', arityError: 'sorted expected 1 argument, got {n}' }), twin_sorted);

export const b_globals = /*#__PURE__*/ defBuiltin('globals', [], () => { throwError('RuntimeError', 'globals() is not available here'); });
export const b_locals = /*#__PURE__*/ defBuiltin('locals', [], () => { throwError('RuntimeError', 'locals() is not available here'); });

export { tuple, PyDict, loopIter };
