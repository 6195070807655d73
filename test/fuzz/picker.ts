// Seeded random choices for the program generators (program-generator.ts,
// concurrency-generator.ts): the same seed always gives the same program.

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Picker {
  private r: () => number;

  constructor(seed: number) {
    this.r = prng(seed);
  }

  /** An integer in [0, n). */
  protected int(n: number): number {
    return Math.floor(this.r() * n);
  }
  protected pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  /** `k` distinct items of `xs`, in random order. */
  protected pickN<T>(xs: readonly T[], k: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < k && pool.length) out.push(pool.splice(this.int(pool.length), 1)[0]);
    return out;
  }
  protected chance(p: number): boolean {
    return this.r() < p;
  }
}
