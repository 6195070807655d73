// Async generators (`async def` with `yield`, concurrency.md §1): not coroutines, iterated only
// by `async for`. The body is a `function*` whose Python `yield v` is a JS `yield v` of a plain
// value and whose suspensions are yielded requests; `asyncGenNext` forwards the requests to the
// scheduler on the consumer's chain and returns at the next plain value.
import { PyObjectBase, builtinType } from '../objects/core';
import { pyError, isErrorOf } from '../objects/errors';
import { step } from './forward';

export class PyAsyncGenerator extends PyObjectBase {
  body: Generator | null;
  fn: any;
  /** a consumer is inside the body now */
  running = false;
  constructor(body: Generator, fn: any) {
    super();
    this.body = body;
    this.fn = fn;
  }
}

export const asyncGeneratorType = builtinType('async_generator', null, PyAsyncGenerator.prototype);
(PyAsyncGenerator.prototype as any).$__repr__ = function (self: PyAsyncGenerator): string {
  const name = self.fn?.$$info?.qualname ?? self.fn?.name ?? '?';
  return `<async_generator object ${name}>`;
};

/** Called by the compiled wrapper of an `async def` containing `yield` (runtime ABI §3). */
export function mkasyncgen(body: Generator, fn: any): PyAsyncGenerator {
  return new PyAsyncGenerator(body, fn);
}

/** Marks the end of an async iteration (returned by `asyncNext`). */
export const ASYNC_DONE: unique symbol = Symbol('async iteration done');

/** The next value of an async generator, or ASYNC_DONE when its body has returned. */
export function* asyncGenNext(g: PyAsyncGenerator): Generator<any, any, any> {
  const body = g.body;
  if (body === null) return ASYNC_DONE;
  if (g.running) throw pyError('RuntimeError', 'anext(): asynchronous generator is already running');
  g.running = true;
  let r: IteratorResult<any>;
  try {
    r = yield* step(body, 0, undefined);
  } catch (e) {
    g.body = null;
    throw e;
  } finally {
    g.running = false;
  }
  if (r.done) {
    g.body = null;
    return ASYNC_DONE;
  }
  return r.value;
}

/**
 * Closes an unfinished async generator as `aclose()` does: GeneratorExit thrown in where it
 * waits, its cleanup (which may suspend) run to the end. Compiled `async for` loops over a
 * fresh async generator call it (through acloseLoop) when they end early.
 */
export function* asyncGenClose(g: PyAsyncGenerator): Generator<any, void, any> {
  const body = g.body;
  if (body === null || g.running) return;
  g.running = true;
  try {
    const r = yield* step(body, 1, pyError('GeneratorExit'));
    if (!r.done) throw pyError('RuntimeError', 'async generator ignored GeneratorExit');
  } catch (e) {
    if (!isErrorOf(e, 'GeneratorExit') && !isErrorOf(e, 'StopAsyncIteration')) throw e;
  } finally {
    g.running = false;
    g.body = null;
  }
}
