// The methods of BaseException and the few built-in exceptions that differ (KeyError's str,
// StopIteration.value, SystemExit.code), and exception matching for `except` clauses.
import { typeOf, None, PyType, objectProto } from './core';
import { throwError, BaseException, PyBaseException, exceptionClasses, newException, StopIteration } from './errors';
import { method } from './define';
import { fn } from './calls';
import { PyStaticMethod } from './descriptors';
import { PyTuple, tuple } from './containers/list';
import { pyRepr, pyStr } from './repr';
import { HOLE } from './containers/hashtable';

const B = BaseException;

const baseNew = fn(function __new__(cls: any, args: PyTuple) {
  if (!(cls instanceof PyType) || !(cls === B || cls.mro.includes(B))) {
    throwError('TypeError', `BaseException.__new__(X): X is not a subtype of BaseException`);
  }
  return newException(cls, args.items.slice());
}, { name: '__new__', qualname: 'BaseException.__new__', params: ['cls'], vararg: 'args', kwarg: 'kwargs', kind: 'builtin' });
B.proto.$__new__ = new PyStaticMethod(baseNew);

method(B, '__init__', ['self'], (self: PyBaseException, args: PyTuple) => {
  self.$$args = args.items.slice();
  return None;
}, { vararg: 'args', kwarg: 'kwargs' });

export function excStr(e: PyBaseException): string {
  const a = e.$$args;
  if (a.length === 0) return '';
  if (a.length === 1) return pyStr(a[0]);
  return pyRepr(tuple(a));
}

method(B, '__str__', ['self'], excStr);
method(B, '__repr__', ['self'], (self: PyBaseException) => {
  const name = typeOf(self).name;
  const a = self.$$args;
  if (a.length === 1) return `${name}(${pyRepr(a[0])})`;
  return `${name}${pyRepr(tuple(a))}`;
});
method(B, 'with_traceback', ['self', 'tb'], (self: PyBaseException) => self);
method(B, 'add_note', ['self', 'note'], (self: any, note: any) => {
  if (typeof note !== 'string') throwError('TypeError', `note must be a str, not '${typeOf(note).name}'`);
  const notes = self.$__notes__;
  if (notes === undefined) self.$__notes__ = new (listClass())([note]);
  else notes.items.push(note);
  return None;
});

import { PyList } from './containers/list';
function listClass() { return PyList; }

method(exceptionClasses.KeyError, '__str__', ['self'], (self: PyBaseException) => {
  const a = self.$$args;
  return a.length === 1 ? pyRepr(a[0]) : excStr(self);
});

// StopIteration(value): `.value` follows args[0] (set at creation and by __init__).
method(StopIteration, '__init__', ['self'], (self: any, args: PyTuple) => {
  self.$$args = args.items.slice();
  self.$value = args.items.length ? args.items[0] : None;
  return None;
}, { vararg: 'args', kwarg: 'kwargs' });
method(exceptionClasses.SystemExit, '__init__', ['self'], (self: any, args: PyTuple) => {
  self.$$args = args.items.slice();
  self.$code = args.items.length === 0 ? None : args.items.length === 1 ? args.items[0] : tuple(args.items.slice());
  return None;
}, { vararg: 'args', kwarg: 'kwargs' });

/**
 * Calling a built-in exception class that no user code customised: a fast path that skips
 * the generic `__new__` + `__init__` protocol (the exceptions benchmark raises in a loop).
 */
for (const name of Object.keys(exceptionClasses)) {
  const cls = exceptionClasses[name];
  if (cls.name !== name) continue;
  cls.call = (args, kwnames) => {
    if (kwnames !== null && kwnames.length) throwError('TypeError', `${cls.name}() takes no keyword arguments`);
    const e = newException(cls, args.slice());
    if (cls === exceptionClasses.SystemExit || cls.mro.includes(exceptionClasses.SystemExit)) {
      (e as any).$code = args.length === 0 ? None : args.length === 1 ? args[0] : tuple(args.slice());
    }
    return e;
  };
}

/** `except T as e` matching: T a class or tuple of classes deriving from BaseException. */
export function excMatch(e: any, t: any): boolean {
  if (t instanceof PyType) {
    if (!(t === B || t.mro.includes(B))) throwError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    const et = typeOf(e);
    return et === t || et.mro.includes(t);
  }
  if (t instanceof PyTuple) {
    for (const x of t.items) if (excMatch(e, x)) return true;
    return false;
  }
  throwError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
}

/**
 * `raise x` / `raise x from cause`: instantiates a class, validates, sets `__cause__` and
 * `__suppress_context__`; `context` (the exception being handled, or undefined) becomes
 * `__context__`. Returns the exception object for the compiled code to `throw`.
 */
