// A long file is parsed as several Lezer parses, one per group of ~4,000 tokens of whole top-level
// statements (src/parser/index.ts, for speed). The grouping must be invisible: the AST of a file
// made of N copies of a program is N copies of that program's AST, shifted by whole lines, and
// an error in a late group is reported exactly as a single parse reports it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, groupStarts } from '../../src/parser/index';
import { tokenize, refineTokens } from '../../src/parser/tokenizer';
import type { Module } from '../../src/ast/nodes';

const corpus = readFileSync(new URL('./corpus/syntax_all.py', import.meta.url), 'utf8');

function mod(src: string): Module {
  const r = parse(src, 'app.py');
  expect(r.diagnostics).toEqual([]);
  return r.module!;
}

/** JSON of a node with every line number moved up by `shift`. */
function shifted(node: unknown, shift: number): string {
  return JSON.stringify(node, (key, v) => ((key === 'line' || key === 'endLine') && typeof v === 'number' ? v - shift : v));
}

describe('parsing in groups of top-level statements', () => {
  const copies = 40;
  const lines = corpus.endsWith('\n') ? corpus.split('\n').length - 1 : corpus.split('\n').length;
  const big = corpus.endsWith('\n') ? corpus.repeat(copies) : (corpus + '\n').repeat(copies);

  it('splits a long file into several groups', () => {
    const toks = tokenize(big);
    refineTokens(toks);
    expect(groupStarts(toks).length).toBeGreaterThan(3);
  });

  it('gives the AST of one parse: N copies of a program are N shifted copies of its AST', () => {
    const one = mod(corpus).body;
    const all = mod(big).body;
    expect(all.length).toBe(one.length * copies);
    for (let k = 0; k < copies; k++) {
      const chunk = all.slice(k * one.length, (k + 1) * one.length);
      expect(shifted(chunk, k * lines)).toBe(shifted(one, 0));
    }
  });

  it('reports an error in a late group at its line and column, as a single parse does', () => {
    const bad = big + 'x = (1,\ny = 2\n';
    const r = parse(bad, 'app.py');
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0];
    expect(d.message).toBe("'(' was never closed");
    expect(d.line).toBe(lines * copies + 1);
    expect(d.column).toBe(5);
  });

  it('keeps decorators, else/elif/except/finally with their statement across a boundary', () => {
    const filler = Array.from({ length: 1500 }, (_, i) => `v${i} = ${i}`).join('\n') + '\n';
    const tail = '@dec\ndef f():\n    pass\nif a:\n    pass\nelse:\n    pass\ntry:\n    pass\nexcept E:\n    pass\nfinally:\n    pass\n';
    const body = mod(filler + tail + filler + tail).body;
    const kinds = body.filter((s) => s.type !== 'Assign').map((s) => s.type);
    expect(kinds).toEqual(['FunctionDef', 'If', 'Try', 'FunctionDef', 'If', 'Try']);
    const fn = body.find((s) => s.type === 'FunctionDef');
    expect(fn && fn.type === 'FunctionDef' && fn.decorators.length).toBe(1);
  });
});
