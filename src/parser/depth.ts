// The nesting limit of syntax trees, refused with CPython's error for the same situation
// (`RecursionError: maximum recursion depth exceeded during compilation`; CPython's own limit
// falls between 1500 and 3000 for a chain like `1 + 1 + ... + 1`). Two reasons:
// - Lezer's tree builder flattens everything nested deeper than 2500 nodes (@lezer/common
//   CutOff.Depth), so a deeper tree no longer has the shape the builder reads: a chain of 3000
//   attribute accesses would silently lose 500 of them.
// - The passes after the parser (analysis, lowering, code generation) recurse over the AST.
import type { Tree } from '@lezer/common';
import { IterMode } from '@lezer/common';
import type { Module } from '../ast/nodes';
import { PySyntaxError } from './errors';

/** Below Lezer's 2500 cut-off, with room for the wrapper nodes above an expression. */
export const MAX_TREE_DEPTH = 2400;
/** What analysis, lowering and code generation follow on the default JS stack. */
export const MAX_AST_DEPTH = 2000;

function tooDeep(line = 1, col = 0): PySyntaxError {
  return new PySyntaxError('RecursionError', 'maximum recursion depth exceeded during compilation', line, col, line, col);
}

/** Throws RecursionError when the Lezer tree (anonymous nodes included) is deeper than MAX_TREE_DEPTH. */
export function checkTreeDepth(tree: Tree): void {
  let depth = 0;
  let max = 0;
  tree.iterate({
    mode: IterMode.IncludeAnonymous,
    enter: () => {
      if (++depth > max) max = depth;
    },
    leave: () => {
      depth--;
    },
  });
  if (max > MAX_TREE_DEPTH) throw tooDeep();
}

/** Throws RecursionError when `mod` nests AST nodes deeper than MAX_AST_DEPTH (iterative walk). */
export function checkAstDepth(mod: Module): void {
  const nodes: any[] = [mod];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const d = depths.pop()!;
    if (d > MAX_AST_DEPTH) {
      const line = typeof node.line === 'number' ? node.line : 1;
      const col = typeof node.col === 'number' ? node.col : 0;
      throw tooDeep(line, col);
    }
    for (const key in node) {
      const v = node[key];
      if (v === null || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (const x of v) if (x !== null && typeof x === 'object' && typeof x.type === 'string') { nodes.push(x); depths.push(d + 1); }
      } else if (typeof v.type === 'string') {
        nodes.push(v);
        depths.push(d + 1);
      }
    }
  }
}
