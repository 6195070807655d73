"""Neutral dump of CPython's AST, shared with test/parser/neutral.ts.

Pre-order walk in `_fields` order; each node prints as `Kind@line:col` (or `Kind` for nodes
without positions); operator and context nodes are skipped. Columns are converted from UTF-8
bytes to UTF-16 units so that they compare with ours.
"""
import ast

SKIP = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def dump(tree, source):
    lines = source.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    out = []

    def col16(lineno, byte_col):
        if lineno > len(lines):
            return byte_col
        raw = lines[lineno - 1].encode('utf-8')[:byte_col].decode('utf-8', errors='replace')
        return len(raw.encode('utf-16-le')) // 2

    def walk(node):
        if isinstance(node, SKIP):
            return
        kind = type(node).__name__
        if hasattr(node, 'lineno') and node.lineno is not None:
            out.append('%s@%d:%d' % (kind, node.lineno, col16(node.lineno, node.col_offset)))
        else:
            out.append(kind)
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, ast.AST):
                        walk(item)
                    elif item is None:
                        out.append('null')
            elif isinstance(value, ast.AST):
                walk(value)

    walk(tree)
    return ' '.join(out)
