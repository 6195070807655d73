// Invalid programs: our first diagnostic must be CPython 3.11's (type, message, line, column).
// Expectations come from python3 via gen-invalid.py.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parse } from '../../src/parser/index';
import { here, readJson } from './helpers';

interface Case {
  src: string;
  kind: string;
  message: string;
  line: number;
  column: number;
}

const cases = readJson<Case[]>(resolve(here, 'invalid.json'));

describe('invalid snippets match CPython 3.11', () => {
  it('has at least 150 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });
  for (const c of cases) {
    it(JSON.stringify(c.src), () => {
      const r = parse(c.src, 'app.py');
      expect(r.module).toBeNull();
      const d = r.diagnostics[0];
      expect({ kind: d.kind, message: d.message, line: d.line, column: d.column }).toEqual({
        kind: c.kind,
        message: c.message,
        line: c.line,
        column: c.column,
      });
    });
  }
});
