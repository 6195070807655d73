// The recommended way to unit-test Python code with Vitest: import the .py file through
// edgepy's plugin (vitest.config.ts) and call its top-level functions; each returns a Promise.
import { describe, it, expect } from 'vitest';
// @ts-expect-error: .py modules are typed by the plugin at run time only
import * as mod from './mathlib.py';

describe('importing a .py module through the Vite plugin', () => {
  it('calls a plain function', async () => {
    expect(await mod.add(2, 3)).toBe(5);
  });
  it('calls a function that sleeps (suspends) on the scheduler', async () => {
    expect(await mod.slow_double(21)).toBe(42);
  });
  it('passes JS arrays in and gets Python results out', async () => {
    // Arguments convert JS -> Python (array -> list), results Python -> JS (dict -> object).
    expect(await mod.stats([3, 1, 2])).toEqual({ n: 3, total: 6, max: 3 });
  });
  it('rejects with the Python exception', async () => {
    await expect(mod.fails()).rejects.toMatchObject({ pythonType: 'ValueError', message: 'from python' });
  });
  it('rejects with an Error carrying pythonType, message and a traceback naming the .py file', async () => {
    const err: any = await mod.fails().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.traceback).toContain('mathlib.py');
    expect(err.traceback).toContain('ValueError: from python');
  });
  it('runs the module body once: globals persist across calls', async () => {
    const first = await mod.count_call();
    expect(await mod.count_call()).toBe(first + 1);
  });
  it('converts JS arguments to Python values', async () => {
    expect(await mod.echo_types(1, 1.5, 's', true, null, [1], { k: 'v' }))
      .toEqual(['int', 'float', 'str', 'bool', true, 'list', 'dict', 'v']);
  });
  it('converts Python results to JS values', async () => {
    expect(await mod.results()).toEqual([2n ** 70n, 1.5, 2, null, true, 's', [1, [2, 3]]]);
  });
  it('awaits an async def', async () => {
    expect(await mod.fetch_later(1)).toBe(2);
  });
  it('imports the module under its own name, not __main__', async () => {
    expect(await mod.module_name()).toBe('mathlib');
  });
  it('keeps the Program as the default export', () => {
    expect(typeof mod.default.run).toBe('function');
  });
  it('calls into a .py module the module imports (loaded once)', async () => {
    expect(await mod.use_helper(2)).toEqual([6, 1]);
    expect(await mod.use_helper(3)).toEqual([9, 1]);
  });
});
