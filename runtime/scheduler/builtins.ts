// The concurrency builtins (concurrency.md §2). The suspending ones are `function*`s: compiled
// code calls them with `yield*`, and as Python values they are callables whose call returns a
// frame that suspendable callers drive. `cancel` never suspends, so it is a plain function.
import { None, typeName } from '../objects/core';
import { throwError, pyError } from '../objects/errors';
import { PyList, type PyTuple } from '../objects/containers/list';
import { builtin } from '../objects/calls';
import { PyFloat } from '../objects/numbers/box';
import { PyCoroutine, CREATED, DONE } from './coroutine';
import { active } from './scheduler';
import {
  Request, YIELD, FRAME, RECEIVE, SleepRequest, DriveRequest, AwaitRequest, D_RUN, D_GATHER, D_TIMEOUT,
} from './requests';
import { PyAsyncGenerator } from './asyncgen';
import { SleepFrame } from './sleepframe';

/** A JS double for a Python int/bool/float, or undefined for anything else. */
function numberValue(x: any): number | undefined {
  switch (typeof x) {
    case 'number':
      return x;
    case 'boolean':
      return x ? 1 : 0;
    case 'bigint':
      return Number(x);
  }
  return x instanceof PyFloat ? x.v : undefined;
}

let markSeq = 0;

/**
 * The distinct coroutines among `coros` (argument order), checked for being drivable before
 * any of them starts: one driver per coroutine (concurrency.md §1). Duplicates are found by
 * stamping each coroutine with a number fresh to this call: a Set of 100,000 coroutines (fanout)
 * cost more than the rest of gather, since every object needs a hash code made for it.
 */
function drivable(coros: PyCoroutine[]): PyCoroutine[] {
  const out: PyCoroutine[] = [];
  const stamp = ++markSeq;
  for (let i = 0; i < coros.length; i++) {
    const c = coros[i];
    if (c.mark === stamp) continue;
    c.mark = stamp;
    if (c.st >= DONE) throwError('RuntimeError', 'cannot reuse already awaited coroutine');
    if (c.st !== CREATED) throwError('RuntimeError', 'coroutine is being awaited already');
    out.push(c);
  }
  return out;
}

function exactArgs(name: string, n: number, args: any[]): void {
  if (args.length !== n) {
    if (n === 0) throwError('TypeError', `${name}() takes no arguments (${args.length} given)`);
    if (n === 1) throwError('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
    throwError('TypeError', `${name} expected ${n} arguments, got ${args.length}`);
  }
}

/** run(*coros): drives them all; the first argument's value, exception, or None. */
export function* run(...args: any[]): Generator<any, any, any> {
  const coros: PyCoroutine[] = [];
  for (const a of args) if (a instanceof PyCoroutine) coros.push(a);
  if (coros.length === 0) return None;
  return yield new DriveRequest(D_RUN, args, drivable(coros), null);
}

/** gather(*coros): the values in argument order; the first errored (argument order) raises. */
export function* gather(...args: any[]): Generator<any, any, any> {
  const r = gatherRequest(args);
  return r instanceof Request ? yield r : r;
}

/** gather's request over an array of arguments, or its value at once (no arguments: []). */
function gatherRequest(args: any[]): Request | PyList {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!(a instanceof PyCoroutine)) throwError('TypeError', `gather() argument must be a coroutine, not ${typeName(a)}`);
  }
  if (args.length === 0) return new PyList([]);
  return new DriveRequest(D_GATHER, args, drivable(args), null);
}

/** with_timeout(seconds, coro): coro's outcome, or TimeoutError once the deadline passed. */
export function* with_timeout(...args: any[]): Generator<any, any, any> {
  exactArgs('with_timeout', 2, args);
  const seconds = numberValue(args[0]);
  const coro = args[1];
  if (seconds === undefined) throwError('TypeError', 'with_timeout() seconds must be a number');
  if (!(coro instanceof PyCoroutine)) throwError('TypeError', 'with_timeout() requires a coroutine');
  if (Number.isNaN(seconds)) throwError('ValueError', 'Invalid value NaN (not a number)');
  const children = drivable([coro]);
  return yield new DriveRequest(D_TIMEOUT, args, children, seconds === Infinity ? null : seconds);
}

/** The timer length of sleep(seconds), or 0 for a pure yield; CPython's time.sleep errors. */
function sleepSeconds(x: any): number {
  const s = numberValue(x);
  if (s === undefined) throwError('TypeError', `'${typeName(x)}' object cannot be interpreted as an integer`);
  if (Number.isNaN(s)) throwError('ValueError', 'Invalid value NaN (not a number)');
  // CPython's limit: the sleep must fit in a signed 64-bit count of nanoseconds
  if (s >= 9223372036.854775) throwError('OverflowError', 'timestamp too large to convert to C _PyTime_t');
  return s > 0 ? s : 0;
}

