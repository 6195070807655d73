// Python type names of the values this part of the runtime owns, for error messages.
import { PyFloat } from './box';
import { PyBytes } from '../strings/bytes';

/** The Python type name of a builtin scalar (int/float/bool/str/bytes), else undefined. */
export function scalarTypeName(x: unknown): string | undefined {
  switch (typeof x) {
    case 'number': return Number.isInteger(x) ? 'int' : 'float';
    case 'bigint': return 'int';
    case 'boolean': return 'bool';
    case 'string': return 'str';
  }
  if (x instanceof PyFloat) return 'float';
  if (x instanceof PyBytes) return 'bytes';
  return undefined;
}

/** True when x is a value whose operators this module implements completely. */
export function isScalar(x: unknown): boolean {
  const t = typeof x;
  return t === 'number' || t === 'string' || t === 'boolean' || t === 'bigint' ||
    x instanceof PyFloat || x instanceof PyBytes;
}
