// Builtins are compiled to their own runtime exports (runtime/builtins/names.ts lists where the
// compiler finds each one): the lists must name exactly the by-name table's entries, and each
// export must be the table's value, or a program would see a different builtin than
// `builtins` lookups do.
import { describe, it, expect } from 'vitest';
import * as rt from '../../runtime/index';

describe('builtin exports', () => {
  const table = rt.builtins as Record<string, unknown>;
  const tableNames = Object.keys(table).map((k) => k.slice(1));

  it('the name lists cover the table exactly', () => {
    expect([...rt.BUILTIN_NAMES].sort()).toEqual([...tableNames].sort());
  });

  it('each exported builtin is the table entry of its name', () => {
    const exports = rt as unknown as Record<string, unknown>;
    for (const name of rt.EXPORTED_BUILTINS) expect(exports['b_' + name], name).toBe(table['$' + name]);
    for (const name of rt.EXCEPTION_BUILTINS) expect(rt.exceptionClasses[name], name).toBe(table['$' + name]);
    for (const name of rt.SCHEDULER_BUILTINS) expect(rt.schedulerBuiltins[name], name).toBe(table['$' + name]);
  });

  it('builtins that run Python code keep their suspendable twins', () => {
    for (const name of ['print', 'len', 'repr', 'ascii', 'format', 'next', 'sum', 'any', 'all', 'min', 'max', 'sorted']) {
      expect(typeof (table['$' + name] as { $$info: { sus?: unknown } }).$$info.sus, name).toBe('function');
    }
  });
});
