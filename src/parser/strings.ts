// String literals: prefixes, escapes, implicit concatenation and f-strings (CPython 3.11's
// `string_parser.c` rules, including its error messages and where it reports them).

import type { SyntaxNode } from '@lezer/common';
import type * as A from '../ast/nodes';
import type { Builder } from './build';
import { syntaxError, type Span } from './errors';
import { decodeEscapes, EscapeError, splitString } from './literals';

type Part = A.Constant | A.FormattedValue;

interface Piece {
  node: SyntaxNode;
  tok: number;
  text: string;
  prefix: string;
}

export function buildStrings(b: Builder, nodes: SyntaxNode[]): A.Expr {
  const pieces: Piece[] = nodes.map((n) => {
    const tok = b.tokAt(n.from);
    const text = b.tokText(tok);
    return { node: n, tok, text, prefix: splitString(text).prefix };
  });
  const whole = b.spanFT(nodes[0].from, nodes[nodes.length - 1].to);
  // CPython reports errors found while decoding literals just after the last string.
  const after: Span = { line: whole.endLine, col: whole.endCol, endLine: whole.endLine, endCol: whole.endCol };
  const anyBytes = pieces.some((p) => p.prefix.includes('b'));
  const allBytes = pieces.every((p) => p.prefix.includes('b'));
  if (anyBytes && !allBytes) throw syntaxError('cannot mix bytes and nonbytes literals', after);

  if (allBytes) {
    let s = '';
    for (const p of pieces) {
      const { body, prefix } = splitString(p.text);
      for (let i = 0; i < body.length; i++) {
        if (body.charCodeAt(i) >= 128) {
          throw syntaxError('bytes can only contain ASCII literal characters', b.tokSpan(p.tok));
        }
      }
      s += prefix.includes('r') ? body : decode(body, true, after);
    }
    const value: number[] = new Array(s.length);
    for (let i = 0; i < s.length; i++) value[i] = s.charCodeAt(i);
    return { type: 'Constant', value: { kind: 'bytes', value }, ...whole };
  }

  const hasF = pieces.some((p) => p.prefix.includes('f'));
  if (!hasF) {
    let s = '';
    for (const p of pieces) {
      const { body, prefix } = splitString(p.text);
      s += prefix.includes('r') ? body : decode(body, false, after);
    }
    return { type: 'Constant', value: { kind: 'str', value: s }, ...whole };
  }

  const parts: Part[] = [];
  const addText = (t: string) => {
    if (!t) return;
    const last = parts[parts.length - 1];
    if (last && last.type === 'Constant' && last.value.kind === 'str') last.value.value += t;
    else parts.push({ type: 'Constant', value: { kind: 'str', value: t }, ...whole });
  };
  for (const p of pieces) {
    const sp = splitString(p.text);
    const raw = sp.prefix.includes('r');
    if (!sp.prefix.includes('f')) {
      addText(raw ? sp.body : decode(sp.body, false, after));
      continue;
    }
    const f = new FString(b, p, sp.body, sp.bodyOffset, raw, whole, after);
    f.parse(0, addText, (v) => parts.push(v));
  }
  return { type: 'JoinedStr', values: parts, ...whole };
}

function decode(body: string, isBytes: boolean, at: Span): string {
  try {
    return decodeEscapes(body, isBytes);
  } catch (e) {
    if (e instanceof EscapeError) throw syntaxError(e.message, at);
    throw e;
  }
}

class FString {
  private i = 0;
  constructor(
    private b: Builder,
    private piece: Piece,
    private body: string,
    private bodyOffset: number,
    private raw: boolean,
    private whole: Span,
    private after: Span,
  ) {}

  private err(msg: string): never {
    throw syntaxError(msg, this.after);
  }

