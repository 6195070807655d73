// The `…S` twins of the operator helpers (runtime ABI §4): the compiler calls `addS(a, b)` etc.
// where the operation may run a suspendable dunder; the result may be a frame to drive with
// `yield*`. Operands that are not instances of user classes can only run builtin code, so they
// take the plain helper (no frame, no generator allocated).
import { typeOf, NotImplemented, PyType, objectProto } from './core';
import { throwError } from './errors';
import { Frame } from '../scheduler/frames';
import { callDunderS } from './dunder';
import { callGeneral, callGeneralS } from './calls';
import { callMethod, callMethodKw } from './attrs';
import { PyModule } from '../program/module';
import { PyProperty, PyClassMethod } from './descriptors';
import * as num from './numbers/index';
import { binaryDispatch, inplaceDispatch, unaryDispatch } from './protocol';
import { truthy, lenResult } from './truthy';
import { getitem, setitem, delitem, contains, len } from './subscript';
import { getattr, setattr, delattr, getattrOr } from './attrs';
import { pyRepr, pyStr } from './repr';
import { containerRepr, containerReprMaySuspend } from './containerreprsus';
import { formatAny } from './strings/strformat';
import { asciiEscape } from './strings/repr';
import { iter, nextS, STOP, UserIter, PyIterator, iterToArray } from './iter';
import { unpack, unpackStar, unpackIter } from './compiled';
import { PyList, listType, tupleType } from './containers/list';
import { PyDict } from './containers/dict';
import { PySetBase } from './containers/set';
import { DictView } from './containers/dictmethods';
import { None } from './core';
import { keyMaySuspend, keyEqS } from './containers/hashsus';
import { dictGetItemS, dictSetItemS, dictDelItemS, tableContainsS } from './containers/mapsus';
import { seqContainsS, seqRichCompareS } from './containers/seqsus';
import { lengthHintTarget, lengthHintFailed, iterToListArray } from './lengthhint';

/** Whether x is an instance (or class) whose special methods may be Python code. */
function user(x: any): boolean {
  if (x === null || typeof x !== 'object') return false;
  if (x instanceof PyType) return x.$$cls.user === true;
  const c = x.$$cls;
  return c !== undefined && c.user === true;
}

/** `f(r)` now, or after the frame `r` finishes (as a frame). */
function then(r: any, f: (v: any) => any): any {
  return r instanceof Frame ? thenGen(r, f) : f(r);
}
function* thenGen(r: Generator, f: (v: any) => any): Generator<any, any, any> {
  return f(yield* r);
}

function drive(r: any): Generator<any, any, any> | any {
  return r;
}

// --- binary operators ----------------------------------------------------------------------------
const BIN: Record<string, [string, string, string]> = {
  '+': ['$__add__', '$__radd__', '$__iadd__'], '-': ['$__sub__', '$__rsub__', '$__isub__'],
  '*': ['$__mul__', '$__rmul__', '$__imul__'], '@': ['$__matmul__', '$__rmatmul__', '$__imatmul__'],
  '/': ['$__truediv__', '$__rtruediv__', '$__itruediv__'], '//': ['$__floordiv__', '$__rfloordiv__', '$__ifloordiv__'],
  '%': ['$__mod__', '$__rmod__', '$__imod__'], '**': ['$__pow__', '$__rpow__', '$__ipow__'],
  '<<': ['$__lshift__', '$__rlshift__', '$__ilshift__'], '>>': ['$__rshift__', '$__rrshift__', '$__irshift__'],
  '&': ['$__and__', '$__rand__', '$__iand__'], '|': ['$__or__', '$__ror__', '$__ior__'], '^': ['$__xor__', '$__rxor__', '$__ixor__'],
};

/** Generator mirror of protocol.binaryDispatch/inplaceDispatch for user operands. */
function* binaryGen(op: string, a: any, b: any, inplace: boolean): Generator<any, any, any> {
  const names = BIN[op];
  if (inplace) {
    const fi = typeOf(a).proto[names[2]];
    if (fi !== undefined && fi !== null) {
      let r = callDunderS(fi, a, [b]);
      if (r instanceof Frame) r = yield* r;
      if (r !== NotImplemented) return r;
    }
  }
  const ta = typeOf(a), tb = typeOf(b);
  const fa = ta.proto[names[0]];
  let fb = ta === tb ? undefined : tb.proto[names[1]];
  if (fb !== undefined && fb === ta.proto[names[1]]) fb = undefined;
  if (fb !== undefined && fb !== null && tb.mro.includes(ta)) {
    let r = callDunderS(fb, b, [a]);
    if (r instanceof Frame) r = yield* r;
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined && fa !== null) {
    let r = callDunderS(fa, a, [b]);
    if (r instanceof Frame) r = yield* r;
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined && fb !== null) {
    let r = callDunderS(fb, b, [a]);
    if (r instanceof Frame) r = yield* r;
    if (r !== NotImplemented) return r;
  }
  // No suspendable method applied: the plain path reports the error.
  return inplace ? inplaceDispatch(op + '=', a, b) : binaryDispatch(op, a, b);
}

