// `async for` and `async with` (concurrency.md §1), with the names of runtime ABI §8:
//   const $it = $rt.aiter(x);
//   for (;;) { const $v = yield* $rt.anext($it); if ($v === undefined) break; ... }
//   const $exit = $rt.awithExit(mgr); target = yield* $rt.awithEnter(mgr);
//   ... leaving by exception e: if (!(yield* $rt.awithExitExc($exit, e))) throw e;
//   ... leaving otherwise (incl. cancellation): yield* $rt.awithExitNone($exit);
import { typeOf, None } from '../objects/core';
import { pyError, isException } from '../objects/errors';
import { iter, nextS, STOP } from '../objects/iter';
import { truthy } from '../objects/truthy';
import { Frame } from './frames';
import { callDunderS } from '../objects/dunder';
import { PyCoroutine } from './coroutine';
import { PyAsyncGenerator, asyncGenNext, asyncGenClose, ASYNC_DONE } from './asyncgen';
import { awaitValue } from './builtins';

const K_LOOP = 0; // a plain iterable: B's loop iterator
const K_AGEN = 1; // an async generator
const K_ANEXT = 2; // an object with __aiter__/__anext__

export class AsyncLoop {
  constructor(
    readonly kind: number,
    readonly it: any,
    readonly anext: any = null,
  ) {}
}


/** `aiter(x)`: the async iterator of an `async for`. */
export function aiter(x: any): AsyncLoop {
  if (x instanceof PyAsyncGenerator) return new AsyncLoop(K_AGEN, x);
  if (x instanceof PyCoroutine) {
    throw pyError('TypeError', "'async for' requires an object with __aiter__ method, got coroutine");
  }
  const aiter = typeOf(x).proto.$__aiter__;
  if (typeof aiter === 'function') {
    let ait = callDunderS(aiter, x, []);
    if (ait instanceof Frame) throw pyError('TypeError', "'async for' received an invalid object from __aiter__");
    if (ait instanceof PyAsyncGenerator) return new AsyncLoop(K_AGEN, ait);
    const anext = typeOf(ait).proto.$__anext__;
    if (typeof anext !== 'function') {
      throw pyError('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(ait).name}`);
    }
    return new AsyncLoop(K_ANEXT, ait, anext);
  }
  return new AsyncLoop(K_LOOP, iter(x));
}

/** `anext(it)`: the next value of an `async for`, or `undefined` at the end. */
export function* anext(h: AsyncLoop): Generator<any, any, any> {
  switch (h.kind) {
    case K_LOOP: {
      let r = nextS(h.it);
      if (r instanceof Frame) r = yield* r;
      return r === STOP ? undefined : r;
    }
    case K_AGEN: {
      const v = yield* asyncGenNext(h.it);
      return v === ASYNC_DONE ? undefined : v;
    }
  }
  let aw = callDunderS(h.anext, h.it, []);
  if (aw instanceof Frame) aw = yield* aw;
  try {
    return yield* awaitValue(aw);
  } catch (e) {
    if (isException(e) && typeOf(e).mro.some((c) => c.name === 'StopAsyncIteration' && c.module === 'builtins')) return undefined;
    throw e;
  }
}

/**
 * The end of a compiled `async for` over a fresh async generator (`async for x in agen():`):
 * left early, the generator is closed there, as CPython's reference counting drops it (its
 * `finally` runs before the code after the loop).
 */
export function* acloseLoop(h: AsyncLoop): Generator<any, void, any> {
  if (h.kind === K_AGEN) yield* asyncGenClose(h.it);
}

/** A bound `__aexit__` (awaited) or `__exit__` of an `async with` manager. */
export interface AsyncExit {
  (t: any, v: any, tb: any): any;
  isAsync: boolean;
}

/**
 * `awithExit(mgr)`: the bound `__aexit__` when the class defines `__aenter__`, else the bound
 * `__exit__` (concurrency.md §1: `async with` falls back to the sync protocol).
 */
export function awithExit(mgr: any): AsyncExit {
  const t = typeOf(mgr);
  const proto = t.proto;
  const isAsync = typeof proto.$__aenter__ === 'function';
  const enter = isAsync ? proto.$__aenter__ : proto.$__enter__;
  const exit = isAsync ? proto.$__aexit__ : proto.$__exit__;
  if (typeof enter !== 'function') {
    throw pyError('TypeError', `'${t.name}' object does not support the asynchronous context manager protocol`);
  }
  if (typeof exit !== 'function') {
    throw pyError('TypeError', `'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  // through the argument binder: `def __exit__(self, *exc)` takes a tuple
  const bound = ((a: any, b: any, c: any) => callDunderS(exit, mgr, [a, b, c])) as AsyncExit;
  bound.isAsync = isAsync;
  return bound;
}

/** `awithEnter(mgr)`: awaits `__aenter__()` when defined, else calls `__enter__()`. */
export function* awithEnter(mgr: any): Generator<any, any, any> {
  const proto = typeOf(mgr).proto;
  const isAsync = typeof proto.$__aenter__ === 'function';
  let v = callDunderS(isAsync ? proto.$__aenter__ : proto.$__enter__, mgr, []);
  if (v instanceof Frame) v = yield* v;
  return isAsync ? yield* awaitValue(v) : v;
}

function* callExit(exit: AsyncExit, t: any, v: any): Generator<any, any, any> {
  let r = exit(t, v, None);
  if (r instanceof Frame) r = yield* r;
  return exit.isAsync ? yield* awaitValue(r) : r;
}

/** Leaving `async with` by exception `e`: true when the manager suppresses it. */
export function* awithExitExc(exit: AsyncExit, e: any): Generator<any, boolean, any> {
  return truthy(yield* callExit(exit, typeOf(e), e));
}

/**
 * Leaving `async with` normally, by return/break, or by silent cancellation (`return()` on the
 * chain runs this from the compiled `finally`): `__aexit__(None, None, None)`.
 */
export function* awithExitNone(exit: AsyncExit): Generator<any, void, any> {
  yield* callExit(exit, None, None);
}