export function mkraise(x: any, cause?: any, context?: any): PyBaseException {
  let e: any = x;
  if (x instanceof PyType) {
    if (!(x === B || x.mro.includes(B))) throwError('TypeError', 'exceptions must derive from BaseException');
    e = callClassHook(x);
  }
  if (!(e instanceof PyBaseException)) throwError('TypeError', 'exceptions must derive from BaseException');
  if (cause !== undefined) {
    if (cause instanceof PyType) {
      if (!(cause === B || cause.mro.includes(B))) throwError('TypeError', 'exception causes must derive from BaseException');
      cause = callClassHook(cause);
    } else if (cause !== None && !(cause instanceof PyBaseException)) {
      throwError('TypeError', 'exception causes must derive from BaseException');
    }
    e.$__cause__ = cause;
    e.$__suppress_context__ = true;
  }
  if (context !== undefined && context !== None && context !== e && e.$__context__ === None) e.$__context__ = context;
  return e;
}

import { callN } from './calls';
import { Frame, runSync } from '../scheduler/frames';
function callClassHook(cls: PyType): any {
  const r = callN(cls, []);
  return r instanceof Frame ? runSync(r) : r;
}

/**
 * Records the exception being handled as the `__context__` of an exception raised while
 * handling it (called by compiled `except` blocks when a new exception escapes them).
 */
export function chainContext(e: any, handled: any): any {
  if (e instanceof PyBaseException && handled instanceof PyBaseException && e !== handled && e.$__context__ === None) {
    // avoid cycles as CPython does
    let c: any = handled;
    while (c instanceof PyBaseException) { if (c === e) return e; c = c.$__context__; }
    e.$__context__ = handled;
  }
  return e;
}

void objectProto; void HOLE;

// `args` is a data descriptor (CPython's getset): assigning it changes what str()/repr() show.
import { PyProperty } from './descriptors';
import { iterToArray } from './protocol';
B.proto.$args = new PyProperty(
  fn(function __get__(self: PyBaseException) { return tuple(self.$$args.slice()); }, { name: 'args', qualname: 'BaseException.args', params: ['self'], kind: 'builtin' }),
  fn(function __set__(self: PyBaseException, v: any) { self.$$args = iterToArray(v).slice(); return None; }, { name: 'args', qualname: 'BaseException.args', params: ['self', 'value'], kind: 'builtin' }),
  None, None,
);
B.proto.$$simple = false;

// OSError(errno, strerror[, filename]): CPython picks the subclass for the errno, sets the
// errno/strerror/filename attributes and formats str() as `[Errno 2] No such file: 'x'`.
const ERRNO_CLASSES: Record<number, string> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError',
  10: 'ChildProcessError', 11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError',
  20: 'NotADirectoryError', 21: 'IsADirectoryError', 32: 'BrokenPipeError', 103: 'ConnectionAbortedError',
  104: 'ConnectionResetError', 108: 'BrokenPipeError', 110: 'TimeoutError', 111: 'ConnectionRefusedError',
  114: 'BlockingIOError', 115: 'BlockingIOError',
};
const OSErr = exceptionClasses.OSError;
function osErrorAttrs(e: any, args: any[]): void {
  if (args.length >= 2 && args.length <= 5) {
    e.$errno = args[0];
    e.$strerror = args[1];
    e.$filename = args.length >= 3 ? args[2] : None;
    e.$filename2 = args.length >= 5 ? args[4] : None;
  } else {
    e.$errno = None; e.$strerror = None; e.$filename = None; e.$filename2 = None;
  }
}
for (const name of Object.keys(exceptionClasses)) {
  const base = exceptionClasses[name];
  if (base.name !== name || !(base === OSErr || base.mro.includes(OSErr))) continue;
  base.call = (args, kwnames) => {
    if (kwnames !== null && kwnames.length) throwError('TypeError', `${base.name}() takes no keyword arguments`);
    let cls = base;
    if (base === OSErr && args.length >= 2 && typeof args[0] === 'number' && ERRNO_CLASSES[args[0]] !== undefined) cls = exceptionClasses[ERRNO_CLASSES[args[0]]];
    const e = newException(cls, args.length >= 3 && args.length <= 5 ? args.slice(0, 2) : args.slice());
    osErrorAttrs(e, args);
    return e;
  };
}
method(OSErr, '__init__', ['self'], (self: any, args: PyTuple) => {
  const a = args.items;
  self.$$args = a.length >= 3 && a.length <= 5 ? a.slice(0, 2) : a.slice();
  osErrorAttrs(self, a);
  return None;
}, { vararg: 'args', kwarg: 'kwargs' });
method(OSErr, '__str__', ['self'], (self: any) => {
  const errno = self.$errno, strerror = self.$strerror;
  if (errno !== undefined && errno !== None && strerror !== undefined && strerror !== None) {
    let s = `[Errno ${pyStr(errno)}] ${pyStr(strerror)}`;
    if (self.$filename !== undefined && self.$filename !== None) s += `: ${pyRepr(self.$filename)}`;
    return s;
  }
  return excStr(self);
});
