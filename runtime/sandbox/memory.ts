// Caps on huge allocations (sandbox profile `maxMemory`, docs/security.md "Limits").
//
// JS engines refuse some allocations with a RangeError (strings beyond ~2^29 chars, typed arrays
// beyond memory, BigInts beyond 2^30 bits); others would be attempted and freeze the thread or
// kill the process (`[0] * 10**9`, `3 ** 10**8`). The runtime calls `checkAlloc` with a size
// estimate *before* such an allocation, so the program gets MemoryError at once. Checks sit only
// on paths that allocate in proportion to a number the program chose, never on fast paths.
import { pyError } from '../objects/errors';

/** Bytes one allocation may take when no sandbox cap is set: about what V8 can hold at all. */
export const DEFAULT_MAX_ALLOCATION = 2 ** 32;

/** The current cap in bytes for one allocation (set per session by the sandbox profile). */
export const memory = { limit: DEFAULT_MAX_ALLOCATION };

/** Raises MemoryError when an allocation of about `bytes` bytes exceeds the cap. */
export function checkAlloc(bytes: number): void {
  if (bytes > memory.limit || !(bytes >= 0)) throw pyError('MemoryError');
}

/** Estimated size in bytes of `count` items of `itemBytes` each (JS arrays: 8 bytes per slot). */
export function checkItems(count: number, itemBytes: number): void {
  checkAlloc(count * itemBytes);
}

/** For a big integer result of about `bits` bits (BigInt digits: bits / 8 bytes). */
export function checkIntBits(bits: number | bigint): void {
  const b = typeof bits === 'bigint' ? (bits > 2n ** 60n ? Infinity : bits < 0n ? 0 : Number(bits)) : Math.max(bits, 0);
  // V8 refuses BigInts over 2^30 bits; computing one near that size can take minutes.
  if (b > 2 ** 30) throw pyError('MemoryError');
  checkAlloc(b / 8);
}

/** A slight underestimate of the bits of x ** y (y > 0): log2|x| * y, from x's top 53 bits. */
export function powBits(x: bigint, y: bigint): number {
  if (x < 0n) x = -x;
  if (x <= 1n) return 0;
  const shift = Math.max(x.toString(16).length * 4 - 53, 0);
  const log2 = shift + Math.log2(Number(x >> BigInt(shift)));
  return log2 * Number(y) * (1 - 1e-12);
}

/** JS RangeErrors that mean "this allocation is too large" (as opposed to a stack overflow). */
export function isAllocationFailure(e: unknown): boolean {
  return e instanceof RangeError && /invalid (string|array|typed array) length|array buffer allocation|bigint size|too large|out of memory/i.test(e.message);
}
