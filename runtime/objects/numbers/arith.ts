// The binary and unary operator entry points the compiler calls (`$rt.add(a, b)`, ...).
//
// Each exported operator starts with a small fast path for raw JS numbers (and strings where
// that matters) that V8 can inline; everything else goes through `binarySlow`, which handles
// bool, bigint, PyFloat, str, bytes and mixed int/float with CPython's semantics, and hands any
// other operand to runtime B's dispatcher (dunder methods, lists, tuples, ...).
import { checkIntBits, powBits, memory, DEFAULT_MAX_ALLOCATION } from '../../sandbox/memory';
import { throwError } from '../errors';
import { binaryDispatch, inplaceDispatch, unaryDispatch } from '../protocol';
import { PyFloat, MAX_SAFE, MIN_SAFE, flt, normBig } from './box';
import {
  bigToDouble, bigTrueDiv, bigFloorDiv, bigMod, bigBitLength,
} from './bigmath';
import { floatMod, floatFloorDiv, floatPowRaw } from './floatops';
import { isScalar, scalarTypeName } from './typename';
import { strBinary, bytesBinary } from './seqops';
import { PyBytes } from '../strings/bytes';

// ---------------------------------------------------------------------------------------------
// Fast paths

// Fast paths: + - * on raw numbers compute the double result first; an integral result is
// returned as is when both operands are ints and it is within 2^53 (else bigint), or boxed
// when a float operand made it integral. (Measured: checking int32 operands first is slower
// in V8 for adds once values leave the int32 range, see bench/micro/numbers.mjs.)
export function add(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isInteger(r)) {
      if (r <= MAX_SAFE && r >= MIN_SAFE && Number.isInteger(a) && Number.isInteger(b)) return r;
      return numSlow('+', a, b);
    }
    return r;
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (a instanceof PyFloat) {
    if (typeof b === 'number') return flt(a.v + b);
    if (b instanceof PyFloat) return flt(a.v + b.v);
  } else if (b instanceof PyFloat && typeof a === 'number') return flt(a + b.v);
  return binarySlow('+', a, b);
}

export function sub(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isInteger(r)) {
      if (r <= MAX_SAFE && r >= MIN_SAFE && Number.isInteger(a) && Number.isInteger(b)) return r;
      return numSlow('-', a, b);
    }
    return r;
  }
  if (a instanceof PyFloat) {
    if (typeof b === 'number') return flt(a.v - b);
    if (b instanceof PyFloat) return flt(a.v - b.v);
  } else if (b instanceof PyFloat && typeof a === 'number') return flt(a - b.v);
  return binarySlow('-', a, b);
}

export function mul(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isInteger(r)) {
      // `+ 0` turns the -0 of `0 * -1` into 0.
      if (r <= MAX_SAFE && r >= MIN_SAFE && Number.isInteger(a) && Number.isInteger(b)) return r + 0;
      return numSlow('*', a, b);
    }
    return r;
  }
  if (a instanceof PyFloat) {
    if (typeof b === 'number') return flt(a.v * b);
    if (b instanceof PyFloat) return flt(a.v * b.v);
  } else if (b instanceof PyFloat && typeof a === 'number') return flt(a * b.v);
  return binarySlow('*', a, b);
}

export function truediv(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = a / b;
    return Number.isInteger(r) ? new PyFloat(r) : r;
  }
  // a boxed float operand (an integral float such as the literal 1.0): still plain doubles;
  // division by zero is left to binarySlow for its message
  if (a instanceof PyFloat) {
    if (typeof b === 'number' && b !== 0) return flt(a.v / b);
    if (b instanceof PyFloat && b.v !== 0) return flt(a.v / b.v);
  } else if (b instanceof PyFloat && typeof a === 'number' && b.v !== 0) return flt(a / b.v);
  return binarySlow('/', a, b);
}

export function floordiv(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b && b !== 0 && b !== -1) {
      // int32 operands: the quotient is an int32, so `| 0` truncates exactly (and clears -0).
      const q = (a / b) | 0;
      return q * b !== a && (a < 0) !== (b < 0) ? q - 1 : q;
    }
    if (Number.isInteger(a) && Number.isInteger(b) && b !== 0) {
      // Exact for |a| < 2^53: the rounding error of a / b is below the 1/b gap to an integer.
      return Math.floor(a / b) + 0;
    }
  }
  return binarySlow('//', a, b);
}

