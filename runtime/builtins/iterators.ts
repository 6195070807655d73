// enumerate, zip, map, filter, reversed: lazy iterator types as in CPython.
//
// Their `nx()` runs callbacks synchronously (`runSync` when a callback is suspendable); `nxS()`
// returns the callback's frame instead, so a compiled loop in suspendable code (`$rt.nextS`)
// lets `map`/`filter` callbacks suspend.
import { typeOf, None, builtinType, PyType } from '../objects/core';
import { throwError } from '../objects/errors';
import { PyTuple } from '../objects/containers/list';
import { iter, STOP, PyIterator, nextS } from '../objects/iter';
import { callN, call1, bindArgs, fn, Info } from '../objects/calls';
import { truthy } from '../objects/truthy';
import { callDunder0, callDunder1 } from '../objects/dunder';
import { len as pyLen } from '../objects/subscript';
import { add } from '../objects/numbers/index';
import { Frame, runSync } from '../scheduler/frames';

function plain(r: any): any {
  return r instanceof Frame ? runSync(r) : r;
}

/** Makes `cls` callable with Python argument binding described by `info`. */
function ctor(cls: PyType, info: Parameters<typeof fn>[1], make: (...args: any[]) => any): PyType {
  const f = fn(make, { kind: 'builtin', module: 'builtins', qualname: info.name, ...info });
  const inf: Info = (f as any).$$info;
  cls.call = (args, kwnames, kwvalues) => {
    if (inf.simple && (kwnames === null || kwnames.length === 0) && args.length <= inf.npos && args.length >= inf.minpos) return f(...args);
    return f(...bindArgs(inf, args, kwnames, kwvalues));
  };
  return cls;
}

// --- enumerate ---------------------------------------------------------------------------------
export class Enumerate extends PyIterator {
  constructor(readonly it: any, public n: any) { super(); }
  nx(): any {
    const v = this.it.nx();
    if (v === STOP) return STOP;
    const n = this.n;
    this.n = typeof n === 'number' && n < 9007199254740991 ? n + 1 : add(n, 1);
    return new PyTuple([n, v]);
  }
  override nxS(): any {
    const v = nextS(this.it);
    return v instanceof Frame ? this.after(v) : this.pair(v);
  }
  private *after(f: Generator): Generator<any, any, any> {
    return this.pair(yield* f);
  }
  private pair(v: any): any {
    if (v === STOP) return STOP;
    const n = this.n;
    this.n = typeof n === 'number' && n < 9007199254740991 ? n + 1 : add(n, 1);
    return new PyTuple([n, v]);
  }
}
export const enumerateType = /*#__PURE__*/ builtinType('enumerate', null, Enumerate.prototype);
export const b_enumerate = /*#__PURE__*/ ctor(enumerateType, { name: 'enumerate', params: ['iterable', 'start'], ndefaults: 1 }, (x: any, start: any) => {
  let s = start === undefined ? 0 : start;
  if (typeof s === 'boolean') s = +s;
  if (!(typeof s === 'number' && Number.isInteger(s)) && typeof s !== 'bigint') {
    throwError('TypeError', `'${typeOf(s).name}' object cannot be interpreted as an integer`);
  }
  return new Enumerate(iter(x), s);
});

// --- zip -----------------------------------------------------------------------------------------
export class Zip extends PyIterator {
  constructor(readonly its: any[], readonly strict: boolean) { super(); }
  nx(): any {
    const its = this.its;
    const n = its.length;
    if (n === 0) return STOP;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = its[i].nx();
      if (v === STOP) {
        if (this.strict) this.strictCheck(i);
        this.its.length = 0;
        return STOP;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }
  override nxS(): any {
    const its = this.its;
    const n = its.length;
    if (n === 0) return STOP;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = nextS(its[i]);
      if (v instanceof Frame) return this.rest(out, i, v);
      if (v === STOP) return this.end(i);
      out[i] = v;
    }
    return new PyTuple(out);
  }
  /** Continues nxS from item i, whose step gave the frame f. */
  private *rest(out: any[], i: number, f: Generator): Generator<any, any, any> {
    for (;;) {
      const v = yield* f;
      if (v === STOP) return this.end(i);
      out[i] = v;
      if (++i === out.length) return new PyTuple(out);
      const r = nextS(this.its[i]);
      if (r instanceof Frame) { f = r; continue; }
      if (r === STOP) return this.end(i);
      out[i] = r;
      // the remaining steps: back to the loop above through a finished frame
      f = (function* () { return r; })();
    }
  }
  private end(i: number): any {
    if (this.strict) this.strictCheck(i);
    this.its.length = 0;
    return STOP;
  }
  private strictCheck(i: number): void {
    if (i > 0) {
      const which = i === 1 ? 'argument 1' : `arguments 1-${i}`;
      throwError('ValueError', `zip() argument ${i + 1} is shorter than ${which}`);
    }
    for (let j = 1; j < this.its.length; j++) {
      if (this.its[j].nx() !== STOP) {
        const which = j === 1 ? 'argument 1' : `arguments 1-${j}`;
        throwError('ValueError', `zip() argument ${j + 1} is longer than ${which}`);
      }
    }
  }
}
export const zipType = /*#__PURE__*/ builtinType('zip', null, Zip.prototype);
export const b_zip = /*#__PURE__*/ ctor(zipType, { name: 'zip', params: [], vararg: 'iterables', kwonly: ['strict'], kwdefaults: [false] },
  (its: PyTuple, strict: any) => new Zip(its.items.map((x) => iter(x)), strict !== undefined && truthy(strict)));

