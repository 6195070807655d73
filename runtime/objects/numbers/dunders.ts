// The special methods, methods and attributes of int and float as Python-visible methods
// (`(5).__add__(3)`, `(2.5).__floor__()`, `(7).numerator`, `n.bit_length()`). Operators never
// go through these: compiled code and the dispatchers handle numbers (and PyFloat boxes) before
// looking up a dunder on a type, so these exist for explicit calls, `hasattr`, and user code
// that forwards to them. They are the number method pack (`$rt.pack_num()`,
// runtime/builtins/packs.ts): compiled code installs it when its module names one of them, so
// a bundle that never does drops them. Mixed int/float follows CPython: int's methods return
// NotImplemented for a float operand, float's accept ints.
import { intType, floatType, NotImplemented, None } from '../core';
import { method } from '../define';
import { fn, callGeneral } from '../calls';
import { PyProperty, PyClassMethod } from '../descriptors';
import { throwError } from '../errors';
import { floatHex, floatFromHex } from './floathex';
import { binarySlow, neg, pos, invert } from './arith';
import { PyFloat, flt } from './box';
import {
  numAbs, floatToInt, toFloat, pyRound, pyDivmod, asInt, intBitLengthOf, intBitCount, intToBytes, intFromBytes,
  floatIsInteger, asIntegerRatio, powMod,
} from './intfuncs';
import { tuple } from '../containers/list';
import { eq, lt, le, gt, ge } from './compare';
import { numHash } from './hash';

const isIntLike = (x: any) => typeof x === 'boolean' || typeof x === 'bigint' || (typeof x === 'number' && Number.isInteger(x));
const isFloatVal = (x: any) => x instanceof PyFloat || (typeof x === 'number' && !Number.isInteger(x));
const dbl = (x: any): number => (x instanceof PyFloat ? x.v : x);

const BINARY: [string, string][] = [
  ['add', '+'], ['sub', '-'], ['mul', '*'], ['truediv', '/'], ['floordiv', '//'], ['mod', '%'], ['pow', '**'],
];
const INT_ONLY: [string, string][] = [['lshift', '<<'], ['rshift', '>>'], ['and', '&'], ['or', '|'], ['xor', '^']];

/** A read-only attribute computed from the value (a property with a builtin getter). */
function getter(T: typeof intType, name: string, f: (x: any) => any): void {
  T.proto['$' + name] = new PyProperty(fn(f, { name, qualname: `${T.name}.${name}`, params: ['self'], kind: 'builtin' }), None, None, None);
}
let installed = false;

/**
 * Installs the number methods on int and float (idempotent): the number pack, and a subclass of
 * int/float when it is made (objects/boxed.ts takes them as its own, and the protocols look
 * `__index__`, `__float__` ... up on a subclass instance).
 */
