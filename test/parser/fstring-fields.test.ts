// Replacement fields that are a name, a dotted name or a decimal integer are built without a
// nested parse (src/parser/index.ts, simpleField). Their nodes must sit exactly where CPython
// 3.11 puts them (expectations from python3: kind, line, col, endLine, endCol of every Name,
// Attribute and non-string Constant), next to fields that still take the nested parse.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index';

const sources = [
  'x = f"{a}"\n',
  'x = f"ab{ a }cd{b.c.d}{0}{255:>{w}}"\n',
  'y = f"""\n  {q}\n {r.s}"""\n',
  "z = f'{x!r:>10}{ 7 }'\n",
  'w = (f"{a}" f"{b}")\n',
];
const expected: (string | number)[][][] = [[["Name", 1, 0, 1, 1], ["Name", 1, 7, 1, 8]], [["Attribute", 1, 16, 1, 19], ["Attribute", 1, 16, 1, 21], ["Constant", 1, 23, 1, 24], ["Constant", 1, 26, 1, 29], ["Name", 1, 0, 1, 1], ["Name", 1, 10, 1, 11], ["Name", 1, 16, 1, 17], ["Name", 1, 32, 1, 33]], [["Attribute", 3, 2, 3, 5], ["Name", 1, 0, 1, 1], ["Name", 2, 3, 2, 4], ["Name", 3, 2, 3, 3]], [["Constant", 1, 17, 1, 18], ["Name", 1, 0, 1, 1], ["Name", 1, 7, 1, 8]], [["Name", 1, 0, 1, 1], ["Name", 1, 8, 1, 9], ["Name", 1, 15, 1, 16]]];

function positions(src: string): (string | number)[][] {
  const r = parse(src, 't.py');
  expect(r.diagnostics).toEqual([]);
  const out: (string | number)[][] = [];
  const stack: unknown[] = [r.module];
  while (stack.length) {
    const n = stack.pop() as Record<string, unknown> | null;
    if (n === null || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    const isConst = n.type === 'Constant' && (n.value as { kind: string }).kind !== 'str';
    if (n.type === 'Name' || n.type === 'Attribute' || isConst) out.push([n.type as string, n.line as number, n.col as number, n.endLine as number, n.endCol as number]);
    for (const k in n) if (n[k] !== null && typeof n[k] === 'object') stack.push(n[k]);
  }
  const key = (x: (string | number)[]) => JSON.stringify(x);
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe('f-string fields built without a nested parse', () => {
  sources.forEach((src, i) => {
    it(JSON.stringify(src), () => {
      const key = (x: (string | number)[]) => JSON.stringify(x);
      const exp = [...expected[i]].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      expect(positions(src)).toEqual(exp);
    });
  });
  it('keywords and literals other than plain integers still take the parser', () => {
    const r = parse('x = f"{None}{True}{0x1f}{1_0}{lambda: 1}"\n', 't.py');
    expect(r.diagnostics.map((d) => d.message)).toEqual(["f-string: invalid syntax"]); // python3 3.11
    const ok = parse('x = f"{None}{True}{0x1f}{1_0}"\n', 't.py');
    const vals = JSON.stringify(ok.module);
    expect(vals).toContain('"kind":"None"');
    expect(vals).toContain('"kind":"bool"');
    expect(vals).toContain('"value":"31"');
    expect(vals).toContain('"value":"10"');
  });
});
