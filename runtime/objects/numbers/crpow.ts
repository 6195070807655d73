// Correctly rounded x ** y for finite positive x (as glibc's pow, which CPython uses; V8's
// Math.pow is off by one ulp in ~10% of cases). The power is evaluated in double-double
// arithmetic (~106 bits): x^n by repeated squaring for integral n, exp(y * log x) otherwise;
// the rounding of hi + lo to a double is then correct unless the exact value is a tie, which
// only integral powers can hit, and those are settled exactly with BigInt.
import { decompose } from './decompose';
import { bigTrueDiv, ldexpRaw } from './bigmath';

// Double-double helpers leave their (hi, lo) result in R[0], R[1]: a Float64Array, because
// module-level `let` numbers would be boxed (one heap allocation per write).
const R = new Float64Array(2);

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  R[1] = (a - (s - bb)) + (b - bb);
  R[0] = s;
}
const SPLIT = 134217729; // 2^27 + 1
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  R[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  R[0] = p;
}
/** (ah, al) * (bh, bl) → (R[0], R[1]) */
function mulDD(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = R[0], e = R[1] + (ah * bl + al * bh);
  twoSum(p, e);
}
/** (ah, al) + (bh, bl) → (R[0], R[1]) */
function addDD(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = R[0], e = R[1] + al + bl;
  twoSum(s, e);
}

const LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;

/** exp(ah + al) → (R[0], R[1]), for |ah| < 710. */
function expDD(ah: number, al: number): void {
  const k = Math.round(ah / LN2_HI);
  // r = a - k ln2, in double-double
  twoProd(k, LN2_HI);
  const ph = R[0], pl = R[1] + k * LN2_LO;
  addDD(ah, al, -ph, -pl);
  // scale r down by 2^10, Taylor series for e^r - 1, then square back up
  let rh = R[0] / 1024, rl = R[1] / 1024;
  // Horner: s = 1/1! + r/2! + ... + r^8/9!, then s * r = e^r - 1
  let sh = INV_FACT_HI[9], sl = INV_FACT_LO[9];
  for (let i = 8; i >= 1; i--) {
    mulDD(sh, sl, rh, rl);
    addDD(R[0], R[1], INV_FACT_HI[i], INV_FACT_LO[i]);
    sh = R[0]; sl = R[1];
  }
  mulDD(sh, sl, rh, rl); // s = r * (1 + r/2 + ...) = e^r - 1
  sh = R[0]; sl = R[1];
  for (let i = 0; i < 10; i++) {
    // (1 + s)^2 - 1 = 2s + s^2
    mulDD(sh, sl, sh, sl);
    addDD(2 * sh, 2 * sl, R[0], R[1]);
    sh = R[0]; sl = R[1];
  }
  addDD(1, 0, sh, sl);
  const scale = 2 ** k; // |k| <= 1024 here; callers keep results inside the normal range
  R[0] *= scale; R[1] *= scale;
}
// 1/i! as double-doubles: hi = 1/i!, lo = the rounding error, found with an exact product.
const INV_FACT_HI = new Float64Array(10), INV_FACT_LO = new Float64Array(10);
for (let i = 0, f = 1; i <= 9; i++, f *= i) {
  const hi = 1 / f;
  twoProd(hi, f);
  INV_FACT_HI[i] = hi;
  INV_FACT_LO[i] = ((1 - R[0]) - R[1]) / f;
}

/** log(x) → (R[0], R[1]) for finite x > 0: one Newton step on Math.log using expDD. */
function logDD(x: number): void {
  const l0 = Math.log(x);
  expDD(l0, 0);
  // l = l0 + (x - e^l0) / e^l0
  const eh = R[0], el = R[1];
  twoSum(x, -eh);
  const dh = R[0], dl = R[1] - el;
  const corr = (dh + dl) / eh;
  twoSum(l0, corr);
}

/** x^n → (R[0], R[1]) for integral n >= 1 by binary powering in double-double. */
function powIntDD(x: number, n: number): void {
  let rh = 1, rl = 0, bh = x, bl = 0;
  for (;;) {
    if (n % 2 === 1) { mulDD(rh, rl, bh, bl); rh = R[0]; rl = R[1]; }
    n = Math.floor(n / 2);
    if (n === 0) break;
    mulDD(bh, bl, bh, bl); bh = R[0]; bl = R[1];
  }
  R[0] = rh; R[1] = rl;
}

/** Whether (h, l) lies exactly on a rounding midpoint of h (so hi + lo may round wrongly). */
function nearTie(h: number, l: number): boolean {
  if (l === 0) return false;
  const ulp = Math.abs(h) * 2 ** -52;
  return Math.abs(Math.abs(l) - ulp / 2) <= ulp * 2 ** -40 || Math.abs(Math.abs(l) - ulp / 4) <= ulp * 2 ** -40;
}

/** Exact x^n (integral n, |n| <= 2000) correctly rounded, via BigInt. */
function powIntExact(x: number, n: number): number {
  const { mant, exp } = decompose(x);
  const M = mant ** BigInt(Math.abs(n));
  const e = exp * Math.abs(n);
  if (n > 0) {
    // Number(M) rounds correctly; scaling by 2^e is exact outside the subnormal range.
    return ldexpRaw(Number(M), e);
  }
  return ldexpRaw(bigTrueDiv(1n, M), -e);
}

/** Correctly rounded x ** y for finite x > 0 and finite y (no special cases here). */
export function crPow(x: number, y: number): number {
  if (y === 1 || x === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  const approx = Math.pow(x, y);
  // Results or bases near the ends of the double range keep V8's value (not double-double safe).
  if (!(approx > 2 ** -1000 && approx < 2 ** 1000 && x > 2 ** -1000 && x < 2 ** 1000 && Math.abs(y) < 2 ** 900)) return approx;
  if (Number.isInteger(y) && Math.abs(y) <= 2000) {
    if (y > 0) {
      powIntDD(x, y);
    } else return refineRecip(x, -y);
    if (nearTie(R[0], R[1])) return powIntExact(x, y);
    return R[0] + R[1];
  }
  logDD(x);
  mulDD(R[0], R[1], y, 0);
  if (Math.abs(R[0]) > 709) return approx;
  expDD(R[0], R[1]);
  return R[0] + R[1];
}

/** x^-n correctly rounded (n >= 1): 1 / x^n with the double-double x^n, ties settled exactly. */
function refineRecip(x: number, n: number): number {
  powIntDD(x, n);
  const dh = R[0], dl = R[1];
  // q = 1 / d to ~106 bits: q0 = 1/dh, then q = q0 + q0 * (1 - q0 * d)
  const q0 = 1 / dh;
  mulDD(q0, 0, dh, dl);
  const eh = 1 - R[0], e = eh - R[1];
  twoSum(q0, q0 * e);
  if (nearTie(R[0], R[1])) return powIntExact(x, -n);
  return R[0] + R[1];
}
