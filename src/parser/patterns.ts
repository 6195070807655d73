// `case` patterns. The grammar reads a pattern as an expression (plus `as`); this turns that
// tree into CPython's pattern nodes and rejects what is not a pattern.

import type { SyntaxNode } from '@lezer/common';
import type * as A from '../ast/nodes';
import type { Builder } from './build';
import { spanOf } from './build';
import * as T from './gen/parser.terms';

function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

export function toPattern(b: Builder, list: SyntaxNode): A.Pattern {
  const k = kids(list);
  const trailing = b.toks.type[b.lastTokOf(list)] === T.comma;
  if (k.length === 1 && !trailing) {
    if (k[0].name === 'StarredExpression') b.fail('invalid syntax', b.tokSpan(b.tokAfter(k[0])));
    return pattern(b, k[0]);
  }
  const patterns = k.map((c) => pattern(b, c));
  checkStars(b, patterns, b.span(list));
  return { type: 'MatchSequence', patterns, ...b.span(list) };
}

function checkStars(b: Builder, ps: A.Pattern[], s: A.Pos): void {
  if (ps.filter((p) => p.type === 'MatchStar').length > 1) b.fail('multiple starred names in sequence pattern', s);
}

function captureName(b: Builder, n: SyntaxNode): string {
  const name = b.name(n);
  return name;
}

function pattern(b: Builder, n: SyntaxNode): A.Pattern {
  const s = b.span(n);
  switch (n.name) {
    case 'AsPattern': {
      const [p, t] = kids(n);
      const inner = pattern(b, p);
      if (t.name !== 'Name') b.fail('invalid pattern target', b.span(t));
      const name = captureName(b, t);
      if (name === '_') b.fail("cannot use '_' as a target", b.span(t));
      return { type: 'MatchAs', pattern: inner, name, ...s };
    }
    case 'BinaryExpression': {
      const [l, r] = kids(n);
      const op = b.tokText(b.tokAfter(l));
      if (op === '|') {
        const left = pattern(b, l);
        const right = pattern(b, r);
        const patterns = left.type === 'MatchOr' && !isGroup(l) ? [...left.patterns, right] : [left, right];
        return { type: 'MatchOr', patterns, ...s };
      }
      if (op === '+' || op === '-') return { type: 'MatchValue', value: complexLiteral(b, n), ...s };
      b.fail('invalid syntax', b.tokSpan(b.tokAfter(l)));
      break;
    }
    case 'Name': {
      const name = captureName(b, n);
      return { type: 'MatchAs', pattern: null, name: name === '_' ? null : name, ...s };
    }
    case 'MemberExpression':
      return { type: 'MatchValue', value: dottedValue(b, n), ...s };
    case 'Number':
    case 'String':
    case 'ConcatenatedString': {
      const value = b.expr(n);
      if (value.type === 'JoinedStr') b.fail('patterns may only match literals and attribute lookups', s);
      return { type: 'MatchValue', value, ...s };
    }
    case 'UnaryExpression': {
      const value = b.expr(n);
      if (value.type === 'UnaryOp' && value.op === 'USub' && value.operand.type === 'Constant' && isNumber(value.operand)) {
        return { type: 'MatchValue', value, ...s };
      }
      b.fail('invalid syntax', b.tokSpan(b.tokAt(n.from) + 1));
      break;
    }
    case 'True':
      return { type: 'MatchSingleton', value: true, ...s };
    case 'False':
      return { type: 'MatchSingleton', value: false, ...s };
    case 'None':
      return { type: 'MatchSingleton', value: null, ...s };
    case 'ListExpression': {
      const patterns = kids(n).map((c) => pattern(b, c));
      checkStars(b, patterns, s);
      return { type: 'MatchSequence', patterns, ...s };
    }
    case 'ParenthesizedExpression': {
      const k = kids(n);
      const trailing = b.toks.type[b.lastTokOf(n) - 1] === T.comma;
      if (k.length === 1 && !trailing && k[0].name !== 'StarredExpression') return pattern(b, k[0]);
      const patterns = k.map((c) => pattern(b, c));
      checkStars(b, patterns, s);
      return { type: 'MatchSequence', patterns, ...s };
    }
    case 'StarredExpression': {
      const inner = n.firstChild!;
      if (inner.name !== 'Name') b.fail('invalid syntax', b.span(inner));
      const name = captureName(b, inner);
      return { type: 'MatchStar', name: name === '_' ? null : name, ...s };
    }
    case 'DictionaryExpression': {
      const keys: A.Expr[] = [];
      const patterns: A.Pattern[] = [];
      let rest: string | null = null;
      const seen = new Set<string>();
      for (const c of kids(n)) {
        const ck = kids(c);
        if (c.name === 'DictSplat') {
          if (ck[0].name !== 'Name' || b.name(ck[0]) === '_') b.fail('invalid syntax', b.span(ck[0]));
          rest = b.name(ck[0]);
          continue;
        }
        const key = keyValue(b, ck[0]);
        if (key.type === 'Constant') {
          const id = JSON.stringify(key.value);
          if (seen.has(id)) b.fail(`mapping pattern checks duplicate key (${reprKey(key)})`, s);
          seen.add(id);
        }
        keys.push(key);
        patterns.push(pattern(b, ck[1]));
      }
      return { type: 'MatchMapping', keys, patterns, rest, ...s };
    }
    case 'CallExpression': {
      const [f, argList] = kids(n);
      const cls = f.name === 'Name' ? b.expr(f) : f.name === 'MemberExpression' ? dottedValue(b, f) : null;
      if (!cls) b.fail('invalid syntax', b.span(f));
      const patterns: A.Pattern[] = [];
      const kwdAttrs: string[] = [];
      const kwdPatterns: A.Pattern[] = [];
      for (const a of kids(argList)) {
        if (a.name === 'KeywordArgument') {
          const [nm, v] = kids(a);
          const attr = b.name(nm);
          if (kwdAttrs.includes(attr)) b.fail(`attribute name repeated in class pattern: ${attr}`, b.span(v));
          kwdAttrs.push(attr);
          kwdPatterns.push(pattern(b, v));
        } else {
          if (kwdAttrs.length) b.fail('positional patterns follow keyword patterns', b.span(a));
          patterns.push(pattern(b, a));
        }
      }
      return { type: 'MatchClass', cls, patterns, kwdAttrs, kwdPatterns, ...s };
    }
  }
  b.fail('invalid syntax', s);
}

