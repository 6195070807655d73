// Coroutine objects (concurrency.md §1): what calling an `async def` returns. The compiled
// wrapper calls the body `function*` (arguments already bound) and passes the body's iterator
// to `mkcoro`; no body code runs until a driver (run, gather, with_timeout, await) starts it.
import { PyObjectBase, builtinType, None } from '../objects/core';
import type { TimerEntry } from './heap';

// Lifecycle states. QUEUED: driven but not started; RUNNING: the one coroutine executing now.
export const CREATED = 0;
export const QUEUED = 1;
export const RUNNING = 2;
export const SUSPENDED = 3;
export const DONE = 4;
export const ERRORED = 5;
export const CANCELLED = 6;

// What a suspended coroutine waits on (`PyCoroutine.wk`), so cancel() can abandon it.
export const W_NONE = 0;
export const W_TIMER = 1;
export const W_RECEIVE = 2;
export const W_FRAME = 3;
export const W_HOST = 4;
export const W_DRIVE = 5;

/** A driver's wait: run / gather / with_timeout (`kind` from requests.ts) or await (-1). */
export class DriveOp {
  remaining: number;
  abandoned = false;
  timer: Timer | null = null;
  timedOut = false;
  constructor(
    readonly kind: number,
    readonly owner: PyCoroutine,
    readonly args: any[],
    readonly children: PyCoroutine[],
  ) {
    this.remaining = children.length;
  }
}

/** A timer: a sleeper to wake (`co`) or a with_timeout deadline (`op`). */
export interface Timer extends TimerEntry {
  co: PyCoroutine | null;
  op: DriveOp | null;
}

export class PyCoroutine extends PyObjectBase {
  /**
   * the body's JS generator, always a native generator object (the scheduler resumes it through
   * %GeneratorPrototype%.next/throw/return directly); dropped when the coroutine ends
   */
  body: Generator | null;
  /** the `async def` function object (for names in messages) */
  fn: any;
  st = CREATED;
  started = false;
  /** cancel() was called */
  creq = false;
  /** termination under way (its cleanup is running) */
  cing = false;
  /** in the ready queue */
  inq = false;
  /** how to resume: 0 = next(rval), 1 = throw(rval) */
  rmode = 0;
  rval: any = undefined;
  /** what it waits on while suspended (W_* kind and the object) */
  wk = W_NONE;
  wait: any = null;
  /** the driver waiting for this coroutine to end */
  waiter: DriveOp | null = null;
  /** the outcome: value when DONE, exception when ERRORED */
  value: any = None;
  exc: any = null;
  /** the Python frame depth (`depth.n`) of its chain, saved while it is not running */
  d = 1;
  /** the exception being handled (`$rt.handled.e`) in its chain, saved while it is not running */
  h: any = undefined;
  /** scratch stamp for one pass over a driver's arguments (builtins.ts `drivable`) */
  mark = 0;

  constructor(body: Generator, fn: any) {
    super();
    this.body = body;
    this.fn = fn;
  }
}

export const coroutineType = builtinType('coroutine', null, PyCoroutine.prototype);
(PyCoroutine.prototype as any).$__repr__ = function (_self: PyCoroutine): string {
  return '<coroutine>';
};

/** Called by the compiled wrapper of an `async def` (runtime ABI §3). */
export function mkcoro(body: Generator, fn: any): PyCoroutine {
  return new PyCoroutine(body, fn);
}

export function isCoroutine(x: any): x is PyCoroutine {
  return x instanceof PyCoroutine;
}
