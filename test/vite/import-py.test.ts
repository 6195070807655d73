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
});
