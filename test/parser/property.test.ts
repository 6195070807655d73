// Property tests: whatever the input, parse() returns (never throws), and a failed parse gives
// exactly one SyntaxError-family diagnostic that is not an internal error.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from '../../src/parser/index';
import { here } from './helpers';

const KINDS = new Set(['SyntaxError', 'IndentationError', 'TabError']);

function check(src: string): void {
  const r = parse(src, 'app.py');
  if (r.module) {
    expect(r.diagnostics).toEqual([]);
    return;
  }
  expect(r.diagnostics.length).toBe(1);
  const d = r.diagnostics[0];
  expect(KINDS.has(d.kind)).toBe(true);
  expect(d.message).not.toMatch(/internal/);
  expect(d.line).toBeGreaterThanOrEqual(1);
}

const TOKENS = [
  'x', 'y', 'f', 'match', 'case', '_', '1', '0x1f', '1.5', '2j', "'s'", '"t"', "f'{x}'", "b'b'", '"""d"""',
  '(', ')', '[', ']', '{', '}', ':', ',', ';', '.', '...', '->', '@', '=', ':=', '+=', '*', '**', '/', '//',
  '%', '+', '-', '<<', '&', '^', '|', '~', '<', '==', '!=', 'not', 'in', 'is', 'and', 'or', 'if', 'else',
  'elif', 'while', 'for', 'def', 'class', 'return', 'yield', 'from', 'import', 'as', 'lambda', 'try',
  'except', 'finally', 'with', 'async', 'await', 'pass', 'break', 'continue', 'del', 'global', 'nonlocal',
  'assert', 'raise', 'True', 'None', '\n', '\n    ', '\n\t', '\\\n', '#c\n', '$', '?', '!',
];

const corpus = readFileSync(resolve(here, 'corpus', 'syntax_all.py'), 'utf8');
const programs = corpus.split(/\n(?=\S)/).filter((p) => p.trim());
const corpusTokens = corpus.match(/\s+|\w+|[^\w\s]+/g)!;
const corpusLines = corpus.split('\n');

describe('parse never throws', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => check(s)), { numRuns: 400 });
  });
  it('on random Python-ish characters', () => {
    const ch = fc.constantFrom(...'ab1_ ()[]{}:,.=+-*/\'"\\\n\t#fjx@!<>|&^~%'.split(''));
    fc.assert(fc.property(fc.array(ch, { maxLength: 60 }), (a) => check(a.join(''))), { numRuns: 600 });
  });
  it('on token soups', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }), (toks) => check(toks.join(' '))),
      { numRuns: 600 },
    );
  });
  it('on programs with a token deleted, duplicated or swapped', () => {
    const n = corpusTokens.length;
    fc.assert(
      fc.property(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom('delete', 'duplicate', 'swap'), (i, j, op) => {
        const t = corpusTokens.slice();
        if (op === 'delete') t.splice(i, 1);
        else if (op === 'duplicate') t.splice(i, 0, t[i]);
        else [t[i], t[j]] = [t[j], t[i]];
        check(t.join(''));
      }),
      { numRuns: 300 },
    );
  });
  it('on programs with a line deleted, duplicated or swapped', () => {
    const n = corpusLines.length;
    fc.assert(
      fc.property(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom('delete', 'duplicate', 'swap'), (i, j, op) => {
        const l = corpusLines.slice();
        if (op === 'delete') l.splice(i, 1);
        else if (op === 'duplicate') l.splice(i, 0, l[i]);
        else [l[i], l[j]] = [l[j], l[i]];
        check(l.join('\n'));
      }),
      { numRuns: 300 },
    );
  });
  it('on truncated programs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...programs), fc.nat(), (p, k) => check(p.slice(0, k % (p.length + 1)))),
      { numRuns: 400 },
    );
  });
});
