// The `time` module: time/monotonic/perf_counter read the running session's clock (real or
// virtual, see scheduler/io.ts); `sleep` is the scheduler's suspending builtin.
import { clockTime, clockMonotonic } from '../scheduler/io';
import { flt, normBig } from '../objects/numbers/box';

export function time(): any { return flt(clockTime()); }
export function monotonic(): any { return flt(clockMonotonic()); }
export function perf_counter(): any { return flt(clockMonotonic()); }
export function time_ns(): any { return normBig(BigInt(Math.round(clockTime() * 1e9))); }
export function monotonic_ns(): any { return normBig(BigInt(Math.round(clockMonotonic() * 1e9))); }
export function perf_counter_ns(): any { return monotonic_ns(); }
