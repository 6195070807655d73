// Wide gathers, as compiled `gather(*coros)` calls them: through the Python-level builtin (its
// *args tuple goes to the request without being spread) and with more coroutines than a short
// list, so duplicate detection runs over many arguments (builtins.ts `drivable`). Expected
// lines from shared/tools/edge_oracle.py for the Python program in each comment.
import { describe, it, expect } from 'vitest';
import { adef, p, runMain } from './helpers';
import { fmt } from './fmt';
import { sleep, gather, run, schedulerBuiltins, Frame } from '../../runtime/scheduler';
import { callN } from '../../runtime/objects/calls';

/** `gather(*args)` through the builtin object, driven as compiled code drives an unknown call. */
function* gatherPy(args: any[]): Generator<any, any, any> {
  const t = callN(schedulerBuiltins.gather, args);
  return t instanceof Frame ? yield* t : t;
}

describe('wide gather', () => {
  it('a coroutine given twice among 40 starts once; results in argument order', async () => {
    // async def w(i): sleep((40 - i) / 100); return i * i
    // cs = [w(i) for i in range(40)]; cs[30] = cs[5]; r = gather(*cs)
    // print(r[5], r[30], len(r), sum(r))
    const w = adef(function* (i: number) {
      yield* sleep((40 - i) / 100);
      return i * i;
    });
    const r = await runMain(function* () {
      const cs = Array.from({ length: 40 }, (_, i) => w(i));
      cs[30] = cs[5];
      const res = yield* gatherPy(cs);
      const items = res.items as number[];
      p(items[5], items[30], items.length, items.reduce((a, b) => a + b, 0));
    });
    expect(r.lines).toEqual(['25 25 40 19665']);
  });

  it('an already awaited coroutine among 30 is refused before any starts', async () => {
    // async def w(i): print("start", i); return i
    // done = w(99); run(done)
    // try: gather(*([w(i) for i in range(29)] + [done]))
    // except RuntimeError as e: print(e)
    // (none of the 29 prints "start": the check comes first)
    const w = adef(function* (i: number) {
      p('start', i);
      return i;
    });
    const r = await runMain(function* () {
      const done = w(99);
      yield* run(done);
      try {
        yield* gatherPy([...Array.from({ length: 29 }, (_, i) => w(i)), done]);
      } catch (e: any) {
        p(e.$$args[0]);
      }
    });
    expect(r.lines).toEqual(['start 99', 'cannot reuse already awaited coroutine']);
  });

  it('gather() with no arguments is [] at once, through either entry', async () => {
    // print(gather())
    const r = await runMain(function* () {
      p(fmt(yield* gatherPy([])));
      p(fmt(yield* gather()));
    });
    expect(r.lines).toEqual(['[]', '[]']);
  });
});
