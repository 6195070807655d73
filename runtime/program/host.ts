// Host modules (concurrency.md §5): plain JS objects of functions supplied by the embedder
// (`modules: { name: {...} }`). A function returning a plain value (or throwing) is
// synchronous; one returning a thenable makes a deferred call: its coroutine parks and the
// settlement is routed back to exactly that call site.
import { None, PyObjectBase } from '../objects/core';
import { PyList, PyTuple } from '../objects/containers/list';
import { PyDict } from '../objects/containers/dict';
import { PyFloat } from '../objects/numbers/box';
import { HostRequest } from '../scheduler/requests';
import { hostValueToPython, hostErrorToPython, HostObject } from '../scheduler/convert';
import { PyModule } from './module';
import { fn } from '../objects/calls';

/** A Python value as a plain JS value for a host function. */
export function pythonToHost(v: any): any {
  if (v === None) return null;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof HostObject) return HostObject.unwrap(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(pythonToHost);
  if (v instanceof PyDict) {
    const o: Record<string, any> = {};
    const t = v.table;
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (t.find(k) === i) o[String(k)] = pythonToHost(t.vals![i]);
    }
    return o;
  }
  return v;
}

/**
 * The frame of a deferred host call: suspends its chain until `promise` settles. `abort` is
 * aborted if the issuer is cancelled first (its result is then dropped).
 */
export function* hostCall(promise: PromiseLike<any>, abort: AbortController | null = null): Generator<any, any, any> {
  return yield new HostRequest(promise, abort);
}

function isThenable(x: any): x is PromiseLike<any> {
  return x !== null && (typeof x === 'object' || typeof x === 'function') && typeof x.then === 'function';
}

/**
 * A host function as a Python callable. Arguments become plain JS values; a host function with
 * `hostSignal = true` also receives an AbortSignal last, aborted when its issuer is cancelled.
 */
export function wrapHostFunction(moduleName: string, name: string, f: (...a: any[]) => any): any {
  if ((f as any).$$info !== undefined) return f; // already a Python callable
  const wantsSignal = (f as any).hostSignal === true;
  const invoke = (given: any[]): any => {
    let n = given.length;
    while (n > 0 && given[n - 1] === undefined) n--; // optional parameters not passed
    const jsArgs = given.slice(0, n).map(pythonToHost);
    const abort = wantsSignal ? new AbortController() : null;
    if (abort !== null) jsArgs.push(abort.signal);
    let r: any;
    try {
      r = f(...jsArgs);
    } catch (e) {
      throw hostErrorToPython(e);
    }
    return isThenable(r) ? hostCall(r, abort) : hostValueToPython(r);
  };
  // Declared JS parameters become optional positional parameters, so calls stay direct; a
  // function declared with a rest parameter (length 0) takes `*args`. No keyword arguments.
  const arity = Math.max(0, f.length - (wantsSignal ? 1 : 0));
  const info = { name, qualname: name, module: moduleName, kind: 'builtin' as const, free: true };
  if (arity === 0) {
    return fn((args?: PyTuple) => invoke(args === undefined ? [] : args.items), { ...info, params: [], vararg: 'args' });
  }
  const params = Array.from({ length: arity }, (_, i) => `arg${i}`);
  return fn((...args: any[]) => invoke(args), { ...info, params, ndefaults: arity });
}

/** A module object for a host module: functions wrapped, other values converted. */
export function hostModule(name: string, obj: Record<string, any>): PyModule {
  if (obj instanceof PyModule) return obj;
  const m = new PyModule(name, null) as any;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    m['$' + key] = typeof v === 'function' ? wrapHostFunction(name, key, v) : v instanceof PyObjectBase ? v : hostValueToPython(v);
  }
  return m;
}
