// Attribute access (runtime ABI §2): the slow paths behind the compiler's inline reads/writes,
// descriptors (functions, property, staticmethod, classmethod, user `__get__`/`__set__`),
// `__getattr__`, and `callMethod`.
//
// Sandbox: a Python attribute name only ever becomes the JS key "$" + name. Names that start
// with "$" would reach internal `$$` fields, so they are refused; everything else lands on
// `$`-properties that no JS object defines (`getattr(x, "constructor")` reads `$constructor`).
import { typeOf, PyType, PyObjectBase, objectProto, None, typeType } from './core';
import { throwError, PyBaseException } from './errors';
import { PyMethod, callGeneral, Info, bindMethod } from './calls';
import { Frame, runSync } from '../scheduler/frames';
import { specialAttr } from './specialattrs';
import { PySuper, superGetattr } from './super';

import { PyProperty, PyStaticMethod, PyClassMethod, InstanceFn, NONDATA, DATA, INSTFN } from './descriptors';
export { PyProperty, PyStaticMethod, PyClassMethod, InstanceFn, NONDATA, DATA, INSTFN };

function badName(name: string): boolean {
  return name.charCodeAt(0) === 36; // '$'
}

/** Binds a class attribute `v` found for instance `self` (of class `cls`). */
export function bindDescriptor(v: any, self: any, cls?: PyType): any {
  if (typeof v === 'function') return bindMethod(v, self);
  if (v === null || typeof v !== 'object') return v;
  const d = v.$$d;
  if (d === undefined) return v;
  if (v instanceof PyProperty) {
    if (v.fget === None) throwError('AttributeError', `property of '${typeOf(self).name}' object has no getter`);
    return runPlain(callGeneral(v.fget, [self], null, null));
  }
  if (v instanceof PyStaticMethod) return v.fn;
  if (v instanceof PyClassMethod) return new PyMethod(v.fn, cls ?? typeOf(self));
  if (v instanceof InstanceFn) return v.fn;
  const get = typeOf(v).proto.$__get__;
  if (get !== undefined && get !== null) return runPlain(callGeneral(get, [v, self, cls ?? typeOf(self)], null, null));
  return v;
}

function runPlain(r: any): any {
  return r instanceof Frame ? runSync(r) : r;
}

function noAttr(o: any, name: string): never {
  if (o instanceof PyType) throw pyAttrError(`type object '${o.name}' has no attribute '${name}'`, o, name);
  const mod = moduleName(o);
  if (mod !== undefined) throw pyAttrError(`module '${mod}' has no attribute '${name}'`, o, name);
  const e = pyAttrError(`'${typeOf(o).name}' object has no attribute '${name}'`, o, name);
  throw e;
}

import { pyError } from './errors';
function pyAttrError(msg: string, o: any, name: string): PyBaseException {
  const e: any = pyError('AttributeError', msg);
  e.$name = name;
  e.$obj = o;
  return e;
}

import { PyModule } from '../program/module';
function moduleName(o: any): string | undefined {
  return o instanceof PyModule ? (o as any).$__name__ : undefined;
}

/** `o.name` (slow path). */
export function getattr(o: any, name: string): any {
  if (o instanceof PySuper) return superGetattr(o, name);
  const r = getattrOr(o, name);
  if (r !== undefined) return r;
  return noAttr(o, name);
}

/** `o.name`, or `undefined` when it does not exist (AttributeError from `__getattr__` included). */
export function getattrOr(o: any, name: string): any {
  if (badName(name)) return undefined;
  const key = '$' + name;
  if (o instanceof PyType) return typeGetattr(o, name, key);
  if (o instanceof PySuper) {
    try { return superGetattr(o, name); } catch (e) { if (e instanceof PyBaseException && isAttrError(e)) return undefined; throw e; }
  }
  const t = typeOf(o);
  const tp = typeof o;
  let v: any;
  if (tp === 'object' || tp === 'function') {
    v = o[key];
    if (v !== undefined) {
      if (typeof v === 'function') {
        // Raw functions are methods on the class, except module globals and function attrs (own).
        if (!Object.prototype.hasOwnProperty.call(o, key) || (o.$$inst === true && !(o instanceof PyModule))) return bindMethod(v, o);
        return v;
      }
      if (v !== null && typeof v === 'object' && v.$$d !== undefined) {
        if (v.$$d === INSTFN) return Object.prototype.hasOwnProperty.call(o, key) ? v.fn : v;
        if (Object.prototype.hasOwnProperty.call(o, key)) {
          // an instance attribute holding a descriptor object: returned as is, unless the class
          // has a data descriptor of that name (which wins).
          const cv = t.proto[key];
          if (cv !== undefined && isDataDescriptor(cv)) return bindDescriptor(cv, o, t);
          return v;
        }
        return bindDescriptor(v, o, t);
      }
      return v;
    }
  } else {
    v = t.proto[key];
    if (v !== undefined) return bindDescriptor(v, o, t);
  }
  const s = specialAttr(o, name);
  if (s !== undefined) return s;
  const ga = t.proto.$__getattr__;
  if (ga !== undefined && ga !== null) {
    try {
      return runPlain(callGeneral(ga, [o, name], null, null));
    } catch (e) {
      if (e instanceof PyBaseException && isAttrError(e)) throw e;
      throw e;
    }
  }
  return undefined;
}

