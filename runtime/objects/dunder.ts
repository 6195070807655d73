// Calling a special method found on a class from plain runtime code (runtime ABI §4): a
// suspendable method returns a frame, which is run to completion with `runSync` here.
// The `…S` forms return the frame instead, for callers that can drive it with `yield*`.
import { Frame, runSync } from '../scheduler/frames';
import { callN } from './calls';
import { bindDescriptor } from './attrs';

export function callDunder0(f: any, self: any): any {
  const r = typeof f === 'function' ? f(self) : callN(bindDescriptor(f, self), []);
  return r instanceof Frame ? runSync(r) : r;
}

export function callDunder1(f: any, self: any, a: any): any {
  const r = typeof f === 'function' ? f(self, a) : callN(bindDescriptor(f, self), [a]);
  return r instanceof Frame ? runSync(r) : r;
}

export function callDunder2(f: any, self: any, a: any, b: any): any {
  const r = typeof f === 'function' ? f(self, a, b) : callN(bindDescriptor(f, self), [a, b]);
  return r instanceof Frame ? runSync(r) : r;
}

export function callDunder3(f: any, self: any, a: any, b: any, c: any): any {
  const r = typeof f === 'function' ? f(self, a, b, c) : callN(bindDescriptor(f, self), [a, b, c]);
  return r instanceof Frame ? runSync(r) : r;
}

/** May return a frame. */
export function callDunderS(f: any, self: any, args: any[]): any {
  if (typeof f === 'function') {
    switch (args.length) {
      case 0: return f(self);
      case 1: return f(self, args[0]);
      case 2: return f(self, args[0], args[1]);
    }
    return f(self, ...args);
  }
  return callN(bindDescriptor(f, self), args);
}