export function mod(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b && b !== 0) {
      const r = (a % b) | 0; // `| 0` turns -0 into 0
      return r !== 0 && (r ^ b) < 0 ? r + b : r;
    }
    if (Number.isInteger(a) && Number.isInteger(b) && b !== 0) {
      const r = a % b;
      if (r === 0) return 0;
      return (r < 0) !== (b < 0) ? r + b : r;
    }
  }
  if (typeof a === 'string') return strBinary('%', a, b);
  return binarySlow('%', a, b);
}

export function pow(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && b >= 0) {
    const r = intPowSmall(a, b);
    if (r !== undefined) return r;
  }
  return binarySlow('**', a, b);
}

export function matmul(a: any, b: any): any {
  return binarySlow('@', a, b);
}

export function lshift(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && b >= 0 && b <= 21 && (b | 0) === b) {
    return a * (1 << b); // |a| < 2^31 and b <= 21: below 2^53
  }
  return binarySlow('<<', a, b);
}

export function rshift(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && b >= 0 && b < 32 && (b | 0) === b) {
    return a >> b;
  }
  return binarySlow('>>', a, b);
}

export function bitand(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return binarySlow('&', a, b);
}

export function bitor(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return binarySlow('|', a, b);
}

export function bitxor(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return binarySlow('^', a, b);
}

// In-place forms: identical for immutable builtins; other objects go to `__iadd__` & co.
export function iadd(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isInteger(r)) {
      if (r <= MAX_SAFE && r >= MIN_SAFE && Number.isInteger(a) && Number.isInteger(b)) return r;
      return numSlow('+', a, b);
    }
    return r;
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (isFloatish(a) && isFloatish(b)) return add(a, b);
  return inplaceSlow('+', a, b);
}
/** A raw number or a boxed float: + - * / on two of them stay on the fast paths above. */
function isFloatish(x: any): boolean { return typeof x === 'number' || x instanceof PyFloat; }
export function isub(a: any, b: any): any { return isFloatish(a) && isFloatish(b) ? sub(a, b) : inplaceSlow('-', a, b); }
export function imul(a: any, b: any): any { return isFloatish(a) && isFloatish(b) ? mul(a, b) : inplaceSlow('*', a, b); }
export function itruediv(a: any, b: any): any { return isFloatish(a) && isFloatish(b) ? truediv(a, b) : inplaceSlow('/', a, b); }
export function ifloordiv(a: any, b: any): any { return typeof a === 'number' && typeof b === 'number' ? floordiv(a, b) : inplaceSlow('//', a, b); }
export function imod(a: any, b: any): any { return typeof a === 'number' && typeof b === 'number' ? mod(a, b) : inplaceSlow('%', a, b); }
export function ipow(a: any, b: any): any { return typeof a === 'number' && typeof b === 'number' ? pow(a, b) : inplaceSlow('**', a, b); }
export function imatmul(a: any, b: any): any { return inplaceSlow('@', a, b); }
// (the integer operators take the fast path only for two ints: a float operand must fail as `op=`)
export function ilshift(a: any, b: any): any { return Number.isInteger(a) && Number.isInteger(b) ? lshift(a, b) : inplaceSlow('<<', a, b); }
export function irshift(a: any, b: any): any { return Number.isInteger(a) && Number.isInteger(b) ? rshift(a, b) : inplaceSlow('>>', a, b); }
export function iand(a: any, b: any): any { return Number.isInteger(a) && Number.isInteger(b) ? bitand(a, b) : inplaceSlow('&', a, b); }
export function ior(a: any, b: any): any { return Number.isInteger(a) && Number.isInteger(b) ? bitor(a, b) : inplaceSlow('|', a, b); }
export function ixor(a: any, b: any): any { return Number.isInteger(a) && Number.isInteger(b) ? bitxor(a, b) : inplaceSlow('^', a, b); }

// ---------------------------------------------------------------------------------------------
// Unary operators

