// The descriptor objects: property, staticmethod, classmethod, and the wrapper for functions
// stored on instances. `$$d` marks them so the compiler's inline attribute reads take the slow
// path (runtime ABI §2).
import { PyObjectBase, builtinType } from './core';

/** Marker values for `$$d`: 1 non-data descriptor, 2 data descriptor, 3 wrapped instance fn. */
export const NONDATA = 1, DATA = 2, INSTFN = 3;

export class PyProperty extends PyObjectBase {
  constructor(public fget: any, public fset: any, public fdel: any, public doc: any) { super(); }
}
(PyProperty.prototype as any).$$d = DATA;
export const propertyType = builtinType('property', null, PyProperty.prototype);

export class PyStaticMethod extends PyObjectBase {
  constructor(public fn: any) { super(); }
}
(PyStaticMethod.prototype as any).$$d = NONDATA;
export const staticmethodType = builtinType('staticmethod', null, PyStaticMethod.prototype);

export class PyClassMethod extends PyObjectBase {
  constructor(public fn: any) { super(); }
}
(PyClassMethod.prototype as any).$$d = NONDATA;
export const classmethodType = builtinType('classmethod', null, PyClassMethod.prototype);

/** A function stored as an instance attribute: read back unbound (ABI §2 write rule). */
export class InstanceFn {
  constructor(public fn: any) {}
}
(InstanceFn.prototype as any).$$d = INSTFN;

