// Edge-only builtin helpers (language.md): free-function forms of bytes/int conversions.
import { bytesFromHex } from '../objects/strings/bytes';
import { intFromBytes, intToBytes } from '../objects/numbers/intfuncs';
import { throwError } from '../objects/errors';
import { typeOf } from '../objects/core';
import { defBuiltin } from './namespace';

defBuiltin('bytes_fromhex', ['s'], (s: any) => {
  if (typeof s !== 'string') throwError('TypeError', `fromhex() argument must be str, not ${typeOf(s).name}`);
  return bytesFromHex(s);
});
defBuiltin('int_from_bytes', ['b', 'order'], (b: any, order: any) => intFromBytes(b, order, false));
defBuiltin('int_to_bytes', ['n', 'length', 'order'], (n: any, length: any, order: any) => intToBytes(n, length, order, false));
