// The cooperative scheduler (concurrency.md §3, §7): a FIFO ready queue, a timer heap ordered by
// (deadline, creation), FIFO receivers and frame waiters, and deferred host calls in flight.
//
// A coroutine is a JS generator chain (its body plus every suspendable call below it, joined by
// `yield*`). A turn resumes the chain with next()/throw() until it yields a request (requests.ts)
// or ends. Cancellation calls return() on the chain: `finally` blocks and `with` exits run,
// innermost first, and no `except` does, exactly "as if return ran at the suspension point".
//
// Why `yield*` chains rather than a scheduler-held stack of frames: measured on the deep_suspend
// shape (50 plain frames, 100,000 suspensions), a `yield*` chain took 340 ms and a trampoline
// 235 ms, against 600 ms for the Node async/await baseline. Both beat the target, and `yield*`
// keeps compiled calls direct (no per-call round trip through the scheduler) and the ABI simple.
import { None } from '../objects/core';
import { pyError } from '../objects/errors';
import { Fifo } from './queue';
import { TimerHeap } from './heap';
import type { Clock } from './clock';
import { depth, Frame } from './frames';
import { handled } from '../objects/traceback';
import { coroutineLimitError } from '../sandbox/coroutines';
import {
  Request, SleepRequest, HostRequest, DriveRequest, AwaitRequest,
  K_YIELD, K_SLEEP, K_FRAME, K_RECEIVE, K_HOST, K_DRIVE, K_AWAIT, D_RUN, D_GATHER, D_TIMEOUT,
} from './requests';
import {
  PyCoroutine, DriveOp, type Timer,
  CREATED, QUEUED, RUNNING, SUSPENDED, DONE, ERRORED, CANCELLED,
  W_NONE, W_TIMER, W_RECEIVE, W_FRAME, W_HOST, W_DRIVE,
} from './coroutine';
import { hostValueToPython, hostErrorToPython, makeList } from './convert';

const D_AWAIT = -1;

// Coroutine bodies are resumed through %GeneratorPrototype%'s own methods, not `body.next(v)`.
// Compiled code makes a fresh `function*` per coroutine call (bench/FINDINGS.md §1), and each
// such function gives its generators their own map, so a `body.next` property load here sees
// thousands of maps and goes megamorphic: measured on 100,000 bodies, 108-155 ms to start them
// through `body.next()` against 7-16 ms through `genNext.call(body)`. Every coroutine body is
// a native generator object (mkcoro and the session's module body; see coroutine.ts).
const genNext = Frame.prototype.next;
const genThrow = Frame.prototype.throw;
const genReturn = Frame.prototype.return;

/** A deferred host call whose issuer waits for it. */
export class HostCall {
  dropped = false;
  mode = 0;
  value: any = undefined;
  constructor(
    readonly co: PyCoroutine,
    readonly abort: AbortController | null,
  ) {}
}

/** The scheduler whose turns are running now (builtins find their coroutine through it). */
export let active: Scheduler | null = null;

export class Scheduler {
  readonly ready = new Fifo<PyCoroutine>();
  readonly timers = new TimerHeap<Timer>();
  private seq = 0;
  readonly receivers = new Fifo<PyCoroutine>();
  readonly events = new Fifo<string>();
  readonly frameWaiters = new Fifo<PyCoroutine>();
  /** host calls whose issuer still waits (settled or not) */
  inflight = 0;
  /** settled host calls not yet delivered, in settlement order */
  settled: HostCall[] = [];
  /** the coroutine executing now */
  current: PyCoroutine | null = null;
  /** the module body; when it ends the program ends */
  root: PyCoroutine | null = null;
  ended = false;
  /** told when a host call settles (the session wakes its driver) */
  onSettle: (() => void) | null = null;
  /** the embedding session (program.ts): modules, I/O hooks */
  session: any = null;
  /** coroutines awaited or started by run/gather/with_timeout and not ended (sandbox cap) */
  live = 0;
  /** the sandbox profile's maxCoroutines (runtime/sandbox/coroutines.ts) */
  maxLive = Infinity;

  constructor(readonly clock: Clock) {}

