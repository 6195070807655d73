// Class statements and instantiation: `defClass`, calling a class, `super()`.
import { PyType, PyObjectBase, typeOf, objectType, typeType, objectProto, None, builtinType, isSubtype } from './core';
import { throwError, PyBaseException, BaseException, newException } from './errors';
import { callGeneral, setTypeCall, PyMethod, fn, Info } from './calls';
import { PyStaticMethod, PyClassMethod, NONDATA, DATA } from './descriptors';
import { isDataDescriptor, bindDescriptor } from './attrs';
import { PyDict } from './containers/dict';
import { tuple } from './containers/list';
import { HOLE } from './containers/hashtable';
import { Frame, runSync } from '../scheduler/frames';
import { suspendPath } from './suspendpath';
import { BOXABLE, unboxingProto } from './boxed';
import { installSlots } from './slots';

/** A fresh namespace object for a class body: `$`-keyed own properties in definition order. */
export function classNamespace(): any {
  return Object.create(null);
}

/**
 * `class name(*bases, **keywords): body` — `ns` is the namespace the compiled body filled
 * (a null-prototype object, attributes as `$name` own properties in definition order);
 * `kwnames`/`kwvalues` are the class keywords (`metaclass=` and those for `__init_subclass__`).
 * Returns the class.
 */
export function defClass(name: string, qualname: string, module: string, bases: any[], ns: any, kwnames: string[], kwvalues: any[]): any {
  for (const b of bases) {
    if (!(b instanceof PyType)) throwError('TypeError', `bases must be types`);
  }
  let meta: PyType = typeType;
  const kw: [string, any][] = [];
  for (let i = 0; i < kwnames.length; i++) {
    if (kwnames[i] === 'metaclass') meta = kwvalues[i];
    else kw.push([kwnames[i], kwvalues[i]]);
  }
  for (const b of bases as PyType[]) {
    const bm = b.$$cls;
    if (isSubtype(bm, meta)) meta = bm;
    else if (!isSubtype(meta, bm)) throwError('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  if (meta !== typeType) {
    const d = new PyDict();
    for (const k of Object.keys(ns)) d.table.set(k.slice(1), ns[k]);
    const r = callGeneral(meta, [name, tuple(bases.slice()), d], kw.map((p) => p[0]), kw.map((p) => p[1]));
    return runPlain(r, 'the metaclass called by a class statement');
  }
  return makeClass(typeType, name, bases as PyType[], ns, module, qualname, kw);
}

/** type.__new__: builds the class object from a `$`-keyed namespace. */
export function makeClass(meta: PyType, name: string, bases: PyType[], ns: any, module: string, qualname: string, kw: [string, any][] = []): PyType {
  let boxProto: any;
  for (let i = 1; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) < i) throwError('TypeError', `duplicate base class ${bases[i].name}`);
  }
  for (const b of bases) {
    // int/float/str subclasses box their value (boxed.ts)
    if (BOXABLE.has(b)) { boxProto = Object.create(unboxingProto(b)); continue; }
    if (b.proto.$$final === true) throwError('TypeError', `type '${b.name}' is not an acceptable base type`);
  }
  const cls = new PyType(name, bases.length ? bases : [objectType], { module, qualname, metaclass: meta, proto: boxProto });
  cls.user = true;
  const proto = cls.proto;
  proto.$$inst = true;
  proto.$$nodict = false;
  let simple = bases.every((b) => b.proto.$$simple !== false);
  for (const key of Object.keys(ns)) {
    if (key.charCodeAt(0) !== 36 || key.charCodeAt(1) === 36) continue;
    let v = ns[key];
    if (key === '$__qualname__') continue;
    if ((key === '$__new__') && typeof v === 'function') v = new PyStaticMethod(v);
    if ((key === '$__init_subclass__' || key === '$__class_getitem__') && typeof v === 'function') v = new PyClassMethod(v);
    proto[key] = v;
    if (isDataDescriptor(v)) simple = false;
  }
  if (!('$__module__' in ns)) proto.$__module__ = module;
  if (!('$__doc__' in ns)) proto.$__doc__ = None; // every class has its own __doc__
  if ('$__eq__' in ns && !('$__hash__' in ns)) proto.$__hash__ = None;
  if ('$__setattr__' in ns) simple = false;
  // slot members are data descriptors, and a dict-less instance refuses other attributes: both
  // need the slow attribute path
  if (installSlots(cls, ns)) simple = false;
  proto.$$simple = simple;
  if ('$__get__' in ns) proto.$$d = ('$__set__' in ns || '$__delete__' in ns) ? DATA : NONDATA;
  else if ('$__set__' in ns || '$__delete__' in ns) proto.$$d = DATA;
  // __set_name__ on descriptors, then the parent's __init_subclass__ (CPython order).
  for (const key of Object.keys(ns)) {
    const v = ns[key];
    if (v !== null && typeof v === 'object' && !(v instanceof PyType)) {
      const sn = typeOf(v).proto.$__set_name__;
      if (sn !== undefined && sn !== null) runPlain(callGeneral(sn, [v, cls, key.slice(1)], null, null), '__set_name__ called by a class statement');
    }
  }
  const parent = cls.mro[1];
  const isub = parent ? parent.proto.$__init_subclass__ : undefined;
  if (isub instanceof PyClassMethod) {
    runPlain(callGeneral(isub.fn, [cls], kw.map((p) => p[0]), kw.map((p) => p[1])), '__init_subclass__ called by a class statement');
  } else if (kw.length) {
    throwError('TypeError', `${name}.__init_subclass__() takes no keyword arguments`);
  }
  return cls;
}

