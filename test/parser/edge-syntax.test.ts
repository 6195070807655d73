// Edge-specific syntax and details of our AST that CPython cannot check for us.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index';
import { formatDiagnostic } from '../../src/diagnostics';
import type { Module, Stmt } from '../../src/ast/nodes';

function mod(src: string): Module {
  const r = parse(src, 'app.py');
  expect(r.diagnostics).toEqual([]);
  return r.module!;
}
function first(src: string): Stmt {
  return mod(src).body[0];
}

describe('Edge quoted imports', () => {
  it('from "./lib/util.py" import f', () => {
    expect(first('from "./lib/util.py" import f, g as h')).toMatchObject({
      type: 'ImportFrom',
      module: './lib/util.py',
      quoted: true,
      level: 0,
      names: [
        { name: 'f', asname: null },
        { name: 'g', asname: 'h' },
      ],
    });
  });
  it('import "./x.py" as x', () => {
    expect(first('import "./x.py" as x, os.path')).toMatchObject({
      type: 'Import',
      names: [
        { name: './x.py', asname: 'x', quoted: true, line: 1, col: 7 },
        { name: 'os.path', asname: null, quoted: false },
      ],
    });
  });
  it('relative imports count their dots', () => {
    expect(first('from ...a import b')).toMatchObject({ module: 'a', level: 3, quoted: false });
    expect(first('from .... import b')).toMatchObject({ module: null, level: 4 });
  });
});

describe('literals', () => {
  it('decodes numbers exactly', () => {
    const m = mod('1_000\n0xff\n0o17\n0b101\n12345678901234567890123\n1.5e3\n2j\n007.5\n');
    const values = m.body.map((s) => (s.type === 'Expr' && s.value.type === 'Constant' ? s.value.value : null));
    expect(values).toEqual([
      { kind: 'int', value: '1000' },
      { kind: 'int', value: '255' },
      { kind: 'int', value: '15' },
      { kind: 'int', value: '5' },
      { kind: 'int', value: '12345678901234567890123' },
      { kind: 'float', value: 1500 },
      { kind: 'complex', value: 2 },
      { kind: 'float', value: 7.5 },
    ]);
  });
  it('decodes escapes, raw strings, bytes and concatenation', () => {
    const m = mod(String.raw`'a\tb\x41\u00e9\N{BULLET}\101' r'\d' 'x' "y"` + '\n');
    const s = m.body[0];
    expect(s.type === 'Expr' && s.value.type === 'Constant' && s.value.value).toEqual({ kind: 'str', value: 'a\tbAé•A\\dxy' });
    const b = mod(String.raw`b'\xff\n' B"a"`).body[0];
    expect(b.type === 'Expr' && b.value.type === 'Constant' && b.value.value).toEqual({ kind: 'bytes', value: [255, 10, 97] });
  });
  it("desugars {x=} as CPython does", () => {
    const s = first('f"a{x=}{y=:>3}{z = !s}"');
    expect(s.type === 'Expr' && s.value).toMatchObject({
      type: 'JoinedStr',
      values: [
        { type: 'Constant', value: { kind: 'str', value: 'ax=' } },
        { type: 'FormattedValue', conversion: 114, formatSpec: null },
        { type: 'Constant', value: { kind: 'str', value: 'y=' } },
        { type: 'FormattedValue', conversion: -1, formatSpec: { type: 'JoinedStr' } },
        { type: 'Constant', value: { kind: 'str', value: 'z = ' } },
        { type: 'FormattedValue', conversion: 115 },
      ],
    });
  });
});

describe('positions and diagnostics', () => {
  it('gives end positions of statements and expressions', () => {
    const s = first('if x:\n    y = (1 +\n         2)\n');
    expect(s).toMatchObject({ line: 1, col: 0, endLine: 3, endCol: 11 });
  });
  it('formats a diagnostic the way CPython prints it', () => {
    const src = 'def f():\n    if x\n        pass\n';
    const r = parse(src, 'app.py');
    expect(formatDiagnostic(r.diagnostics[0], src)).toBe(
      ['  File "app.py", line 2', '    if x', '        ^', "SyntaxError: expected ':'"].join('\n'),
    );
  });
  it('soft keywords stay names', () => {
    const m = mod('match = 1\ncase = match\n_ = case\nmatch(x)\n');
    expect(m.body.map((s) => s.type)).toEqual(['Assign', 'Assign', 'Assign', 'Expr']);
  });
});