function isAttrError(e: PyBaseException): boolean {
  return e.$$cls.name === 'AttributeError' || e.$$cls.mro.some((c) => c.name === 'AttributeError' && c.module === 'builtins');
}

export function isDataDescriptor(v: any): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (v.$$d === DATA) return true;
  if (v instanceof PyObjectBase && !(v instanceof PyType)) {
    const p = typeOf(v).proto;
    return (p.$__set__ !== undefined && p.$__set__ !== null) || (p.$__delete__ !== undefined && p.$__delete__ !== null);
  }
  return false;
}

function typeGetattr(cls: PyType, name: string, key: string): any {
  const v = cls.proto[key];
  if (v !== undefined && !(cls.proto === objectProto && false)) {
    if (typeof v === 'function') return v;
    if (v !== null && typeof v === 'object' && v.$$d !== undefined) {
      if (v instanceof PyStaticMethod) return v.fn;
      if (v instanceof PyClassMethod) return new PyMethod(v.fn, cls);
      if (v instanceof PyProperty || v instanceof InstanceFn) return v instanceof InstanceFn ? v.fn : v;
      const get = typeOf(v).proto.$__get__;
      if (get !== undefined && get !== null) return runPlain(callGeneral(get, [v, None, cls], null, null));
    }
    return v;
  }
  const s = specialAttr(cls, name);
  if (s !== undefined) return s;
  // attributes of the metaclass (type.mro, user metaclass methods)
  const meta = cls.$$cls;
  const mv = meta.proto[key];
  if (mv !== undefined && meta !== typeType) return bindDescriptor(mv, cls, meta);
  if (mv !== undefined) return bindDescriptor(mv, cls, meta);
  return undefined;
}

/** `o.name = v` (slow path). */
export function setattr(o: any, name: string, v: any): void {
  if (badName(name)) throwError('AttributeError', `attribute name '${name}' is not supported`);
  const key = '$' + name;
  if (o instanceof PyType) {
    if (!o.user) throwError('TypeError', `cannot set '${name}' attribute of immutable type '${o.name}'`);
    o.proto[key] = v;
    if (isDataDescriptor(v) || name === '__setattr__') o.proto.$$simple = false;
    return;
  }
  const t = typeOf(o);
  const sa = t.proto.$__setattr__;
  if (sa !== objectProto.$__setattr__ && sa !== undefined) {
    runPlain(callGeneral(sa, [o, name, v], null, null));
    return;
  }
  genericSetattr(o, name, v);
}

/** object.__setattr__: data descriptors on the class, else the instance's own attribute. */
export function genericSetattr(o: any, name: string, v: any): void {
  if (badName(name)) throwError('AttributeError', `attribute name '${name}' is not supported`);
  const key = '$' + name;
  const t = typeOf(o);
  const cv = t.proto[key];
  if (cv !== undefined && cv !== null && typeof cv === 'object' && isDataDescriptor(cv)) {
    if (cv instanceof PyProperty) {
      if (cv.fset === None) throwError('AttributeError', `property '${propName(cv, name)}' of '${t.name}' object has no setter`);
      runPlain(callGeneral(cv.fset, [o, v], null, null));
      return;
    }
    const set = typeOf(cv).proto.$__set__;
    if (set !== undefined && set !== null) { runPlain(callGeneral(set, [cv, o, v], null, null)); return; }
  }
  // plain `object()` instances have no __dict__ either (their prototype is object's own)
  if (typeof o !== 'object' && typeof o !== 'function' || o === None || o.$$nodict === true || Object.isFrozen(o) || Object.getPrototypeOf(o) === objectProto) {
    // (a dict-less user class: __slots__; any class attribute is then read-only, as CPython says)
    if (typeof cv === 'function' || (cv !== undefined && t.user === true)) throwError('AttributeError', `'${t.name}' object attribute '${name}' is read-only`);
    throwError('AttributeError', `'${t.name}' object has no attribute '${name}'`);
  }
  if (typeof v === 'function' && moduleName(o) === undefined && o.$$inst === true) o[key] = new InstanceFn(v);
  else o[key] = v;
}

