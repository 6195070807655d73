// `super()`: the compiler passes the enclosing class and the method's first argument.
import { PyType, PyObjectBase, typeOf, builtinType, isSubtype } from './core';
import { throwError } from './errors';
import { callGeneral, PyMethod } from './calls';
import { PyStaticMethod, PyClassMethod, PyProperty } from './descriptors';
import { bindDescriptor } from './attrs';


export class PySuper extends PyObjectBase {
  constructor(readonly thisClass: PyType, readonly obj: any, readonly objType: PyType) { super(); }
}
(PySuper.prototype as any).$$nodict = true;
export const superType = builtinType('super', null, PySuper.prototype);

/** `super()` in a method of class `cls` whose first argument is `self` (or `super(cls, self)`). */
export function superOf(cls: any, self: any): PySuper {
  if (cls === undefined) throwError('RuntimeError', 'super(): __class__ cell not found');
  if (!(cls instanceof PyType)) throwError('TypeError', `super() argument 1 must be a type, not ${typeOf(cls).name}`);
  if (self === undefined) throwError('RuntimeError', 'super(): no arguments');
  let objType: PyType;
  if (self instanceof PyType && isSubtype(self, cls)) objType = self;
  else {
    objType = typeOf(self);
    if (!isSubtype(objType, cls)) throwError('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  }
  return new PySuper(cls, self, objType);
}

/** boxed.ts installs the lookup of int/float/str's unboxing wrappers (no import: a cycle). */
let unboxedProto: (c: PyType, key: string) => any = () => undefined;
export function setUnboxedLookup(f: (c: PyType, key: string) => any): void { unboxedProto = f; }
/** Attribute lookup on a super object: the MRO after `thisClass`. */
export function superGetattr(s: PySuper, name: string): any {
  const key = '$' + name;
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisClass) + 1;
  for (; i < mro.length; i++) {
    const c = mro[i];
    let p = c.proto;
    // int/float/str as seen from their subclasses: the unboxing wrappers (boxed.ts)
    p = unboxedProto(c, key) ?? p;
    if (!Object.prototype.hasOwnProperty.call(p, key) || (c.copied !== null && c.copied.has(key))) continue;
    const v = p[key];
    const selfIsType = s.obj === s.objType && s.obj instanceof PyType && !(typeOf(s.obj) === s.objType);
    if (typeof v === 'function') return selfIsType ? v : new PyMethod(v, s.obj);
    if (v instanceof PyStaticMethod) return v.fn;
    if (v instanceof PyClassMethod) return new PyMethod(v.fn, s.objType);
    if (v instanceof PyProperty) return selfIsType ? v : bindDescriptor(v, s.obj, s.objType);
    if (v !== null && typeof v === 'object' && v.$$d !== undefined) return bindDescriptor(v, s.obj, s.objType);
    return v;
  }
  if (name === '__class__') return superType;
  throwError('AttributeError', `'super' object has no attribute '${name}'`);
}

/** `super().name(*args)`. May return a frame. */
export function superCall(s: PySuper, name: string, args: any[]): any {
  return callGeneral(superGetattr(s, name), args, null, null);
}

