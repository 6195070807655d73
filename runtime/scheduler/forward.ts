// Driving a sub-generator whose yields mix values and suspension requests (an async generator
// body): requests travel out to the scheduler and what the scheduler sends back travels in,
// including cancellation (return()), so the body's `finally` blocks run when its consumer is
// cancelled while the body is suspended.
import { Suspend } from './frames';

/**
 * Resumes `gen` (mode 0: next(val); 1: throw(val)) and forwards every `Suspend` it yields to our
 * own driver, until `gen` yields a plain value or ends; returns that iterator result.
 */
export function* step(gen: Generator, mode: number, val: any): Generator<any, IteratorResult<any>, any> {
  let r = mode === 0 ? gen.next(val) : gen.throw(val);
  while (!r.done && r.value instanceof Suspend) {
    let sent: any;
    let threw = false;
    let returning = true;
    try {
      sent = yield r.value;
      returning = false;
    } catch (e) {
      returning = false;
      threw = true;
      sent = e;
    } finally {
      // our driver called return(): end `gen` the same way (its cleanup may suspend too)
      if (returning) yield* close(gen);
    }
    r = threw ? gen.throw(sent) : gen.next(sent);
  }
  return r;
}

/** Ends `gen` as if `return` ran where it is suspended, forwarding suspensions of its cleanup. */
export function* close(gen: Generator): Generator<any, void, any> {
  let r = gen.return(undefined);
  while (!r.done) {
    if (!(r.value instanceof Suspend)) {
      // a value yielded from `finally` during close: discarded, the body continues its cleanup
      r = gen.next(undefined);
      continue;
    }
    let sent: any;
    try {
      sent = yield r.value;
    } catch (e) {
      r = gen.throw(e);
      continue;
    }
    r = gen.next(sent);
  }
}
