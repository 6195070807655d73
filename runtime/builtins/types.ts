// The builtin classes as callables (`list(x)`, `int("7")`, `property(f)` ...), the `__new__`/
// `__init__` that let user classes subclass list/dict/set/tuple, the str/bytes/int/float methods
// (implemented in objects/strings and objects/numbers) installed on their types, and the
// builtin classes as runtime exports.
import { iterToListArray } from '../objects/lengthhint';
import {
  typeOf, None, NotImplemented, Ellipsis, PyType, objectType, typeType, intType, boolType, floatType, strType,
} from '../objects/core';
import { throwError, PyBaseException } from '../objects/errors';
import { PyList, PyTuple, listType, tupleType, tuple } from '../objects/containers/list';
import { PyDict, dictType } from '../objects/containers/dict';
import { PySet, PyFrozenSet, PySetBase, setType, frozensetType } from '../objects/containers/set';
import { setOfIterable, installSetDunders } from '../objects/containers/setmethods';
import { HashTable } from '../objects/containers/hashtable';
import { PySlice, sliceType } from '../objects/containers/slice';
import { PyRange, rangeType, makeRange, installRangeMethods } from '../objects/containers/range';
import { dictUpdate } from '../objects/containers/dictmethods';
import { iterToArray } from '../objects/iter';
import { fn, bindArgs, Info, FnInfo } from '../objects/calls';
import { PyProperty, PyStaticMethod, PyClassMethod, propertyType, staticmethodType, classmethodType } from '../objects/descriptors';
import { superOf, superType } from '../objects/super';
import { method } from '../objects/define';
import { pyStr, pyRepr } from '../objects/repr';
import { truthy } from '../objects/truthy';
import { callDunder0 } from '../objects/dunder';
import { getitem } from '../objects/subscript';
import { strMethods, strMethodSigs, strMaketrans } from '../objects/strings/methods';
import { strFormat } from '../objects/strings/strformat';
import { PyBytes, bytesType, bytesNew, bytesMethods, bytesDecode, bytesFromHex } from '../objects/strings/bytes';
import '../objects/strings/bytesdunders';
import '../objects/containers/slicemethods';
import { intFromString, floatFromString } from '../objects/numbers/parse';
import { floatToInt, toFloat } from '../objects/numbers/intfuncs';
import { installNumberMethods } from '../objects/numbers/dunders';
import { setNumberMethods } from '../objects/boxed';
import { PyFloat } from '../objects/numbers/box';
import { getattrOr } from '../objects/attrs';
import { strMethod } from './strarity';
import { twinStrCall, twinSeqCall, twinCollectCall } from './twins';

/** `cls(...)` for the exact builtin class, with Python argument binding. */
function ctor(cls: PyType, info: FnInfo, make: (...args: any[]) => any): void {
  const f = fn(make, { kind: 'builtin', module: 'builtins', qualname: info.name, ...info });
  const inf: Info = (f as any).$$info;
  cls.call = (args, kwnames, kwvalues) => {
    if (inf.simple && (kwnames === null || kwnames.length === 0) && args.length <= inf.npos && args.length >= inf.minpos) return f(...args);
    return f(...bindArgs(inf, args, kwnames, kwvalues));
  };
}

function noKw(name: string): Partial<FnInfo> {
  return { arityError: `${name} expected at most 1 argument, got {n}` };
}

/**
 * A builtin class as a runtime export (`$rt.b_list`): `install` gives it its call (`list(x)`)
 * when the export is evaluated. Made with a `/*#__PURE__*\/` call, so a bundle whose code never
 * names the class drops its call and what only the call uses (parsing, decoding, ...). Code
 * that reaches a class without naming it (`type(x)`, `x.__class__`) uses `need_types`.
 */
function builtinClass<T extends PyType>(cls: T, install: () => void): T {
  install();
  return cls;
}