function isGroup(n: SyntaxNode): boolean {
  return n.name === 'ParenthesizedExpression';
}

function isNumber(e: A.Constant): boolean {
  const k = e.value.kind;
  return k === 'int' || k === 'float' || k === 'complex';
}

function complexLiteral(b: Builder, n: SyntaxNode): A.Expr {
  const e = b.expr(n);
  if (e.type === 'BinOp') {
    const realOk =
      (e.left.type === 'Constant' && isNumber(e.left) && e.left.value.kind !== 'complex') ||
      (e.left.type === 'UnaryOp' && e.left.op === 'USub' && e.left.operand.type === 'Constant' && isNumber(e.left.operand));
    if (!realOk) b.fail('real number required in complex literal', spanOf(e.left));
    if (!(e.right.type === 'Constant' && e.right.value.kind === 'complex')) {
      b.fail('imaginary number required in complex literal', spanOf(e.right));
    }
  }
  return e;
}

function dottedValue(b: Builder, n: SyntaxNode): A.Expr {
  const e = b.expr(n);
  let x: A.Expr = e;
  while (x.type === 'Attribute') x = x.value;
  if (x.type !== 'Name') b.fail('invalid syntax', spanOf(e));
  return e;
}

function keyValue(b: Builder, n: SyntaxNode): A.Expr {
  switch (n.name) {
    case 'Number':
    case 'String':
    case 'ConcatenatedString':
    case 'True':
    case 'False':
    case 'None':
      return b.expr(n);
    case 'UnaryExpression':
    case 'BinaryExpression': {
      const p = pattern(b, n);
      if (p.type === 'MatchValue') return p.value;
      break;
    }
    case 'MemberExpression':
      return dottedValue(b, n);
  }
  return b.fail('invalid syntax', b.tokSpan(b.tokAfter(n)));
}

function reprKey(e: A.Constant): string {
  const v = e.value;
  switch (v.kind) {
    case 'str':
      return `'${v.value}'`;
    case 'int':
      return v.value;
    case 'float':
      return String(v.value);
    case 'None':
      return 'None';
    case 'bool':
      return v.value ? 'True' : 'False';
    default:
      return '...';
  }
}