export function neg(a: any): any {
  if (typeof a === 'number') return a === 0 ? 0 : -a; // int 0 must not become -0
  if (typeof a === 'bigint') return normBig(-a);
  if (a instanceof PyFloat) return new PyFloat(-a.v);
  if (typeof a === 'boolean') return a ? -1 : 0;
  return unarySlow('-', a);
}

export function pos(a: any): any {
  if (typeof a === 'number' || typeof a === 'bigint' || a instanceof PyFloat) return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  return unarySlow('+', a);
}

export function invert(a: any): any {
  if (typeof a === 'number' && Number.isInteger(a)) {
    if ((a | 0) === a) return ~a;
    const r = -a - 1;
    return r >= MIN_SAFE ? r : BigInt(a) ^ -1n;
  }
  if (typeof a === 'bigint') return normBig(~a);
  if (typeof a === 'boolean') return a ? -2 : -1;
  return unarySlow('~', a);
}

function unarySlow(op: '-' | '+' | '~', a: any): any {
  if (isScalar(a)) throwError('TypeError', `bad operand type for unary ${op}: '${scalarTypeName(a)}'`);
  return unaryDispatch(op, a);
}

// ---------------------------------------------------------------------------------------------
// Slow paths

/** Small-int power by squaring in doubles (exact while below 2^53); undefined on overflow. */
function intPowSmall(a: number, e: number): number | undefined {
  let r = 1;
  let x = a;
  for (;;) {
    if (e & 1) { r *= x; if (r > MAX_SAFE || r < MIN_SAFE) return undefined; }
    e = Math.floor(e / 2);
    if (e === 0) return r + 0;
    x *= x;
    if (x > MAX_SAFE) return undefined;
  }
}

/** True while an augmented assignment of two scalars runs the binary operator (`unsupported` then names `op=`). */
let augmented = false;

function inplaceSlow(op: string, a: any, b: any): any {
  if (isScalar(a) && isScalar(b)) {
    augmented = true;
    try {
      return binarySlow(op, a, b);
    } finally {
      augmented = false;
    }
  }
  return inplaceDispatch(op + '=', a, b);
}

/** The generic binary operator: every operand combination, CPython semantics. */
export function binarySlow(op: string, a: any, b: any): any {
  const ta = typeof a, tb = typeof b;
  const na = ta === 'number' || ta === 'bigint' || ta === 'boolean' || a instanceof PyFloat;
  const nb = tb === 'number' || tb === 'bigint' || tb === 'boolean' || b instanceof PyFloat;
  if (na && nb) {
    if (ta === 'boolean' && tb === 'boolean' && (op === '&' || op === '|' || op === '^')) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    return numSlow(op, ta === 'boolean' ? +a : a, tb === 'boolean' ? +b : b, a, b);
  }
  if (ta === 'string' || (tb === 'string' && !(a instanceof PyBytes))) { // b"%r" % "x" is bytes'
    const r = strBinary(op, a, b);
    if (r !== undefined) return r;
  } else {
    const r = bytesBinary(op, a, b);
    if (r !== undefined) return r;
  }
  if (isScalar(a) && isScalar(b)) unsupported(op, a, b);
  return binaryDispatch(op, a, b);
}

export function unsupported(op: string, a: any, b: any): never {
  throwError('TypeError',
    `unsupported operand type(s) for ${augmented ? op + '=' : op === '**' ? '** or pow()' : op}: '${scalarTypeName(a)}' and '${scalarTypeName(b)}'`);
}

/** Numeric operands only (bools already converted to 0/1). */
function numSlow(op: string, a: number | bigint | PyFloat, b: number | bigint | PyFloat, oa: any = a, ob: any = b): any {
  const fa = a instanceof PyFloat || (typeof a === 'number' && !Number.isInteger(a));
  const fb = b instanceof PyFloat || (typeof b === 'number' && !Number.isInteger(b));
  if (fa || fb) {
    const x = a instanceof PyFloat ? a.v : typeof a === 'bigint' ? bigToDouble(a) : a;
    const y = b instanceof PyFloat ? b.v : typeof b === 'bigint' ? bigToDouble(b) : b;
    return floatBinary(op, x, y, oa, ob);
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = smallIntBinary(op, a, b);
    if (r !== undefined) return r;
  }
  return bigIntBinary(op, BigInt(a as number | bigint), BigInt(b as number | bigint), oa, ob);
}

