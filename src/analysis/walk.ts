// A generic child walker over the AST. Node shapes are plain data with a `type` tag, so the
// children of a node are exactly its fields holding objects with a `type` (or arrays of them).
// Analyses that need scope-aware traversal handle scope-creating nodes themselves and fall back
// to this for everything else.
import type { Node } from '../ast/nodes';

export function forEachChild(node: Node, visit: (child: Node) => void): void {
  for (const key in node) {
    if (key === 'type') continue;
    const v = (node as any)[key];
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object' && typeof item.type === 'string') visit(item);
    } else if (typeof v.type === 'string') {
      visit(v);
    }
  }
}

/**
 * Visits `node` and all descendants (pre-order), without regard to scopes. An explicit stack, not
 * recursion: a 2,900-term `a + b + …` chain is a tree that deep.
 */
export function walkAll(node: Node, visit: (n: Node) => void | false): void {
  const stack: Node[] = [node];
  const children: Node[] = [];
  while (stack.length) {
    const n = stack.pop()!;
    if (visit(n) === false) continue;
    forEachChild(n, (c) => children.push(c));
    // pushed in reverse, so that they are visited in source order
    while (children.length) stack.push(children.pop()!);
  }
}
