// Values crossing the host boundary (concurrency.md §5): what a deferred host call resolves or
// rejects with becomes a Python value or exception for the coroutine that issued it.
import { None, PyObjectBase, builtinType } from '../objects/core';
import { pyError, isException, exceptionClasses, newException } from '../objects/errors';
import { PyList } from '../objects/containers/list';
import { PyDict } from '../objects/containers/dict';
import { normBig } from '../objects/numbers/box';
import { wrapHostFunction } from '../program/host';

/**
 * A JS object a host hands to Python that is not JSON-shaped (a class instance, a DOM node,
 * the global object): an opaque handle. Python can hold it, compare it by identity and pass it
 * back to host functions (which receive the original object), but cannot read or write through
 * it: it has no attributes and no `__dict__`, and the JS object is in a private field.
 */
export class HostObject extends PyObjectBase {
  readonly #value: object;
  constructor(value: object) {
    super();
    this.#value = value;
  }
  static unwrap(h: HostObject): object {
    return h.#value;
  }
}
(HostObject.prototype as any).$$nodict = true;
export const hostObjectType = builtinType('host_object', null, HostObject.prototype);

export function makeList(items: any[]): PyList {
  return new PyList(items);
}

/**
 * A JS value from a host as a Python value: null/undefined → None, arrays → list, plain
 * objects → dict (JSON shapes, so `fetch_json` gives dicts and lists); Python values unchanged.
 */
export function hostValueToPython(v: any): any {
  switch (typeof v) {
    case 'undefined':
      return None;
    case 'number':
      return v === 0 ? 0 : v; // never -0 as an int
    case 'string':
    case 'boolean':
      return v;
    case 'function':
      // Python callables pass through; a raw JS function gets the host calling convention
      // (arguments converted to plain JS values, results back to Python).
      return wrapHostFunction('host', typeof v.name === 'string' && v.name !== '' ? v.name : 'function', v);
    case 'bigint':
      return normBig(v);
    case 'object': {
      if (v === null) return None;
      if (v instanceof PyObjectBase) return v;
      if (Array.isArray(v)) return new PyList(v.map(hostValueToPython));
      const proto = Object.getPrototypeOf(v);
      if (proto === Object.prototype || proto === null) {
        const d = new PyDict();
        for (const k of Object.keys(v)) d.set(k, hostValueToPython(v[k]));
        return d;
      }
      return new HostObject(v);
    }
  }
  return v;
}

/**
 * A host rejection as a Python exception: a Python exception passes through; an object with a
 * `pythonType` naming a built-in exception class becomes that class; anything else is
 * `RuntimeError(message)`.
 */
export function hostErrorToPython(e: any): any {
  if (isException(e)) return e;
  const message = e !== null && typeof e === 'object' && typeof e.message === 'string' ? e.message : String(e);
  const typeName = e !== null && typeof e === 'object' ? e.pythonType : undefined;
  if (typeof typeName === 'string') {
    const cls = exceptionClasses[typeName];
    if (cls !== undefined) return newException(cls, [message]);
  }
  return pyError('RuntimeError', message);
}