function floatBinary(op: string, x: number, y: number, a: any, b: any): any {
  switch (op) {
    case '+': return flt(x + y);
    case '-': return flt(x - y);
    case '*': return flt(x * y);
    case '/':
      if (y === 0) throwError('ZeroDivisionError', 'float division by zero');
      return flt(x / y);
    case '//': return flt(floatFloorDiv(x, y));
    case '%': return flt(floatMod(x, y));
    case '**': return flt(floatPowRaw(x, y));
  }
  return unsupported(op, a, b);
}

/** Both operands are safe-range ints; undefined means "redo in bigint". */
function smallIntBinary(op: string, a: number, b: number): number | PyFloat | undefined {
  switch (op) {
    case '+': { const r = a + b; return r <= MAX_SAFE && r >= MIN_SAFE ? r : undefined; }
    case '-': { const r = a - b; return r <= MAX_SAFE && r >= MIN_SAFE ? r : undefined; }
    case '*': { const r = a * b; return r <= MAX_SAFE && r >= MIN_SAFE ? r + 0 : undefined; }
    case '/':
      if (b === 0) throwError('ZeroDivisionError', 'division by zero');
      return flt(a / b);
    case '//':
      if (b === 0) throwError('ZeroDivisionError', 'integer division or modulo by zero');
      return Math.floor(a / b) + 0;
    case '%': {
      if (b === 0) throwError('ZeroDivisionError', 'integer modulo by zero');
      const r = a % b;
      if (r === 0) return 0;
      return (r < 0) !== (b < 0) ? r + b : r;
    }
    case '**':
      if (b < 0) {
        if (a === 0) throwError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
        return flt(floatPowRaw(a, b));
      }
      return intPowSmall(a, b);
    case '<<':
      if (b < 0) throwError('ValueError', 'negative shift count');
      if (a === 0) return 0;
      if (b < 53) { const r = a * 2 ** b; if (r <= MAX_SAFE && r >= MIN_SAFE) return r; }
      return undefined;
    case '>>':
      if (b < 0) throwError('ValueError', 'negative shift count');
      if (b >= 53) return a < 0 ? -1 : 0;
      return Math.floor(a / 2 ** b) + 0;
    case '&': if ((a | 0) === a && (b | 0) === b) return a & b; return undefined;
    case '|': if ((a | 0) === a && (b | 0) === b) return a | b; return undefined;
    case '^': if ((a | 0) === a && (b | 0) === b) return a ^ b; return undefined;
  }
  return undefined;
}

function bigIntBinary(op: string, x: bigint, y: bigint, a: any, b: any): any {
  switch (op) {
    case '+': return normBig(x + y);
    case '-': return normBig(x - y);
    case '*':
      if (memory.limit < DEFAULT_MAX_ALLOCATION) checkIntBits(bigBitLength(x) + bigBitLength(y)); // sandboxed only
      return normBig(x * y);
    case '/': return flt(bigTrueDiv(x, y));
    case '//': return normBig(bigFloorDiv(x, y));
    case '%': return normBig(bigMod(x, y));
    case '**':
      if (y < 0n) {
        if (x === 0n) throwError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
        return flt(floatPowRaw(bigToDouble(x), bigToDouble(y)));
      }
      // a result of log2|x| * y bits: refuse a too large one before computing it
      if (y > 64n) checkIntBits(powBits(x, y));
      return normBig(x ** y);
    case '<<':
      if (y < 0n) throwError('ValueError', 'negative shift count');
      if (x !== 0n && y > 64n) checkIntBits(BigInt(bigBitLength(x)) + y);
      return normBig(x << y);
    case '>>':
      if (y < 0n) throwError('ValueError', 'negative shift count');
      return normBig(x >> y);
    case '&': return normBig(x & y);
    case '|': return normBig(x | y);
    case '^': return normBig(x ^ y);
  }
  return unsupported(op, a, b);
}
