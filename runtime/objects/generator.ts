// Python generators (runtime ABI §3, §4). The compiled body is a JS `function*`: a Python
// `yield v` is a JS `yield v` of a plain value, a suspension is a `yield` of a `Suspend` request.
// `PyGenerator` consumes the plain values and forwards the requests: from suspendable code
// (`nxS`, `$rt.iterNextS`) they travel out to the scheduler; from plain code (`nx`) the body gets
// `RuntimeError: cannot suspend here` at its suspension point.
import { step } from '../scheduler/forward';
import { None, builtinType } from './core';
import { throwError, pyError, PyBaseException, StopIteration, GeneratorExit } from './errors';
import { PyIterator, STOP, iter, nextS, UserIter } from './iter';
import { Frame, Suspend, depth } from '../scheduler/frames';
import { close } from '../scheduler/forward';
import { method } from './define';
import { identity } from './hash';
import { recursionError, handled } from './traceback';

// %GeneratorPrototype%'s methods, called on the body: each generator function has its own
// prototype (and so its own map), and a `body.next(...)` load at these few call sites would go
// polymorphic or megamorphic across a program's generators; the shared method does not.
const GenProto = Object.getPrototypeOf(function* () {}).prototype as Generator;
const genNext = GenProto.next;
const genThrow = GenProto.throw;

export class PyGenerator extends PyIterator {
  body: Generator | null;
  running = false;
  /** the body's return value once it has finished (StopIteration.value). */
  returnValue: any = undefined;
  /** the exception its body was handling when it last yielded (restored when resumed). */
  hs: any = undefined;
  /** resumed at least once (a value may be sent only after the first `next`). */
  started = false;
  constructor(body: Generator, readonly fn: any) { super(); this.body = body; }

  nx(): any {
    // `next(g)` sends None: the paused `x = yield` gets None
    return this.resume(0, None);
  }

  /** Resumes the body from plain code: mode 0 next(val), 1 throw(val). */
  resume(mode: number, val: any): any {
    const body = this.body;
    if (body === null) {
      // only the call that finished the body reports its return value (StopIteration.value)
      this.returnValue = undefined;
      if (mode === 1) throw val;
      return STOP;
    }
    if (this.running) throwError('ValueError', 'generator already executing');
    this.running = true;
    if (++depth.n > depth.limit) { this.running = false; recursionError(); }
    this.started = true;
    let r: IteratorResult<any>;
    // the body's own "exception being handled" (it may have yielded inside an except block)
    const outerHandled = handled.e;
    if (this.hs !== undefined) handled.e = this.hs;
    try {
      r = mode === 0 ? genNext.call(body, val) : genThrow.call(body, val);
      while (!r.done && r.value instanceof Suspend) r = genThrow.call(body, pyError('RuntimeError', 'cannot suspend here'));
    } catch (e) {
      this.body = null;
      throw stopInside(e);
    } finally {
      this.running = false;
      depth.n--;
      this.hs = handled.e !== outerHandled ? handled.e : undefined;
      handled.e = outerHandled;
    }
    return this.result(r);
  }

  private result(r: IteratorResult<any>): any {
    if (r.done) {
      this.body = null;
      this.returnValue = r.value === undefined ? None : r.value;
      return STOP;
    }
    return r.value;
  }

  /** Like `nx`, but a suspension inside the body returns a frame that forwards it. */
  override nxS(): any {
    const body = this.body;
    if (body === null) {
      this.returnValue = undefined; // as in resume()
      return STOP;
    }
    if (this.running) throwError('ValueError', 'generator already executing');
    this.running = true;
    this.started = true;
    let r: IteratorResult<any>;
    try {
      r = genNext.call(body, None);
    } catch (e) {
      this.running = false;
      this.body = null;
      throw stopInside(e);
    }
    if (!r.done && r.value instanceof Suspend) return this.forward(body, r);
    this.running = false;
    return this.result(r);
  }

  private *forward(g: Generator, r: IteratorResult<any>): Generator<any, any, any> {
    try {
      while (!r.done && r.value instanceof Suspend) {
        let sent: any, threw = false, returning = true;
        try {
          sent = yield r.value;
          returning = false;
        } catch (e) {
          returning = false;
          threw = true;
          sent = e;
        } finally {
          if (returning) { this.body = null; yield* close(g); }
        }
        r = threw ? genThrow.call(g, sent) : genNext.call(g, sent);
      }
    } catch (e) {
      this.body = null;
      throw stopInside(e);
    } finally {
      this.running = false;
    }
    return this.result(r);
  }
}

