// The symbol-table checks only keep name sets for the scopes the builder marks as holding a
// `global`/`nonlocal` (and the scopes around them), the compiler pass learns which functions are
// generators from the symbol-table pass, and the AST nesting limit is checked in the same walk
// (src/parser/validate.ts). These cases, with CPython 3.11's results (gen-scope-checks.py),
// would go wrong if any of the three missed a scope or a level.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parse } from '../../src/parser/index';
import { here, readJson } from './helpers';

interface Case {
  src: string;
  error: null | { type: string; msg: string; line?: number; col?: number };
}

const cases = readJson<Record<string, Case>>(resolve(here, 'scope-checks.json'));

describe('scope checks as CPython 3.11', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      const r = parse(c.src, 't.py');
      if (c.error === null) {
        expect(r.diagnostics).toEqual([]);
        return;
      }
      expect(r.diagnostics.length).toBe(1);
      const d = r.diagnostics[0];
      expect(d.kind).toBe(c.error.type);
      expect(d.message).toBe(c.error.msg);
      if (c.error.line !== undefined) {
        expect(d.line).toBe(c.error.line);
        expect(d.column).toBe(c.error.col);
      }
    });
  }
});
