// Nesting limits. Deeply nested code never makes the parser throw (a JS RangeError would
// escape as an internal error), CPython 3.11's limits are accepted, and past them the error is
// CPython's. Expected values were measured with python3 3.11.7, `compile(src, 'x.py', 'exec')`:
//   2,992 nested `- `, `not `, `~`, `+` terms, `.a`, `()`, `[0]`, `a if b else`, `elif`: accepted;
//   2,993: RecursionError 'maximum recursion depth exceeded during compilation';
//   `**` and `lambda:` chains: accepted up to 2,984 (then MemoryError);
//   `and`/`<`/`=` chains and implicit string concatenation: flat, 200,000 accepted;
//   201 nested brackets: 'too many nested parentheses';
//   21 nested blocks of one function: 'too many statically nested blocks' (positions below);
//   100 levels of indentation: 'too many levels of indentation'.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index';
import type { Expr } from '../../src/ast/nodes';

const join = (sep: string, term: string, n: number) => Array(n + 1).fill(term).join(sep);

function result(src: string): string {
  const r = parse(src, 'x.py');
  if (r.diagnostics.length === 0) return 'ok';
  const d = r.diagnostics[0];
  return `${d.kind}: ${d.message}`;
}

const RECURSION = 'RecursionError: maximum recursion depth exceeded during compilation';

// Our limit for a shape, and CPython's (what python3 accepts).
const chains: [string, (n: number) => string, number][] = [
  ['binary +', (n) => join(' + ', 'x', n), 2992],
  ['attribute', (n) => 'x' + '.a'.repeat(n), 2992],
  ['call', (n) => 'f' + '()'.repeat(n), 2992],
  ['subscript', (n) => 'x' + '[0]'.repeat(n), 2992],
  ['conditional', (n) => 'a if b else '.repeat(n) + 'c', 2992],
  ['power', (n) => join(' ** ', 'x', n), 2992],
  ['elif', (n) => 'if x:\n pass\n' + 'elif x:\n pass\n'.repeat(n), 2992],
];

describe('expression and statement chains as deep as CPython takes', () => {
  for (const [name, make, limit] of chains) {
    it(`${name}: ${limit} levels parse, ${limit + 1} are a RecursionError`, () => {
      expect(result(make(limit))).toBe('ok');
      expect(result(make(limit + 1))).toBe(RECURSION);
    });
  }

  it('prefix operators and lambdas: 2,798 levels parse (Lezer keeps 2,800 pending), more are a RecursionError', () => {
    // CPython takes 2,992 unary operators and 2,984 lambdas; Lezer's parse stack stops at
    // 8,400 entries, three per pending operator (see docs/syntax.md).
    for (const make of [(n: number) => '- '.repeat(n) + 'x', (n: number) => 'not '.repeat(n) + 'x', (n: number) => '~'.repeat(n) + 'x', (n: number) => 'lambda: '.repeat(n) + 'x']) {
      expect(result(make(2798))).toBe('ok');
      expect(result(make(2900))).toBe(RECURSION);
    }
  });

  it('the trees have CPython shapes: ** nests to the right, - applies outermost first', () => {
    const m = parse(join(' ** ', 'x', 2000) + '\n', 'x.py').module!;
    let e = (m.body[0] as { value: Expr }).value;
    let depth = 0;
    while (e.type === 'BinOp') {
      expect(e.op).toBe('Pow');
      expect(e.left.type).toBe('Name');
      // python3: each BinOp starts at its left operand and ends at the end of the line
      expect(e.col).toBe(depth * 5);
      expect(e.endCol).toBe(2000 * 5 + 1);
      e = e.right;
      depth++;
    }
    expect(depth).toBe(2000);
    const u = parse('- ~ + not_ \n', 'x.py').module!;
    const v = (u.body[0] as { value: Expr }).value;
    expect(v).toMatchObject({ type: 'UnaryOp', op: 'USub', operand: { type: 'UnaryOp', op: 'Invert', operand: { type: 'UnaryOp', op: 'UAdd' } } });
  });

  it('flat chains stay long: 3,000 `and` terms, comparisons and assignment targets', () => {
    expect(result(join(' and ', 'x', 3000))).toBe('ok');
    expect(result(join(' < ', 'x', 3000))).toBe('ok');
    expect(result('x = '.repeat(20000) + '1')).toBe('ok');
    expect(result(join(' ', '"a"', 20000))).toBe('ok');
  });

  it('nothing throws, however deep (a diagnostic every time)', () => {
    const deep = [
      '- '.repeat(20000) + 'x',
      'lambda: '.repeat(20000) + 'x',
      join(' ** ', 'x', 20000),
      join(' + ', 'x', 20000),
      join(' and ', 'x', 20000),
      'x' + '.a'.repeat(20000),
      'a if b else '.repeat(20000) + 'c',
      'if x:\n pass\n' + 'elif x:\n pass\n'.repeat(20000),
      '('.repeat(20000) + 'x' + ')'.repeat(20000),
      'f(' + '-x, '.repeat(20000) + ')',
    ];
    for (const src of deep) {
      const r = parse(src, 'x.py');
      expect(r.diagnostics.length + (r.module ? 1 : 0)).toBeGreaterThan(0);
      for (const d of r.diagnostics) expect(d.message).not.toMatch(/internal/);
    }
  });
});