  /** Runs turns until the ready queue is empty and no timer is due, or the root ends. */
  runTurns(): void {
    const prev = active;
    const outerDepth = depth.n;
    const outerHandled = handled.e;
    active = this;
    try {
      const ready = this.ready;
      const timers = this.timers;
      while (!this.ended) {
        if (timers.live > 0) this.moveDue();
        const co = ready.shift();
        if (co === undefined) break;
        co.inq = false;
        this.turn(co);
      }
    } finally {
      active = prev;
      this.current = null;
      depth.n = outerDepth;
      handled.e = outerHandled;
    }
  }

  /** Moves due timers to the ready queue in timer order; a due timeout cancels its target. */
  moveDue(): void {
    const now = this.clock.now();
    for (;;) {
      const t = this.timers.peek();
      if (t === undefined || t.at > now) return;
      this.timers.pop();
      if (t.co !== null) {
        this.enqueue(t.co, 0, None);
      } else {
        const op = t.op!;
        op.timer = null;
        op.timedOut = true;
        this.cancel(op.children[0]);
      }
    }
  }

  /** The earliest live timer's deadline in clock units, or null. */
  nextDeadline(): number | null {
    const t = this.timers.peek();
    return t === undefined ? null : t.at;
  }

  /** Queues a suspended coroutine to resume with next(val) (mode 0) or throw(val) (mode 1). */
  enqueue(co: PyCoroutine, mode: number, val: any): void {
    co.rmode = mode;
    co.rval = val;
    co.wk = W_NONE;
    co.wait = null;
    co.inq = true;
    this.ready.push(co);
  }

  /**
   * One turn: runs `co` until it suspends or ends. An `await` continues inline: the awaited
   * child starts at once and, when a child ends, its awaiter continues at once.
   */
  private turn(next: PyCoroutine | null): void {
    while (next !== null) {
      const co: PyCoroutine = next;
      if (co.st >= DONE) return;
      let r: IteratorResult<any>;
      this.current = co;
      try {
        if (co.creq && !co.cing) {
          if (!co.started) {
            // cancelled before its first turn: ends at once, its body never runs
            next = this.finish(co, CANCELLED, None);
            continue;
          }
          co.cing = true;
          co.st = RUNNING;
          depth.n = co.d;
          handled.e = co.h;
          r = genReturn.call(co.body!, undefined);
        } else if (!co.started) {
          co.started = true;
          co.st = RUNNING;
          if (co.d > depth.limit) {
            next = this.finish(co, ERRORED, pyError('RecursionError', 'maximum recursion depth exceeded'));
            continue;
          }
          depth.n = co.d;
          handled.e = co.h;
          r = genNext.call(co.body!, undefined);
        } else {
          co.st = RUNNING;
          depth.n = co.d;
          handled.e = co.h;
          const v = co.rval;
          co.rval = undefined;
          r = co.rmode === 0 ? genNext.call(co.body!, v) : genThrow.call(co.body!, v);
        }
      } catch (e) {
        next = this.finish(co, ERRORED, e);
        continue;
      }
      if (r.done) {
        next = this.finish(co, co.cing ? CANCELLED : DONE, r.value);
        continue;
      }
      co.d = depth.n;
      // The exception being handled belongs to this chain (a coroutine that sleeps inside an
      // `except` block must not lend it to others as their __context__).
      co.h = handled.e;
      handled.e = undefined;
      next = this.handle(co, r.value);
    }
  }

