// async generators, async for, async with (concurrency.md §1). Hand-compiled from the Python in
// the comments; expected lines from shared/tools/edge_oracle.py.
import { describe, it, expect } from 'vitest';
import { adef, p, runMain } from './helpers';
import { sleep, gather, mkasyncgen, aiter, anext, awithExit, awithEnter, awithExitExc, awithExitNone, awaitValue } from '../../runtime/scheduler';
import { PyType, objectType, None } from '../../runtime/objects/core';
import { PyList } from '../../runtime/objects/containers/list';
import { iter } from '../../runtime/objects/iter';

describe('async generators, async for, async with', () => {
  it('interleave with other coroutines; finally runs at the end; errors as CPython', async () => {
    // async def ticks(n): try: for i in range(n): sleep(0.1); yield i  finally: print("gen closed")
    const ticks = (n: number) =>
      mkasyncgen(
        (function* () {
          try {
            for (let i = 0; i < n; i++) {
              yield* sleep(0.1);
              yield i;
            }
          } finally {
            p('gen closed');
          }
        })(),
        null,
      );
    const CM = new PyType('CM', [objectType]);
    CM.proto.$__aenter__ = adef(function* (_self: any) {
      p('enter');
      yield* sleep(0.1);
      return 'res';
    });
    CM.proto.$__aexit__ = adef(function* (_self: any, t: any) {
      p('exit', t === None ? 'None' : t);
      return false;
    });
    const other = adef(function* () {
      for (let i = 0; i < 3; i++) {
        p('other', i);
        yield* sleep(0.1);
      }
    });
    const main = adef(function* () {
      for (const it = aiter(ticks(3)); ; ) {
        const v = yield* anext(it);
        if (v === undefined) break;
        p('tick', v);
      }
      for (const it = aiter(new PyList([7, 8])); ; ) {
        const v = yield* anext(it);
        if (v === undefined) break;
        p('list', v);
      }
      const mgr = Object.create(CM.proto);
      const exit = awithExit(mgr);
      const r = yield* awithEnter(mgr);
      let ok = true;
      try {
        p('body', r);
      } catch (e) {
        ok = false;
        if (!(yield* awithExitExc(exit, e))) throw e;
      } finally {
        if (ok) yield* awithExitNone(exit);
      }
      for (const attempt of [() => iter(ticks(1)), () => awaitValue(ticks(1)).next(), () => aiter(other())]) {
        try {
          attempt();
        } catch (e: any) {
          p(e.$$args[0]);
        }
      }
    });
    const r = await runMain(function* () {
      yield* gather(main(), other());
    });
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual([
      'other 0', 'tick 0', 'other 1', 'tick 1', 'other 2', 'tick 2', 'gen closed', 'list 7', 'list 8', 'enter',
      'body res', 'exit None', "'async_generator' object is not iterable",
      "object async_generator can't be used in 'await' expression",
      "'async for' requires an object with __aiter__ method, got coroutine",
    ]);
  });

  it('cancelling a consumer inside an async generator runs the generator body cleanup', async () => {
    const gen = () =>
      mkasyncgen(
        (function* () {
          try {
            yield 1;
            yield* sleep(10);
            yield 2;
          } finally {
            p('gen finally');
          }
        })(),
        null,
      );
    const consumer = adef(function* () {
      const it = aiter(gen());
      try {
        for (;;) {
          const v = yield* anext(it);
          if (v === undefined) break;
          p('got', v);
        }
      } finally {
        p('consumer finally');
      }
    });
    const { with_timeout } = await import('../../runtime/scheduler');
    const r = await runMain(function* () {
      try {
        yield* with_timeout(1, consumer());
      } catch (e: any) {
        p(e.$$cls.name);
      }
    });
    expect(r.lines).toEqual(['got 1', 'gen finally', 'consumer finally', 'TimeoutError']);
  });
});