/** Runs a hook of class creation, which cannot suspend: a suspension names the hook (issue #4). */
function runPlain(r: any, what: string): any {
  if (!(r instanceof Frame)) return r;
  try {
    return runSync(r);
  } catch (e) {
    throw suspendPath(e, what);
  }
}

// --- instantiation -------------------------------------------------------------------------------

const objectNew = fn(function __new__(cls: any) {
  if (!(cls instanceof PyType)) throwError('TypeError', `object.__new__(X): X is not a type object (${typeOf(cls).name})`);
  return Object.create(cls.proto);
}, { name: '__new__', qualname: 'object.__new__', params: ['cls'], vararg: 'args', kwarg: 'kwargs', kind: 'builtin' });
objectProto.$__new__ = new PyStaticMethod(objectNew);
const objectNewDesc = objectProto.$__new__;

/** Calls class `cls` (ABI §3 calls land here for class objects). May return a frame. */
export function typeCall(cls: PyType, args: any[], kwnames: string[] | null, kwvalues: any[] | null): any {
  if (cls.call !== null) return cls.call(args, kwnames, kwvalues);
  const proto = cls.proto;
  const newd = proto.$__new__;
  const init = proto.$__init__;
  let obj: any;
  if (newd === objectNewDesc) {
    if (init === objectProto.$__init__ && (args.length || (kwnames !== null && kwnames.length))) {
      throwError('TypeError', `${cls.name}() takes no arguments`);
    }
    obj = Object.create(proto);
  } else {
    const nf = newd instanceof PyStaticMethod ? newd.fn : newd;
    obj = runPlain(callGeneral(nf, [cls, ...args], kwnames, kwvalues), '__new__ called by instantiation');
    if (!isInstance(obj, cls)) return obj;
  }
  if (init === objectProto.$__init__) return obj;
  let r: any;
  if (typeof init === 'function') {
    const info: Info | undefined = init.$$info;
    const n = args.length + 1;
    if (info !== undefined && info.simple && kwnames === null && n <= info.npos && n >= info.minpos) {
      switch (args.length) {
        case 0: r = init(obj); break;
        case 1: r = init(obj, args[0]); break;
        case 2: r = init(obj, args[0], args[1]); break;
        case 3: r = init(obj, args[0], args[1], args[2]); break;
        default: r = init(obj, ...args);
      }
    } else r = callGeneral(init, [obj, ...args], kwnames, kwvalues);
  } else r = callGeneral(bindDescriptor(init, obj, cls), args, kwnames, kwvalues);
  if (r instanceof Frame) return finishInit(r, obj);
  if (r !== None) throwError('TypeError', `__init__() should return None, not '${typeOf(r).name}'`);
  return obj;
}
setTypeCall(typeCall);

function* finishInit(frame: Generator, obj: any): Generator<any, any, any> {
  const r = yield* frame;
  if (r !== None) throwError('TypeError', `__init__() should return None, not '${typeOf(r).name}'`);
  return obj;
}

export function isInstance(x: any, cls: PyType): boolean {
  const t = typeOf(x);
  return t === cls || t.mro.includes(cls);
}

// --- type itself ---------------------------------------------------------------------------------
typeType.call = (args, kwnames, kwvalues) => {
  if (args.length === 1 && (kwnames === null || kwnames.length === 0)) return typeOf(args[0]);
  if (args.length !== 3) throwError('TypeError', 'type() takes 1 or 3 arguments');
  return typeNew(typeType, args[0], args[1], args[2], kwnames, kwvalues);
};