// --- map -----------------------------------------------------------------------------------------
export class MapIter extends PyIterator {
  constructor(readonly f: any, readonly its: any[]) { super(); }
  private args(): any[] | undefined {
    const its = this.its;
    if (its.length === 1) {
      const v = its[0].nx();
      return v === STOP ? undefined : [v];
    }
    const a = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = its[i].nx();
      if (v === STOP) return undefined;
      a[i] = v;
    }
    return a;
  }
  nx(): any {
    const a = this.args();
    if (a === undefined) return STOP;
    return plain(a.length === 1 ? call1(this.f, a[0]) : callN(this.f, a));
  }
  override nxS(): any {
    if (this.its.length === 1) {
      const v = nextS(this.its[0]);
      if (v instanceof Frame) return this.callAfter(v);
      return v === STOP ? STOP : call1(this.f, v);
    }
    const a = this.args();
    if (a === undefined) return STOP;
    return callN(this.f, a);
  }
  private *callAfter(f: Generator): Generator<any, any, any> {
    const v = yield* f;
    if (v === STOP) return STOP;
    const r = call1(this.f, v);
    return r instanceof Frame ? yield* r : r;
  }
}
export const mapType = /*#__PURE__*/ builtinType('map', null, MapIter.prototype);
export const b_map = /*#__PURE__*/ ctor(mapType, { name: 'map', params: ['func'], nposonly: 1, vararg: 'iterables', arityError: 'map() must have at least two arguments.' },
  (f: any, its: PyTuple) => {
    if (its.items.length === 0) throwError('TypeError', 'map() must have at least two arguments.');
    return new MapIter(f, its.items.map((x) => iter(x)));
  });

// --- filter --------------------------------------------------------------------------------------
export class FilterIter extends PyIterator {
  constructor(readonly f: any, readonly it: any) { super(); }
  nx(): any {
    const it = this.it, f = this.f;
    for (;;) {
      const v = it.nx();
      if (v === STOP) return STOP;
      if (f === None ? truthy(v) : truthy(plain(call1(f, v)))) return v;
    }
  }
  override nxS(): any {
    const it = this.it, f = this.f;
    for (;;) {
      const v = nextS(it);
      if (v instanceof Frame) return this.stepAfter(v);
      if (v === STOP) return STOP;
      if (f === None) { if (truthy(v)) return v; continue; }
      const r = call1(f, v);
      if (r instanceof Frame) return this.resume(v, r);
      if (truthy(r)) return v;
    }
  }
  private *resume(v: any, r: Generator): Generator<any, any, any> {
    let res = yield* r;
    for (;;) {
      if (truthy(res)) return v;
      v = nextS(this.it);
      if (v instanceof Frame) v = yield* v;
      if (v === STOP) return STOP;
      if (this.f === None) { res = v; continue; }
      res = call1(this.f, v);
      if (res instanceof Frame) res = yield* res;
    }
  }
  /** The underlying step suspended: finish it, then test the item as resume() does. */
  private *stepAfter(f: Generator): Generator<any, any, any> {
    const v = yield* f;
    if (v === STOP) return STOP;
    if (this.f === None) return truthy(v) ? v : yield* this.resume(v, (function* () { return false; })());
    return yield* this.resume(v, toFrame(call1(this.f, v)));
  }
}
function toFrame(r: any): Generator {
  return r instanceof Frame ? r : (function* () { return r; })();
}
export const filterType = /*#__PURE__*/ builtinType('filter', null, FilterIter.prototype);
export const b_filter = /*#__PURE__*/ ctor(filterType, { name: 'filter', params: ['function', 'iterable'], nposonly: 2, arityError: 'filter expected 2 arguments, got {n}' },
  (f: any, x: any) => new FilterIter(f, iter(x)));

// --- reversed ------------------------------------------------------------------------------------
export class SeqReversed extends PyIterator {
  /** set by the first `next` that finds nothing left (CPython then drops the sequence) */
  private done = false;
  constructor(readonly seq: any, public i: number) { super(); }
  /** What CPython's `__length_hint__` asks for its length (lengthhint.ts), until exhausted. */
  hintSeq(): any {
    return this.done ? undefined : this.seq;
  }
  nx(): any {
    if (this.i < 0) {
      this.done = true;
      return STOP;
    }
    const gi = typeOf(this.seq).proto.$__getitem__;
    return callDunder1(gi, this.seq, this.i--);
  }
}
export const reversedType = /*#__PURE__*/ builtinType('reversed', null, SeqReversed.prototype);
export const b_reversed = /*#__PURE__*/ ctor(reversedType, { name: 'reversed', params: ['sequence'], nposonly: 1, arityError: 'reversed expected 1 argument, got {n}' }, (x: any) => {
  const p = typeOf(x).proto;
  const r = p.$__reversed__;
  if (r !== undefined && r !== null) return callDunder0(r, x);
  if (r !== null && p.$__getitem__ !== undefined && p.$__len__ !== undefined && typeOf(x).name !== 'dict') {
    return new SeqReversed(x, pyLen(x) - 1);
  }
  if (typeof x === 'string') return new SeqReversed(x, pyLen(x) - 1);
  throwError('TypeError', `'${typeOf(x).name}' object is not reversible`);
});