// --- containers ----------------------------------------------------------------------------------
export const b_list = /*#__PURE__*/ builtinClass(listType, () => {
  ctor(listType, { name: 'list', params: ['iterable'], ndefaults: 1, nposonly: 1, ...noKw('list') },
    (x: any) => new PyList(x === undefined ? [] : iterToListArray(x)));
  twinSeqCall(listType);
});
export const b_tuple = /*#__PURE__*/ builtinClass(tupleType, () => {
  ctor(tupleType, { name: 'tuple', params: ['iterable'], ndefaults: 1, nposonly: 1, ...noKw('tuple') },
    (x: any) => (x === undefined ? tuple([]) : x instanceof PyTuple && x.$$cls === tupleType ? x : tuple(iterToListArray(x))));
  twinSeqCall(tupleType);
});
export const b_dict = /*#__PURE__*/ builtinClass(dictType, () => {
  ctor(dictType, { name: 'dict', params: ['mapping'], ndefaults: 1, nposonly: 1, kwarg: 'kwargs', ...noKw('dict') },
    (x: any, kw: PyDict) => {
      const d = new PyDict();
      if (x !== undefined) dictUpdate(d, x);
      if (kw.table.size) dictUpdate(d, kw);
      return d;
    });
  twinCollectCall(dictType);
});
export const b_set = /*#__PURE__*/ builtinClass(setType, () => {
  installSetDunders(); // set.__or__ ... reachable through the class, and set() makes sets
  ctor(setType, { name: 'set', params: ['iterable'], ndefaults: 1, nposonly: 1, ...noKw('set') },
    (x: any) => (x === undefined ? new PySet() : setOfIterable(x)));
  twinCollectCall(setType);
});
export const b_frozenset = /*#__PURE__*/ builtinClass(frozensetType, () => {
  installSetDunders();
  ctor(frozensetType, { name: 'frozenset', params: ['iterable'], ndefaults: 1, nposonly: 1, ...noKw('frozenset') }, (x: any) => {
    if (x instanceof PyFrozenSet && x.$$cls === frozensetType) return x;
    const s = new PyFrozenSet();
    if (x instanceof PySetBase) s.table.copyFrom(x.table); // CPython merges a set's table
    else if (x !== undefined) for (const v of iterToArray(x)) s.table.set(v, undefined);
    return s;
  });
  twinCollectCall(frozensetType);
});
export const b_range = /*#__PURE__*/ builtinClass(rangeType, () => {
  installRangeMethods(); // range.index, range.__len__ ... reachable through the class
  ctor(rangeType, { name: 'range', params: ['start', 'stop', 'step'], ndefaults: 2, nposonly: 3, vararg: 'extra', arityError: 'range expected at least 1 argument, got {n}' },
    (a: any, b: any, c: any, extra: PyTuple) => makeRange(a, b, c, extra.items.length));
}); // extra: CPython's "at most 3" message
export const b_slice = /*#__PURE__*/ builtinClass(sliceType, () => {
  ctor(sliceType, { name: 'slice', params: ['start', 'stop', 'step'], ndefaults: 2, nposonly: 3, arityError: 'slice expected at least 1 argument, got {n}' },
    (a: any, b: any, c: any) => (b === undefined ? new PySlice(None, a, None) : new PySlice(a, b, c === undefined ? None : c)));
});

// Subclassing: __new__ allocates the storage, __init__ fills it.
function allocator(cls: PyType, init: (o: any) => void): void {
  cls.proto.$__new__ = new PyStaticMethod(fn(function __new__(sub: PyType) {
    const o = Object.create(sub.proto);
    init(o);
    return o;
  }, { name: '__new__', qualname: `${cls.name}.__new__`, params: ['cls'], vararg: 'args', kwarg: 'kwargs', kind: 'builtin' }));
}
allocator(listType, (o) => { o.items = []; });
allocator(dictType, (o) => { o.table = new HashTable(true); });
allocator(setType, (o) => { o.table = new HashTable(false); });
method(listType, '__init__', ['self', 'iterable'], (self: PyList, x: any) => {
  self.items = x === undefined ? [] : iterToListArray(x);
  return None;
}, { ndefaults: 1, nposonly: 2 });
method(dictType, '__init__', ['self', 'mapping'], (self: PyDict, x: any, kw: PyDict) => {
  if (x !== undefined) dictUpdate(self, x);
  if (kw.table.size) dictUpdate(self, kw);
  return None;
}, { ndefaults: 1, nposonly: 2, kwarg: 'kwargs' });
method(setType, '__init__', ['self', 'iterable'], (self: PySet, x: any) => {
  self.table.clear();
  if (x !== undefined) for (const v of iterToArray(x)) self.table.set(v, undefined);
  return None;
}, { ndefaults: 1, nposonly: 2 });
for (const [cls, make] of [
  [tupleType, (o: any, x: any) => { o.items = x === undefined ? [] : iterToListArray(x); }],
  [frozensetType, (o: any, x: any) => { o.table = new HashTable(false); if (x !== undefined) for (const v of iterToArray(x)) o.table.set(v, undefined); }],
] as const) {
  cls.proto.$__new__ = new PyStaticMethod(fn(function __new__(sub: PyType, x: any) {
    const o = Object.create(sub.proto);
    make(o, x);
    return o;
  }, { name: '__new__', qualname: `${cls.name}.__new__`, params: ['cls', 'iterable'], ndefaults: 1, kind: 'builtin' }));
}

