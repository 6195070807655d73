// The program's I/O and clocks as the builtins see them: `print` writes through the running
// session's `print` hook, `input()` reads the session's `input` lines, and the `time` module
// reads the session's clock (concurrency.md §4). Outside any session: the process's streams
// and the real clock.
import { active } from './scheduler';
import { RealClock, type Clock } from './clock';

const realClock = new RealClock();

function clock(): Clock {
  return active !== null ? active.clock : realClock;
}

/** `time.monotonic()` / `time.perf_counter()`: seconds on the active clock. */
export function clockMonotonic(): number {
  return clock().monotonic();
}

/** `time.time()`: seconds since the epoch on the active clock. */
export function clockTime(): number {
  return clock().wall();
}

/** Writes program output (text exactly as Python writes it, newlines included). */
export function writeStdout(text: string): void {
  const s = active?.session;
  if (s) s.writeStdout(text);
  else defaultStdout(text);
}

/** Writes to the program's stderr. */
export function writeStderr(text: string): void {
  const s = active?.session;
  if (s) s.writeStderr(text);
  else defaultStderr(text);
}

/** The next input line without its newline, or null at end of input (input() → EOFError). */
export function readInputLine(): string | null {
  const s = active?.session;
  return s ? s.readLine() : readStdinLine();
}

const proc: any = (globalThis as any).process;

export function defaultStdout(text: string): void {
  if (proc?.stdout?.write) proc.stdout.write(text);
  else console.log(text.endsWith('\n') ? text.slice(0, -1) : text);
}

export function defaultStderr(text: string): void {
  if (proc?.stderr?.write) proc.stderr.write(text);
  else console.error(text.endsWith('\n') ? text.slice(0, -1) : text);
}

/** One line from the process's stdin, read synchronously (Node only); null at EOF. */
export function readStdinLine(): string | null {
  const fs = proc?.getBuiltinModule?.('fs');
  if (!fs) return null;
  const bytes: number[] = [];
  const buf = new Uint8Array(1);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buf, 0, 1, null);
    } catch (e: any) {
      if (e?.code === 'EAGAIN') continue;
      if (e?.code === 'EOF') n = 0;
      else throw e;
    }
    if (n === 0) return bytes.length ? new TextDecoder().decode(new Uint8Array(bytes)) : null;
    if (buf[0] === 10) return new TextDecoder().decode(new Uint8Array(bytes)).replace(/\r$/, '');
    bytes.push(buf[0]);
  }
}
