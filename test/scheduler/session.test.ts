// The Session API (interfaces.md, concurrency.md §6), driven step by step.
import { describe, it, expect } from 'vitest';
import { adef, p, program, runMain } from './helpers';
import { fmt } from './fmt';
import { sleep, gather, receive, frame, run, with_timeout } from '../../runtime/scheduler';
import { pyError, isErrorOf } from '../../runtime/objects/errors';
import { importModule, DriverError } from '../../runtime/program';
import { clockMonotonic } from '../../runtime/scheduler';

function collect() {
  const out: string[] = [];
  return { out, print: (t: string) => out.push(...t.split('\n').slice(0, -1)) };
}

describe('session: status and deadline transitions (virtual clock)', () => {
  it('pending-timer with deadlines in ms, then done', () => {
    const io = collect();
    const s = program(function* () {
      p('start');
      yield* sleep(0.25);
      p('t', clockMonotonic());
      yield* sleep(0.5);
      p('t', clockMonotonic());
    }).start({ clock: 'virtual', print: io.print });
    expect(s.status).toBe('pending-timer');
    expect(s.deadline).toBe(250);
    expect(io.out).toEqual(['start']);
    s.resume();
    expect(s.status).toBe('pending-timer');
    expect(s.deadline).toBe(750);
    expect(io.out).toEqual(['start', 't 0.25']);
    s.resume();
    expect(s.status).toBe('done');
    expect(s.deadline).toBe(null);
    expect(io.out).toEqual(['start', 't 0.25', 't 0.75']);
    s.resume(); // nothing after done
    expect(s.status).toBe('done');
  });

  it('receive: events queued before start, pushed after parking, FIFO receivers', () => {
    const io = collect();
    const listener = adef(function* (name: string) {
      const m = yield* receive();
      p(name, 'got', m);
    });
    const s = program(function* () {
      p('first', yield* receive());
      yield* gather(listener('a'), listener('b'));
      p('end');
    }).start({ clock: 'virtual', print: io.print, events: ['early'] });
    expect(io.out).toEqual(['first early']);
    expect(s.status).toBe('pending-event');
    s.pushEvent('one');
    expect(io.out).toEqual(['first early']); // pushEvent runs no Python code
    s.resume();
    expect(io.out).toEqual(['first early', 'a got one']);
    expect(s.status).toBe('pending-event');
    s.pushEvent(2);
    s.resume();
    expect(io.out).toEqual(['first early', 'a got one', 'b got 2', 'end']);
    expect(s.status).toBe('done');
  });

  it('frame waiters wake on frame(), oldest first; pending-frame precedes pending-timer', () => {
    const io = collect();
    const animate = adef(function* (name: string) {
      for (let i = 0; i < 2; i++) {
        yield* frame();
        p(name, 'frame', i);
      }
    });
    const s = program(function* () {
      const ticker = adef(function* () {
        yield* sleep(1);
        p('timer');
      });
      yield* gather(animate('x'), animate('y'), ticker());
    }).start({ clock: 'virtual', print: io.print });
    expect(s.status).toBe('pending-frame');
    expect(s.deadline).toBe(1000);
    s.frame();
    expect(io.out).toEqual([]);
    s.resume();
    expect(io.out).toEqual(['x frame 0', 'y frame 0']);
    expect(s.status).toBe('pending-frame');
    s.frame();
    s.resume();
    expect(s.status).toBe('pending-timer');
    s.resume();
    expect(io.out).toEqual(['x frame 0', 'y frame 0', 'x frame 1', 'y frame 1', 'timer']);
    expect(s.status).toBe('done');
  });

  it('an uncaught exception: status error with a PythonError', () => {
    const s = program(function* () {
      yield* sleep(0.1);
      throw pyError('ValueError', 'bad');
    }).start({ clock: 'virtual', print: () => {} });
    s.resume();
    expect(s.status).toBe('error');
    expect(s.error!.pythonType).toBe('ValueError');
    expect(s.error!.exitCode).toBe(1);
    expect(s.error!.traceback).toContain('ValueError');
  });

  it('resume() throws while running', () => {
    let session: any;
    const s = program(function* () {
      let threw = false;
      try {
        session.resume();
      } catch {
        threw = true;
      }
      p(threw);
    }).start({ clock: 'virtual', print: () => {}, events: [] });
    session = s;
    // the body ran inside start(), before `session` was set; run it again through a resume
    expect(s.status).toBe('done');
    const s2 = program(function* () {
      yield* sleep(0);
      yield* sleep(1);
      let threw = false;
      try {
        s2ref.resume();
      } catch {
        threw = true;
      }
      if (!threw) throw pyError('AssertionError');
    }).start({ clock: 'virtual', print: () => {} });
    const s2ref = s2;
    s2.resume();
    expect(s2.status).toBe('done');
  });
});

