// Naming the path where Python code tried to suspend but could not (issue #4). Plain runtime
// code runs a Python method synchronously with `runSync`, which throws the generic
// `RuntimeError: cannot suspend here` into the method at its suspension point (so its `finally`
// blocks run). The runtime paths that still call Python code synchronously catch that error on
// its way out and say which path it was: `cannot suspend inside __hash__ called by dict lookup`.
// Only the innermost path renames it (the message is then no longer the generic one), and an
// exception the Python code raised itself is never touched.
import { PyBaseException, isErrorOf } from './errors';

const GENERIC = 'cannot suspend here';

/** Renames a propagating generic "cannot suspend here" after `what`; returns `e` to rethrow. */
export function suspendPath(e: unknown, what: string): unknown {
  if (e instanceof PyBaseException && isErrorOf(e, 'RuntimeError')) {
    const args = (e as any).$$args;
    if (args.length === 1 && args[0] === GENERIC) (e as any).$$args = [`cannot suspend inside ${what}`];
  }
  return e;
}
