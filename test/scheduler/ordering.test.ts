// Ordering fixtures (issue 6). Each test is the hand-compiled form of the Python program in its
// comment; the expected lines are what shared/tools/edge_oracle.py prints for that program.
import { describe, it, expect } from 'vitest';
import { adef, p, runMain } from './helpers';
import { fmt } from './fmt';
import { run, sleep, gather, with_timeout, cancel, awaitValue } from '../../runtime/scheduler';
import { pyError, isErrorOf } from '../../runtime/objects/errors';

const arg0 = (e: any) => e.$$args[0];

describe('ordering', () => {
  it('sleep(0) round robin with uneven workers', async () => {
    // async def w(name, n): for i in range(n): print(name, i); sleep(0)  ... return name
    // print(gather(w("a", 3), w("b", 1), w("c", 2)))
    const w = adef(function* (name: string, n: number) {
      for (let i = 0; i < n; i++) {
        p(name, i);
        yield* sleep(0);
      }
      return name;
    });
    const r = await runMain(function* () {
      p(fmt(yield* gather(w('a', 3), w('b', 1), w('c', 2))));
    });
    expect(r.lines).toEqual(['a 0', 'b 0', 'c 0', 'a 1', 'c 1', 'a 2', "['a', 'b', 'c']"]);
  });

  it('equal deadlines fire in creation order', async () => {
    const s = adef(function* (name: string, d: number) {
      yield* sleep(d);
      p(name);
    });
    const r = await runMain(function* () {
      yield* gather(s('x', 0.5), s('y', 0.25), s('z', 0.5), s('w', 0.25));
    });
    expect(r.lines).toEqual(['y', 'w', 'x', 'z']);
  });

  it('nested gather', async () => {
    const leaf = adef(function* (n: number, d: number) {
      yield* sleep(d);
      p('leaf', n);
      return n;
    });
    const mid = adef(function* (k: number) {
      const res = yield* gather(leaf(k, 0.3), leaf(k + 1, 0.1));
      p('mid', k, fmt(res));
      return res.items[0] + res.items[1];
    });
    const r = await runMain(function* () {
      p(fmt(yield* gather(mid(1), mid(10), leaf(100, 0.2))));
    });
    expect(r.lines).toEqual([
      'leaf 2', 'leaf 11', 'leaf 100', 'leaf 1', 'leaf 10', 'mid 1 [1, 2]', 'mid 10 [10, 11]', '[3, 21, 100]',
    ]);
  });

  it('gather inside with_timeout: children are cancelled, finally blocks run', async () => {
    const worker = adef(function* (n: number, d: number) {
      try {
        yield* sleep(d);
        p('done', n);
        return n;
      } finally {
        p('cleanup', n);
      }
    });
    const both = adef(function* () {
      return yield* gather(worker(1, 0.1), worker(2, 1.0));
    });
    const r = await runMain(function* () {
      try {
        p(fmt(yield* with_timeout(0.5, both())));
      } catch (e) {
        if (!isErrorOf(e, 'TimeoutError')) throw e;
        p('timeout', (e as any).$$args.length === 0 ? "''" : '?');
      }
      p(fmt(yield* with_timeout(2, both())));
    });
    expect(r.lines).toEqual([
      'done 1', 'cleanup 1', 'cleanup 2', "timeout ''", 'done 1', 'cleanup 1', 'done 2', 'cleanup 2', '[1, 2]',
    ]);
  });

  it('cancel of sleeping, ready and finished coroutines', async () => {
    const sleeper = adef(function* () {
      try {
        p('sleeper start');
        yield* sleep(1);
        p('sleeper never');
      } catch (e) {
        p('except never');
      } finally {
        p('sleeper finally');
      }
    });
    const ready = adef(function* () {
      p('ready start');
      yield* sleep(0);
      p('ready never');
    });
    const quick = adef(function* () {
      return 'quick';
    });
    const boss = adef(function* () {
      const s = sleeper();
      const rd = ready();
      const q = quick();
      p(yield* run(q));
      const canceller = adef(function* () {
        yield* sleep(0);
        yield* sleep(0);
        cancel(s);
        cancel(rd);
        cancel(q);
        p('cancelled all');
      });
      p(fmt(yield* gather(s, rd, canceller())));
    });
    const r = await runMain(function* () {
      yield* run(boss());
    });
    expect(r.lines).toEqual([
      'quick', 'sleeper start', 'ready start', 'ready never', 'cancelled all', 'sleeper finally', '[None, None, None]',
    ]);
  });

  it('errors: the first errored in argument order wins, after all end; run discards others', async () => {
    const fail = adef(function* (n: number, d: number) {
      yield* sleep(d);
      p('fail', n);
      throw pyError('ValueError', n);
    });
    const ok = adef(function* (d: number) {
      yield* sleep(d);
      p('ok', d);
      return d;
    });
    const r = await runMain(function* () {
      try {
        yield* gather(ok(0.3), fail(1, 0.2), fail(2, 0.1), ok(0.05));
      } catch (e) {
        if (!isErrorOf(e, 'ValueError')) throw e;
        p('caught', arg0(e));
      }
      p(yield* run(ok(0.1), fail(3, 0.2)));
      try {
        yield* run(fail(4, 0.1), ok(0.2));
      } catch (e) {
        p('run raised', arg0(e));
      }
      p(fmt(yield* run()), fmt(yield* run(42)));
    });
    expect(r.lines).toEqual([
      'ok 0.05', 'fail 2', 'fail 1', 'ok 0.3', 'caught 1', 'ok 0.1', 'fail 3', '0.1', 'fail 4', 'ok 0.2', 'run raised 4',
      'None None',
    ]);
  });

  it('a plain-def chain 50 deep that sleeps suspends the whole chain', async () => {
    // plain defs compiled as suspendable function*s called with yield*
    function* leaf(x: number): Generator<any, number, any> {
      yield* sleep(0);
      return x * 2 + 1;
    }
    function* descend(depth: number, x: number): Generator<any, number, any> {
      if (depth === 0) return yield* leaf(x);
      return (yield* descend(depth - 1, x)) + depth;
    }
    const worker = adef(function* (w: number) {
      let t = 0;
      for (let i = 0; i < 3; i++) {
        t += yield* descend(50, w * 10 + i);
        p('w', w, i);
      }
      return t;
    });
    const r = await runMain(function* () {
      p(fmt(yield* gather(worker(1), worker(2))));
    });
    expect(r.lines).toEqual(['w 1 0', 'w 2 0', 'w 1 1', 'w 2 1', 'w 1 2', 'w 2 2', '[3894, 3954]']);
  });

  it('one driver per coroutine; a coroutine given twice starts once', async () => {
    const c = adef(function* () {
      yield* sleep(0.1);
      return 1;
    });
    const r = await runMain(function* () {
      const x = c();
      p(yield* run(x));
      try {
        yield* run(x);
      } catch (e) {
        p(arg0(e));
      }
      const y = c();
      const other = adef(function* () {
        try {
          yield* run(y);
        } catch (e) {
          p(arg0(e));
        }
      });
      p(fmt(yield* gather(y, other())));
      const z = c();
      p(fmt(yield* gather(z, z)));
    });
    expect(r.lines).toEqual([
      '1', 'cannot reuse already awaited coroutine', 'coroutine is being awaited already', '[1, None]', '[1, 1]',
    ]);
  });

  it('await runs a coroutine inline; non-coroutines pass through', async () => {
    const child = adef(function* (n: number) {
      p('child', n);
      return n * 2;
    });
    const parent = adef(function* () {
      p('parent before');
      const v = yield* awaitValue(child(1));
      p('parent after', v);
      const w = yield* awaitValue(5);
      p('passthrough', w);
      return v;
    });
    const other = adef(function* () {
      p('other');
    });
    const r = await runMain(function* () {
      p(fmt(yield* gather(parent(), other())));
    });
    expect(r.lines).toEqual(['parent before', 'child 1', 'parent after 2', 'passthrough 5', 'other', '[2, None]']);
  });

  it('self-cancel terminates at the next suspension point; returning first keeps the value', async () => {
    const holder: any[] = [];
    const me = adef(function* () {
      cancel(holder[0]);
      p('still running');
      try {
        yield* sleep(0);
        p('never');
      } finally {
        p('finally');
      }
    });
    const quick = adef(function* () {
      cancel(holder[1]);
      return 'value';
    });
    const pre = adef(function* () {
      p('never body');
    });
    const r = await runMain(function* () {
      holder.push(me(), quick());
      p(fmt(yield* gather(holder[0], holder[1])));
      const pc = pre();
      cancel(pc);
      p(fmt(yield* run(pc)));
    });
    expect(r.lines).toEqual(['still running', 'finally', "[None, 'value']", 'None']);
  });

  it('cleanup that raises, cleanup that sleeps, cancelling a parent', async () => {
    const slowCleanup = adef(function* () {
      try {
        yield* sleep(10);
      } finally {
        p('cleanup start');
        yield* sleep(0.5);
        p('cleanup end');
      }
    });
    const raisingCleanup = adef(function* () {
      try {
        yield* sleep(10);
      } finally {
        // eslint-disable-next-line no-unsafe-finally
        throw pyError('KeyError', 'boom');
      }
    });
    const parent = adef(function* () {
      yield* gather(slowCleanup());
    });
    const main = adef(function* () {
      const pc = parent();
      const killer = adef(function* () {
        yield* sleep(0.1);
        cancel(pc);
        p('killed');
      });
      yield* gather(pc, killer());
      p('parent gone');
      yield* sleep(1);
      p('after');
    });
    const r = await runMain(function* () {
      try {
        yield* with_timeout(1, raisingCleanup());
      } catch (e) {
        if (!isErrorOf(e, 'KeyError')) throw e;
        p('cleanup raised', `'${arg0(e)}'`);
      }
      yield* run(main());
    });
    expect(r.lines).toEqual(["cleanup raised 'boom'", 'killed', 'cleanup start', 'parent gone', 'cleanup end', 'after']);
  });

  it('children start one frame deeper: endless run(t()) ends in RecursionError', async () => {
    let n = 0;
    const t = adef(function* () {
      n++;
      yield* run(t());
    });
    const r = await runMain(function* () {
      try {
        yield* run(t());
      } catch (e) {
        if (!isErrorOf(e, 'RecursionError')) throw e;
        p('RecursionError', n > 900, n < 1000);
      }
    });
    expect(r.lines).toEqual(['RecursionError true true']);
  });
});
