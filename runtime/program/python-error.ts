// What an uncaught Python exception becomes for JavaScript: a PythonError carrying the Python
// type name, str(exception), the formatted CPython-style traceback, and the process exit code.
import { typeOf, None } from '../objects/core';
import { isException, exceptionClasses } from '../objects/errors';
import { Frame, runSync } from '../scheduler/frames';
import { formatTraceback } from '../objects/traceback';
import { pyStr } from '../objects/repr';

/** str(x) through its class's `__str__` (then `__repr__`); falls back to the exception's args. */
function safeStr(x: any): string {
  if (typeof x === 'string') return x;
  try {
    return pyStr(x);
  } catch {
    // a failing __str__: try the class's methods directly, then the args
  }
  try {
    const proto = typeOf(x).proto;
    for (const f of [proto.$__str__, proto.$__repr__]) {
      if (typeof f !== 'function') continue;
      let r = f(x);
      if (r instanceof Frame) r = runSync(r);
      if (typeof r === 'string') return r;
    }
  } catch {
    // fall through to the args
  }
  const args = x?.$$args;
  if (Array.isArray(args)) return args.length === 0 ? '' : args.length === 1 ? String(args[0]) : String(args);
  return String(x);
}

export class PythonError extends Error {
  readonly pythonType: string;
  readonly traceback: string;
  readonly exitCode: number;
  /** the Python exception object */
  readonly exception: any;
  /** `sources`: file name → source text, for the source lines of the traceback */
  constructor(exc: any, sources?: Record<string, string>) {
    const isPy = isException(exc);
    super(isPy ? safeStr(exc) : String(exc?.message ?? exc));
    this.name = 'PythonError';
    this.exception = exc;
    this.pythonType = isPy ? typeOf(exc).name : 'SystemError';
    let code = 1;
    let tb: string;
    const sysExit = exceptionClasses.SystemExit;
    if (isPy && (typeOf(exc) === sysExit || typeOf(exc).mro.includes(sysExit))) {
      // SystemExit(n): exit n, no traceback; another code is printed and exits 1 (CPython)
      const c = (exc as any).$code;
      if (c === None || c === undefined) code = 0;
      else if (typeof c === 'number' && Number.isInteger(c)) code = c & 0xff;
      else if (typeof c === 'boolean') code = c ? 1 : 0;
      tb = code === 1 && !(typeof c === 'number' || typeof c === 'boolean') ? safeStr(c) + '\n' : '';
    } else if (isPy) {
      tb = formatTraceback(exc, sources);
    } else {
      // not a Python exception: a runtime bug; say so rather than hide it
      tb = `SystemError: internal error in edgepy: ${exc?.stack ?? String(exc)}\n`;
    }
    this.exitCode = code;
    this.traceback = tb;
  }
}

/** A driver failure that is no Python exception (no except/finally ran), e.g. frame() in Node. */
export class DriverError extends Error {
  readonly exitCode = 1;
  readonly traceback: string;
  constructor(message: string) {
    super(message);
    this.name = 'DriverError';
    this.traceback = message + '\n';
  }
}
