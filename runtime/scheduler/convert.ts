// Values crossing the host boundary (concurrency.md §5): what a deferred host call resolves or
// rejects with becomes a Python value or exception for the coroutine that issued it.
import { None, PyObjectBase } from '../objects/core';
import { pyError, isException, exceptionClasses, newException } from '../objects/errors';
import { PyList } from '../objects/containers/list';
import { PyDict } from '../objects/containers/dict';
import { normBig } from '../objects/numbers/box';

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
    case 'function':
      return v;
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
      return v;
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
