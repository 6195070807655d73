// The methods of `object` itself: default repr/str/eq/hash/init/setattr, as CPython.
import { objectProto, typeOf, NotImplemented, None, PyType } from './core';
import { fn } from './calls';
import { identity } from './hash';
import { genericSetattr, genericDelattr, getattr } from './attrs';
import { pyRepr } from './repr';
import { throwError } from './errors';
import { PyClassMethod } from './descriptors';
import { Frame, runSync } from '../scheduler/frames';

function m<F extends Function>(name: string, params: string[], f: F, extra: object = {}): F {
  return fn(f, { name, qualname: `object.${name}`, params, kind: 'builtin', ...extra });
}

/** `<__main__.C object at 0x7f...>` */
export function defaultRepr(self: any): string {
  const t = typeOf(self);
  const mod = t.module === 'builtins' ? '' : t.module + '.';
  return `<${mod}${t.qualname} object at 0x${identity(self).toString(16).padStart(12, '0')}>`;
}

const P = objectProto;
P.$__repr__ = m('__repr__', ['self'], defaultRepr);
P.$__str__ = m('__str__', ['self'], (self: any) => pyRepr(self));
P.$__eq__ = m('__eq__', ['self', 'other'], (self: any, other: any) => (self === other ? true : NotImplemented));
P.$__ne__ = m('__ne__', ['self', 'other'], (self: any, other: any) => {
  const eq = typeOf(self).proto.$__eq__;
  if (eq === P.$__eq__) return self === other ? false : NotImplemented;
  let r = typeof eq === 'function' ? eq(self, other) : NotImplemented;
  if (r instanceof Frame) r = runSync(r); // a suspendable __eq__ (suspendable code uses neS)
  return r === NotImplemented ? NotImplemented : !truthyLazy(r);
});
P.$__hash__ = m('__hash__', ['self'], (self: any) => identity(self) >> 4);
P.$__init__ = m('__init__', ['self'], (_self: any) => None, { vararg: 'args', kwarg: 'kwargs' });
// object.__init_subclass__: what a class statement (or super().__init_subclass__()) reaches
// when no base defines one; it takes no arguments, and names the new class for keywords.
P.$__init_subclass__ = new PyClassMethod(m('__init_subclass__', ['cls'], (cls: PyType, kw: any) => {
  if (kw.table.size) throwError('TypeError', `${cls.name}.__init_subclass__() takes no keyword arguments`);
  return None;
}, { kwarg: 'kwargs', arityStyle: 'exact' }));
P.$__setattr__ = m('__setattr__', ['self', 'name', 'value'], (self: any, name: any, value: any) => {
  if (typeof name !== 'string') throwError('TypeError', `attribute name must be string, not '${typeOf(name).name}'`);
  genericSetattr(self, name, value);
  return None;
});
P.$__delattr__ = m('__delattr__', ['self', 'name'], (self: any, name: any) => {
  if (typeof name !== 'string') throwError('TypeError', `attribute name must be string, not '${typeOf(name).name}'`);
  genericDelattr(self, name);
  return None;
});
P.$__getattribute__ = m('__getattribute__', ['self', 'name'], (self: any, name: any) => getattr(self, name));
P.$__format__ = m('__format__', ['self', 'format_spec'], (self: any, spec: any) => {
  if (spec !== '') throwError('TypeError', `unsupported format string passed to ${typeOf(self).name}.__format__`);
  return strLazy(self);
});
void PyType;

import { truthy } from './truthy';
import { pyStr } from './repr';
function truthyLazy(x: any): boolean { return truthy(x); }
function strLazy(x: any): string { return pyStr(x); }
