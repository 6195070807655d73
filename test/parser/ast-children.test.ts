// The child-field table the checks after parsing walk with (src/parser/ast-children.ts) must
// name every field that holds a node, in the order the builder creates them: a missing field
// would let an error inside it go unreported, a wrong order would report a later error first.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from '../../src/parser/index';
import { CHILD_KEYS, pushChildren, pushChildrenByTable } from '../../src/parser/ast-children';
import { here } from './helpers';

function isNode(v: unknown): boolean {
  return v !== null && typeof v === 'object' && typeof (v as { type?: unknown }).type === 'string';
}

/** Fields of `n` that hold a node or a list with a node, in creation order. */
function nodeFields(n: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k in n) {
    const v = n[k];
    if (isNode(v) || (Array.isArray(v) && v.some(isNode))) out.push(k);
  }
  return out;
}

describe('CHILD_KEYS', () => {
  it('lists the node fields of every node of the syntax corpus, in order', () => {
    const src = readFileSync(resolve(here, 'corpus', 'syntax_all.py'), 'utf8');
    const r = parse(src, 'syntax_all.py');
    expect(r.diagnostics).toEqual([]);
    const seen = new Set<string>();
    const stack: Record<string, unknown>[] = [r.module as unknown as Record<string, unknown>];
    while (stack.length) {
      const n = stack.pop()!;
      const type = n.type as string;
      seen.add(type);
      const table = CHILD_KEYS[type];
      expect(table, type).toBeDefined();
      const fields = nodeFields(n);
      // Every field holding a node is in the table, and the table keeps their relative order.
      expect(table.filter((k) => fields.includes(k)), type).toEqual(fields);
      for (const k of fields) {
        const v = n[k];
        if (Array.isArray(v)) for (const x of v) if (isNode(x)) stack.push(x);
        if (isNode(v)) stack.push(v as Record<string, unknown>);
      }
    }
    // The corpus exercises most node kinds; the table must not miss a common one.
    for (const t of ['FunctionDef', 'ClassDef', 'Lambda', 'ListComp', 'DictComp', 'Match', 'Try', 'With', 'Arguments', 'JoinedStr', 'FormattedValue', 'MatchClass', 'MatchMapping']) {
      expect(seen.has(t), t).toBe(true);
    }
  });

  it('pushChildren (per-type code) pushes exactly what the table names, for every corpus node', () => {
    const src = readFileSync(resolve(here, 'corpus', 'syntax_all.py'), 'utf8');
    const r = parse(src, 'syntax_all.py');
    expect(r.diagnostics).toEqual([]);
    const stack: unknown[] = [r.module];
    let count = 0;
    while (stack.length) {
      const n = stack.pop() as Parameters<typeof pushChildren>[0];
      const fast: unknown[] = [];
      const table: unknown[] = [];
      pushChildren(n, fast);
      pushChildrenByTable(n, table);
      expect(fast.length, n.type).toBe(table.length);
      for (let i = 0; i < fast.length; i++) expect(fast[i] === table[i], n.type).toBe(true);
      stack.push(...fast);
      count++;
    }
    expect(count).toBeGreaterThan(500);
  });
});
