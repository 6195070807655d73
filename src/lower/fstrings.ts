// f-strings: literal parts stay JS strings; each replacement field is `$rt.format(value, spec)`
// after its conversion (`!s` -> `$rt.str`, `!r` -> `$rt.repr`, `!a` -> `$rt.ascii`); the spec is
// itself an f-string. Parts are joined with `+`.
import * as t from '@babel/types';
import type * as A from '../ast/nodes';
import { type FnCtx, str, rtCall, rtOp } from './context';
import { expr } from './expressions';

export function lowerJoinedStr(cx: FnCtx, e: A.JoinedStr): t.Expression {
  const parts: t.Expression[] = [];
  for (const v of e.values) {
    if (v.type === 'Constant') {
      if (v.value.kind === 'str' && v.value.value !== '') parts.push(str(v.value.value));
      continue;
    }
    parts.push(field(cx, v));
  }
  if (!parts.length) return str('');
  if (parts.length === 1 && t.isStringLiteral(parts[0])) return parts[0];
  let out = parts[0];
  // a single field still needs string concatenation only if it is not already a string
  if (parts.length === 1) return out;
  for (let i = 1; i < parts.length; i++) out = t.binaryExpression('+', out, parts[i]);
  return out;
}

function field(cx: FnCtx, v: A.FormattedValue): t.Expression {
  let value = expr(cx, v.value);
  if (v.conversion === 115) value = rtOp(cx, 'str', [value], v);
  else if (v.conversion === 114) value = rtOp(cx, 'repr', [value], v);
  else if (v.conversion === 97) value = rtOp(cx, 'ascii', [value], v);
  const spec = v.formatSpec ? lowerJoinedStr(cx, v.formatSpec) : str('');
  return rtOp(cx, 'format', [value, spec], v, v);
}

export { rtCall };