// --- scalars -------------------------------------------------------------------------------------
function intOf(x: any, base: any): any {
  if (base !== undefined) {
    if (typeof x !== 'string' && !(x instanceof PyBytes)) throwError('TypeError', "int() can't convert non-string with explicit base");
    return intFromString(typeof x === 'string' ? x : bytesDecode(x, 'latin-1'), base);
  }
  switch (typeof x) {
    case 'number': return Number.isInteger(x) ? x : floatToInt(x);
    case 'bigint': return x;
    case 'boolean': return +x;
    case 'string': return intFromString(x, 10);
  }
  if (x instanceof PyFloat) return floatToInt(x.v);
  if (x instanceof PyBytes) return intFromString(bytesDecode(x, 'latin-1'), 10);
  const p = typeOf(x).proto;
  for (const m of ['$__int__', '$__index__', '$__trunc__']) {
    const f = p[m];
    if (f !== undefined && f !== null) {
      const r = callDunder0(f, x);
      if (typeof r === 'number' && Number.isInteger(r) || typeof r === 'bigint' || typeof r === 'boolean') return typeof r === 'boolean' ? +r : r;
      throwError('TypeError', `${m.slice(1)} returned non-int (type ${typeOf(r).name})`);
    }
  }
  throwError('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).name}'`);
}
// reaching int or float (to call or subclass it) lets a subclass install their methods
// (objects/boxed.ts, objects/numbers/dunders.ts)
export const b_int = /*#__PURE__*/ builtinClass(intType, () => {
  setNumberMethods(installNumberMethods);
  ctor(intType, { name: 'int', params: ['x', 'base'], ndefaults: 2, nposonly: 1, arityError: 'int() takes at most 2 arguments ({n} given)' },
    (x: any, base: any) => (x === undefined ? 0 : intOf(x, base)));
});
export const b_float = /*#__PURE__*/ builtinClass(floatType, () => {
  setNumberMethods(installNumberMethods);
  ctor(floatType, { name: 'float', params: ['x'], ndefaults: 1, nposonly: 1, arityError: 'float expected at most 1 argument, got {n}' }, (x: any) => {
    if (x === undefined) return new PyFloat(0);
    if (typeof x === 'string') return floatFromString(x);
    if (typeof x === 'object' && !(x instanceof PyFloat)) {
      const f = typeOf(x).proto.$__float__;
      if (f !== undefined && f !== null) return callDunder0(f, x);
      const g = typeOf(x).proto.$__index__;
      if (g !== undefined && g !== null) return toFloat(callDunder0(g, x));
    }
    return toFloat(x);
  });
});
export const b_bool = /*#__PURE__*/ builtinClass(boolType, () => {
  ctor(boolType, { name: 'bool', params: ['x'], ndefaults: 1, nposonly: 1, arityError: 'bool expected at most 1 argument, got {n}' },
    (x: any) => (x === undefined ? false : truthy(x)));
});
export const b_str = /*#__PURE__*/ builtinClass(strType, () => {
  ctor(strType, { name: 'str', params: ['object', 'encoding', 'errors'], ndefaults: 3, arityError: 'str() takes at most 3 arguments ({n} given)' },
    (x: any, enc: any, errors: any) => {
      if (x === undefined) return '';
      if (enc !== undefined || errors !== undefined) {
        if (!(x instanceof PyBytes)) throwError('TypeError', `decoding to str: need a bytes-like object, ${typeOf(x).name} found`);
        return bytesDecode(x, enc ?? 'utf-8', errors ?? 'strict');
      }
      return pyStr(x);
    });
  twinStrCall();
});
export const b_bytes = /*#__PURE__*/ builtinClass(bytesType, () => {
  ctor(bytesType, { name: 'bytes', params: ['source', 'encoding', 'errors'], ndefaults: 3 }, (x: any, e: any, r: any) => bytesNew(x, e, r));
});
export const b_object = /*#__PURE__*/ builtinClass(objectType, () => {
  ctor(objectType, { name: 'object', params: [], arityError: 'object() takes no arguments' }, () => Object.create(objectType.proto));
});

// int/float/bool/str cannot be subclassed here: their values are JS primitives.
for (const t of [intType, floatType, boolType, strType, bytesType, rangeType, sliceType, typeOf(None), typeOf(NotImplemented)]) t.proto.$$final = true;

method(strType, '__getitem__', ['self', 'key'], (self: string, k: any) => getitem(self, k));
method(strType, '__len__', ['self'], (self: string) => Array.from(self).length);
method(strType, '__str__', ['self'], (self: string) => self);
method(strType, '__repr__', ['self'], (self: string) => pyRepr(self));
/** The str methods (objects/strings) as methods of the str type: the str method pack (./methodpacks). */
export function installStrMethods(): void {
  for (const name of Object.keys(strMethods)) {
    const sig = strMethodSigs[name];
    if (name === 'format') {
      method(strType, 'format', ['self'], (self: string, args: PyTuple, kw: PyDict) => strFormat(self, args.items, kw.table.size ? kw : null),
        { vararg: 'args', kwarg: 'kwargs' });
      continue;
    }
    const params = sig?.params ?? [];
    strMethod(strType, name, params, params.length - (sig?.ndefaults ?? 0), sig?.nposonly ?? 0, strMethods[name]);
  }
  strType.proto.$maketrans = new PyStaticMethod(fn(function maketrans(x: any, y: any, z: any) { return strMaketrans(x, y, z); },
    { name: 'maketrans', qualname: 'str.maketrans', params: ['x', 'y', 'z'], ndefaults: 2, nposonly: 3, kind: 'builtin' }));
}

/** The bytes methods: the bytes method pack (./methodpacks). */
export function installBytesMethods(): void {
  // bytesMethods take positional arguments: spread the *args tuple.
  for (const name of Object.keys(bytesMethods)) {
    const impl = bytesMethods[name];
    method(bytesType, name, ['self'], (self: PyBytes, args: PyTuple) => impl(self, ...args.items), { vararg: 'args' });
  }
  bytesType.proto.$fromhex = new PyClassMethod(fn(function fromhex(_cls: any, s: any) {
    if (typeof s !== 'string') throwError('TypeError', `fromhex() argument must be str, not ${typeOf(s).name}`);
    return bytesFromHex(s);
  }, { name: 'fromhex', qualname: 'bytes.fromhex', params: ['cls', 'string'], nposonly: 2, kind: 'builtin' }));
}

// --- descriptors and super ---------------------------------------------------------------------
export const b_property = /*#__PURE__*/ builtinClass(propertyType, () => {
  ctor(propertyType, { name: 'property', params: ['fget', 'fset', 'fdel', 'doc'], ndefaults: 4 },
    (g: any, s: any, d: any, doc: any) => new PyProperty(g ?? None, s ?? None, d ?? None, doc ?? None));
});
method(propertyType, 'getter', ['self', 'fget'], (p: PyProperty, f: any) => new PyProperty(f, p.fset, p.fdel, p.doc));
method(propertyType, 'setter', ['self', 'fset'], (p: PyProperty, f: any) => new PyProperty(p.fget, f, p.fdel, p.doc));
method(propertyType, 'deleter', ['self', 'fdel'], (p: PyProperty, f: any) => new PyProperty(p.fget, p.fset, f, p.doc));
method(propertyType, '__get__', ['self', 'instance', 'owner'], (p: PyProperty, inst: any) => {
  if (inst === None) return p;
  return callDunder0(p.fget, inst);
}, { ndefaults: 1 });
// property.__doc__: the doc argument, else the getter's docstring (as CPython copies it).
propertyType.proto.$__doc__ = new PyProperty(fn(function __doc__(p: PyProperty) {
  if (p.doc !== None && p.doc !== undefined) return p.doc;
  const d = p.fget === None ? undefined : getattrOr(p.fget, '__doc__');
  return d === undefined ? None : d;
}, { name: '__doc__', qualname: 'property.__doc__', params: ['self'], kind: 'builtin' }), None, None, None);
export const b_staticmethod = /*#__PURE__*/ builtinClass(staticmethodType, () => {
  ctor(staticmethodType, { name: 'staticmethod', params: ['function'] }, (f: any) => new PyStaticMethod(f));
});
export const b_classmethod = /*#__PURE__*/ builtinClass(classmethodType, () => {
  ctor(classmethodType, { name: 'classmethod', params: ['function'] }, (f: any) => new PyClassMethod(f));
});
export const b_super = /*#__PURE__*/ builtinClass(superType, () => {
  ctor(superType, { name: 'super', params: ['type', 'object_or_type'], ndefaults: 2 }, (t: any, o: any) => {
    if (t === undefined) throwError('RuntimeError', 'super(): no arguments');
    return superOf(t, o);
  });
});


// --- reaching the builtin classes without naming them -----------------------------------------
/**
 * `type`, and every builtin class's call: for code that reaches builtin classes without naming
 * them (`type(x)(...)`, `x.__class__(...)`, `cls.__mro__`); compiled modules call `need_types()`
 * when they use such a name (src/emit/method-packs.ts).
 */
const ALL_CLASSES = [
  b_object, b_int, b_bool, b_float, b_str, b_bytes, b_list, b_tuple, b_dict, b_set, b_frozenset, b_range, b_slice,
  b_property, b_staticmethod, b_classmethod, b_super,
];
export function need_types(): void {
  void ALL_CLASSES;
}
export const b_type = /*#__PURE__*/ builtinClass(typeType, need_types);

// the builtin constants as runtime exports (./names.ts)
export { NotImplemented as b_NotImplemented, Ellipsis as b_Ellipsis };
void PyBaseException; void PyRange;
