// Operator dispatch for everything that is not a number or a str (runtime/objects/numbers
// handles those and calls here otherwise): CPython's binary_op1 / richcompare algorithm over
// special methods, with reflected operands, subclass priority and `NotImplemented`.
//
// Builtin containers implement their operators as special methods on their protos
// (`list.__add__`, `set.__or__`, ...), so user subclasses and user classes go through exactly
// the same path. `op` is the operator symbol: '+', '-', '*', '@', '/', '//', '%', '**', '<<',
// '>>', '&', '|', '^'; in-place ops add '=' ('+='); comparisons '<' '<=' '==' '!=' '>' '>=';
// unary '-', '+', '~'.
import { typeOf, NotImplemented, objectProto, PyType } from './core';
import { throwError } from './errors';
import { callDunder0, callDunder1 } from './dunder';
import { strBinary, bytesBinary } from './numbers/seqops';
import { PyBytes } from './strings/bytes';
export { pyRepr, pyStr } from './repr';
export { pyHash } from './hash';
export { iterToArray } from './iter';
export { truthy } from './truthy';
import { eq as scalarEq } from './numbers/compare';

const BINARY: Record<string, [string, string, string]> = {
  '+': ['$__add__', '$__radd__', '$__iadd__'],
  '-': ['$__sub__', '$__rsub__', '$__isub__'],
  '*': ['$__mul__', '$__rmul__', '$__imul__'],
  '@': ['$__matmul__', '$__rmatmul__', '$__imatmul__'],
  '/': ['$__truediv__', '$__rtruediv__', '$__itruediv__'],
  '//': ['$__floordiv__', '$__rfloordiv__', '$__ifloordiv__'],
  '%': ['$__mod__', '$__rmod__', '$__imod__'],
  '**': ['$__pow__', '$__rpow__', '$__ipow__'],
  '<<': ['$__lshift__', '$__rlshift__', '$__ilshift__'],
  '>>': ['$__rshift__', '$__rrshift__', '$__irshift__'],
  '&': ['$__and__', '$__rand__', '$__iand__'],
  '|': ['$__or__', '$__ror__', '$__ior__'],
  '^': ['$__xor__', '$__rxor__', '$__ixor__'],
  'divmod': ['$__divmod__', '$__rdivmod__', '$__idivmod__'],
};

/** `a op b` where at least one operand is not a number/str. */
export function binaryDispatch(op: string, a: any, b: any): any {
  const r = binaryOp1(op, a, b);
  if (r !== NotImplemented) return r;
  if (op === '*') {
    const rep = sequenceRepeat(a, b);
    if (rep !== NotImplemented) return rep;
  }
  return unsupportedBinary(op, a, b);
}

function isSequence(x: any): boolean {
  return typeof x === 'string' || x instanceof PyBytes || typeOf(x).proto.$$seqConcat === true;
}

/**
 * CPython's sequence repetition after both `__mul__`/`__rmul__` declined: `seq * n` or
 * `n * seq` where `n` has `__index__` (`[0] * Idx(3)`). NotImplemented otherwise.
 */
function sequenceRepeat(a: any, b: any): any {
  const seq = isSequence(a) ? a : isSequence(b) ? b : undefined;
  if (seq === undefined) return NotImplemented;
  const other = seq === a ? b : a;
  const f = typeOf(other).proto.$__index__;
  if (f === undefined || f === null) return NotImplemented;
  const n = callDunder0(f, other);
  if (!(typeof n === 'number' && Number.isInteger(n)) && typeof n !== 'bigint' && typeof n !== 'boolean') {
    throwError('TypeError', `__index__ returned non-int (type ${typeOf(n).name})`);
  }
  if (typeof seq === 'string') return strBinary('*', seq, n);
  if (seq instanceof PyBytes) return bytesBinary('*', seq, n);
  return callDunder1(typeOf(seq).proto.$__mul__, seq, n);
}