function binS(op: string, plain: (a: any, b: any) => any): (a: any, b: any) => any {
  return (a, b) => (user(a) || user(b) ? binaryGen(op, a, b, false) : plain(a, b));
}
function ibinS(op: string, plain: (a: any, b: any) => any): (a: any, b: any) => any {
  return (a, b) => (user(a) || user(b) ? binaryGen(op, a, b, true) : plain(a, b));
}

export const addS = binS('+', num.add), subS = binS('-', num.sub), mulS = binS('*', num.mul);
export const matmulS = binS('@', num.matmul), truedivS = binS('/', num.truediv), floordivS = binS('//', num.floordiv);
export const modS = binS('%', num.mod), powS = binS('**', num.pow), lshiftS = binS('<<', num.lshift);
export const rshiftS = binS('>>', num.rshift), bitandS = binS('&', num.bitand), bitorS = binS('|', num.bitor);
export const bitxorS = binS('^', num.bitxor);
export const iaddS = ibinS('+', num.iadd), isubS = ibinS('-', num.isub), imulS = ibinS('*', num.imul);
export const imatmulS = ibinS('@', num.imatmul), itruedivS = ibinS('/', num.itruediv), ifloordivS = ibinS('//', num.ifloordiv);
export const imodS = ibinS('%', num.imod), ipowS = ibinS('**', num.ipow), ilshiftS = ibinS('<<', num.ilshift);
export const irshiftS = ibinS('>>', num.irshift), iandS = ibinS('&', num.iand), iorS = ibinS('|', num.ior);
export const ixorS = ibinS('^', num.ixor);

// --- comparisons ---------------------------------------------------------------------------------
const CMP: Record<string, [string, string]> = {
  '<': ['$__lt__', '$__gt__'], '<=': ['$__le__', '$__ge__'], '==': ['$__eq__', '$__eq__'],
  '!=': ['$__ne__', '$__ne__'], '>': ['$__gt__', '$__lt__'], '>=': ['$__ge__', '$__le__'],
};

