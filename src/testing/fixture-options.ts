// Per-program options written as header comments at the top of a fixture (docs/fixtures.md).
// The same header is read by scripts/gen-fixture-outputs.mjs when it makes the expected output
// with CPython or the concurrency oracle, so both sides must agree on its meaning:
//   # events: a, b               messages queued for receive() before the program starts
//   # interactive-events: a, b   pushed one at a time whenever the program waits in receive()
//   # input: first line          one line for input() (repeat the header for more lines)
//   # exit: 1                    expected exit code
//   # clock: real                run with real timers instead of the virtual clock
//   # modules: network-stub      host modules the test harness provides (docs/fixtures.md)
//   # error: ValueError: bad      the last line of stderr (where the reference prints only that)
export interface FixtureOptions {
  events?: string[];
  interactiveEvents?: string[];
  input?: string[];
  exitCode?: number;
  clock?: 'real' | 'virtual';
  modules?: string[];
  error?: string;
}

const HEADER = /^#\s*(events|interactive-events|input|exit|clock|modules|error):\s?(.*)$/;

export function readFixtureOptions(source: string): FixtureOptions {
  const opts: FixtureOptions = {};
  const list = (value: string) => value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  for (const line of source.split('\n')) {
    if (!line.startsWith('#')) break;
    const m = HEADER.exec(line);
    if (!m) continue;
    const key = m[1];
    const value = m[2].replace(/\s+$/, '');
    if (key === 'events') (opts.events ??= []).push(...list(value));
    else if (key === 'interactive-events') (opts.interactiveEvents ??= []).push(...list(value));
    else if (key === 'input') (opts.input ??= []).push(value);
    else if (key === 'exit') opts.exitCode = Number(value);
    else if (key === 'clock' && (value === 'real' || value === 'virtual')) opts.clock = value;
    else if (key === 'modules') (opts.modules ??= []).push(...list(value));
    else if (key === 'error') opts.error = value;
  }
  return opts;
}
