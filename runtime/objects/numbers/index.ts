// Numbers: representation (runtime-abi.md §1), operators, repr, hash, parsing, builtins.
export { PyFloat, flt, isInt, isFloat, isNumber, normBig, toBig, floatVal, intFromDouble, MAX_SAFE, MIN_SAFE } from './box';
export {
  add, sub, mul, truediv, floordiv, mod, pow, matmul, lshift, rshift, bitand, bitor, bitxor,
  iadd, isub, imul, itruediv, ifloordiv, imod, ipow, imatmul, ilshift, irshift, iand, ior, ixor,
  neg, pos, invert, binarySlow,
} from './arith';
// The $rt comparison operators return the comparison's value (runtime-abi.md): a user `__eq__`
// may return anything. Runtime code that needs a JS boolean imports eq/lt... from ./compare.
export { eqV as eq, neV as ne, ltV as lt, leV as le, gtV as gt, geV as ge } from './compare';
export { intRepr, floatRepr, doubleRepr, numRepr } from './repr';
export { numHash, doubleHash as floatHash } from './hash';
export { intFromString, floatFromString, parseFloatStrict } from './parse';
export {
  asInt, numAbs, floatToInt, toFloat, pyRound, pyDivmod, powMod, intToBase, intBitLengthOf,
  intBitCount, intToBytes, intFromBytes, floatIsInteger, asIntegerRatio,
} from './intfuncs';
export { intBitLength, bigBitLength } from './bigmath';
export { scalarTypeName, isScalar } from './typename';
