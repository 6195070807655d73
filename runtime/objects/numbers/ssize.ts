// CPython's index-sized integers (Py_ssize_t, 64-bit): indexes, lengths and counts up to
// sys.maxsize = 2**63 - 1. Python ints beyond 2**53 are bigints here, so code taking an index
// must tell "fits an index but is out of range" from "cannot fit an index at all".
import { throwError } from '../errors';

export const SSIZE_MAX = 0x7fffffffffffffffn;
const SSIZE_MIN = -SSIZE_MAX - 1n;

export function fitsSsize(b: bigint): boolean {
  return b >= SSIZE_MIN && b <= SSIZE_MAX;
}

/**
 * A bigint item index (`seq[i]`): IndexError when it cannot fit an index-sized integer (CPython's
 * message), else ±MAX_SAFE_INTEGER, which is out of range of every sequence we can hold.
 */
export function bigItemIndex(b: bigint): number {
  if (!fitsSsize(b)) throwError('IndexError', "cannot fit 'int' into an index-sized integer");
  return b > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}