export function installNumberMethods(): void {
  if (installed) return;
  installed = true;
  for (const [T, accepts] of [[intType, isIntLike], [floatType, (x: any) => isIntLike(x) || isFloatVal(x)]] as const) {
    const ops = T === intType ? BINARY.concat(INT_ONLY) : BINARY;
    for (const [name, op] of ops) {
      if (name === 'pow') continue;
      method(T, `__${name}__`, ['self', 'value'], (a: any, b: any) => (accepts(b) ? binarySlow(op, a, b) : NotImplemented));
      method(T, `__r${name}__`, ['self', 'value'], (a: any, b: any) => (accepts(b) ? binarySlow(op, b, a) : NotImplemented));
    }
    // pow(a, b, mod) calls a.__pow__(b, mod): modular for ints, NotImplemented for other operands
    const pow3 = (a: any, b: any, m: any) => {
      if (m === undefined || m === None) return accepts(b) ? binarySlow('**', a, b) : NotImplemented;
      if (T === floatType) throwError('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
      return isIntLike(b) && isIntLike(m) ? powMod(a, b, m) : NotImplemented;
    };
    method(T, '__pow__', ['self', 'value', 'mod'], (a: any, b: any, m: any) => pow3(a, b, m), { ndefaults: 1 });
    method(T, '__rpow__', ['self', 'value', 'mod'], (a: any, b: any, m: any) => (accepts(b) ? pow3(b, a, m) : NotImplemented), { ndefaults: 1 });
    method(T, '__divmod__', ['self', 'value'], (a: any, b: any) => (accepts(b) ? pyDivmod(a, b) : NotImplemented));
    method(T, '__rdivmod__', ['self', 'value'], (a: any, b: any) => (accepts(b) ? pyDivmod(b, a) : NotImplemented));
    for (const [name, f] of [['eq', eq], ['lt', lt], ['le', le], ['gt', gt], ['ge', ge]] as const) {
      method(T, `__${name}__`, ['self', 'value'], (a: any, b: any) => (isIntLike(b) || isFloatVal(b) ? f(a, b) : NotImplemented));
    }
    method(T, '__ne__', ['self', 'value'], (a: any, b: any) => (isIntLike(b) || isFloatVal(b) ? !eq(a, b) : NotImplemented));
    method(T, '__neg__', ['self'], (a: any) => neg(a));
    method(T, '__pos__', ['self'], (a: any) => pos(a));
    method(T, '__abs__', ['self'], (a: any) => numAbs(a));
    method(T, '__bool__', ['self'], (a: any) => (typeof a === 'bigint' ? a !== 0n : typeof a === 'boolean' ? a : dbl(a) !== 0));
    method(T, '__float__', ['self'], (a: any) => toFloat(a));
    method(T, '__hash__', ['self'], (a: any) => numHash(a));
    method(T, '__round__', ['self', 'ndigits'], (a: any, nd: any) => pyRound(a, nd), { ndefaults: 1 });
  }
  method(intType, '__invert__', ['self'], (a: any) => invert(a));
  for (const name of ['__trunc__', '__floor__', '__ceil__']) method(intType, name, ['self'], (a: any) => asInt(a));
  method(floatType, '__int__', ['self'], (a: any) => floatToInt(dbl(a)));
  method(floatType, '__trunc__', ['self'], (a: any) => floatToInt(dbl(a)));
  method(floatType, '__floor__', ['self'], (a: any) => floatToInt(Math.floor(dbl(a))));
  method(floatType, '__ceil__', ['self'], (a: any) => floatToInt(Math.ceil(dbl(a))));

  getter(intType, 'real', (x) => asInt(x));
  getter(intType, 'imag', () => 0);
  getter(intType, 'numerator', (x) => asInt(x));
  getter(intType, 'denominator', () => 1);
  getter(floatType, 'real', (x) => x);
  getter(floatType, 'imag', () => new PyFloat(0));

  // float.hex() / float.fromhex() (a classmethod: a float subclass gets cls(value), as CPython)
  method(floatType, 'hex', ['self'], (self: any) => floatHex(dbl(self)));
  floatType.proto.$fromhex = new PyClassMethod(fn(function fromhex(cls: any, s: any) {
    if (typeof s !== 'string') throwError('TypeError', 'bad argument type for built-in operation');
    const v = flt(floatFromHex(s));
    return cls === floatType ? v : callGeneral(cls, [v], null, null);
  }, { name: 'fromhex', qualname: 'float.fromhex', params: ['cls', 'string'], nposonly: 2, kind: 'builtin' }));

  // int / float methods
  method(intType, 'bit_length', ['self'], (self: any) => intBitLengthOf(self));
  method(intType, 'bit_count', ['self'], (self: any) => intBitCount(self));
  method(intType, 'to_bytes', ['self', 'length', 'byteorder'], (self: any, length: any, order: any, signed: any) =>
    intToBytes(self, length === undefined ? 1 : length, order === undefined ? 'big' : order, signed === undefined ? false : signed),
  { ndefaults: 2, kwonly: ['signed'], kwdefaults: [false] });
  method(intType, 'conjugate', ['self'], (self: any) => asInt(self));
  method(intType, 'as_integer_ratio', ['self'], (self: any) => tuple([asInt(self), 1]));
  method(intType, '__index__', ['self'], (self: any) => asInt(self));
  method(intType, '__int__', ['self'], (self: any) => asInt(self));
  method(floatType, 'is_integer', ['self'], (self: any) => floatIsInteger(self));
  method(floatType, 'as_integer_ratio', ['self'], (self: any) => asIntegerRatio(self));
  method(floatType, 'conjugate', ['self'], (self: any) => self);
  intType.proto.$from_bytes = new PyClassMethod(fn(function from_bytes(_cls: any, b: any, order: any, signed: any) {
    return intFromBytes(b, order === undefined ? 'big' : order, signed === undefined ? false : signed);
  }, { name: 'from_bytes', qualname: 'int.from_bytes', params: ['cls', 'bytes', 'byteorder'], ndefaults: 1, kwonly: ['signed'], kwdefaults: [false], kind: 'builtin' }));
}
