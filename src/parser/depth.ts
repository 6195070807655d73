// The nesting limits of syntax trees, refused with CPython's error for the same situation
// (`RecursionError: maximum recursion depth exceeded during compilation`):
// - CPython 3.11's compile() takes 2,992 nested unary operators, `+` terms, attribute accesses
//   or `elif` clauses and refuses 2,993 (measured with python3 3.11.7): its AST may be 2,995
//   levels deep counting the Module and the statement. The same limit holds here.
// - Lezer's tree builder flattens everything deeper than 2,500 *tree* nodes (@lezer/common
//   CutOff.Depth; subtrees small enough for a TreeBuffer do not count), so a deeper tree no
//   longer has the shape the builder reads: a chain of 3,000 attribute accesses with long names
//   would silently lose some of them. Such a tree is refused before it is read.
// The builder and the checks after parsing walk chains and the AST without recursion, so
// nothing here depends on the size of the JS stack.
import type { Tree } from '@lezer/common';
import type { Module } from '../ast/nodes';
import type * as A from '../ast/nodes';
import { pushChildren } from './ast-children';
import { PySyntaxError } from './errors';

/** Below Lezer's 2,500 cut-off: the depth of Tree nodes (TreeBuffers excluded). */
export const MAX_TREE_DEPTH = 2400;
/** CPython's: Module + statement + 2,992 nested expressions + the innermost one. */
export const MAX_AST_DEPTH = 2995;

export function tooDeep(line = 1, col = 0): PySyntaxError {
  return new PySyntaxError('RecursionError', 'maximum recursion depth exceeded during compilation', line, col, line, col);
}

/** Throws RecursionError when the Lezer tree nests Tree nodes deeper than MAX_TREE_DEPTH. */
export function checkTreeDepth(tree: Tree): void {
  // Only Tree nodes count (Lezer's cut-off ignores TreeBuffers), and there are few of them.
  const nodes: Tree[] = [tree];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const t = nodes.pop()!;
    const d = depths.pop()!;
    if (d > MAX_TREE_DEPTH) throw tooDeep();
    const cs = t.children;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if ('children' in c) {
        nodes.push(c as Tree);
        depths.push(d + 1);
      }
    }
  }
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