/** PEP 479: a StopIteration escaping a generator body becomes RuntimeError. */
function stopInside(e: any): any {
  if (e instanceof PyBaseException && (e.$$cls === StopIteration || e.$$cls.mro.includes(StopIteration))) {
    const r: any = pyError('RuntimeError', 'generator raised StopIteration');
    r.$__cause__ = e;
    r.$__context__ = e;
    r.$__suppress_context__ = true;
    return r;
  }
  return e;
}

export const generatorType = builtinType('generator', null, PyGenerator.prototype);

/** Called by the compiled wrapper of a generator function (and generator expressions). */
export function mkgen(body: Generator, fn: any): PyGenerator {
  return new PyGenerator(body, fn);
}

const G = generatorType;
method(G, '__repr__', ['self'], (g: PyGenerator) =>
  `<generator object ${g.fn?.$$info?.qualname ?? '<genexpr>'} at 0x${identity(g).toString(16).padStart(12, '0')}>`);
method(G, '__next__', ['self'], (g: PyGenerator) => {
  const v = g.nx();
  if (v === STOP) throw stopWith(g.returnValue);
  return v;
});
method(G, 'send', ['self', 'value'], (g: PyGenerator, v: any) => {
  if (g.body !== null && v !== None && !g.started) {
    throwError('TypeError', "can't send non-None value to a just-started generator");
  }
  const r = g.resume(0, v);
  if (r === STOP) throw stopWith(g.returnValue);
  return r;
});
method(G, 'throw', ['self', 'typ', 'val', 'tb'], (g: PyGenerator, typ: any, val: any) => {
  let e = typ;
  if (e instanceof Object && !(e instanceof PyBaseException) && val !== undefined && val !== None) e = val;
  if (!(e instanceof PyBaseException)) e = callClass(typ);
  const r = g.resume(1, e);
  if (r === STOP) throw stopWith(g.returnValue);
  return r;
}, { ndefaults: 2 });
method(G, 'close', ['self'], closeGenerator);

/**
 * `g.close()`. Compiled `for` loops over a fresh generator (`for x in gen():`) call it when
 * they end early, where CPython's reference counting closes the dropped generator: its
 * `finally` blocks and `with` exits run before the code after the loop.
 */
export function closeGenerator(g: PyGenerator): any {
  const body = g.body;
  if (body === null) return None;
  try {
    const r = genThrow.call(body, pyError('GeneratorExit'));
    if (!r.done) { g.body = null; throwError('RuntimeError', 'generator ignored GeneratorExit'); }
  } catch (e) {
    g.body = null;
    if (e instanceof PyBaseException && (e.$$cls === GeneratorExit || e.$$cls === StopIteration)) return None;
    throw e;
  }
  g.body = null;
  return None;
}

/** The end of a compiled `for` over a fresh generator (see closeGenerator). */
export function closeLoopGen(it: any): void {
  if (it instanceof PyGenerator && it.body !== null) closeGenerator(it);
}

/** closeLoopGen in suspendable code: the generator's cleanup may suspend (a `sleep` in `finally`). */
export function* closeLoopGenS(it: any): Generator<any, void, any> {
  if (!(it instanceof PyGenerator) || it.body === null) return;
  const body = it.body;
  try {
    const r = yield* step(body, 1, pyError('GeneratorExit'));
    if (!r.done) throwError('RuntimeError', 'generator ignored GeneratorExit');
  } catch (e) {
    if (!(e instanceof PyBaseException && (e.$$cls === GeneratorExit || e.$$cls === StopIteration))) throw e;
  } finally {
    it.body = null;
  }
}

function stopWith(v: any): any {
  return v === undefined || v === None ? pyError('StopIteration') : pyError('StopIteration', v);
}

import { callN } from './calls';
function callClass(t: any): any {
  const r = callN(t, []);
  return r;
}

/**
 * `yield from x` inside a generator body: `yield* $rt.yieldFrom(x)`. Delegates to a generator's
 * body directly (values, sends and suspensions pass straight through); iterates anything else.
 * Returns the value of the `yield from` expression.
 */
export function* yieldFrom(x: any): Generator<any, any, any> {
  if (x instanceof PyGenerator) {
    const body = x.body;
    if (body === null) {
      x.returnValue = undefined; // an exhausted generator gives `yield from` None
      return None;
    }
    if (x.running) throwError('ValueError', 'generator already executing');
    x.running = true;
    try {
      const r = yield* body;
      x.returnValue = r === undefined ? None : r;
      return x.returnValue;
    } catch (e) {
      throw stopInside(e);
    } finally {
      x.running = false;
      x.body = null;
    }
  }
  const it = iter(x);
  for (;;) {
    let v = nextS(it);
    if (v instanceof Frame) v = yield* v;
    if (v === STOP) break;
    yield v;
  }
  // a user iterator's StopIteration(value) gives the `yield from` its value
  return it instanceof UserIter && it.stopValue !== undefined ? it.stopValue : None;
}
