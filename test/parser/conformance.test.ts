// The conformance corpus: every case CPython accepts parses with no diagnostics, and every
// case whose expected outcome is a SyntaxError gives one.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index';
import { readJson, sharedPath } from './helpers';

const cases = readJson<{ src: string }[]>(sharedPath('conformance', 'edge-vm.json'));
const expects = readJson<{ expected_error?: string }[]>(sharedPath('conformance', 'edge-vm.expect.json'));
const SYNTAX = new Set(['SyntaxError', 'IndentationError', 'TabError']);

describe('conformance corpus', () => {
  it('parses every case without a syntax error expectation, rejects the others', () => {
    expect(cases.length).toBe(expects.length);
    const wrong: string[] = [];
    cases.forEach((c, i) => {
      const r = parse(c.src, 'app.py');
      const wantsError = SYNTAX.has(expects[i].expected_error ?? '');
      if (wantsError && r.diagnostics.length === 0) wrong.push(`#${i}: expected a SyntaxError`);
      if (!wantsError && r.diagnostics.length) wrong.push(`#${i}: ${r.diagnostics[0].message}`);
      if (r.diagnostics.length && r.module !== null) wrong.push(`#${i}: module with diagnostics`);
      if (r.diagnostics.length && !SYNTAX.has(r.diagnostics[0].kind)) wrong.push(`#${i}: kind ${r.diagnostics[0].kind}`);
    });
    expect(wrong).toEqual([]);
  });
});
