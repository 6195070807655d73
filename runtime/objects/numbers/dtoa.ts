// Correctly rounded (round-half-even, as CPython) fixed and exponential notation for doubles.
// JS's toFixed/toExponential round ties away from zero, so they are used only where no tie
// is possible; otherwise the exact decimal value of the double is computed with BigInt.
import { decompose } from './decompose';

const pow5cache: bigint[] = [1n];
function pow5(n: number): bigint {
  while (pow5cache.length <= n) pow5cache.push(pow5cache[pow5cache.length - 1] * 5n);
  return pow5cache[n];
}
function pow10(n: number): bigint { return 10n ** BigInt(n); }

/** |v| exactly as N × 10^-scale (v finite). */
function exactDecimal(v: number): { N: bigint; scale: number } {
  const { mant, exp } = decompose(v);
  if (exp >= 0) return { N: mant << BigInt(exp), scale: 0 };
  return { N: mant * pow5(-exp), scale: -exp };
}

/** round(N / d) with ties to even. */
function divRoundEven(N: bigint, d: bigint): bigint {
  const q = N / d, r = N % d;
  const twice = r * 2n;
  if (twice > d || (twice === d && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** |v| in fixed notation with `prec` digits after the point (no sign; v finite). */
export function fixedDigits(v: number, prec: number): string {
  const a = Math.abs(v);
  if (a < 1e21 && prec <= 100) {
    // A tie (exact value halfway between two outputs) needs exactly prec+1 binary fraction digits.
    const tie = !Number.isInteger(a * 2 ** prec) && Number.isInteger(a * 2 ** (prec + 1));
    if (!tie) return a.toFixed(prec);
  }
  const { N, scale } = exactDecimal(a);
  // The exact value has at most 1074 fraction digits: a longer precision only appends zeros
  // (as strings: `format(5, '.20000001f')` must not build a 20-million-digit BigInt).
  let s = scale <= prec ? N.toString() + '0'.repeat(prec - scale) : divRoundEven(N, pow10(scale - prec)).toString();
  if (prec === 0) return s;
  if (s.length <= prec) s = '0'.repeat(prec - s.length + 1) + s;
  return s.slice(0, s.length - prec) + '.' + s.slice(s.length - prec);
}

/**
 * |v| rounded to `prec + 1` significant digits: the digit string (length prec+1) and the
 * decimal exponent of its first digit (v finite).
 */
export function expDigits(v: number, prec: number): { digits: string; exp: number } {
  const a = Math.abs(v);
  if (a === 0) return { digits: '0'.repeat(prec + 1), exp: 0 };
  const { N, scale } = exactDecimal(a);
  const L = N.toString().length;
  let exp = L - 1 - scale;
  let digits: string;
  if (L <= prec + 1) digits = N.toString() + '0'.repeat(prec + 1 - L);
  else {
    const R = divRoundEven(N, pow10(L - (prec + 1)));
    digits = R.toString();
    if (digits.length > prec + 1) { digits = digits.slice(0, prec + 1); exp++; } // carried to 10^k
  }
  return { digits, exp };
}

/** d.ddde±XX with `prec` digits after the point (CPython's 'e' format, no sign). */
export function expNotation(v: number, prec: number, alt = false, upper = false): string {
  const { digits, exp } = expDigits(v, prec);
  let m = digits[0];
  if (prec > 0) m += '.' + digits.slice(1);
  else if (alt) m += '.';
  const ae = Math.abs(exp);
  return `${m}${upper ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${ae < 10 ? '0' + ae : ae}`;
}

/** CPython's 'g' format for finite v (no sign): `prec` significant digits. */
export function generalNotation(v: number, prec: number, alt = false, upper = false): string {
  if (prec === 0) prec = 1;
  const a = Math.abs(v);
  if (a === 0) {
    return alt ? '0.' + '0'.repeat(prec - 1) : '0';
  }
  const { exp } = expDigits(a, prec - 1);
  let s: string;
  if (exp >= -4 && exp < prec) s = fixedDigits(a, prec - 1 - exp);
  else s = expNotation(a, prec - 1, alt, upper);
  if (!alt) s = stripTrailingZeros(s);
  else if (!s.includes('.') && !s.includes('e') && !s.includes('E')) s += '.';
  return s;
}

/** Removes trailing zeros of the fraction (and a bare point), keeping any exponent. */
export function stripTrailingZeros(s: string): string {
  const e = s.search(/[eE]/);
  let m = e >= 0 ? s.slice(0, e) : s;
  const tail = e >= 0 ? s.slice(e) : '';
  if (m.includes('.')) {
    m = m.replace(/0+$/, '');
    if (m.endsWith('.')) m = m.slice(0, -1);
  }
  return m + tail;
}

/** |a| rounded half-even to `nd` decimal places (nd may be negative), as a decimal string. */
export function roundDecimalString(a: number, nd: number): string {
  if (nd >= 0) return fixedDigits(a, nd);
  const { N, scale } = exactDecimal(Math.abs(a));
  const R = divRoundEven(N, pow10(scale - nd));
  return R === 0n ? '0' : R.toString() + '0'.repeat(-nd);
}
