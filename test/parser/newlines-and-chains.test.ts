// Universal newlines (CPython turns \r\n and \r into \n before tokenizing) and long
// conditional-expression chains (which Lezer's stack limit used to reject). Expected values
// come from python3 3.11: `ast.parse(...)` / `compile(...)` on the same sources.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index';
import type { Expr, Module } from '../../src/ast/nodes';

function mod(src: string): Module {
  const r = parse(src, 'app.py');
  expect(r.diagnostics).toEqual([]);
  return r.module!;
}
function value(src: string): Expr {
  const st = mod(src).body[0];
  if (st.type !== 'Assign') throw new Error('expected an assignment');
  return st.value;
}
function strValue(e: Expr): unknown {
  return e.type === 'Constant' ? (e.value as { value?: unknown }).value : undefined;
}

describe('line breaks inside triple-quoted strings', () => {
  it('\\r\\n and \\r become \\n (python3: x == "a\\nb\\nc")', () => {
    expect(strValue(value('x = """a\r\nb\rc"""\n'))).toBe('a\nb\nc');
    expect(strValue(value("x = '''\r\nstart'''"))).toBe('\nstart');
    expect(strValue(value('x = """end\r\n"""'))).toBe('end\n');
  });
  it('positions count every form as one line break', () => {
    // python3: ast.parse('x=1\r\ny="""a\r\nb"""\r\nz=2') → y's value spans 2:2-3:4, z on line 4
    const m = mod('x=1\r\ny="""a\r\nb"""\r\nz=2');
    expect(m.body[1]).toMatchObject({ line: 2, col: 0, endLine: 3, endCol: 4 });
    expect(m.body[2]).toMatchObject({ line: 4, col: 0, endLine: 4, endCol: 3 });
  });
  it('a backslash-\\r\\n continuation inside a string joins the lines (python3: "ab")', () => {
    expect(strValue(value('y = "a\\\r\nb"'))).toBe('ab');
  });
  it('a lone \\r ends a single-quoted string line as \\n does', () => {
    const r = parse('x = "a\rb"\n', 'app.py');
    expect(r.diagnostics[0]).toMatchObject({ message: 'unterminated string literal (detected at line 1)', line: 1, column: 5 });
  });
});

describe('conditional expression chains', () => {
  it('a if b else c if d else e nests to the right, with CPython positions', () => {
    // python3: IfExp(test=b, body=a, orelse=IfExp(test=d 1:21, body=c 1:16, orelse=e, 1:16-1:29), 1:4-1:29)
    expect(value('x = a if b else c if d else e')).toMatchObject({
      type: 'IfExp',
      line: 1,
      col: 4,
      endCol: 29,
      test: { type: 'Name', id: 'b' },
      body: { type: 'Name', id: 'a' },
      orelse: {
        type: 'IfExp',
        line: 1,
        col: 16,
        endCol: 29,
        test: { type: 'Name', id: 'd', col: 21 },
        body: { type: 'Name', id: 'c', col: 16 },
        orelse: { type: 'Name', id: 'e', col: 28 },
      },
    });
  });
  it('a parenthesized conditional stays the body', () => {
    expect(value('x = (a if b else c) if d else e')).toMatchObject({
      type: 'IfExp',
      body: { type: 'IfExp', body: { id: 'a' } },
      orelse: { id: 'e' },
    });
  });
  it('1,000 nested conditionals parse (python3 accepts up to 2992)', () => {
    const n = 1000;
    let e: Expr = value('x = ' + Array.from({ length: n }, (_, i) => `${i} if c${i} else `).join('') + 'z\n');
    for (let i = 0; i < n; i++) {
      if (e.type !== 'IfExp') throw new Error(`level ${i} is ${e.type}`);
      expect(e.test).toMatchObject({ type: 'Name', id: `c${i}` });
      expect(e.body.type).toBe('Constant');
      e = e.orelse;
    }
    expect(e).toMatchObject({ type: 'Name', id: 'z' });
  });
  it('errors inside a chain keep CPython messages and columns', () => {
    // python3: SyntaxError "expected 'else' after 'if' expression" at 1:29-35
    expect(parse('x = a if b else c if d else e if f', 'app.py').diagnostics[0]).toMatchObject({
      message: "expected 'else' after 'if' expression",
      line: 1,
      column: 29,
      endColumn: 35,
    });
    // python3: invalid syntax at 1:5-7
    expect(parse('[*a if b else c if d else e]', 'app.py').diagnostics[0]).toMatchObject({
      message: 'invalid syntax',
      column: 5,
      endColumn: 7,
    });
  });
  it('3,000 nested conditionals give CPython RecursionError', () => {
    const r = parse('x = ' + Array.from({ length: 3000 }, (_, i) => `${i} if c else `).join('') + '0\n', 'app.py');
    expect(r.diagnostics[0]).toMatchObject({ kind: 'RecursionError', message: 'maximum recursion depth exceeded during compilation' });
  });
});
