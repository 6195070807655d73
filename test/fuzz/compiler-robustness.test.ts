// Fuzzing the compiler (issue 9): on any input — random token soups, random text, mutated
// fixture programs — `compile()` must return (never throw a JS error), and every error it
// reports must be a diagnostic with a kind, a message and a position inside the source.
// Fixed seeds and run counts keep it deterministic; FUZZ_RUNS=N runs longer (npm run fuzz).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../src/compile';
import { parseModule } from '../../src/parser/index';
import { fuzzRuns, fuzzSeed, counters } from './counts';

const ROOT = new URL('../../fixtures/', import.meta.url).pathname;

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...pyFiles(p));
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}
const fixtures = pyFiles(ROOT).map((p) => readFileSync(p, 'utf8'));

/** Compiles and checks the contract; returns a description of the violation, or null. */
function violation(source: string): string | null {
  let r;
  try {
    r = compile(source, { filename: 'fuzz.py' });
  } catch (e: any) {
    return `compile threw ${e?.name}: ${e?.message}\n${String(e?.stack).split('\n').slice(1, 4).join('\n')}`;
  }
  const lines = source.split(/\r\n|\r|\n/).length;
  for (const d of r.diagnostics) {
    if (d.severity !== 'error') continue;
    if (!d.kind || !/Error$/.test(d.kind)) return `diagnostic without an error kind: ${JSON.stringify(d)}`;
    // compile() turns its own crashes into a SystemError diagnostic: that is a compiler bug
    if (d.kind === 'SystemError' || /internal/i.test(d.message)) return `internal compiler error: ${d.message}`;
    if (typeof d.message !== 'string' || d.message === '') return `diagnostic without a message: ${JSON.stringify(d)}`;
    if (d.filename !== 'fuzz.py') return `diagnostic with filename ${d.filename}`;
    if (!(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1)) return `diagnostic line ${d.line} outside 1..${lines + 1}`;
    if (!(Number.isInteger(d.column) && d.column >= 1)) return `diagnostic column ${d.column}`;
  }
  if (!r.diagnostics.some((d) => d.severity === 'error') && typeof r.code !== 'string') return 'no code and no error';
  return null;
}

const TOKENS = [
  'def', 'class', 'if', 'elif', 'else', 'while', 'for', 'in', 'not', 'and', 'or', 'is', 'return', 'yield', 'lambda',
  'try', 'except', 'finally', 'raise', 'with', 'as', 'import', 'from', 'global', 'nonlocal', 'pass', 'break',
  'continue', 'async', 'await', 'match', 'case', 'del', 'assert', 'None', 'True', 'False', '_', 'x', 'y', 'f',
  'print', 'constructor', '__proto__', '0', '1', '3.5', '1e9', '0x1f', '10**10', '1_000', '"s"', "'t'", 'f"{x}"',
  'b"b"', '"""doc"""', 'r"\\d"', '(', ')', '[', ']', '{', '}', ':', ',', '.', ';', '=', '==', '+', '-', '*', '**',
  '/', '//', '%', '@', '<', '>', '<=', '>=', '!=', '+=', ':=', '->', '...', '|', '&', '^', '~', '<<', '>>', '\\',
  '\n', '\n', '\n', '    ', '\t', ' ', '#c', '"', "'", '"""', 'f"{', '}"', '$', '?', '!', '`', '\u00e9', '\r\n',
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((ts) => ts.join(' '));
const tightSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((ts) => ts.join(''));

/** A fixture with one to three random edits: deletions, insertions, duplicated or swapped lines. */
const mutated = fc
  .tuple(
    fc.integer({ min: 0, max: fixtures.length - 1 }),
    fc.array(
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), fc.nat({ max: 12 }), fc.constantFrom(...TOKENS)),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([i, edits]) => {
    let s = fixtures[i];
    for (const [kind, at, len, tok] of edits) {
      const p = s.length ? at % s.length : 0;
      if (kind === 0) s = s.slice(0, p) + s.slice(p + len);
      else if (kind === 1) s = s.slice(0, p) + tok + s.slice(p);
      else {
        const lines = s.split('\n');
        const k = lines.length ? at % lines.length : 0;
        if (kind === 2) lines.splice(k, 0, lines[k] ?? '');
        else if (k + 1 < lines.length) [lines[k], lines[k + 1]] = [lines[k + 1], lines[k]];
        s = lines.join('\n');
      }
    }
    return s;
  });

