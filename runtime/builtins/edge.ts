// Edge-only builtin helpers (language.md): free-function forms of bytes/int conversions.
import { bytesFromHex, PyBytes } from '../objects/strings/bytes';
import { intFromBytes, intToBytes } from '../objects/numbers/intfuncs';
import { throwError } from '../objects/errors';
import { typeOf } from '../objects/core';
import { defBuiltin } from './namespace';

export const b_bytes_fromhex = /*#__PURE__*/ defBuiltin('bytes_fromhex', ['s'], (s: any) => {
  if (typeof s !== 'string') throwError('TypeError', `fromhex() argument must be str, not ${typeOf(s).name}`);
  return bytesFromHex(s);
});
// Edge's own messages for bad arguments (the conformance corpus records them).
const checkOrder = (fname: string, order: any) => {
  if (order !== 'big' && order !== 'little') throwError(typeof order === 'string' ? 'ValueError' : 'TypeError', `${fname}() byteorder must be 'big' or 'little'`);
};
export const b_int_from_bytes = /*#__PURE__*/ defBuiltin('int_from_bytes', ['b', 'order'], (b: any, order: any) => {
  if (!(b instanceof PyBytes)) throwError('TypeError', 'int_from_bytes() first arg must be bytes');
  checkOrder('int_from_bytes', order);
  return intFromBytes(b, order, false);
});
export const b_int_to_bytes = /*#__PURE__*/ defBuiltin('int_to_bytes', ['n', 'length', 'order'], (n: any, length: any, order: any) => {
  checkOrder('int_to_bytes', order);
  return intToBytes(n, length, order, false);
});