describe('session: deferred host calls', () => {
  it('results are routed to the issuing coroutine; a failure raises only there', async () => {
    const resolvers: Record<string, any> = {};
    const host = {
      get(key: string) {
        return new Promise((resolve, reject) => (resolvers[key] = { resolve, reject }));
      },
      now() {
        return 42;
      },
    };
    const status = adef(function* (mod: any, key: string) {
      try {
        const r = mod.$get(key);
        const v = yield* r;
        return v;
      } catch (e) {
        return 'failed ' + (e as any).$$args[0];
      }
    });
    let wakes = 0;
    const lines: string[] = [];
    const collectInto = (t: string) => lines.push(t.trimEnd());
    const s = program(function* ($g) {
      const m = yield* importModule($g, 'host');
      p('sync', m.$now());
      p(fmt(yield* gather(status(m, 'a'), status(m, 'b'), status(m, 'c'))));
    }).start({ clock: 'virtual', print: collectInto, modules: { host }, onWake: () => wakes++ });
    expect(lines).toEqual(['sync 42']);
    expect(s.status).toBe('pending-host');
    resolvers.c.resolve('C');
    resolvers.b.reject(new Error('nope'));
    resolvers.a.resolve('A');
    await new Promise((r) => setTimeout(r, 0));
    expect(wakes).toBe(3);
    s.resume();
    expect(s.status).toBe('done');
    expect(lines).toEqual(['sync 42', "['A', 'failed nope', 'C']"]);
  });

  it('a rejection with pythonType raises that class; a cancelled issuer drops its result', async () => {
    let resolveLate: any;
    const host = {
      fail() {
        return Promise.reject(Object.assign(new Error('too slow'), { pythonType: 'TimeoutError' }));
      },
      late() {
        return new Promise((r) => (resolveLate = r));
      },
    };
    const r = await runMain(
      function* ($g) {
        const m = yield* importModule($g, 'host');
        try {
          yield* m.$fail();
        } catch (e) {
          p('caught', isErrorOf(e, 'TimeoutError'), (e as any).$$args[0]);
        }
        const waiter = adef(function* () {
          try {
            return yield* m.$late();
          } finally {
            p('waiter cleanup');
          }
        });
        setTimeout(() => resolveLate('ignored'), 30);
        try {
          p(fmt(yield* with_timeout(0.01, waiter())));
        } catch (e) {
          p('timed out', isErrorOf(e, 'TimeoutError'));
        }
        yield* sleep(0.06); // the late result arrives meanwhile and is dropped
        p('after');
        throw pyError('TimeoutError');
      },
      { clock: 'real', modules: { host } },
    );
    expect(r.lines).toEqual(['caught true too slow', 'waiter cleanup', 'timed out true', 'after']);
    expect(r.exitCode).toBe(1);
    expect((r.error as any).pythonType).toBe('TimeoutError');
  });
});

