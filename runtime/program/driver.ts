// The auto driver (concurrency.md §6): drives a session to the end for `Program.run`, the CLI,
// `runPython` and `edgepy test`. Real clock: one host timer for the earliest deadline, however
// many coroutines sleep; virtual clock: no waiting at all. Never a busy loop.
import type { Session, RunOptions } from './session';
import { DriverError, PythonError } from './python-error';
import { defaultStderr } from '../scheduler/io';

const g: any = globalThis;

/** A macrotask boundary, so long virtual runs let the host's event loop breathe. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => (typeof g.setImmediate === 'function' ? g.setImmediate(resolve) : setTimeout(resolve, 0)));
}

/** Resolves at the deadline (ms, performance.now() timeline) or at the session's next wake-up. */
function waitUntil(session: Session, deadlineMs: number): Promise<void> {
  return new Promise((resolve) => {
    const delay = Math.max(0, Math.ceil(deadlineMs - performance.now()));
    const timer = setTimeout(resolve, delay);
    session.waitForWake().then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function nextFrame(options: RunOptions): Promise<void> | null {
  if (typeof g.requestAnimationFrame === 'function') return new Promise((resolve) => g.requestAnimationFrame(() => resolve()));
  if (options.frameRate !== undefined && options.frameRate > 0) {
    return new Promise((resolve) => setTimeout(resolve, 1000 / options.frameRate!));
  }
  return null;
}

export async function drive(session: Session, options: RunOptions): Promise<any> {
  try {
    return await driveToEnd(session, options);
  } finally {
    // nobody drives it any more: calls through named exports stop joining it
    session.detached = true;
  }
}

async function driveToEnd(session: Session, options: RunOptions): Promise<any> {
  const interactive = (options.interactiveEvents ?? []).slice();
  let spins = 0;
  for (;;) {
    switch (session.status) {
      case 'done':
        return session.result;
      case 'error':
        throw session.error;
      case 'pending-timer': {
        if (session.scheduler.clock.kind === 'virtual') {
          // no waiting; yield to the event loop now and then so the host stays responsive
          if (++spins % 4096 === 0) await macrotask();
        } else {
          await waitUntil(session, session.deadline!);
        }
        break;
      }
      case 'pending-host':
        await session.waitForWake();
        break;
      case 'pending-frame': {
        const tick = nextFrame(options);
        if (tick === null) throw new DriverError('RuntimeError: scheduler suspended: frame() needs a render host');
        await tick;
        session.frame();
        break;
      }
      case 'pending-event':
        if (interactive.length > 0) session.pushEvent(interactive.shift());
        else if (session.hasOpenEventSource) await session.waitForWake();
        else return session.result; // nothing can ever wake it: end quietly, output stands
        break;
      default:
        throw new Error(`edgepy: unexpected session status ${session.status}`);
    }
    session.resume();
  }
}

export interface ExecResult {
  exitCode: number;
  /** the uncaught exception, when there was one */
  error: PythonError | DriverError | null;
}

export async function execute(program: { run(o: RunOptions): Promise<any> }, options: RunOptions): Promise<ExecResult> {
  try {
    await program.run(options);
    return { exitCode: 0, error: null };
  } catch (e: any) {
    const err = e instanceof PythonError || e instanceof DriverError ? e : new PythonError(e);
    if (err.traceback) (options.stderr ?? defaultStderr)(err.traceback);
    return { exitCode: err.exitCode, error: err };
  }
}
