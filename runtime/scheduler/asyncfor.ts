// `async for` and `async with` (concurrency.md §1). Compiled code:
//   const $it = $rt.asyncIter(x);
//   for (;;) { const $v = yield* $rt.asyncNext($it); if ($v === $rt.STOP) break; ... }
//   const $h = yield* $rt.asyncWithEnter(cm); target = $h.value;
//   ... on leaving the block: yield* $rt.asyncWithExit($h, exceptionOrNull) → true to suppress
import { typeOf, None } from '../objects/core';
import { pyError, isException } from '../objects/errors';
import { iter, nextS, STOP } from '../objects/iter';
import { truthy } from '../objects/truthy';
import { Frame } from './frames';
import { PyCoroutine } from './coroutine';
import { PyAsyncGenerator, asyncGenNext, ASYNC_DONE } from './asyncgen';
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

/** Calls a special method found on a class; the result may be a frame. */
function callSpecial(f: any, self: any): any {
  return typeof f === 'function' ? f(self) : f;
}

export function asyncIter(x: any): AsyncLoop {
  if (x instanceof PyAsyncGenerator) return new AsyncLoop(K_AGEN, x);
  if (x instanceof PyCoroutine) {
    throw pyError('TypeError', "'async for' requires an object with __aiter__ method, got coroutine");
  }
  const aiter = typeOf(x).proto.$__aiter__;
  if (typeof aiter === 'function') {
    let ait = callSpecial(aiter, x);
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

/** The next value of an `async for`, or STOP. */
export function* asyncNext(h: AsyncLoop): Generator<any, any, any> {
  switch (h.kind) {
    case K_LOOP: {
      const r = nextS(h.it);
      return r instanceof Frame ? yield* r : r;
    }
    case K_AGEN: {
      const v = yield* asyncGenNext(h.it);
      return v === ASYNC_DONE ? STOP : v;
    }
  }
  let aw = h.anext(h.it);
  if (aw instanceof Frame) aw = yield* aw;
  try {
    return yield* awaitValue(aw);
  } catch (e) {
    if (isException(e) && typeOf(e).mro.some((c) => c.name === 'StopAsyncIteration' && c.module === 'builtins')) return STOP;
    throw e;
  }
}

export class AsyncWith {
  value: any = None;
  constructor(
    readonly cm: any,
    readonly exit: any,
    readonly isAsync: boolean,
  ) {}
}

/** Enters `async with cm`: awaits `__aenter__` when defined, else calls `__enter__`. */
export function* asyncWithEnter(cm: any): Generator<any, AsyncWith, any> {
  const proto = typeOf(cm).proto;
  const aenter = proto.$__aenter__;
  let h: AsyncWith;
  let enter: any;
  if (typeof aenter === 'function') {
    const aexit = proto.$__aexit__;
    if (typeof aexit !== 'function') {
      throw pyError('TypeError', `'${typeOf(cm).name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
    }
    h = new AsyncWith(cm, aexit, true);
    enter = aenter;
  } else {
    enter = proto.$__enter__;
    const exit = proto.$__exit__;
    if (typeof enter !== 'function' || typeof exit !== 'function') {
      throw pyError('TypeError', `'${typeOf(cm).name}' object does not support the asynchronous context manager protocol`);
    }
    h = new AsyncWith(cm, exit, false);
  }
  let v = enter(cm);
  if (v instanceof Frame) v = yield* v;
  if (h.isAsync) v = yield* awaitValue(v);
  h.value = v;
  return h;
}

/**
 * Leaves `async with`: `exc` is the exception leaving the block, or null (normal exit, return,
 * break, and silent cancellation: `__exit__(None, None, None)`). True means suppress `exc`.
 */
export function* asyncWithExit(h: AsyncWith, exc: any): Generator<any, boolean, any> {
  let r = exc === null ? h.exit(h.cm, None, None, None) : h.exit(h.cm, typeOf(exc), exc, None);
  if (r instanceof Frame) r = yield* r;
  if (h.isAsync) r = yield* awaitValue(r);
  return exc !== null && truthy(r);
}