describe('auto driver', () => {
  it('frame() without a render host fails with a driver error (no Python cleanup runs)', async () => {
    const r = await runMain(function* () {
      try {
        p('before');
        yield* frame();
      } finally {
        p('finally never');
      }
    });
    expect(r.lines).toEqual(['before']);
    expect(r.exitCode).toBe(1);
    expect(r.error).toBeInstanceOf(DriverError);
    expect(r.stderr).toBe('RuntimeError: scheduler suspended: frame() needs a render host\n');
  });

  it('frameRate gives frame() a timer frame source', async () => {
    const r = await runMain(
      function* () {
        yield* frame();
        yield* frame();
        p('two frames');
      },
      { clock: 'real', frameRate: 1000 },
    );
    expect(r.lines).toEqual(['two frames']);
    expect(r.exitCode).toBe(0);
  });

  it('pending-event with no event source ends quietly; interactive events are pushed one per stop', async () => {
    const body = function* () {
      p('waiting');
      p('got', yield* receive());
      p('got', yield* receive());
      p('unreachable without two events');
    };
    const quiet = await runMain(body);
    expect(quiet.lines).toEqual(['waiting']);
    expect(quiet.exitCode).toBe(0);
    const fed = await runMain(body, { interactiveEvents: ['x', 'y'] });
    expect(fed.lines).toEqual(['waiting', 'got x', 'got y', 'unreachable without two events']);
  });

  it('SystemExit(n) exits n without a traceback', async () => {
    const r = await runMain(function* () {
      p('bye');
      throw pyError('SystemExit', 3);
    });
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(['bye']);
  });

  it('real clock: ordering only, one host timer for 10,000 sleepers', async () => {
    const job = adef(function* (i: number, ms: number) {
      yield* sleep(ms / 1000);
      return i;
    });
    const shown = adef(function* (name: string, d: number) {
      yield* sleep(d);
      p(name);
    });
    const before = (process as any).getActiveResourcesInfo().filter((x: string) => x === 'Timeout').length;
    let maxTimers = 0;
    const probe = setInterval(() => {}, 1000);
    const r = await runMain(
      function* () {
        const jobs = [];
        for (let i = 0; i < 10_000; i++) jobs.push(job(i, (i * 7) % 13));
        const sampler = adef(function* () {
          yield* sleep(0.004);
          const n = (process as any).getActiveResourcesInfo().filter((x: string) => x === 'Timeout').length;
          maxTimers = Math.max(maxTimers, n - before);
        });
        const res = yield* gather(...jobs, sampler());
        p(res.items.slice(0, 10_000).every((v: any, i: number) => v === i));
        yield* gather(shown('c', 0.03), shown('a', 0.01), shown('b', 0.02));
      },
      { clock: 'real' },
    );
    clearInterval(probe);
    expect(r.lines).toEqual(['true', 'a', 'b', 'c']);
    // the probe interval plus at most the driver's one timer
    expect(maxTimers).toBeLessThanOrEqual(2);
  });

  it('run() of a program twice gives fresh module state', async () => {
    let count = 0;
    const prog = program(function* ($g) {
      $g.$n = ++count;
      yield* run();
    });
    const a = await prog.run({ clock: 'virtual', print: () => {} });
    const b = await prog.run({ clock: 'virtual', print: () => {} });
    expect(a.$n).toBe(1);
    expect(b.$n).toBe(2);
    expect(a).not.toBe(b);
    expect(a.$__name__).toBe('__main__');
  });
});

describe('session: clocks and precedence', () => {
  it('virtual clock: pending-host comes before pending-timer, and time does not move while a host call is in flight', async () => {
    let resolve: any;
    const host = { wait: () => new Promise((r) => (resolve = r)) };
    const lines: string[] = [];
    const s = program(function* ($g) {
      const m = yield* importModule($g, 'host');
      const sleeper = adef(function* () {
        yield* sleep(5);
        p('slept', clockMonotonic());
      });
      const caller = adef(function* () {
        p('host said', yield* m.$wait(), clockMonotonic());
      });
      yield* gather(sleeper(), caller());
    }).start({ clock: 'virtual', print: (t) => lines.push(t.trimEnd()), modules: { host } });
    expect(s.status).toBe('pending-host');
    expect(s.deadline).toBe(5000);
    s.resume(); // nothing settled: no jump
    expect(s.status).toBe('pending-host');
    expect(lines).toEqual([]);
    resolve('hi');
    await new Promise((r) => setTimeout(r, 0));
    s.resume();
    expect(lines).toEqual(['host said hi 0']);
    expect(s.status).toBe('pending-timer');
    s.resume();
    expect(lines).toEqual(['host said hi 0', 'slept 5']);
    expect(s.status).toBe('done');
  });

  it('real clock: pending-timer comes before pending-host; deadline is on the performance.now() line', async () => {
    const host = { wait: () => new Promise(() => {}) };
    const t0 = performance.now();
    const s = program(function* ($g) {
      const m = yield* importModule($g, 'host');
      const sleeper = adef(function* () {
        yield* sleep(30);
      });
      const caller = adef(function* () {
        yield* m.$wait();
      });
      yield* gather(sleeper(), caller());
    }).start({ clock: 'real', print: () => {}, modules: { host } });
    expect(s.status).toBe('pending-timer');
    expect(s.deadline!).toBeGreaterThanOrEqual(t0 + 30_000);
    expect(s.deadline!).toBeLessThanOrEqual(performance.now() + 30_000);
  });
});
