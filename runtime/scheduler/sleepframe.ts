// What `sleep(x)` returns: a frame (runtime ABI §4) that is not a generator object.
//
// Why: compiled code suspends in `sleep` through `yield* sleep(x)`, so a `function*` sleep costs
// a generator object, its first run and its completion on every call; on `switches` (1,000,000
// sleep(0) calls) that was about half of the time of a switch. `yield*` accepts any iterator,
// and `x instanceof Frame` only asks for %GeneratorPrototype% on the prototype chain, so a small
// object with next/throw/return does the same job: compiled `yield*`, `runSync`, generator
// forwarding and dynamic calls through the `sleep` builtin all see an ordinary frame.
//
// The protocol it relies on: `yield*` starts an iterator with next(undefined); it yields the
// request once; the next next(v) is the driver resuming the suspended chain with a Python value
// (None for a sleep; never undefined: Python values are never undefined), which ends the
// sleep with v. throw(e) raises e at the suspension point; return(v) ends it (cancellation).
// Holding no state of its own, one object serves every sleep(0) in flight at once.
import { Frame } from './frames';
import type { Request } from './requests';

export class SleepFrame {
  constructor(private readonly req: Request) {}

  next(v?: any): IteratorResult<any> {
    return v === undefined ? { value: this.req, done: false } : { value: v, done: true };
  }

  throw(e: any): never {
    throw e;
  }

  return(v?: any): IteratorResult<any> {
    return { value: v, done: true };
  }
}
// Frames are generator-like: `instanceof Frame` and `yield*` (through %IteratorPrototype%'s
// [Symbol.iterator], which returns the object itself) both find what they need here.
Object.setPrototypeOf(SleepFrame.prototype, Frame.prototype);
