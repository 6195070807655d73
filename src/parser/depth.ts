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
import type * as A from '../ast/nodes';
import { pushChildren } from './ast-children';
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
  const nodes: A.Node[] = [mod];
  const depths: number[] = [1];
  const kids: A.Node[] = [];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const d = depths.pop()!;
    if (d > MAX_AST_DEPTH) {
      const p = node as Partial<A.Pos>;
      throw tooDeep(p.line ?? 1, p.col ?? 0);
    }
    kids.length = 0;
    pushChildren(node, kids);
    for (let i = 0; i < kids.length; i++) {
      nodes.push(kids[i]);
      depths.push(d + 1);
    }
  }
}
