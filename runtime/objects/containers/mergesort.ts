// A stable merge sort over parallel arrays (keys, and the values that travel with them), in JS.
//
// Why not Array.prototype.sort: V8's sort is Torque code that calls the comparator across the
// builtin/JS boundary for every comparison; a JS merge sort lets TurboFan inline the
// comparator (sorted() with key= in the comprehensions benchmark: the sort itself ~1.9x faster
// on 750 tuple keys, bench/FINDINGS §7). Like CPython's list.sort it only asks `less(x, y)`
// (Python's `<`), once per comparison, and asks it the same way round as timsort does
// (the later item on the left: `less(right, left)`), so a `<` that raises names the operand
// types in CPython's order (`sorted([1, "2"])`: between 'str' and 'int'). Stable: an item
// moves before an earlier one only when strictly less. Under 64 items it is CPython's own
// algorithm (smallSort), so a `__lt__` that prints runs exactly as in CPython; from 64 items
// on, the comparisons differ from timsort's (same result for any consistent order).

const RUN = 16;

/**
 * Sorts `keys` ascending by `less`, permuting `vals` (when given) the same way. The arrays are
 * only written once the sort has finished, so a comparator that throws (a Python `__lt__`
 * raising) leaves both as they were.
 */
export function mergeSort(keys: any[], vals: any[] | null, less: (x: any, y: any) => boolean): void {
  const n = keys.length;
  if (n < 64) return smallSort(keys, vals, less);
  let a = keys.slice();
  let av = vals === null ? null : vals.slice();
  // insertion sort of short runs
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = lo + RUN < n ? lo + RUN : n;
    for (let i = lo + 1; i < hi; i++) {
      const k = a[i];
      const v = av === null ? undefined : av[i];
      let j = i - 1;
      while (j >= lo && less(k, a[j])) {
        a[j + 1] = a[j];
        if (av !== null) av[j + 1] = av[j];
        j--;
      }
      a[j + 1] = k;
      if (av !== null) av[j + 1] = v;
    }
  }
  if (n > RUN) {
    let b = new Array(n);
    let bv = av === null ? null : new Array(n);
    for (let w = RUN; w < n; w *= 2) {
      for (let lo = 0; lo < n; lo += 2 * w) {
        const mid = lo + w < n ? lo + w : n;
        const hi = lo + 2 * w < n ? lo + 2 * w : n;
        let i = lo, j = mid, o = lo;
        if (mid < hi && less(a[mid], a[mid - 1])) {
          // a[j] goes first only when strictly smaller: equal keys keep their order
          while (i < mid && j < hi) {
            if (less(a[j], a[i])) { b[o] = a[j]; if (bv !== null) bv[o] = av![j]; j++; }
            else { b[o] = a[i]; if (bv !== null) bv[o] = av![i]; i++; }
            o++;
          }
        }
        for (; i < mid; i++, o++) { b[o] = a[i]; if (bv !== null) bv[o] = av![i]; }
        for (; j < hi; j++, o++) { b[o] = a[j]; if (bv !== null) bv[o] = av![j]; }
      }
      const t = a; a = b; b = t;
      const tv = av; av = bv; bv = tv;
    }
  }
  for (let i = 0; i < n; i++) keys[i] = a[i];
  if (vals !== null) for (let i = 0; i < n; i++) vals[i] = av![i];
}

/**
 * CPython's list.sort for fewer than 64 items (timsort's minrun is then the whole list): the
 * first natural run (count_run; a strictly descending one is reversed), then binary insertion
 * of the rest (binarysort): the same comparisons in the same order as CPython. The arrays are
 * written only when the sort has finished. (seqsus.ts has the suspendable twin.)
 */
function smallSort(keys: any[], vals: any[] | null, less: (x: any, y: any) => boolean): void {
  const n = keys.length;
  if (n < 2) return;
  const a = keys.slice();
  const av = vals === null ? null : vals.slice();
  let run = 2;
  if (less(a[1], a[0])) {
    while (run < n && less(a[run], a[run - 1])) run++;
    reverseRange(a, 0, run);
    if (av !== null) reverseRange(av, 0, run);
  } else {
    while (run < n && !less(a[run], a[run - 1])) run++;
  }
  for (let start = run; start < n; start++) {
    const pivot = a[start];
    const pv = av === null ? undefined : av[start];
    let l = 0, r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (less(pivot, a[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let j = start; j > l; j--) {
      a[j] = a[j - 1];
      if (av !== null) av[j] = av[j - 1];
    }
    a[l] = pivot;
    if (av !== null) av[l] = pv;
  }
  for (let i = 0; i < n; i++) keys[i] = a[i];
  if (vals !== null) for (let i = 0; i < n; i++) vals[i] = av![i];
}

export function reverseRange(a: any[], lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) { const t = a[i]; a[i] = a[j]; a[j] = t; }
}
