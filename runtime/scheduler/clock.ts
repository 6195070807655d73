// The two clocks of concurrency.md §4. A clock measures deadlines in its own units (real: ms on
// the performance.now() timeline; virtual: integer ns since the session started) and converts
// them for `Session.deadline` (ms) and for Python's `time` module (s).

export interface Clock {
  readonly kind: 'real' | 'virtual';
  /** now, in clock units */
  now(): number;
  /** the deadline `seconds` from now, in clock units (seconds > 0 and finite) */
  after(seconds: number): number;
  /** a deadline in ms, as `Session.deadline` reports it */
  toMs(at: number): number;
  /** `time.monotonic()` / `perf_counter()` in seconds */
  monotonic(): number;
  /** `time.time()` in seconds */
  wall(): number;
}

export class RealClock implements Clock {
  readonly kind = 'real' as const;
  now(): number {
    return performance.now();
  }
  after(seconds: number): number {
    return performance.now() + seconds * 1000;
  }
  toMs(at: number): number {
    return at;
  }
  monotonic(): number {
    return performance.now() / 1000;
  }
  wall(): number {
    return Date.now() / 1000;
  }
}

/**
 * Virtual time: integer nanoseconds from 0 that move only when the scheduler jumps to the next
 * deadline (`advanceTo`), so runs are deterministic. `time.time()` is the wall clock at start
 * plus virtual seconds (concurrency.md §4).
 */
export class VirtualClock implements Clock {
  readonly kind = 'virtual' as const;
  ns = 0;
  private readonly wall0 = Date.now() / 1000;
  now(): number {
    return this.ns;
  }
  after(seconds: number): number {
    return this.ns + Math.round(seconds * 1e9);
  }
  toMs(at: number): number {
    return at / 1e6;
  }
  monotonic(): number {
    return this.ns / 1e9;
  }
  wall(): number {
    return this.wall0 + this.ns / 1e9;
  }
  advanceTo(at: number): void {
    if (at > this.ns) this.ns = at;
  }
}