function binaryOp1(op: string, a: any, b: any): any {
  const names = BINARY[op];
  if (names === undefined) throwError('SystemError', `unknown operator ${op} (please report a bug in edgepy)`);
  const ta = typeOf(a), tb = typeOf(b);
  const fa = ta.proto[names[0]];
  let fb = ta === tb ? undefined : tb.proto[names[1]];
  if (fb !== undefined && fb === ta.proto[names[1]]) fb = undefined;
  if (fb !== undefined && tb.mro.includes(ta)) {
    // A subclass that overrides the reflected method gets the first try.
    const r = callDunder1(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined && fa !== null) {
    const r = callDunder1(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined && fb !== null) {
    const r = callDunder1(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

function unsupportedBinary(op: string, a: any, b: any): never {
  const ta = typeOf(a), tb = typeOf(b);
  // CPython's sequence-specific messages come from the sequence's own slots.
  if (op === '+' && (ta.proto.$$seqConcat === true) && !(tb.mro.includes(ta))) {
    throwError('TypeError', `can only concatenate ${ta.name} (not "${tb.name}") to ${ta.name}`);
  }
  if (op === '*' && (isSequence(a) || isSequence(b))) {
    const other = isSequence(a) ? tb : ta;
    throwError('TypeError', `can't multiply sequence by non-int of type '${other.name}'`);
  }
  const opName = op === '**' ? '** or pow()' : op === 'divmod' ? 'divmod()' : op;
  throwError('TypeError', `unsupported operand type(s) for ${opName}: '${ta.name}' and '${tb.name}'`);
}

/** `a op= b` (op includes the '='): `__iop__`, then the binary operator. */
export function inplaceDispatch(op: string, a: any, b: any): any {
  const bop = op.endsWith('=') ? op.slice(0, -1) : op;
  const names = BINARY[bop];
  if (names === undefined) throwError('SystemError', `unknown operator ${op} (please report a bug in edgepy)`);
  const fi = typeOf(a).proto[names[2]];
  if (fi !== undefined && fi !== null) {
    const r = callDunder1(fi, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = binaryOp1(bop, a, b);
  if (r !== NotImplemented) return r;
  if (bop === '*') {
    const rep = sequenceRepeat(a, b);
    if (rep !== NotImplemented) return rep;
  }
  if (bop === '+' || bop === '*') return unsupportedBinary(bop, a, b);
  const ta = typeOf(a), tb = typeOf(b);
  const opName = bop === '**' ? '**=' : bop + '=';
  throwError('TypeError', `unsupported operand type(s) for ${opName}: '${ta.name}' and '${tb.name}'`);
}

const COMPARE: Record<string, [string, string]> = {
  '<': ['$__lt__', '$__gt__'],
  '<=': ['$__le__', '$__ge__'],
  '==': ['$__eq__', '$__eq__'],
  '!=': ['$__ne__', '$__ne__'],
  '>': ['$__gt__', '$__lt__'],
  '>=': ['$__ge__', '$__le__'],
};

/** The rich comparison's Python result (usually a bool, but `__eq__` may return anything). */
export function richCompare(op: string, a: any, b: any): any {
  const names = COMPARE[op];
  const ta = typeOf(a), tb = typeOf(b);
  let reflectedFirst = false;
  if (ta !== tb && tb.mro.includes(ta)) {
    const fr = tb.proto[names[1]];
    if (fr !== undefined && fr !== null && fr !== ta.proto[names[1]]) {
      reflectedFirst = true;
      const r = callDunder1(fr, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.proto[names[0]];
  if (f !== undefined && f !== null) {
    const r = callDunder1(f, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!reflectedFirst) {
    const fr = tb.proto[names[1]];
    if (fr !== undefined && fr !== null) {
      const r = callDunder1(fr, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  throwError('TypeError', `'${op}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** `a op b` as a JS boolean (the rich result made truthy). */
export function compareDispatch(op: string, a: any, b: any): boolean {
  const r = richCompare(op, a, b);
  return typeof r === 'boolean' ? r : truthyOf(r);
}

import { truthy as truthyOf } from './truthy';

/** Python `==` as a JS boolean, with the identity shortcut containers use. */
export function pyEq(a: any, b: any): boolean {
  if (a === b) return true;
  const t = typeof a;
  if (t !== 'object' && t !== 'function' && typeof b !== 'object') return scalarEq(a, b);
  return scalarEq(a, b);
}

const UNARY: Record<string, string> = { '-': '$__neg__', '+': '$__pos__', '~': '$__invert__' };
const UNARY_NAME: Record<string, string> = { '-': 'unary -', '+': 'unary +', '~': 'unary ~' };

export function unaryDispatch(op: string, a: any): any {
  const f = typeOf(a).proto[UNARY[op]];
  if (f !== undefined && f !== null) return callDunder0(f, a);
  throwError('TypeError', `bad operand type for ${UNARY_NAME[op]}: '${typeOf(a).name}'`);
}

/** Whether the class overrides `object`'s version of a special method. */
export function overrides(cls: PyType, key: string): boolean {
  const f = cls.proto[key];
  return f !== undefined && f !== objectProto[key];
}