  /**
   * Literal text and replacement fields until the end of the body (level 0) or the `}` that
   * closes a format spec (level 1).
   */
  parse(level: number, addText: (t: string) => void, addField: (f: A.FormattedValue) => void): void {
    const s = this.body;
    let lit = '';
    const flush = () => {
      if (lit) addText(this.raw ? lit : decode(lit, false, this.after));
      lit = '';
    };
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '\\' && !this.raw && s[this.i + 1] === 'N' && s[this.i + 2] === '{') {
        const close = s.indexOf('}', this.i);
        const e = close < 0 ? s.length : close + 1;
        lit += s.slice(this.i, e);
        this.i = e;
        continue;
      }
      if (c === '{') {
        if (level === 0 && s[this.i + 1] === '{') {
          lit += '{';
          this.i += 2;
          continue;
        }
        flush();
        this.i++;
        this.field(level, addText, addField);
        continue;
      }
      if (c === '}') {
        if (level > 0) break;
        if (s[this.i + 1] === '}') {
          lit += '}';
          this.i += 2;
          continue;
        }
        this.err("f-string: single '}' is not allowed");
      }
      lit += c;
      this.i++;
    }
    flush();
  }

  private field(level: number, addText: (t: string) => void, addField: (f: A.FormattedValue) => void): void {
    if (level >= 2) this.err('f-string: expressions nested too deeply');
    const s = this.body;
    const exprStart = this.i;
    const stack: string[] = [];
    let quote = '';
    let tripleQuote = false;
    for (; this.i < s.length; this.i++) {
      const ch = s[this.i];
      if (ch === '\\') this.err('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote) {
          if (tripleQuote) {
            if (s[this.i + 1] === ch && s[this.i + 2] === ch) {
              this.i += 2;
              quote = '';
            }
          } else quote = '';
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (s[this.i + 1] === ch && s[this.i + 2] === ch) {
          tripleQuote = true;
          this.i += 2;
        } else tripleQuote = false;
        quote = ch;
        continue;
      }
      if (ch === '[' || ch === '(' || ch === '{') {
        if (stack.length >= 200) this.err('f-string: too many nested parenthesis');
        stack.push(ch);
        continue;
      }
      if (ch === '#') this.err("f-string expression part cannot include '#'");
      if (stack.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '<' || ch === '>')) {
        const next = s[this.i + 1];
        if (next === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) {
          this.i++;
          continue;
        }
        if (ch === '<' || ch === '>') continue;
        break;
      }
      if (ch === ']' || ch === ')' || ch === '}') {
        const open = stack.pop();
        if (open === undefined) this.err(`f-string: unmatched '${ch}'`);
        const want = open === '(' ? ')' : open === '[' ? ']' : '}';
        if (ch !== want) this.err(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
      }
    }
    if (quote) this.err('f-string: unterminated string');
    if (stack.length) this.err("f-string: expecting '}'");
    if (this.i >= s.length) this.err("f-string: expecting '}'");
    const exprText = s.slice(exprStart, this.i);
    if (exprText.trim() === '') {
      if (s[this.i] === '=') this.err("f-string: expression required before '='");
      this.err('f-string: empty expression not allowed');
    }
    const value = this.parseExpr(exprText, exprStart);

    let conversion: A.FormattedValue['conversion'] = -1;
    let debugText: string | null = null;
    if (s[this.i] === '=') {
      this.i++;
      let j = this.i;
      while (j < s.length && /\s/.test(s[j])) j++;
      debugText = s.slice(exprStart, j);
      this.i = j;
    }
    if (s[this.i] === '!') {
      this.i++;
      const c = s[this.i];
      if (c !== 's' && c !== 'r' && c !== 'a') {
        this.err("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c === 's' ? 115 : c === 'r' ? 114 : 97;
      this.i++;
    }
    let formatSpec: A.JoinedStr | null = null;
    if (this.i >= s.length) this.err("f-string: expecting '}'");
    if (s[this.i] === ':') {
      this.i++;
      const specParts: (A.Constant | A.FormattedValue)[] = [];
      const addSpecText = (t: string) => {
        const last = specParts[specParts.length - 1];
        if (last && last.type === 'Constant' && last.value.kind === 'str') last.value.value += t;
        else specParts.push({ type: 'Constant', value: { kind: 'str', value: t }, ...this.whole });
      };
      this.parse(level + 1, addSpecText, (f) => specParts.push(f));
      // CPython 3.11 places a format spec at its own string token, and a spec made only of
      // text has its text there too.
      const pieceSpan = this.b.tokSpan(this.piece.tok);
      if (specParts.every((p) => p.type === 'Constant')) for (const p of specParts) Object.assign(p, pieceSpan);
      formatSpec = { type: 'JoinedStr', values: specParts, ...pieceSpan };
    }
    if (this.i >= s.length || s[this.i] !== '}') this.err("f-string: expecting '}'");
    this.i++;
    if (debugText !== null) {
      addText(debugText);
      if (conversion === -1 && formatSpec === null) conversion = 114;
    }
    addField({ type: 'FormattedValue', value, conversion, formatSpec, ...this.whole });
  }

  private parseExpr(text: string, bodyIndex: number): A.Expr {
    // Position of the expression in the file: the token's start plus the text before it.
    const t = this.b.toks;
    const tok = this.piece.tok;
    const before = this.piece.text.slice(0, this.bodyOffset + bodyIndex);
    let line = t.line[tok];
    let col = t.col[tok];
    const nl = before.lastIndexOf('\n');
    if (nl >= 0) {
      line += before.split('\n').length - 1;
      col = before.length - nl - 1;
    } else col += before.length;
    const span = this.b.tokSpan(tok);
    line += span.line - t.line[tok];
    if (nl < 0 && span.line === t.line[tok]) col += span.col - t.col[tok];
    return this.b.parseFieldExpr!(text, line, col, 0);
  }
}
