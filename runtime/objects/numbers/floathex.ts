// float.hex() and float.fromhex(): CPython's exact hexadecimal form of a double
// ('-0x1.999999999999ap-4') and its correctly rounded (half-even) inverse.
import { throwError } from '../errors';

const view = new DataView(new ArrayBuffer(8));

/** float.hex(x) for a double. */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const sign = hi >>> 31 ? '-' : '';
  const e = (hi >>> 20) & 0x7ff;
  if (x === 0) return `${sign}0x0.0p+0`;
  // 52 fraction bits = 13 hex digits; a subnormal is 0x0.<digits>p-1022 as CPython prints it
  const frac = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  const exp = e === 0 ? -1022 : e - 1023;
  return `${sign}0x${e === 0 ? 0 : 1}.${frac}p${exp < 0 ? '' : '+'}${exp}`;
}

const HEX_FLOAT = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/;
const INF_NAN = /^([+-]?)(inf|infinity|nan)$/i;
const invalid = (): never => throwError('ValueError', 'invalid hexadecimal floating-point string');

/** float.fromhex(s) as a double. */
export function floatFromHex(s: string): number {
  // CPython strips ASCII whitespace around the number (Py_ISSPACE)
  const t = s.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '');
  const special = INF_NAN.exec(t);
  if (special) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = HEX_FLOAT.exec(t);
  if (!m) return invalid();
  const intDigits = m[2], fracDigits = m[3] ?? '';
  if (intDigits.length + fracDigits.length === 0) return invalid();
  const negative = m[1] === '-';
  const digits = (intDigits + fracDigits).replace(/^0+/, '');
  if (digits === '') return negative ? -0 : 0;
  const n = BigInt('0x' + digits);
  // value = n * 2^exp2; a decimal exponent beyond ±10^8 only matters as "overflow" or "zero"
  let pexp = m[4] === undefined ? 0 : Number(m[4]);
  if (!Number.isFinite(pexp) || Math.abs(pexp) > 1e8) pexp = Math.sign(pexp) * 1e8;
  const exp2 = pexp - 4 * fracDigits.length;
  const bits = digits.length * 4 - Math.clz32(parseInt(digits[0], 16)) + 28; // bit length of n
  const top = bits - 1 + exp2; // 2^top <= value < 2^(top+1)
  if (top > 1023) throwError('OverflowError', 'hexadecimal value too large to represent as a float');
  const lsb = Math.max(top - 52, -1074); // exponent of the last kept bit (53 bits, or subnormal)
  const shift = lsb - exp2;
  let mant: bigint;
  if (shift <= 0) mant = n << BigInt(-shift);
  else if (shift > bits + 1) mant = 0n; // below half of the smallest subnormal
  else {
    const sh = BigInt(shift);
    mant = n >> sh;
    const rest = n - (mant << sh), half = 1n << (sh - 1n);
    if (rest > half || (rest === half && (mant & 1n) === 1n)) mant += 1n;
  }
  // mant <= 2^53, so both factors and the product are exact (or overflow to inf)
  const v = Number(mant) * 2 ** lsb;
  if (v === Infinity) throwError('OverflowError', 'hexadecimal value too large to represent as a float');
  return negative ? -v : v;
}
