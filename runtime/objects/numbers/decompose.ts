// Exact decomposition of doubles: v = mant * 2^exp with an integer mantissa.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Little-endian hosts (every JS engine we target): u32[1] is the high word.

/** |v| = mant * 2^exp exactly, for finite v; mant is odd unless v is 0. */
export function decompose(v: number): { mant: bigint; exp: number } {
  f64[0] = v;
  const hi = u32[1], lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (bexp === 0) exp = -1074; // subnormal
  else { mant |= 1n << 52n; exp = bexp - 1075; }
  if (mant === 0n) return { mant, exp: 0 };
  while ((mant & 1n) === 0n) { mant >>= 1n; exp++; }
  return { mant, exp };
}

/** math.frexp: v = m * 2^e with 0.5 <= |m| < 1 (m = v, e = 0 for 0, inf, nan). */
export function frexp(v: number): [number, number] {
  if (v === 0 || !Number.isFinite(v)) return [v, 0];
  f64[0] = v;
  let bexp = (u32[1] >>> 20) & 0x7ff;
  let scale = 0;
  if (bexp === 0) { // subnormal: normalise first
    f64[0] = v * 2 ** 64;
    bexp = (u32[1] >>> 20) & 0x7ff;
    scale = -64;
  }
  const e = bexp - 1022;
  u32[1] = (u32[1] & 0x800fffff) | (1022 << 20);
  return [f64[0], e + scale];
}
