// sleep() returns a frame that is not a generator object (runtime/scheduler/sleepframe.ts).
// These check that everything which drives frames still treats it as one: `instanceof Frame`,
// runSync from plain code, cancellation at the suspension point, throw() into the chain, a
// sleep reached through a dynamic call, and many sleep(0) frames in flight at once (they share
// one object). Expected lines follow concurrency.md (and shared/tools/edge_oracle.py).
import { describe, it, expect } from 'vitest';
import { adef, p, runMain } from './helpers';
import { fmt } from './fmt';
import { sleep, gather, cancel, Frame, runSync } from '../../runtime/scheduler';
import { isErrorOf } from '../../runtime/objects/errors';

describe('sleep frames', () => {
  it('are frames, for sleep(0) and for timed sleeps', () => {
    expect(sleep(0) instanceof Frame).toBe(true);
    expect(sleep(0.25) instanceof Frame).toBe(true);
    expect(sleep(-1) instanceof Frame).toBe(true);
  });

  it('raise argument errors at the call', () => {
    let caught: any = null;
    try {
      sleep('x');
    } catch (e) {
      caught = e;
    }
    expect(isErrorOf(caught, 'TypeError')).toBe(true);
  });

  it('cannot suspend from plain code (runSync)', () => {
    let caught: any = null;
    try {
      runSync(sleep(0));
    } catch (e) {
      caught = e;
    }
    expect(isErrorOf(caught, 'RuntimeError')).toBe(true);
    expect(caught.$$args[0]).toBe('cannot suspend here');
  });

  it('interleave many coroutines sharing the sleep(0) frame', async () => {
    // async def w(n): for i in range(3): print(n, i); sleep(0)
    // gather(w(0), w(1), w(2))
    const w = adef(function* (n: number) {
      for (let i = 0; i < 3; i++) {
        p(n, i);
        yield* sleep(0);
      }
      return n;
    });
    const r = await runMain(function* () {
      p(fmt(yield* gather(w(0), w(1), w(2))));
    });
    expect(r.lines).toEqual(['0 0', '1 0', '2 0', '0 1', '1 1', '2 1', '0 2', '1 2', '2 2', '[0, 1, 2]']);
  });

  it('work through a dynamic call (the frame is driven by the caller)', async () => {
    // async def w(): f = sleep; f(0.5); print("woke"); return 1
    const w = adef(function* () {
      const f: any = sleep;
      const t = f(0.5);
      if (t instanceof Frame) yield* t;
      p('woke');
      return 1;
    });
    const r = await runMain(function* () {
      p(fmt(yield* gather(w())));
    });
    expect(r.lines).toEqual(['woke', '[1]']);
  });

  it('are cancelled at the suspension point: finally runs, except does not', async () => {
    // async def sleeper():
    //     try: sleep(10); print("not reached")
    //     except BaseException: print("except")
    //     finally: print("finally")
    // async def killer(s): sleep(1); cancel(s); print("cancelled")
    // s = sleeper(); print(gather(s, killer(s)))
    const sleeper = adef(function* () {
      try {
        yield* sleep(10);
        p('not reached');
      } catch {
        p('except');
      } finally {
        p('finally');
      }
      return 'done';
    });
    const killer = adef(function* (s: any) {
      yield* sleep(1);
      cancel(s);
      p('cancelled');
    });
    const r = await runMain(function* () {
      const s = sleeper();
      p(fmt(yield* gather(s, killer(s))));
    });
    expect(r.lines).toEqual(['cancelled', 'finally', '[None, None]']);
  });
});