function propName(p: PyProperty, fallback: string): string {
  const g = p.fget;
  if (typeof g === 'function' && g.$$info) return (g.$$info as Info).name;
  return fallback;
}

/** `del o.name`. */
export function delattr(o: any, name: string): void {
  if (badName(name)) throwError('AttributeError', `'${typeOf(o).name}' object has no attribute '${name}'`);
  const key = '$' + name;
  if (o instanceof PyType) {
    if (!o.user) throwError('TypeError', `cannot set '${name}' attribute of immutable type '${o.name}'`);
    if (!Object.prototype.hasOwnProperty.call(o.proto, key)) throwError('AttributeError', `type object '${o.name}' has no attribute '${name}'`);
    delete o.proto[key];
    return;
  }
  const t = typeOf(o);
  const da = t.proto.$__delattr__;
  if (da !== objectProto.$__delattr__ && da !== undefined) {
    runPlain(callGeneral(da, [o, name], null, null));
    return;
  }
  genericDelattr(o, name);
}

export function genericDelattr(o: any, name: string): void {
  const key = '$' + name;
  const t = typeOf(o);
  const cv = t.proto[key];
  if (cv instanceof PyProperty) {
    if (cv.fdel === None) throwError('AttributeError', `property '${propName(cv, name)}' of '${t.name}' object has no deleter`);
    runPlain(callGeneral(cv.fdel, [o], null, null));
    return;
  }
  if (cv !== undefined && isDataDescriptor(cv)) {
    const del = typeOf(cv).proto.$__delete__;
    if (del !== undefined && del !== null) { runPlain(callGeneral(del, [cv, o], null, null)); return; }
  }
  if ((typeof o === 'object' || typeof o === 'function') && o !== None && Object.prototype.hasOwnProperty.call(o, key)) {
    delete o[key];
    return;
  }
  if (typeof cv === 'function' && (typeof o !== 'object' || o.$$nodict === true)) {
    throwError('AttributeError', `'${t.name}' object attribute '${name}' is read-only`);
  }
  noAttr(o, name);
}

export function hasattr(o: any, name: string): boolean {
  try {
    return getattrOr(o, name) !== undefined;
  } catch (e) {
    if (e instanceof PyBaseException && isAttrError(e)) return false;
    throw e;
  }
}

// --- method calls ------------------------------------------------------------------------------

/** `o.name(*args)`; may return a frame (ABI §4). */
export function callMethod(o: any, name: string, args: any[]): any {
  if (!badName(name)) {
    const key = '$' + name;
    const tp = typeof o;
    let f: any;
    if (tp === 'object') {
      f = o[key];
      // (a free builtin function stored in a class is not a method: getattr returns it unbound)
      if (typeof f !== 'function' || o.$$inst !== true || o instanceof PyModule || f.$$info?.free === true) f = undefined;
    } else if (tp !== 'function') {
      f = typeOf(o).proto[key];
      if (typeof f !== 'function') f = undefined;
    }
    if (f !== undefined) {
      const info: Info | undefined = f.$$info;
      const n = args.length + 1;
      if (info !== undefined && info.simple && n <= info.npos && n >= info.minpos) {
        switch (args.length) {
          case 0: return f(o);
          case 1: return f(o, args[0]);
          case 2: return f(o, args[0], args[1]);
          case 3: return f(o, args[0], args[1], args[2]);
        }
        return f(o, ...args);
      }
      return callGeneral(f, [o, ...args], null, null);
    }
  }
  return callGeneral(getattr(o, name), args, null, null);
}

export function callMethodKw(o: any, name: string, args: any[], kwnames: string[], kwvalues: any[]): any {
  if (!badName(name)) {
    const key = '$' + name;
    const tp = typeof o;
    let f: any;
    if (tp === 'object') {
      f = o[key];
      // (a free builtin function stored in a class is not a method: getattr returns it unbound)
      if (typeof f !== 'function' || o.$$inst !== true || o instanceof PyModule || f.$$info?.free === true) f = undefined;
    } else if (tp !== 'function') {
      f = typeOf(o).proto[key];
      if (typeof f !== 'function') f = undefined;
    }
    if (f !== undefined) return callGeneral(f, [o, ...args], kwnames, kwvalues);
  }
  return callGeneral(getattr(o, name), args, kwnames, kwvalues);
}