/** the frame of every sleep(0): it holds no state (sleepframe.ts) */
const YIELD_FRAME = new SleepFrame(YIELD);

/**
 * sleep(seconds): None after `seconds`; <= 0 is a pure yield to the back of the ready queue.
 * A plain function that returns a frame (sleepframe.ts), so compiled `yield* sleep(x)` makes no
 * generator; argument errors are raised at the call, as a generator's first step would.
 */
export function sleep(seconds: any): Generator<any, any, any> {
  // `arguments` rather than rest parameters: no array per call on the hottest path
  if (arguments.length !== 1) exactArgs('sleep', 1, Array.from(arguments));
  const s = typeof seconds === 'number' && seconds === 0 ? 0 : sleepSeconds(seconds);
  return (s === 0 ? YIELD_FRAME : new SleepFrame(new SleepRequest(s))) as unknown as Generator<any, any, any>;
}

/**
 * The request of `sleep(seconds)` without the generator: compiled code whose `sleep` is
 * provably the builtin may emit `(yield $rt.sleepRequest(x))` for `sleep(x)`, which saves a
 * generator and a `yield*` delegation per call (the cost of a switch is mostly those).
 */
export function sleepRequest(seconds: any): Request {
  const s = typeof seconds === 'number' && seconds === 0 ? 0 : sleepSeconds(seconds);
  return s === 0 ? YIELD : new SleepRequest(s);
}

/** frame(): None after the next frame tick. */
export function* frame(...args: any[]): Generator<any, any, any> {
  exactArgs('frame', 0, args);
  return yield FRAME;
}

/** receive(): the oldest queued message, else waits for one (FIFO receivers). */
export function* receive(...args: any[]): Generator<any, any, any> {
  exactArgs('receive', 0, args);
  const s = active;
  if (s !== null && s.events.length > 0) return s.events.shift();
  return yield RECEIVE;
}

/** cancel(coro): silent, cooperative cancellation; never suspends. */
export function cancel(...args: any[]): any {
  exactArgs('cancel', 1, args);
  const c = args[0];
  if (!(c instanceof PyCoroutine)) throwError('TypeError', `cancel() argument must be a coroutine, not ${typeName(c)}`);
  if (active !== null) active.cancel(c);
  else if (c.st === CREATED) c.creq = true;
  return None;
}

/**
 * `await x` (compiled as `yield* $rt.awaitValue(x)`): a coroutine runs inline and gives its
 * value, its exception, or None if cancelled; any other value passes through unchanged.
 */
export function* awaitValue(x: any): Generator<any, any, any> {
  if (x instanceof PyCoroutine) {
    drivable([x]);
    return yield new AwaitRequest(x);
  }
  if (x instanceof PyAsyncGenerator) {
    throw pyError('TypeError', "object async_generator can't be used in 'await' expression");
  }
  return x;
}

// Python-facing metadata (runtime ABI §3). Fixed-arity builtins are the functions above; `run`
// and `gather` take `*coros`, which the calling convention passes as one tuple, so their Python
// values are thin wrappers (compiled code that knows the builtin calls `$rt.run(a, b)` directly).
const exactly = (name: string, what: string) => `${name}() takes ${what} ({n} given)`;
builtin('sleep', ['seconds'], sleep, { arityError: exactly('sleep', 'exactly one argument') });
builtin('frame', [], frame, { arityError: exactly('frame', 'no arguments') });
builtin('receive', [], receive, { arityError: exactly('receive', 'no arguments') });
builtin('cancel', ['coro'], cancel, { arityError: exactly('cancel', 'exactly one argument') });
builtin('with_timeout', ['seconds', 'coro'], with_timeout, { arityError: 'with_timeout expected 2 arguments, got {n}' });

const runPy = builtin('run', [], function* (coros: PyTuple): Generator<any, any, any> {
  return yield* run(...coros.items);
}, { vararg: 'coros' });
const gatherPy = builtin('gather', [], function* (coros: PyTuple): Generator<any, any, any> {
  // no spread: `gather(*jobs)` may pass 100,000 coroutines (a tuple's items never change)
  const r = gatherRequest(coros.items);
  return r instanceof Request ? yield r : r;
}, { vararg: 'coros' });

/** The builtins this module provides, by Python name (registered in `builtins`). */
export const schedulerBuiltins: Record<string, (...args: any[]) => any> = {
  run: runPy, sleep, frame, gather: gatherPy, with_timeout, cancel, receive,
};