  /** Acts on what a coroutine yielded; returns a coroutine to continue inline, or null. */
  private handle(co: PyCoroutine, req: any): PyCoroutine | null {
    co.st = SUSPENDED;
    if (!(req instanceof Request)) {
      // Only requests may travel out of a chain; anything else is a runtime bug. Raise it in
      // the coroutine so it shows up as a Python traceback rather than a hang.
      co.rmode = 1;
      co.rval = pyError('SystemError', 'a non-request value reached the scheduler');
      return co;
    }
    // Flagged by cancel() while running: terminate at this suspension point, before any
    // other coroutine gets a turn and without acting on the request.
    if (co.creq && !co.cing) return co;
    switch (req.k) {
      case K_YIELD:
        this.enqueue(co, 0, None);
        return null;
      case K_SLEEP: {
        const t: Timer = {
          at: this.clock.after((req as SleepRequest).seconds), seq: this.seq++, dead: false, co, op: null,
        };
        this.timers.push(t);
        co.wk = W_TIMER;
        co.wait = t;
        return null;
      }
      case K_FRAME:
        this.frameWaiters.push(co);
        co.wk = W_FRAME;
        return null;
      case K_RECEIVE:
        if (this.events.length > 0) this.enqueue(co, 0, this.events.shift());
        else {
          this.receivers.push(co);
          co.wk = W_RECEIVE;
        }
        return null;
      case K_HOST: {
        const hr = req as HostRequest;
        const call = new HostCall(co, hr.abort);
        co.wk = W_HOST;
        co.wait = call;
        this.inflight++;
        Promise.resolve(hr.promise).then(
          (v) => this.settle(call, 0, v),
          (e) => this.settle(call, 1, e),
        );
        return null;
      }
      case K_DRIVE: {
        const dr = req as DriveRequest;
        if (!this.admit(co, dr.children.length)) return co;
        const op = new DriveOp(dr.kind, co, dr.args, dr.children);
        co.wk = W_DRIVE;
        co.wait = op;
        if (dr.kind === D_TIMEOUT && dr.seconds !== null) {
          // created before the child starts, so it wins equal deadlines (it is older)
          const at = dr.seconds <= 0 ? this.clock.now() : this.clock.after(dr.seconds);
          const t: Timer = { at, seq: this.seq++, dead: false, co: null, op };
          this.timers.push(t);
          op.timer = t;
        }
        const childDepth = co.d + 1;
        for (const ch of dr.children) {
          ch.waiter = op;
          ch.d = childDepth;
          ch.st = QUEUED;
          ch.inq = true;
          this.ready.push(ch);
        }
        return null;
      }
      case K_AWAIT: {
        const ch = (req as AwaitRequest).child;
        if (!this.admit(co, 1)) return co;
        const op = new DriveOp(D_AWAIT, co, [ch], [ch]);
        co.wk = W_DRIVE;
        co.wait = op;
        ch.waiter = op;
        ch.d = co.d + 1;
        ch.h = co.h; // a directly awaited coroutine runs on its awaiter's chain
        ch.st = QUEUED;
        return ch;
      }
    }
    co.rmode = 1;
    co.rval = pyError('SystemError', 'unknown scheduler request');
    return co;
  }

  /**
   * Counts `n` new live coroutines for the sandbox cap; over the cap, arranges for `co` to be
   * resumed with RuntimeError instead (none of the new ones starts) and returns false.
   */
  private admit(co: PyCoroutine, n: number): boolean {
    if (this.live + n > this.maxLive) {
      co.rmode = 1;
      co.rval = coroutineLimitError(this.maxLive);
      return false;
    }
    this.live += n;
    return true;
  }

  /** Records how `co` ended and wakes its driver; returns an awaiter to continue inline. */
  private finish(co: PyCoroutine, st: number, val: any): PyCoroutine | null {
    if (co !== this.root) this.live--;
    co.st = st;
    co.body = null;
    co.wk = W_NONE;
    co.wait = null;
    if (st === DONE) co.value = val === undefined ? None : val;
    else if (st === ERRORED) co.exc = val;
    if (co === this.root) {
      this.ended = true;
      return null;
    }
    const op = co.waiter;
    co.waiter = null;
    if (op === null || op.abandoned) return null;
    const owner = op.owner;
    if (op.kind === D_AWAIT) {
      op.abandoned = true;
      owner.wk = W_NONE;
      owner.wait = null;
      setOutcome(owner, co);
      return owner;
    }
    if (--op.remaining > 0) return null;
    op.abandoned = true;
    if (op.kind === D_TIMEOUT) {
      if (op.timer !== null) {
        this.timers.kill(op.timer);
        op.timer = null;
      }
      if (op.timedOut) {
        // the timeout cancelled it: TimeoutError, unless its cleanup raised
        if (co.st === ERRORED) this.enqueue(owner, 1, co.exc);
        else this.enqueue(owner, 1, pyError('TimeoutError'));
      } else {
        setOutcome(owner, co);
        this.enqueue(owner, owner.rmode, owner.rval);
      }
    } else if (op.kind === D_RUN) {
      const first = op.args[0];
      if (first instanceof PyCoroutine) setOutcome(owner, first);
      else {
        owner.rmode = 0;
        owner.rval = None;
      }
      this.enqueue(owner, owner.rmode, owner.rval);
    } else {
      // gather: the first errored in argument order, else the values in argument order
      const args = op.args;
      for (let i = 0; i < args.length; i++) {
        if (args[i].st === ERRORED) {
          this.enqueue(owner, 1, args[i].exc);
          return null;
        }
      }
      const values = new Array(args.length);
      for (let i = 0; i < args.length; i++) values[i] = args[i].st === DONE ? args[i].value : None;
      this.enqueue(owner, 0, makeList(values));
    }
    return null;
  }

