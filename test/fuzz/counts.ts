// Case counts of the fuzz suites (printed at the end of each), and the run count: the CI
// default, or FUZZ_RUNS=N for a longer run by hand.
export const counters = { soups: 0, text: 0, mutations: 0, programs: 0, compared: 0 };

export function fuzzRuns(ciDefault: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : ciDefault;
}
