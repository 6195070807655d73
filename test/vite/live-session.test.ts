// Calls through named exports while the program runs (interfaces.md: "it runs on the same
// scheduler"): they join the live session, see and change its globals, and settle when their
// coroutine ends. Without a live session they run in the module's own library (import-py.test.ts).
import { describe, it, expect } from 'vitest';
// @ts-expect-error: .py modules are typed by the plugin at run time only
import * as app from './live_app.py';

function startApp(out: string[]) {
  return app.default.start({ clock: 'virtual', print: (t: string) => out.push(t) });
}

describe('named exports join a live session', () => {
  it('a call changes the running program state; the program sees it', async () => {
    const out: string[] = [];
    const s = startApp(out);
    expect(s.status).toBe('pending-event');
    const p = app.add_item('a');
    s.resume();
    expect(await p).toBe(1);
    s.pushEvent('show');
    s.resume();
    expect(out.join('')).toBe("items ['a']\n");
    s.pushEvent('stop');
    s.resume();
    expect(s.status).toBe('done');
  });

  it('a call that sleeps runs on the session clock, beside the program', async () => {
    const s = startApp([]);
    const p = app.slow_add('b');
    s.resume();
    expect(s.status).toBe('pending-timer');
    expect(s.deadline).toBe(500);
    s.resume();
    expect(await p).toBe(1);
    expect(s.status).toBe('pending-event');
    s.pushEvent('stop');
    s.resume();
  });

  it('tells a manual driver to resume through onWake', async () => {
    let woken = 0;
    const s = app.default.start({ clock: 'virtual', print: () => {}, onWake: () => woken++ });
    const p = app.add_item('c');
    expect(woken).toBe(1);
    s.resume();
    await p;
    s.pushEvent('stop');
    s.resume();
  });

  it('a raising call rejects with the Python exception; the program goes on', async () => {
    const s = startApp([]);
    const p = app.fail();
    s.resume();
    await expect(p).rejects.toMatchObject({ pythonType: 'KeyError' });
    expect(s.status).toBe('pending-event');
    s.pushEvent('stop');
    s.resume();
    expect(s.status).toBe('done');
  });

  it('a call still running when the program ends is rejected, not left hanging', async () => {
    const s = startApp([]);
    const p = app.slow_add('d');
    s.pushEvent('stop');
    s.resume();
    expect(s.status).toBe('done');
    await expect(p).rejects.toThrow(/program ended/);
  });

  it('after the program ends, calls run in the module library again', async () => {
    const s = startApp([]);
    s.pushEvent('stop');
    s.resume();
    expect(s.status).toBe('done');
    const n1 = await app.add_item('x');
    expect(await app.add_item('y')).toBe(n1 + 1);
  });
});
