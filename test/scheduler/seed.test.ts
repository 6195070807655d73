// The examples of the user's page (shared/000_e650727c9b9dffdb.txt) as hand-compiled modules;
// the expected outputs are the page's (checked with shared/tools/edge_oracle.py).
import { describe, it, expect } from 'vitest';
import { adef, p, runMain } from './helpers';
import { run, sleep, gather, with_timeout } from '../../runtime/scheduler';
import { fmt as pyRepr } from './fmt';
import { pyError, isErrorOf } from '../../runtime/objects/errors';
import { importModule } from '../../runtime/program';

describe('seed page examples', () => {
  it('1: main() sleeps and returns ok', async () => {
    const main = adef(function* () {
      yield* sleep(0.01);
      return 'ok';
    });
    const r = await runMain(function* () {
      p(yield* run(main()));
    });
    expect(r.lines).toEqual(['ok']);
  });

  it('2: a def runs at once, an async def gives <coroutine>', async () => {
    const routine = () => 1;
    const coro = adef(function* () {
      return 1;
    });
    const r = await runMain(function* () {
      p(routine());
      p(pyRepr(coro()));
      p(yield* run(coro()));
    });
    expect(r.lines).toEqual(['1', '<coroutine>', '1']);
  });

  it('3: run(square(5))', async () => {
    const square = adef(function* (n: number) {
      return n * n;
    });
    const r = await runMain(function* () {
      p(yield* run(square(5)));
    });
    expect(r.lines).toEqual(['25']);
  });

  it('4: sleep(0) interleaves two tasks', async () => {
    const task = adef(function* (name: string) {
      p(`${name} step 1`);
      yield* sleep(0);
      p(`${name} step 2`);
    });
    const r = await runMain(function* () {
      yield* run(task('a'), task('b'));
    });
    expect(r.lines).toEqual(['a step 1', 'b step 1', 'a step 2', 'b step 2']);
  });

  it('5: gather returns results in argument order', async () => {
    const fetch = adef(function* (name: string, delay: number) {
      yield* sleep(delay);
      p('woke', name);
      return name + '!';
    });
    const r = await runMain(function* () {
      p(pyRepr(yield* gather(fetch('a', 0.05), fetch('b', 0.02), fetch('c', 0.03))));
    });
    expect(r.lines).toEqual(['woke b', 'woke c', 'woke a', "['a!', 'b!', 'c!']"]);
  });

  it('6: an error in gather is raised after all end', async () => {
    const good = adef(function* () {
      return 1;
    });
    const bad = adef(function* () {
      throw pyError('ValueError');
    });
    const r = await runMain(function* () {
      try {
        yield* gather(good(), bad());
      } catch (e) {
        if (!isErrorOf(e, 'ValueError')) throw e;
        p('caught');
      }
    });
    expect(r.lines).toEqual(['caught']);
  });

  it('8: with_timeout cancels slow() and raises TimeoutError', async () => {
    const slow = adef(function* () {
      yield* sleep(10);
      return 'never';
    });
    const r = await runMain(function* () {
      try {
        yield* with_timeout(0.1, slow());
      } catch (e) {
        if (!isErrorOf(e, 'TimeoutError')) throw e;
        p('timed out');
      }
    });
    expect(r.lines).toEqual(['timed out']);
  });

  it('1: import asyncio is ModuleNotFoundError at import', async () => {
    const r = await runMain(function* ($g) {
      $g.$asyncio = yield* importModule($g, 'asyncio');
    });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("ModuleNotFoundError: No module named 'asyncio'\n");
  });
});