describe('bracket and block limits (CPython tokenizer and compiler)', () => {
  it('200 nested brackets parse, 201 are "too many nested parentheses"', () => {
    expect(result('('.repeat(200) + 'x' + ')'.repeat(200))).toBe('ok');
    expect(result('['.repeat(201) + 'x' + ']'.repeat(201))).toBe('SyntaxError: too many nested parentheses');
  });

  it('99 levels of indentation parse, 100 are "too many levels of indentation"', () => {
    const nest = (n: number) => Array.from({ length: n }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(n) + 'pass\n';
    expect(result(nest(99))).toBe('ok');
    expect(result(nest(100))).toBe('IndentationError: too many levels of indentation');
  });

  const indent = (s: string, k: number) => s.split('\n').map((l) => (l ? ' '.repeat(k) + l : l)).join('\n');
  const loops = (k: number, inner: string) => Array.from({ length: k }, (_, i) => ' '.repeat(i) + 'for x in y:\n').join('') + indent(inner, k);
  const blocks = (src: string) => {
    const d = parse(src, 'x.py').diagnostics[0];
    return d ? [d.message, d.line, d.column, d.endLine, d.endColumn] : 'ok';
  };
  const TOO_MANY = 'too many statically nested blocks';
  // [source, CPython's (msg, lineno, offset, end_lineno, end_offset) or 'ok']
  const cases: [string, string, unknown][] = [
    ['20 loops', loops(20, 'pass\n'), 'ok'],
    ['21 loops', loops(21, 'pass\n'), [TOO_MANY, 21, 21, 22, 26]],
    ['21 while loops', Array.from({ length: 21 }, (_, i) => ' '.repeat(i) + 'while x:\n').join('') + ' '.repeat(21) + 'pass\n', [TOO_MANY, 21, 21, 22, 26]],
    ['18 loops + with a, b', loops(18, 'with a, b:\n    pass\n'), 'ok'],
    ['19 loops + with a, b', loops(19, 'with a, b:\n    pass\n'), [TOO_MANY, 20, 20, 21, 28]],
    ['18 loops + try/except', loops(18, 'try:\n    pass\nexcept E:\n    pass\n'), 'ok'],
    ['19 loops + try/except', loops(19, 'try:\n    x=1\nexcept E:\n    pass\nelse:\n    x=1\n'), [TOO_MANY, 22, 20, 23, 28]],
    ['20 loops + try/except', loops(20, 'try:\n    pass\nexcept E:\n    pass\nelse:\n    x=1\n'), [TOO_MANY, 21, 21, 26, 28]],
    ['17 loops + try/except/finally', loops(17, 'try:\n    pass\nexcept E:\n    pass\nfinally:\n    pass\n'), 'ok'],
    ['18 loops + try/except/finally', loops(18, 'try:\n    pass\nexcept E:\n    pass\nfinally:\n    pass\n'), [TOO_MANY, 21, 19, 22, 27]],
    ['19 loops + try/finally', loops(19, 'try:\n    pass\nfinally:\n    x = 1\n'), 'ok'],
    ['20 loops + try/finally', loops(20, 'try:\n    pass\nfinally:\n    pass\n'), [TOO_MANY, 21, 21, 24, 29]],
    ['20 loops + a def with a loop (a new code unit)', loops(20, 'def f():\n    for a in b:\n        pass\n'), 'ok'],
    ['20 loops + a comprehension', loops(20, 'x = [a for a in b]\n'), 'ok'],
    ['20 loops + if', loops(20, 'if x:\n    pass\n'), 'ok'],
  ];
  for (const [name, src, want] of cases) {
    it(name, () => {
      expect(blocks(src)).toEqual(want);
    });
  }
});