/** The comparison's value (like the plain `eq`): what the dunder returned, not its truth. */
function* compareGen(op: string, a: any, b: any): Generator<any, any, any> {
  const names = CMP[op];
  const ta = typeOf(a), tb = typeOf(b);
  const tries: [any, any, any][] = [];
  let reflectedFirst = false;
  if (ta !== tb && tb.mro.includes(ta)) {
    const fr = tb.proto[names[1]];
    if (fr !== undefined && fr !== null && fr !== ta.proto[names[1]]) { tries.push([fr, b, a]); reflectedFirst = true; }
  }
  const f = ta.proto[names[0]];
  if (f !== undefined && f !== null) tries.push([f, a, b]);
  const fr = tb.proto[names[1]];
  if (fr !== undefined && fr !== null && !reflectedFirst) tries.push([fr, b, a]);
  for (const [fn, x, y] of tries) {
    if (fn === objectProto.$__ne__) {
      // object.__ne__ inverts __eq__, which may be suspendable: call it here
      const fe = typeOf(x).proto.$__eq__;
      if (fe === objectProto.$__eq__ || fe === undefined || fe === null) {
        const r = fn(x, y);
        if (r !== NotImplemented) return r;
        continue;
      }
      let r = callDunderS(fe, x, [y]);
      if (r instanceof Frame) r = yield* r;
      if (r === NotImplemented) continue;
      let t = typeof r === 'boolean' ? r : truthyS(r);
      if (t instanceof Frame) t = yield* t;
      return !t;
    }
    let r = callDunderS(fn, x, [y]);
    if (r instanceof Frame) r = yield* r;
    if (r !== NotImplemented) return r;
  }
  // every method answered NotImplemented: richCompare's fallback, without calling them again
  // (a second, synchronous round would run a suspending __eq__ where it cannot suspend)
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  throwError('TypeError', `'${op}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

function cmpS(op: string, plain: (a: any, b: any) => boolean): (a: any, b: any) => any {
  return (a, b) => {
    if (user(a) || user(b)) return compareGen(op, a, b);
    // two lists or two tuples: their items' __eq__/__lt__ may be suspendable Python code
    if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
      const ca = a.$$cls;
      if ((ca === listType || ca === tupleType) && b.$$cls === ca) {
        const r = seqRichCompareS(op, a.items, b.items, ca === listType);
        if (r !== undefined) return r;
      }
    }
    return plain(a, b);
  };
}
export const eqS = cmpS('==', num.eq), neS = cmpS('!=', num.ne), ltS = cmpS('<', num.lt);
export const leS = cmpS('<=', num.le), gtS = cmpS('>', num.gt), geS = cmpS('>=', num.ge);

// --- unary, truth ----------------------------------------------------------------------------------
function unS(name: string, op: string, plain: (a: any) => any): (a: any) => any {
  return (a) => {
    if (!user(a)) return plain(a);
    const f = typeOf(a).proto[name];
    if (f === undefined || f === null) return unaryDispatch(op, a);
    return callDunderS(f, a, []);
  };
}
export const negS = unS('$__neg__', '-', num.neg), posS = unS('$__pos__', '+', num.pos), invertS = unS('$__invert__', '~', num.invert);

function truthySlowS(x: any): any {
  const p = typeOf(x).proto;
  const fb = p.$__bool__;
  if (fb !== undefined && fb !== null) {
    return then(callDunderS(fb, x, []), (r) => {
      if (typeof r !== 'boolean') throwError('TypeError', `__bool__ should return bool, returned ${typeOf(r).name}`);
      return r;
    });
  }
  const fl = p.$__len__;
  if (fl !== undefined && fl !== null) return then(callDunderS(fl, x, []), (n) => lenResult(n) !== 0);
  return true;
}
export function truthyS(x: any): any {
  return user(x) ? truthySlowS(x) : truthy(x);
}

// --- subscripts, containment, len ------------------------------------------------------------------
/** A dict or set whose item operations are the builtin ones (exact, or a subclass not overriding `name`). */
function plainTable(o: any, name: string): boolean {
  if (!(o instanceof PyDict) && !(o instanceof PySetBase)) return false;
  const c = o.$$cls;
  if (c.user !== true) return true;
  const f = c.proto[name];
  return typeof f === 'function' && f.$$info !== undefined && f.$$info.kind === 'builtin';
}

export function getitemS(o: any, k: any): any {
  if (o instanceof PyDict && keyMaySuspend(k) && plainTable(o, '$__getitem__')) return dictGetItemS(o, k);
  if (!user(o)) return getitem(o, k);
  const f = typeOf(o).proto.$__getitem__;
  return f === undefined || f === null ? getitem(o, k) : callDunderS(f, o, [k]);
}
export function setitemS(o: any, k: any, v: any): any {
  if (o instanceof PyDict && keyMaySuspend(k) && plainTable(o, '$__setitem__')) return dictSetItemS(o, k, v);
  if (!user(o)) return setitem(o, k, v);
  const f = typeOf(o).proto.$__setitem__;
  return f === undefined || f === null ? setitem(o, k, v) : callDunderS(f, o, [k, v]);
}
export function delitemS(o: any, k: any): any {
  if (o instanceof PyDict && keyMaySuspend(k) && plainTable(o, '$__delitem__')) return dictDelItemS(o, k);
  if (!user(o)) return delitem(o, k);
  const f = typeOf(o).proto.$__delitem__;
  return f === undefined || f === null ? delitem(o, k) : callDunderS(f, o, [k]);
}
export function containsS(o: any, x: any): any {
  if (o !== null && typeof o === 'object') {
    const c = o.$$cls;
    if (c === listType || c === tupleType) return seqContainsS(o.items, x);
    if (keyMaySuspend(x)) {
      if (plainTable(o, '$__contains__')) return tableContainsS(o.table, x);
      if (o instanceof DictView && o.what === 0) return tableContainsS(o.dict.table, x); // k in d.keys()
    }
  }
  if (!user(o)) return mayIterSuspend(o) ? containsIterGen(o, x) : contains(o, x);
  const f = typeOf(o).proto.$__contains__;
  if (f === undefined || f === null) return containsIterGen(o, x);
  return then(callDunderS(f, o, [x]), (r) => (typeof r === 'boolean' ? r : truthy(r)));
}
function* containsIterGen(o: any, x: any): Generator<any, boolean, any> {
  let it = iterS(o);
  if (it instanceof Frame) it = yield* it;
  for (;;) {
    let v = nextS(it);
    if (v instanceof Frame) v = yield* v;
    if (v === STOP) return false;
    if (v === x) return true; // identity first, as CPython's PyObject_RichCompareBool
    let e = keyEqS(v, x);
    if (e instanceof Frame) e = yield* e;
    if (e) return true;
  }
}
export function notContainsS(o: any, x: any): any {
  return then(containsS(o, x), (r) => !r);
}
export function lenS(o: any): any {
  if (!user(o)) return len(o);
  const f = typeOf(o).proto.$__len__;
  return f === undefined || f === null ? len(o) : then(callDunderS(f, o, []), lenResult);
}

// --- attributes ----------------------------------------------------------------------------------
export function getattrS(o: any, name: string): any {
  if (!user(o) || o instanceof PyType) return getattr(o, name);
  const key = '$' + name;
  const cv = typeOf(o).proto[key];
  if (cv instanceof PyProperty && !Object.prototype.hasOwnProperty.call(o, key)) {
    if (cv.fget === None) return getattr(o, name);
    return callGeneral(cv.fget, [o], null, null);
  }
  if (o[key] === undefined) {
    const ga = typeOf(o).proto.$__getattr__;
    if (ga !== undefined && ga !== null && getattrOrQuiet(o, name) === undefined) return callGeneral(ga, [o, name], null, null);
  }
  return getattr(o, name);
}
function getattrOrQuiet(o: any, name: string): any {
  // the normal lookup without falling back to __getattr__
  const key = '$' + name;
  return o[key];
}
export function setattrS(o: any, name: string, v: any): any {
  if (!user(o) || o instanceof PyType) return setattr(o, name, v);
  const t = typeOf(o);
  const cv = t.proto['$' + name];
  if (cv instanceof PyProperty && cv.fset !== None) return then(callGeneral(cv.fset, [o, v], null, null), () => None);
  const sa = t.proto.$__setattr__;
  if (sa !== undefined && sa !== null && sa.$$info?.kind !== 'builtin') return then(callGeneral(sa, [o, name, v], null, null), () => None);
  return setattr(o, name, v);
}
export function delattrS(o: any, name: string): any {
  if (!user(o) || o instanceof PyType) return delattr(o, name);
  const cv = typeOf(o).proto['$' + name];
  if (cv instanceof PyProperty && cv.fdel !== None) return then(callGeneral(cv.fdel, [o], null, null), () => None);
  return delattr(o, name);
}
void getattrOr;

// --- repr / str / format ---------------------------------------------------------------------------
function strResult(what: string) {
  return (r: any) => {
    if (typeof r !== 'string') throwError('TypeError', `${what} returned non-string (type ${typeOf(r).name})`);
    return r;
  };
}
export function reprS(x: any): any {
  if (!user(x)) return containerReprMaySuspend(x) ? containerRepr(x, reprS) : pyRepr(x);
  return then(callDunderS(typeOf(x).proto.$__repr__, x, []), strResult('__repr__'));
}
export function strS(x: any): any {
  if (!user(x)) return containerReprMaySuspend(x) ? containerRepr(x, reprS) : pyStr(x);
  const f = typeOf(x).proto.$__str__;
  // object.__str__ is repr (which may be the class's own); other builtin __str__s run no user code
  if (f === objectProto.$__str__) return reprS(x);
  if (f.$$info?.kind === 'builtin') return pyStr(x);
  return then(callDunderS(f, x, []), strResult('__str__'));
}
export function asciiS(x: any): any {
  return then(reprS(x), asciiEscape);
}
export function formatS(x: any, spec: string): any {
  if (!user(x)) return formatAny(x, spec);
  const f = typeOf(x).proto.$__format__;
  if (f === objectProto.$__format__) return then(strS(x), (s) => (spec === '' ? s : formatAny(x, spec)));
  if (f.$$info?.kind === 'builtin') return formatAny(x, spec);
  return then(callDunderS(f, x, [spec]), (r) => {
    if (typeof r !== 'string') throwError('TypeError', `__format__ must return a str, not ${typeOf(r).name}`);
    return r;
  });
}

// --- iteration and unpacking -----------------------------------------------------------------------
/** `iter(x)` for a loop in suspendable code: may return a frame (suspendable `__iter__`). */
export function iterS(x: any): any {
  if (!user(x)) return iter(x);
  const f = typeOf(x).proto.$__iter__;
  if (f === undefined || f === null) return iter(x);
  return then(callDunderS(f, x, []), (it) => {
    if (it instanceof PyIterator) return it;
    const n = typeOf(it).proto.$__next__;
    if (n === undefined || n === null) throwError('TypeError', `iter() returned non-iterator of type '${typeOf(it).name}'`);
    return new UserIter(it, n);
  });
}

/** The items of `x`; `hint`: as list(x) collects them, asking for the length hint (lengthhint.ts). */
function* collect(x: any, hint = false): Generator<any, any[], any> {
  let it = iterS(x);
  if (it instanceof Frame) it = yield* it;
  const target = hint ? lengthHintTarget(x) : undefined;
  if (target !== undefined) {
    try {
      const h = lenS(target);
      if (h instanceof Frame) yield* h;
    } catch (e) {
      lengthHintFailed(e);
    }
  }
  const out: any[] = [];
  for (;;) {
    let v = nextS(it);
    if (v instanceof Frame) v = yield* v;
    if (v === STOP) return out;
    out.push(v);
  }
}

function mayIterSuspend(x: any): boolean {
  return user(x) || (x instanceof PyIterator && x.nxS !== PyIterator.prototype.nxS);
}

export function unpackS(value: any, n: number): any {
  if (!mayIterSuspend(value)) return unpack(value, n);
  return then(collect(value), (items) => unpack(new PyList(items), n));
}
export function unpackStarS(value: any, before: number, after: number): any {
  if (!mayIterSuspend(value)) return unpackStar(value, before, after);
  return then(collect(value), (items) => unpackStar(new PyList(items), before, after));
}
export function unpackIterS(x: any): any {
  if (!mayIterSuspend(x)) return unpackIter(x);
  return collect(x, true);
}

/** All items of an iterable as a JS array, or a frame giving them when a step may suspend. */
export function iterToArrayS(x: any): any {
  return mayIterSuspend(x) ? collect(x) : iterToArray(x);
}
/** iterToArrayS for list(x), tuple(x), sorted(x): with the length hint (lengthhint.ts). */
export function iterToListArrayS(x: any): any {
  return mayIterSuspend(x) ? collect(x, true) : iterToListArray(x);
}
export { mayIterSuspend, user as isUserObject, then as thenS };

// --- method calls ----------------------------------------------------------------------------------
/** The builtin method `o.name` when it has a suspendable twin (list.sort), else undefined. */
function twinMethod(o: any, name: string): any {
  let f: any;
  if (typeof o === 'string') f = typeOf(o).proto['$' + name]; // str.join
  else if (o instanceof PyType) {
    // a classmethod called on the class (dict.fromkeys): its function, called with the class
    const d = o.proto['$' + name];
    f = d instanceof PyClassMethod ? d.fn : undefined;
  } else if (o === null || typeof o !== 'object' || o.$$inst !== true || o instanceof PyModule) return undefined;
  else f = o['$' + name];
  return typeof f === 'function' && f.$$info !== undefined && f.$$info.sus !== undefined ? f : undefined;
}
/**
 * The self a builtin method's twin gets: an instance of an int/float/str subclass carries its
 * value as `$$v`, and the builtin's methods run on that value (objects/boxed.ts wraps them so).
 */
function twinSelf(o: any): any {
  return o !== null && typeof o === 'object' && o.$$v !== undefined ? o.$$v : o;
}
export function callMethodS(o: any, name: string, args: any[]): any {
  const f = twinMethod(o, name);
  return f === undefined ? callMethod(o, name, args) : callGeneralS(f, methodArgs(f, o, args), null, null);
}
export function callMethodKwS(o: any, name: string, args: any[], kwnames: string[], kwvalues: any[]): any {
  const f = twinMethod(o, name);
  return f === undefined ? callMethodKw(o, name, args, kwnames, kwvalues) : callGeneralS(f, methodArgs(f, o, args), kwnames, kwvalues);
}
/** The arguments of a twin found as `o.name`: a free builtin function (`sort = sorted` in a class) gets no self. */
function methodArgs(f: any, o: any, args: any[]): any[] {
  return f.$$info.free ? args : [twinSelf(o), ...args];
}

export { drive };

// dict and set displays whose keys' __hash__/__eq__ may suspend (containers/mapsus.ts)
export { mkDictS, mkSetS } from './containers/mapsus';
