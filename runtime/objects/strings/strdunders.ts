// The operator special methods of str called by name (`"a".__add__("b")`, `hasattr(s,
// "__iter__")`): part of the str method pack, as the runtime's operators handle strings before
// any dunder lookup, so only code naming them reaches them. With an operand the operator would
// not take they return NotImplemented, so that `s + x` still tries `x.__radd__` when they are
// installed (CPython's str.__add__(1) raises instead; the operator's result is the same).
import { NotImplemented, strType } from '../core';
import { method } from '../define';
import { add, mul, mod } from '../numbers/arith';
import { lt, le, gt, ge } from '../numbers/compare';
import { contains } from '../subscript';
import { iter } from '../iter';

/** A str, or an instance of a str subclass (which carries its value as `$$v`). */
function isStr(x: any): boolean {
  return typeof x === 'string' || (x !== null && typeof x === 'object' && typeof x.$$v === 'string');
}

function isInt(x: any): boolean {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' || typeof x === 'boolean';
}

export function installStrDunders(): void {
  method(strType, '__add__', ['self', 'value'], (self: string, o: any) => (isStr(o) ? add(self, o) : NotImplemented));
  method(strType, '__mul__', ['self', 'value'], (self: string, n: any) => (isInt(n) ? mul(self, n) : NotImplemented));
  method(strType, '__rmul__', ['self', 'value'], (self: string, n: any) => (isInt(n) ? mul(self, n) : NotImplemented));
  method(strType, '__mod__', ['self', 'value'], (self: string, args: any) => mod(self, args));
  method(strType, '__rmod__', ['self', 'value'], (self: string, o: any) => (isStr(o) ? mod(o, self) : NotImplemented));
  method(strType, '__contains__', ['self', 'key'], (self: string, x: any) => contains(self, x));
  method(strType, '__iter__', ['self'], (self: string) => iter(self));
  method(strType, '__lt__', ['self', 'value'], (self: string, o: any) => (isStr(o) ? lt(self, o) : NotImplemented));
  method(strType, '__le__', ['self', 'value'], (self: string, o: any) => (isStr(o) ? le(self, o) : NotImplemented));
  method(strType, '__gt__', ['self', 'value'], (self: string, o: any) => (isStr(o) ? gt(self, o) : NotImplemented));
  method(strType, '__ge__', ['self', 'value'], (self: string, o: any) => (isStr(o) ? ge(self, o) : NotImplemented));
}

