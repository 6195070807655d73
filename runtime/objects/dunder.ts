// Calling a special method found on a class from plain runtime code (runtime ABI §4): a
// suspendable method returns a frame, which is run to completion with `runSync` here.
// The `…S` forms return the frame instead, for callers that can drive it with `yield*`.
import { Frame, runSync } from '../scheduler/frames';
import { callN } from './calls';
import { bindDescriptor } from './attrs';

/**
 * A JS call `f(self, ...args)` is right only when n arguments (self included) bind 1:1 to f's
 * parameters (ABI §2 `$$ar`): `def __eq__(self, /)` called with an operand must raise
 * TypeError, and `*args`/keyword-only parameters need the general binding. Functions without
 * metadata (internal JS helpers) are called directly.
 */
function direct(f: any, n: number): boolean {
  if (typeof f !== 'function') return false;
  const ar = f.$$ar;
  return ar === undefined || (ar & (1 << n)) !== 0;
}

export function callDunder0(f: any, self: any): any {
  const r = direct(f, 1) ? f(self) : slow(f, self, []);
  return r instanceof Frame ? runSync(r) : r;
}

export function callDunder1(f: any, self: any, a: any): any {
  const r = direct(f, 2) ? f(self, a) : slow(f, self, [a]);
  return r instanceof Frame ? runSync(r) : r;
}

export function callDunder2(f: any, self: any, a: any, b: any): any {
  const r = direct(f, 3) ? f(self, a, b) : slow(f, self, [a, b]);
  return r instanceof Frame ? runSync(r) : r;
}

export function callDunder3(f: any, self: any, a: any, b: any, c: any): any {
  const r = direct(f, 4) ? f(self, a, b, c) : slow(f, self, [a, b, c]);
  return r instanceof Frame ? runSync(r) : r;
}

/** May return a frame. */
export function callDunderS(f: any, self: any, args: any[]): any {
  if (direct(f, args.length + 1)) {
    switch (args.length) {
      case 0: return f(self);
      case 1: return f(self, args[0]);
      case 2: return f(self, args[0], args[1]);
    }
    return f(self, ...args);
  }
  return slow(f, self, args);
}

/** The general call: a function gets self as its first argument, a descriptor is bound first. */
function slow(f: any, self: any, args: any[]): any {
  return typeof f === 'function' ? callN(f, [self, ...args]) : callN(bindDescriptor(f, self), args);
}