  /**
   * cancel(co) (concurrency.md §2, §7, §8). Created or running: only flagged. Already queued:
   * keeps its place. Suspended: its wait is abandoned (children cancelled first) and it is
   * appended to the ready queue, where its turn terminates it.
   */
  cancel(co: PyCoroutine): void {
    if (co.st >= DONE || co.creq || co.cing) return;
    co.creq = true;
    if (co.st === CREATED || co.st === RUNNING || co.inq) return;
    if (co.st === QUEUED) return; // an awaited child about to start inline
    const w = co.wait;
    switch (co.wk) {
      case W_TIMER:
        this.timers.kill(w as Timer);
        break;
      case W_RECEIVE:
        this.receivers.remove(co);
        break;
      case W_FRAME:
        this.frameWaiters.remove(co);
        break;
      case W_HOST: {
        const call = w as HostCall;
        call.dropped = true;
        this.inflight--;
        if (call.abort !== null) call.abort.abort();
        break;
      }
      case W_DRIVE: {
        const op = w as DriveOp;
        op.abandoned = true;
        if (op.timer !== null) {
          this.timers.kill(op.timer);
          op.timer = null;
        }
        for (const ch of op.children) this.cancel(ch);
        break;
      }
    }
    this.enqueue(co, 0, None);
  }

  private settle(call: HostCall, mode: number, v: any): void {
    if (call.dropped) return;
    call.mode = mode;
    call.value = v;
    this.settled.push(call);
    if (this.onSettle !== null) this.onSettle();
  }

  /** Queues the issuers of settled host calls, in settlement order. */
  deliverSettled(): void {
    if (this.settled.length === 0) return;
    const calls = this.settled;
    this.settled = [];
    for (const call of calls) {
      if (call.dropped) continue;
      this.inflight--;
      let mode = call.mode;
      let val: any;
      try {
        val = mode === 0 ? hostValueToPython(call.value) : hostErrorToPython(call.value);
      } catch (e) {
        mode = 1;
        val = e;
      }
      this.enqueue(call.co, mode, val);
    }
  }

  /** Hands a message to the longest-waiting receiver, or queues it. Runs no Python code. */
  pushEvent(msg: string): void {
    const co = this.receivers.shift();
    if (co !== undefined) this.enqueue(co, 0, msg);
    else this.events.push(msg);
  }

  /** A frame tick: every frame waiter is queued, oldest first. Runs no Python code. */
  frameTick(): void {
    while (this.frameWaiters.length > 0) this.enqueue(this.frameWaiters.shift()!, 0, None);
  }
}

/** Sets `owner` to resume with `child`'s outcome: its value, its exception, or None. */
function setOutcome(owner: PyCoroutine, child: PyCoroutine): void {
  if (child.st === ERRORED) {
    owner.rmode = 1;
    owner.rval = child.exc;
  } else {
    owner.rmode = 0;
    owner.rval = child.st === DONE ? child.value : None;
  }
}

export { D_RUN, D_GATHER, D_TIMEOUT, CANCELLED, CREATED };
