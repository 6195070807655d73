// Per-program options written as header comments at the top of a fixture (docs/fixtures.md):
//   # events: a, b        messages queued for receive() before the program starts
//   # input: line1 | line2  lines for input()
//   # exit: 1              expected exit code
//   # clock: real          run with real timers instead of the virtual clock
export interface FixtureOptions {
  events?: string[];
  input?: string[];
  exitCode?: number;
  clock?: 'real' | 'virtual';
}

export function readFixtureOptions(source: string): FixtureOptions {
  const opts: FixtureOptions = {};
  for (const line of source.split('\n')) {
    if (!line.startsWith('#')) break;
    const m = /^#\s*(events|input|exit|clock)\s*:\s*(.*)$/.exec(line.trimEnd());
    if (!m) continue;
    const [, key, value] = m;
    if (key === 'events') opts.events = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    else if (key === 'input') opts.input = value.split('|').map((s) => s.trim());
    else if (key === 'exit') opts.exitCode = Number(value);
    else if (key === 'clock' && (value === 'real' || value === 'virtual')) opts.clock = value;
  }
  return opts;
}
