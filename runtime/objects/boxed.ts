// Subclasses of int, float and str (`class MyInt(int)`). Values of those types are JS
// primitives, so an instance of a subclass is an ordinary instance object carrying the value
// as `$$v`. Between the subclass and the builtin type sits one shared "unboxing" prototype per
// builtin: every method of the builtin (and the operator dunders) is wrapped to run on the
// primitive value, so `MyInt(21) * 2` is `21 * 2` (an int, as in CPython) and `MyStr("a").upper()`
// is `"a".upper()`. Methods the subclass defines sit on its own prototype and win as usual.
import { PyType, intType, floatType, strType, typeOf, NotImplemented } from './core';
import { fn, callGeneral } from './calls';
import { throwError } from './errors';
import { PyStaticMethod } from './descriptors';
import { pyRepr, pyStr } from './repr';
import { pyHash } from './hash';
import { Frame, runSync } from '../scheduler/frames';
import * as N from './numbers/index';
import { contains, len, getitem } from './subscript';
import { iter } from './iter';
import { truthy } from './truthy';
import { setUnboxedLookup } from './super';
import { boxFormat } from './boxformat';
import { setAfterPack } from './define';

/** The builtin types whose subclasses hold a boxed primitive. */
export const BOXABLE = new Set<PyType>([intType, floatType, strType]);

export function unbox(x: any): any {
  return x !== null && typeof x === 'object' && x.$$v !== undefined ? x.$$v : x;
}

const BINARY: Record<string, (a: any, b: any) => any> = {
  add: N.add, sub: N.sub, mul: N.mul, truediv: N.truediv, floordiv: N.floordiv, mod: N.mod, pow: N.pow,
  lshift: N.lshift, rshift: N.rshift, and: N.bitand, or: N.bitor, xor: N.bitxor,
};
const COMPARE: Record<string, (a: any, b: any) => any> = { eq: N.eq, ne: N.ne, lt: N.lt, le: N.le, gt: N.gt, ge: N.ge };

function plain(r: any): any {
  return r instanceof Frame ? runSync(r) : r;
}

const protos = new Map<PyType, any>();

/**
 * Puts on `p` a wrapper running each of `base`'s own builtin methods on the primitive value,
 * for the methods `p` does not define itself (the operators below are its own).
 */
function wrapBaseMethods(base: PyType, p: any): void {
  for (const key of Object.getOwnPropertyNames(base.proto)) {
    if (key.charCodeAt(0) !== 36 || key.charCodeAt(1) === 36 || Object.prototype.hasOwnProperty.call(p, key)) continue;
    const f = base.proto[key];
    if (typeof f !== 'function' || f.$$info === undefined) continue;
    const wrapped = function (this: unknown, self: any, ...rest: any[]) { return f(unbox(self), ...rest); };
    Object.defineProperty(wrapped, 'length', { value: f.length });
    // same signature and metadata as the builtin method
    Object.defineProperty(wrapped, '$$info', { value: f.$$info, writable: true, configurable: true });
    Object.defineProperty(wrapped, '$$ar', { value: f.$$ar, writable: true, configurable: true });
    p[key] = wrapped;
  }
}

/**
 * After a method pack installed methods on int/float/str (a module loaded after the subclass
 * was made may name them): the subclasses' shared prototypes wrap those too.
 */
function refreshUnboxingProtos(): void {
  for (const [base, p] of protos) wrapBaseMethods(base, p);
}

// Installs int's and float's methods (objects/numbers/dunders.ts), set when the int or float
// class is reached (runtime/builtins/types.ts): a subclass takes them as its own, and the
// protocols look `__index__`, `__float__` ... up on its instances.
let numberMethods: (() => void) | undefined;
export function setNumberMethods(f: () => void): void {
  numberMethods = f;
}

/** The shared prototype between a subclass of `base` and `base` itself. */
export function unboxingProto(base: PyType): any {
  let p = protos.get(base);
  if (p !== undefined) return p;
  if (base !== strType) numberMethods?.();
  p = Object.create(base.proto);
  const m = (name: string, params: string[], f: Function, extra: object = {}) => {
    p['$' + name] = fn(f, { name, qualname: `${base.name}.${name}`, params, kind: 'builtin', ...extra });
  };
  // the builtin's own methods, on the primitive value (and those a method pack installs later)
  wrapBaseMethods(base, p);
  if (protos.size === 0) setAfterPack(refreshUnboxingProtos);
  // operators through the generic runtime operations (which know the primitives)
  for (const [name, op] of Object.entries(BINARY)) {
    if (base === strType && name !== 'add' && name !== 'mul' && name !== 'mod') continue;
    m(`__${name}__`, ['self', 'other'], (self: any, o: any) => op(unbox(self), o));
    m(`__r${name}__`, ['self', 'other'], (self: any, o: any) => op(o, unbox(self)));
  }
  for (const [name, op] of Object.entries(COMPARE)) {
    m(`__${name}__`, ['self', 'other'], (self: any, o: any) => {
      try { return op(unbox(self), unbox(o)); } catch { return NotImplemented; }
    });
  }
  m('__repr__', ['self'], (self: any) => pyRepr(unbox(self)));
  // int and float have no __str__ of their own (object's calls repr, which a subclass may define)
  if (base === strType) m('__str__', ['self'], (self: any) => pyStr(unbox(self)));
  m('__hash__', ['self'], (self: any) => pyHash(unbox(self)));
  m('__bool__', ['self'], (self: any) => truthy(unbox(self)));
  m('__format__', ['self', 'format_spec'], (self: any, spec: any) => boxFormat(unbox(self), spec));
  if (base === strType) {
    m('__len__', ['self'], (self: any) => len(unbox(self)));
    m('__contains__', ['self', 'key'], (self: any, k: any) => contains(unbox(self), k));
    m('__getitem__', ['self', 'key'], (self: any, k: any) => getitem(unbox(self), k));
    m('__iter__', ['self'], (self: any) => iter(unbox(self)));
  }
  // MyInt(x): the builtin constructor's value, boxed in an instance of the subclass
  p.$__new__ = new PyStaticMethod(fn(function __new__(cls: any, args: any, kwargs: any) {
    if (!(cls instanceof PyType)) throwError('TypeError', `${base.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
    const kwn: string[] = [], kwv: any[] = [];
    if (kwargs !== undefined && kwargs.table) {
      const t = kwargs.table;
      for (let i = 0; i < t.keys.length; i++) if (typeof t.keys[i] === 'string') { kwn.push(t.keys[i]); kwv.push(t.vals[i]); }
    }
    const v = unbox(plain(callGeneral(base, args.items.map(unbox), kwn.length ? kwn : null, kwn.length ? kwv : null)));
    const o = Object.create(cls.proto);
    Object.defineProperty(o, '$$v', { value: v, enumerable: false });
    return o;
  }, { name: '__new__', qualname: `${base.name}.__new__`, params: ['cls'], vararg: 'args', kwarg: 'kwargs', kind: 'builtin' }));
  p.$$final = false;
  // hashtable.ts treats an instance whose hash and eq are still these as its value
  p.$$boxHash = p.$__hash__;
  p.$$boxEq = p.$__eq__;
  protos.set(base, p);
  return p;
}

setUnboxedLookup((c, key) => (BOXABLE.has(c) && Object.prototype.hasOwnProperty.call(unboxingProto(c), key) ? unboxingProto(c) : undefined));
