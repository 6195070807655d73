// Case counts of the fuzz suites (printed at the end of each), the run count (the CI default,
// or FUZZ_RUNS=N for a longer run by hand) and the seed (fixed in CI; FUZZ_SEED=N by hand
// explores other inputs — a failure names its seed, so it can be replayed).
export const counters = { soups: 0, text: 0, mutations: 0, programs: 0, compared: 0 };

export function fuzzRuns(ciDefault: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : ciDefault;
}

export function fuzzSeed(ciDefault: number): number {
  const n = Number(process.env.FUZZ_SEED);
  return Number.isInteger(n) ? n : ciDefault;
}