function check(arb: fc.Arbitrary<string>, seed: number, runs: number, name: keyof typeof counters): void {
  fc.assert(
    fc.property(arb, (src) => {
      counters[name]++;
      const v = violation(src);
      if (v !== null) throw new Error(v);
    }),
    { seed: fuzzSeed(seed), numRuns: runs },
  );
}

describe('compile() never throws on arbitrary input', () => {
  it('has fixtures to mutate', () => expect(fixtures.length).toBeGreaterThan(50));
  it('token soups (spaced)', () => check(tokenSoup, 9001, fuzzRuns(400), 'soups'), 60_000);
  it('token soups (glued)', () => check(tightSoup, 9002, fuzzRuns(400), 'soups'), 60_000);
  it('random unicode text', () => check(fc.string({ unit: 'grapheme', maxLength: 60 }), 9003, fuzzRuns(300), 'text'), 60_000);
  it('mutated fixture programs', () => check(mutated, 9004, fuzzRuns(300), 'mutations'), 120_000);
  // Pathological shapes: the answer must be a diagnostic (CPython: "too many nested
  // parentheses", "too many levels of indentation", RecursionError during compilation).
  const deep: Record<string, string> = {
    'nested parentheses': 'x = ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + '\n',
    'nested lists': 'x = ' + '['.repeat(5000) + ']'.repeat(5000) + '\n',
    'unclosed parentheses': 'x = ' + '('.repeat(5000) + '\n',
    'long unary chain': 'x = ' + '-'.repeat(100000) + '1\n',
    'long not chain': 'x = ' + 'not '.repeat(20000) + '1\n',
    'nested lambdas': 'f = ' + 'lambda: '.repeat(5000) + '1\n',
    'long attribute chain': 'x = a' + '.b'.repeat(100000) + '\n',
    'long call chain': 'x = f' + '()'.repeat(50000) + '\n',
    'long elif chain': 'if x:\n    pass\n' + 'elif x:\n    pass\n'.repeat(20000),
    'deeper than the tree builder keeps': 'x = ' + Array(10000).fill('1').join(' + ') + '\n',
    'deep indentation': Array.from({ length: 300 }, (_, i) => ' '.repeat(i) + 'if x:').join('\n') + '\n' + ' '.repeat(300) + 'pass\n',
  };
  for (const [name, src] of Object.entries(deep)) {
    it(`pathological input: ${name}`, () => {
      expect(violation(src)).toBeNull();
      expect(compile(src, { filename: 'fuzz.py' }).diagnostics.length).toBeGreaterThan(0);
    }, 60_000);
  }

  // Lezer gives up on (strict mode) or, past 2500 levels, flattens long left-associative chains;
  // CPython accepts them up to about 1500 terms. They must parse to exactly the right tree.
  for (const [op, type] of [['+', 'BinOp'], ['and', 'BoolOp'], ['.b', 'Attribute'], ['()', 'Call']] as const) {
    it(`a chain of 1500 '${op}' parses exactly`, () => {
      const n = 1500;
      const src = op === '.b' || op === '()' ? 'x = a' + op.repeat(n) + '\n' : 'x = ' + Array(n).fill('1').join(` ${op} `) + '\n';
      const m: any = parseModule(src);
      let count = 0;
      const stack: any[] = [m.body[0].value];
      while (stack.length) {
        const v = stack.pop();
        if (v === null || typeof v !== 'object') continue;
        if (v.type === type) count += type === 'BoolOp' ? v.values.length - 1 : 1;
        for (const k in v) if (v[k] !== null && typeof v[k] === 'object') Array.isArray(v[k]) ? stack.push(...v[k]) : stack.push(v[k]);
      }
      expect(count).toBe(type === 'BinOp' || type === 'BoolOp' ? n - 1 : n);
    });
  }

  it('reports how many cases ran', () => {
    // eslint-disable-next-line no-console
    console.log(`compiler fuzz cases: ${JSON.stringify(counters)}`);
    expect(counters.soups + counters.text + counters.mutations).toBeGreaterThan(0);
  });
});