function typeNew(meta: PyType, name: any, bases: any, dict: any, kwnames: string[] | null, kwvalues: any[] | null): PyType {
  if (typeof name !== 'string') throwError('TypeError', `type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases && bases.items)) throwError('TypeError', `type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(dict instanceof PyDict)) throwError('TypeError', `type.__new__() argument 3 must be dict, not ${typeOf(dict).name}`);
  const ns = classNamespace();
  let module = '__main__';
  const t = dict.table;
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k === HOLE || typeof k !== 'string') continue;
    if (k === '__module__') module = t.vals![i];
    ns['$' + k] = t.vals![i];
  }
  const kw: [string, any][] = (kwnames ?? []).map((k, i) => [k, kwvalues![i]]);
  const qual = typeof ns.$__qualname__ === 'string' ? ns.$__qualname__ : name;
  return makeClass(meta, name, bases.items, ns, module, qual, kw);
}

// type.__new__ / type.__init__ / type.__call__ as methods, for user metaclasses.
const TP: any = PyType.prototype;
TP.$__new__ = new PyStaticMethod(fn(function __new__(meta: any, name: any, bases: any, dict: any, kwargs: any) {
  if (bases === undefined) {
    if (name !== undefined && dict === undefined) return typeOf(name);
  }
  const kwn: string[] = [], kwv: any[] = [];
  if (kwargs instanceof PyDict) {
    const t = kwargs.table;
    for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== HOLE) { kwn.push(t.keys[i]); kwv.push(t.vals![i]); }
  }
  return typeNew(meta, name, bases, dict, kwn, kwv);
}, { name: '__new__', qualname: 'type.__new__', params: ['cls', 'name', 'bases', 'dict'], ndefaults: 2, kwarg: 'kwargs', kind: 'builtin' }));
TP.$__init__ = fn(function __init__(_cls: any) { return None; }, { name: '__init__', qualname: 'type.__init__', params: ['cls'], vararg: 'args', kwarg: 'kwargs', kind: 'builtin' });
TP.$__call__ = fn(function __call__(cls: any, args: any, kwargs: any) {
  const kwn: string[] = [], kwv: any[] = [];
  const t = kwargs.table;
  for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== HOLE) { kwn.push(t.keys[i]); kwv.push(t.vals![i]); }
  return typeCallDefault(cls, args.items, kwn.length ? kwn : null, kwv);
}, { name: '__call__', qualname: 'type.__call__', params: ['cls'], vararg: 'args', kwarg: 'kwargs', kind: 'builtin' });
TP.$mro = fn(function mro(cls: any) { return new (listCtor())(cls.mro.slice()); }, { name: 'mro', qualname: 'type.mro', params: ['cls'], kind: 'builtin' });
TP.$__subclasses__ = fn(function __subclasses__(cls: any) {
  return new (listCtor())(cls.subclasses.slice());
}, { name: '__subclasses__', qualname: 'type.__subclasses__', params: ['cls'], kind: 'builtin' });
TP.$__repr__ = fn(function __repr__(cls: any) {
  return cls.module === 'builtins' ? `<class '${cls.qualname}'>` : `<class '${cls.module}.${cls.qualname}'>`;
}, { name: '__repr__', qualname: 'type.__repr__', params: ['cls'], kind: 'builtin' });
TP.$__instancecheck__ = undefined; delete TP.$__instancecheck__;
TP.$$nodict = true;

import { PyList } from './containers/list';
function listCtor() { return PyList; }

/** Class call ignoring a user metaclass's `__call__` (type.__call__ itself). */
function typeCallDefault(cls: PyType, args: any[], kwnames: string[] | null, kwvalues: any[]): any {
  return typeCall(cls, args, kwnames, kwvalues);
}

/** Class call honouring a metaclass `__call__` override. */
export function callClass(cls: PyType, args: any[], kwnames: string[] | null, kwvalues: any[] | null): any {
  const meta = cls.$$cls;
  if (meta !== typeType && meta.proto.$__call__ !== TP.$__call__) {
    return callGeneral(new PyMethod(meta.proto.$__call__, cls), args, kwnames, kwvalues);
  }
  return typeCall(cls, args, kwnames, kwvalues);
}
setTypeCall(callClass);

export { PySuper, superOf, superGetattr, superCall, superType } from './super';
export { PyBaseException, BaseException, newException };
