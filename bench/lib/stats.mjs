// Small statistics over repeated timings.

export const min = (xs) => (xs.length ? Math.min(...xs) : null);
export const max = (xs) => (xs.length ? Math.max(...xs) : null);

export function median(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** max/min of the repetitions; 1 means perfectly steady. */
export const spread = (xs) => (xs.length ? max(xs) / min(xs) : null);

/** Geometric mean of positive finite values; null when there are none. */
export function geomean(xs) {
  const ok = xs.filter((x) => Number.isFinite(x) && x > 0);
  if (!ok.length) return null;
  return Math.exp(ok.reduce((s, x) => s + Math.log(x), 0) / ok.length);
}

/** a/b when both are known and b is positive, else null. */
export const ratio = (a, b) => (a != null && b != null && b > 0 && a > 0 ? a / b : null);
