// Frames, suspension requests and the Python frame counter (runtime ABI §4, §5).
//
// Suspendable Python code compiles to JS generator functions. Calling one gives a generator
// object: a "frame". Compiled code tests `x instanceof Frame` to decide whether a call result
// must be driven with `yield*`, so `Frame` must match every JS generator object and nothing
// else: its `prototype` is %GeneratorPrototype%, the prototype shared by all generator objects.
import { pyError } from '../objects/errors';

/** `x instanceof Frame` is true for every JS generator object (and only those). */
export const Frame: { new (): Generator; prototype: Generator } = function Frame() {
  throw new TypeError('Frame is not constructible');
} as unknown as { new (): Generator; prototype: Generator };
Frame.prototype = Object.getPrototypeOf(function* () {}).prototype as Generator;

/**
 * Base class of the request objects that suspendable code yields to the scheduler. A suspension
 * is `yield request`; it travels up through every `yield*` to whoever drives the chain.
 */
export class Suspend {}

/** The Python frame counter (ABI §5): compiled functions bump it on entry, drop it on exit. */
export const depth = { n: 0, limit: 1000 };

/**
 * Drives a frame to completion from plain (non-suspendable) code, for helpers that call Python
 * code synchronously. If the frame tries to suspend, `RuntimeError: cannot suspend here` is
 * thrown into it at the suspension point, so its `finally` blocks run, and the exception
 * propagates to our caller unless the Python code catches it.
 */
export function runSync(frame: Generator): any {
  let r = frame.next();
  while (!r.done) {
    // Only suspension requests travel out of a frame (Python generator values are consumed by
    // the generator object), so any yield here is an attempt to suspend.
    r = frame.throw(pyError('RuntimeError', 'cannot suspend here'));
  }
  return r.value;
}
