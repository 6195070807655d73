// Attributes computed from internal fields rather than stored as `$`-properties: `__class__`,
// `__name__`, `__mro__`, `__dict__`, exception `args`, method `__self__`, ... They are only
// consulted after the `$`-property lookup fails, so the compiler's inline reads stay correct.
import { typeOf, PyType, None } from './core';
import { PyBaseException } from './errors';
import { tuple } from './containers/list';
import { PyDict } from './containers/dict';
import { PyMethod, type Info } from './calls';
import { PyFloat } from './numbers/box';
import { instanceDict, globalsDict } from './nsdict';
import { PyModule } from '../program/module';

export function specialAttr(o: any, name: string): any {
  if (name === '__class__') return typeOf(o);
  const tp = typeof o;
  if (tp === 'number' || tp === 'bigint' || tp === 'boolean' || o instanceof PyFloat) {
    const isInt = tp === 'bigint' || tp === 'boolean' || (tp === 'number' && Number.isInteger(o));
    switch (name) {
      case 'real': return tp === 'boolean' ? +o : o;
      case 'imag': return isInt ? 0 : new PyFloat(0);
      case 'numerator': return isInt ? (tp === 'boolean' ? +o : o) : undefined;
      case 'denominator': return isInt ? 1 : undefined;
    }
    return undefined;
  }
  if (o !== null && tp === 'object' && o.$$fields !== undefined && o.$$fields.includes(name)) return o[name];
  if (o instanceof PyType) {
    switch (name) {
      case '__name__': return o.name;
      case '__qualname__': return o.qualname;
      case '__module__': return o.module;
      case '__mro__': return tuple(o.mro.slice());
      case '__bases__': return tuple(o.bases.slice());
      case '__base__': return o.bases.length ? o.bases[0] : None;
      case '__doc__': return None;
      case '__dict__': return ownDict(o.proto);
    }
    return undefined;
  }
  if (typeof o === 'function') {
    const info: Info | undefined = o.$$info;
    if (info === undefined) return undefined;
    switch (name) {
      case '__name__': return info.name;
      case '__qualname__': return info.qualname;
      case '__module__': return info.module;
      case '__doc__': return info.doc ?? None;
      case '__dict__': return instanceDict(o);
      case '__defaults__': return info.kind !== 'builtin' && o.$$d !== undefined ? tuple(o.$$d.slice()) : (info.kind === 'builtin' ? undefined : None);
      case '__kwdefaults__': {
        if (info.kind === 'builtin') return undefined;
        const kd: any[] | undefined = o.$$kd;
        if (kd === undefined || !kd.some((v) => v !== undefined)) return None;
        const d = new PyDict();
        info.kwonly.forEach((k, i) => { if (kd[i] !== undefined) d.table.set(k, kd[i]); });
        return d;
      }
    }
    return undefined;
  }
  if (o instanceof PyBaseException) {
    switch (name) {
      case 'args': return tuple(o.$$args.slice());
      case '__traceback__': return None;
      case '__dict__': return instanceDict(o);
    }
    return undefined;
  }
  if (o instanceof PyMethod) {
    if (name === '__self__') return o.self;
    if (name === '__func__') return o.fn;
    if (name === '__name__') return o.fn.$$info?.name;
    if (name === '__qualname__') return o.fn.$$info?.qualname;
    return undefined;
  }
  if (name === '__dict__' && o !== null && typeof o === 'object' && o.$$nodict !== true && o.$$cls && o.$$cls.user) {
    return instanceDict(o);
  }
  if (name === '__dict__' && o instanceof PyModule) return globalsDict(o);
  return undefined;
}

/** A snapshot dict of an object's own `$`-attributes (`vars()`, `__dict__`). */
export function ownDict(o: any): PyDict {
  const d = new PyDict();
  for (const k of Object.keys(o)) {
    if (k.charCodeAt(0) !== 36 || k.charCodeAt(1) === 36) continue;
    let v = o[k];
    if (v !== null && typeof v === 'object' && v.$$d === 3) v = v.fn;
    d.table.set(k.slice(1), v);
  }
  return d;
}
