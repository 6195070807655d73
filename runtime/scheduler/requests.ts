// The suspension requests suspendable code yields to the scheduler (runtime ABI §4). Each
// carries a numeric kind so the scheduler dispatches with one switch.
import { Suspend } from './frames';
import type { PyCoroutine } from './coroutine';

export const K_YIELD = 0; // sleep(<= 0): back of the ready queue
export const K_SLEEP = 1;
export const K_FRAME = 2;
export const K_RECEIVE = 3;
export const K_HOST = 4;
export const K_DRIVE = 5; // run / gather / with_timeout
export const K_AWAIT = 6;

export const D_RUN = 0;
export const D_GATHER = 1;
export const D_TIMEOUT = 2;

export class Request extends Suspend {
  constructor(readonly k: number) {
    super();
  }
}

export class SleepRequest extends Request {
  constructor(readonly seconds: number) {
    super(K_SLEEP);
  }
}

export class HostRequest extends Request {
  constructor(
    readonly promise: PromiseLike<any>,
    readonly abort: AbortController | null,
  ) {
    super(K_HOST);
  }
}

export class DriveRequest extends Request {
  constructor(
    readonly kind: number,
    /** the arguments as given (results are reported per argument) */
    readonly args: any[],
    /** the distinct coroutines among them, in argument order */
    readonly children: PyCoroutine[],
    /** with_timeout: seconds (finite, not NaN), or null for no deadline */
    readonly seconds: number | null,
  ) {
    super(K_DRIVE);
  }
}

export class AwaitRequest extends Request {
  constructor(readonly child: PyCoroutine) {
    super(K_AWAIT);
  }
}

/** Requests without data are shared: a switch allocates nothing. */
export const YIELD = new Request(K_YIELD);
export const FRAME = new Request(K_FRAME);
export const RECEIVE = new Request(K_RECEIVE);
