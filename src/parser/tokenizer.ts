// Python tokenizer following CPython 3.11's `Parser/tokenizer.c`: NEWLINE/INDENT/DEDENT,
// implicit line joining in brackets, backslash continuation, every string prefix, numeric
// literals with underscores, and the tokenizer's own error messages.
//
// It runs ahead of the Lezer parser over the whole source (Lezer then reads the token array
// through `external-tokens.ts`). Errors come in the two flavours CPython has, because they are
// prioritised differently against parser errors (see `diagnose.ts`):
// - `raising` errors (unterminated string, invalid character, unmatched bracket, bad number)
//   beat any parser error anywhere in the file;
// - `done` errors (bad dedent, tab/space mix, line continuation, EOF after `\`) only count when
//   the parser gets that far.

import * as T from './gen/parser.terms';

export interface TokError {
  kind: 'SyntaxError' | 'IndentationError' | 'TabError';
  message: string;
  line: number; // 1-based
  col: number; // 0-based
  endLine: number;
  endCol: number;
  raising: boolean;
}

export interface OpenBracket {
  ch: number;
  line: number;
  col: number;
}

export interface Tokens {
  source: string;
  count: number;
  // One typed column per token field, each exactly `count` long (views over growable
  // buffers): the tokenizer makes ~7 tokens per line, and seven growing JS arrays cost more
  // than all the scanning (measured: ~75% of tokenize time went to Array.prototype.push).
  type: Int32Array;
  start: Int32Array; // offset of the token's first character
  end: Int32Array; // offset after its last character (Lezer sees [end of previous, end))
  line: Int32Array; // 1-based line of `start`
  col: Int32Array; // 0-based column of `start`
  endLine: Int32Array;
  endCol: Int32Array;
  error: TokError | null; // first tokenizer error; the token stream stops there
  open: OpenBracket[]; // brackets still open where tokenizing stopped
}

// A Map, not an object literal: words such as `constructor` or `__proto__` are plain names.
const KEYWORDS = new Map<string, number>(Object.entries({
  False: T.False,
  None: T.None,
  True: T.True,
  and: T.kw_and,
  as: T.kw_as,
  assert: T.kw_assert,
  async: T.kw_async,
  await: T.kw_await,
  break: T.kw_break,
  class: T.kw_class,
  continue: T.kw_continue,
  def: T.kw_def,
  del: T.kw_del,
  elif: T.kw_elif,
  else: T.kw_else,
  except: T.kw_except,
  finally: T.kw_finally,
  for: T.kw_for,
  from: T.kw_from,
  global: T.kw_global,
  if: T.kw_if,
  import: T.kw_import,
  in: T.kw_in,
  is: T.kw_is,
  lambda: T.kw_lambda,
  nonlocal: T.kw_nonlocal,
  not: T.kw_not,
  or: T.kw_or,
  pass: T.kw_pass,
  raise: T.kw_raise,
  return: T.kw_return,
  try: T.kw_try,
  while: T.kw_while,
  with: T.kw_with,
  yield: T.kw_yield,
}));

/** Whether `word` is a (hard) keyword, `True`/`False`/`None` included. */
export function isKeyword(word: string): boolean {
  return KEYWORDS.has(word);
}

// Operators, longest first within each leading character.
const OPERATORS: [string, number][] = [
  ['**=', T.augOp],
  ['//=', T.augOp],
  ['>>=', T.augOp],
  ['<<=', T.augOp],
  ['...', T.ellipsis],
  ['->', T.arrow],
  [':=', T.walrus],
  ['**', T.dstar],
  ['//', T.mulOp],
  ['<<', T.shiftOp],
  ['>>', T.shiftOp],
  ['<=', T.compOp],
  ['>=', T.compOp],
  ['==', T.compOp],
  ['!=', T.compOp],
  ['+=', T.augOp],
  ['-=', T.augOp],
  ['*=', T.augOp],
  ['/=', T.augOp],
  ['%=', T.augOp],
  ['@=', T.augOp],
  ['&=', T.augOp],
  ['|=', T.augOp],
  ['^=', T.augOp],
  ['(', T.lparen],
  [')', T.rparen],
  ['[', T.lbracket],
  [']', T.rbracket],
  ['{', T.lbrace],
  ['}', T.rbrace],
  [':', T.colon],
  [',', T.comma],
  [';', T.semi],
  ['.', T.dot],
  ['@', T.at],
  ['=', T.assign],
  ['*', T.star],
  ['/', T.slash],
  ['%', T.mulOp],
  ['+', T.addOp],
  ['-', T.addOp],
  ['<', T.compOp],
  ['>', T.compOp],
  ['&', T.amp],
  ['^', T.caret],
  ['|', T.pipe],
  ['~', T.tilde],
];
const OPS_BY_CHAR: [string, number][][] = [];
for (const op of OPERATORS) (OPS_BY_CHAR[op[0].charCodeAt(0)] ??= []).push(op);

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

const C_NL = 10;
const C_CR = 13;
const C_SPACE = 32;
const C_TAB = 9;
const C_FF = 12;
const C_HASH = 35;
const C_BACKSLASH = 92;

const ID_START = /[\p{ID_Start}_\u1885\u1886\u2118\u212E\u309B\u309C]/u;
const ID_CONTINUE = /[\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA\u1885\u1886\u2118\u212E\u309B\u309C]/u;
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdChar(c: number): boolean {
  return isAsciiIdStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isPotentialIdStart(c: number): boolean {
  return isAsciiIdStart(c) || c >= 128;
}
function isPotentialIdChar(c: number): boolean {
  return isAsciiIdChar(c) || c >= 128;
}

// The seven token columns of a finished parse, kept for the next one. A 2 MB file needs ~28 MB of
// columns; allocating them anew for every parse made V8 count that much more external memory
// each time and run full collections for it (most of the tokenizer's time when parses repeat).
// Only a parse that has released its tokens lends them: a nested parse (an f-string field, the
// prefix of an error) runs while the outer one still reads its own, and allocates.
let spare: Int32Array[] | null = null;
/** Columns above this many entries each (58 MB in all, a file of ~4 MB) are not kept. */
const MAX_SPARE = 1 << 21;

function takeSpare(cap: number): Int32Array[] | null {
  const s = spare;
  if (!s || s[0].length < cap) return null;
  spare = null;
  return s;
}

/** Hands the columns of `toks` back for reuse; `toks` must not be read afterwards. */
export function releaseTokens(toks: Tokens): void {
  const full = (a: Int32Array) => new Int32Array(a.buffer, 0, a.buffer.byteLength >> 2);
  const type = full(toks.type);
  if (type.length === 0 || type.length > MAX_SPARE) return;
  if (spare && spare[0].length >= type.length) return;
  spare = [type, full(toks.start), full(toks.end), full(toks.line), full(toks.col), full(toks.endLine), full(toks.endCol)];
  toks.count = 0;
}

export function tokenize(source: string): Tokens {
  const src = source;
  const len = src.length;
  const empty = new Int32Array(0);
  const out: Tokens = {
    source,
    count: 0,
    type: empty,
    start: empty,
    end: empty,
    line: empty,
    col: empty,
    endLine: empty,
    endCol: empty,
    error: null,
    open: [],
  };
  // Columns grow by doubling; a first guess of one token per 2 characters rarely needs a regrow
  // (typical code has about one per 3). The columns of the last released parse are reused when
  // they are large enough (see releaseTokens).
  let cap = 64 + (len >> 1);
  let n = 0;
  const cols = takeSpare(cap);
  if (cols) cap = cols[0].length;
  let type = cols ? cols[0] : new Int32Array(cap);
  let start = cols ? cols[1] : new Int32Array(cap);
  let end = cols ? cols[2] : new Int32Array(cap);
  let tline = cols ? cols[3] : new Int32Array(cap);
  let tcol = cols ? cols[4] : new Int32Array(cap);
  let endLine = cols ? cols[5] : new Int32Array(cap);
  let endCol = cols ? cols[6] : new Int32Array(cap);
  const grow = () => {
    cap *= 2;
    const g = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    type = g(type);
    start = g(start);
    end = g(end);
    tline = g(tline);
    tcol = g(tcol);
    endLine = g(endLine);
    endCol = g(endCol);
  };

  let pos = 0;
  let line = 1;
  let lineStart = 0;
  const indents = [0];
  const altIndents = [0];
  const brackets: OpenBracket[] = out.open;
  let atLineStart = true;
  let lineHasTokens = false; // a logical line is open (a NEWLINE is owed)

  const push = (t: number, s: number, e: number, l: number, c: number, el: number, ec: number) => {
    if (n === cap) grow();
    type[n] = t;
    start[n] = s;
    end[n] = e;
    tline[n] = l;
    tcol[n] = c;
    endLine[n] = el;
    endCol[n] = ec;
    n++;
  };
  const pushSimple = (t: number, s: number, e: number) => push(t, s, e, line, s - lineStart, line, e - lineStart);

  const fail = (
    kind: TokError['kind'],
    message: string,
    l: number,
    c: number,
    raising: boolean,
    el = l,
    ec = c + 1,
  ) => {
    out.error = { kind, message, line: l, col: c, endLine: el, endCol: ec, raising };
  };

  // Advance over one newline sequence at `pos` (\n, \r\n or \r).
  const eatNewline = () => {
    if (src.charCodeAt(pos) === C_CR && src.charCodeAt(pos + 1) === C_NL) pos += 2;
    else pos += 1;
    line++;
    lineStart = pos;
  };

  const finishLogicalLine = (s: number, e: number) => {
    pushSimple(T.newline, s, e);
    lineHasTokens = false;
  };

  scan: while (true) {
    // ------------------------------------------------ indentation at the start of a logical line
    if (atLineStart) {
      atLineStart = false;
      let col = 0;
      let altcol = 0;
      let p = pos;
      for (;;) {
        const c = src.charCodeAt(p);
        if (c === C_SPACE) {
          col++;
          altcol++;
        } else if (c === C_TAB) {
          col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
          altcol++;
        } else if (c === C_FF) {
          col = altcol = 0;
        } else break;
        p++;
      }
      const c = src.charCodeAt(p);
      if (c === C_HASH || c === C_NL || c === C_CR || p >= len) {
        // Blank or comment-only line: no tokens, no indentation change.
        pos = p;
        if (c === C_HASH) while (pos < len && src.charCodeAt(pos) !== C_NL && src.charCodeAt(pos) !== C_CR) pos++;
        if (pos >= len) break scan;
        eatNewline();
        atLineStart = true;
        continue;
      }
      if (c === C_BACKSLASH && (src.charCodeAt(p + 1) === C_NL || src.charCodeAt(p + 1) === C_CR)) {
        // CPython treats a line that starts with a continuation as part of the indentation.
        pos = p;
      } else {
        pos = p;
        const top = indents[indents.length - 1];
        if (col === top) {
          if (altcol !== altIndents[altIndents.length - 1]) {
            fail('TabError', 'inconsistent use of tabs and spaces in indentation', line, 0, false);
            break scan;
          }
        } else if (col > top) {
          if (indents.length >= MAXINDENT) {
            fail('IndentationError', 'too many levels of indentation', line, p - lineStart, false);
            break scan;
          }
          if (altcol <= altIndents[altIndents.length - 1]) {
            fail('TabError', 'inconsistent use of tabs and spaces in indentation', line, 0, false);
            break scan;
          }
          indents.push(col);
          altIndents.push(altcol);
          pushSimple(T.indent, p, p);
        } else {
          while (indents.length > 1 && col < indents[indents.length - 1]) {
            indents.pop();
            altIndents.pop();
            pushSimple(T.dedent, p, p);
          }
          if (col !== indents[indents.length - 1]) {
            fail('IndentationError', 'unindent does not match any outer indentation level', line, lineLength(p) , false);
            break scan;
          }
          if (altcol !== altIndents[altIndents.length - 1]) {
            fail('TabError', 'inconsistent use of tabs and spaces in indentation', line, 0, false);
            break scan;
          }
        }
      }
    }

    // ------------------------------------------------ skip blanks and comments inside a line
    let c = src.charCodeAt(pos);
    while (c === C_SPACE || c === C_TAB || c === C_FF) c = src.charCodeAt(++pos);
    if (c === C_HASH) {
      while (pos < len && src.charCodeAt(pos) !== C_NL && src.charCodeAt(pos) !== C_CR) pos++;
      c = src.charCodeAt(pos);
    }

    if (pos >= len) break scan;

    if (c === C_NL || c === C_CR) {
      if (brackets.length > 0 || !lineHasTokens) {
        eatNewline();
        if (brackets.length === 0) atLineStart = true;
        continue;
      }
      const s = pos;
      const l = line;
      const sc = s - lineStart;
      eatNewline();
      push(T.newline, s, pos, l, sc, l, sc + 1);
      lineHasTokens = false;
      atLineStart = true;
      continue;
    }

    if (c === C_BACKSLASH) {
      const n = src.charCodeAt(pos + 1);
      if (n === C_NL || n === C_CR) {
        const bsLine = line;
        const bsCol = pos - lineStart;
        pos++;
        eatNewline();
        if (pos >= len) {
          fail('SyntaxError', 'unexpected EOF while parsing', bsLine, bsCol + 1, false);
          break scan;
        }
        continue;
      }
      if (pos + 1 >= len) {
        fail('SyntaxError', 'unexpected EOF while parsing', line, pos - lineStart + 1, false);
        break scan;
      }
      fail('SyntaxError', 'unexpected character after line continuation character', line, pos - lineStart + 1, false);
      break scan;
    }

    lineHasTokens = true;
    const s = pos;

    // ------------------------------------------------ names, keywords, string prefixes
    if (isPotentialIdStart(c)) {
      // String prefixes: any mix of r/b/u/f as CPython allows (checked in the builder).
      let p = pos;
      let q = c;
      let prefixLen = 0;
      while (prefixLen < 3 && (q === 114 || q === 82 || q === 98 || q === 66 || q === 117 || q === 85 || q === 102 || q === 70)) {
        p++;
        prefixLen++;
        q = src.charCodeAt(p);
      }
      if ((q === 34 || q === 39) && prefixLen > 0 && validPrefix(src.slice(pos, p))) {
        if (!scanString(p)) break scan;
        continue;
      }
      p = pos;
      let ascii = true;
      while (p < len) {
        const d = src.charCodeAt(p);
        if (isAsciiIdChar(d)) p++;
        else if (d >= 128) {
          ascii = false;
          p++;
        } else break;
      }
      if (!ascii) {
        // Validate the non-ASCII identifier with the Unicode ID properties (as CPython does).
        const text = src.slice(pos, p);
        let i = 0;
        for (const ch of text) {
          const ok = i === 0 ? ID_START.test(ch) : ID_CONTINUE.test(ch);
          if (!ok) {
            const cp = ch.codePointAt(0)!;
            const at = pos + i;
            if (NON_PRINTABLE.test(ch)) {
              fail('SyntaxError', `invalid non-printable character U+${hex4(cp)}`, line, at - lineStart, true);
            } else {
              fail('SyntaxError', `invalid character '${ch}' (U+${hex4(cp)})`, line, at - lineStart, true);
            }
            break scan;
          }
          i += ch.length;
        }
      }
      const word = src.slice(s, p);
      pos = p;
      let t = KEYWORDS.get(word);
      if (t === undefined) t = T.Name;
      else if (t === T.kw_not) {
        // `not in` is one comparison operator.
        const m = nextWordAt(src, p);
        if (m && m.word === 'in') {
          pos = m.end;
          pushSimple(T.notIn, s, pos);
          fixEnd();
          continue;
        }
      } else if (t === T.kw_is) {
        const m = nextWordAt(src, p);
        if (m && m.word === 'not') {
          pos = m.end;
          pushSimple(T.isNot, s, pos);
          fixEnd();
          continue;
        }
      }
      pushSimple(t, s, pos);
      continue;
    }

    // ------------------------------------------------ numbers
    if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(pos + 1)))) {
      if (!scanNumber()) break scan;
      continue;
    }

    // ------------------------------------------------ strings without prefix
    if (c === 34 || c === 39) {
      if (!scanString(pos)) break scan;
      continue;
    }

    // ------------------------------------------------ operators and brackets
    const ops = OPS_BY_CHAR[c];
    if (ops !== undefined) {
      let matched: [string, number] | null = null;
      for (const op of ops) {
        if (src.startsWith(op[0], pos)) {
          matched = op;
          break;
        }
      }
      if (matched) {
        const t = matched[1];
        const e = pos + matched[0].length;
        if (t === T.lparen || t === T.lbracket || t === T.lbrace) {
          if (brackets.length >= MAXLEVEL) {
            fail('SyntaxError', 'too many nested parentheses', line, pos - lineStart, true);
            break scan;
          }
          brackets.push({ ch: c, line, col: pos - lineStart });
        } else if (t === T.rparen || t === T.rbracket || t === T.rbrace) {
          const open = brackets.pop();
          if (!open) {
            fail('SyntaxError', `unmatched '${String.fromCharCode(c)}'`, line, pos - lineStart, true);
            break scan;
          }
          const want = open.ch === 40 ? 41 : open.ch === 91 ? 93 : 125;
          if (c !== want) {
            const msg =
              open.line !== line
                ? `closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open.ch)}' on line ${open.line}`
                : `closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open.ch)}'`;
            fail('SyntaxError', msg, line, pos - lineStart, true);
            break scan;
          }
        }
        pushSimple(t, pos, e);
        pos = e;
        continue;
      }
    }

    // ------------------------------------------------ anything else
    const cp = src.codePointAt(pos)!;
    const ch = String.fromCodePoint(cp);
    if (c < 128 && c !== 0 && c >= 32 && c !== 127) {
      // `$`, `?`, `!`, backtick: CPython makes an error token and lets the parser fail on it.
      pushSimple(T.errorToken, pos, pos + 1);
      pos += 1;
      continue;
    }
    if (c === 0) {
      fail('SyntaxError', 'source code cannot contain null bytes', line, pos - lineStart, true);
      break scan;
    }
    if (NON_PRINTABLE.test(ch)) {
      fail('SyntaxError', `invalid non-printable character U+${hex4(cp)}`, line, pos - lineStart, true);
    } else {
      fail('SyntaxError', `invalid character '${ch}' (U+${hex4(cp)})`, line, pos - lineStart, true);
    }
    break scan;
  }

  if (!out.error) {
    if (brackets.length === 0) {
      // CPython ends an unterminated last line with a NEWLINE, then closes every block.
      if (lineHasTokens) finishLogicalLine(len, len);
      const l = line;
      const c0 = len - lineStart;
      while (indents.length > 1) {
        indents.pop();
        push(T.dedent, len, len, l, c0, l, c0);
      }
    }
  }
  const l = line;
  const c0 = len - lineStart;
  const stop = out.error ? (n ? end[n - 1] : 0) : len;
  push(T.endmarker, stop, out.error ? stop : len, l, c0, l, c0);
  out.count = n;
  // Exact-length views, so reads past the last token give `undefined` as plain arrays did.
  out.type = type.subarray(0, n);
  out.start = start.subarray(0, n);
  out.end = end.subarray(0, n);
  out.line = tline.subarray(0, n);
  out.col = tcol.subarray(0, n);
  out.endLine = endLine.subarray(0, n);
  out.endCol = endCol.subarray(0, n);
  return out;

  // CPython reports a bad dedent at the end of the offending line.
  function lineLength(from: number): number {
    let e = from;
    while (e < len && src.charCodeAt(e) !== C_NL && src.charCodeAt(e) !== C_CR) e++;
    return e - lineStart;
  }

  // Tokens made of two words may span a line continuation: recompute their end position.
  function fixEnd() {
    const i = n - 1;
    const e = end[i];
    let l = tline[i];
    let ls = start[i] - tcol[i];
    for (let k = start[i]; k < e; k++) {
      const ch = src.charCodeAt(k);
      if (ch === C_NL || (ch === C_CR && src.charCodeAt(k + 1) !== C_NL)) {
        l++;
        ls = k + 1;
      }
    }
    endLine[i] = l;
    endCol[i] = e - ls;
    line = l;
    lineStart = ls;
  }

  function scanString(quotePos: number): boolean {
    const s = pos;
    const sLine = line;
    const sCol = s - lineStart;
    const q = src.charCodeAt(quotePos);
    let p = quotePos + 1;
    const triple = src.charCodeAt(p) === q && src.charCodeAt(p + 1) === q;
    if (triple) p += 2;
    for (;;) {
      if (p >= len) {
        if (triple) {
          fail('SyntaxError', `unterminated triple-quoted string literal (detected at line ${line})`, sLine, sCol, true);
        } else {
          fail('SyntaxError', `unterminated string literal (detected at line ${line})`, sLine, sCol, true);
        }
        return false;
      }
      const d = src.charCodeAt(p);
      if (d === q) {
        if (!triple) {
          p++;
          break;
        }
        if (src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) {
          p += 3;
          break;
        }
        p++;
      } else if (d === C_BACKSLASH) {
        p++;
        const e = src.charCodeAt(p);
        if (e === C_CR || e === C_NL) {
          pos = p;
          eatNewline();
          p = pos;
        } else if (p < len) p++;
      } else if (d === C_NL || d === C_CR) {
        if (!triple) {
          fail('SyntaxError', `unterminated string literal (detected at line ${line})`, sLine, sCol, true);
          return false;
        }
        pos = p;
        eatNewline();
        p = pos;
      } else p++;
    }
    pos = p;
    push(T.String, s, p, sLine, sCol, line, p - lineStart);
    return true;
  }

  function scanNumber(): boolean {
    const s = pos;
    let p = pos;
    let c = src.charCodeAt(p);
    const err = (msg: string, at: number) => {
      fail('SyntaxError', msg, line, at - lineStart, true);
      return false;
    };
    // Digits with single underscores between them; returns the position after them or -1.
    const digits = (isOk: (c: number) => boolean): number => {
      for (;;) {
        while (isOk(src.charCodeAt(p))) p++;
        if (src.charCodeAt(p) !== 95) return p;
        p++;
        if (!isOk(src.charCodeAt(p))) return -1; // p is after the `_`
      }
    };
    // CPython's verify_end_of_number: a number glued to a name is an error, except before
    // the keywords it deliberately allows (`1if x else y`).
    const endOk = (kind: string): boolean => {
      const d = src.charCodeAt(p);
      if (!isPotentialIdChar(d)) return true;
      const rest = src.slice(p, p + 6);
      for (const kw of ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or']) {
        if (rest.startsWith(kw)) return true;
      }
      err(`invalid ${kind} literal`, p - 1);
      return false;
    };
    if (c === 48) {
      p++;
      c = src.charCodeAt(p);
      if (c === 120 || c === 88) {
        p++;
        if (src.charCodeAt(p) === 95) p++;
        if (!isHex(src.charCodeAt(p))) return err('invalid hexadecimal literal', p - 1);
        if (digits(isHex) < 0) return err('invalid hexadecimal literal', p - 1);
        if (!endOk('hexadecimal')) return false;
      } else if (c === 111 || c === 79) {
        p++;
        if (src.charCodeAt(p) === 95) p++;
        const d = src.charCodeAt(p);
        if (!(d >= 48 && d <= 55)) {
          if (isDigit(d)) return err(`invalid digit '${String.fromCharCode(d)}' in octal literal`, p);
          return err('invalid octal literal', p - 1);
        }
        if (digits((x) => x >= 48 && x <= 55) < 0) return err('invalid octal literal', p - 1);
        if (isDigit(src.charCodeAt(p))) return err(`invalid digit '${src[p]}' in octal literal`, p);
        if (!endOk('octal')) return false;
      } else if (c === 98 || c === 66) {
        p++;
        if (src.charCodeAt(p) === 95) p++;
        const d = src.charCodeAt(p);
        if (!(d === 48 || d === 49)) {
          if (isDigit(d)) return err(`invalid digit '${String.fromCharCode(d)}' in binary literal`, p);
          return err('invalid binary literal', p - 1);
        }
        if (digits((x) => x === 48 || x === 49) < 0) return err('invalid binary literal', p - 1);
        if (isDigit(src.charCodeAt(p))) return err(`invalid digit '${src[p]}' in binary literal`, p);
        if (!endOk('binary')) return false;
      } else {
        // 0, 00, 0_0, or a float/imaginary starting with 0.
        p = s;
        if (digits(isDigit) < 0) return err('invalid decimal literal', p - 1);
        const intEnd = p;
        const nonzero = /[1-9]/.test(src.slice(s, intEnd));
        const d = src.charCodeAt(p);
        if (d === 46 || d === 101 || d === 69 || d === 106 || d === 74) {
          if (!fraction()) return false;
        } else if (nonzero) {
          return err('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', s);
        } else if (!endOk('decimal')) return false;
      }
    } else {
      if (c !== 46) {
        if (digits(isDigit) < 0) return err('invalid decimal literal', p - 1);
      }
      if (!fraction()) return false;
    }
    pushSimple(T.Number, s, p);
    pos = p;
    return true;

    function fraction(): boolean {
      let d = src.charCodeAt(p);
      if (d === 46) {
        p++;
        if (isDigit(src.charCodeAt(p)) && digits(isDigit) < 0) return err('invalid decimal literal', p - 1);
        d = src.charCodeAt(p);
      }
      if (d === 101 || d === 69) {
        const save = p;
        p++;
        d = src.charCodeAt(p);
        if (d === 43 || d === 45) {
          p++;
          d = src.charCodeAt(p);
          if (!isDigit(d)) return err('invalid decimal literal', p - 1);
        } else if (!isDigit(d)) {
          // `1else`: the `e` belongs to a keyword.
          p = save;
          return endOk('decimal');
        }
        if (digits(isDigit) < 0) return err('invalid decimal literal', p - 1);
        d = src.charCodeAt(p);
      }
      if (d === 106 || d === 74) {
        p++;
        return endOk('imaginary');
      }
      return endOk('decimal');
    }
  }
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

function validPrefix(p: string): boolean {
  const l = p.toLowerCase();
  return (
    l === 'r' || l === 'u' || l === 'b' || l === 'f' || l === 'br' || l === 'rb' || l === 'fr' || l === 'rf'
  );
}

// The next word after `p`, skipping blanks and line continuations (never newlines or comments).
function nextWordAt(src: string, p: number): { word: string; end: number } | null {
  let q = p;
  for (;;) {
    const c = src.charCodeAt(q);
    if (c === C_SPACE || c === C_TAB || c === C_FF) q++;
    else if (c === C_BACKSLASH && (src.charCodeAt(q + 1) === C_NL || src.charCodeAt(q + 1) === C_CR)) {
      q += src.charCodeAt(q + 1) === C_CR && src.charCodeAt(q + 2) === C_NL ? 3 : 2;
    } else break;
  }
  if (q === p && !(src.charCodeAt(q) === 40)) {
    // Words must be separated (`notin` is a name); but `is(` etc. cannot start a word anyway.
    if (isAsciiIdChar(src.charCodeAt(q))) return null;
  }
  let e = q;
  while (isAsciiIdChar(src.charCodeAt(e))) e++;
  if (e === q) return null;
  if (src.charCodeAt(e) >= 128) return null;
  return { word: src.slice(q, e), end: e };
}

// Tokens that can start a `match` subject. `match` is a soft keyword: it opens a match
// statement only when the logical line reads `match <subject> ... :`.
const SUBJECT_START = new Set([
  T.Name, T.Number, T.String, T.True, T.False, T.None, T.lparen, T.lbracket, T.lbrace, T.addOp,
  T.tilde, T.star, T.kw_not, T.kw_await, T.kw_lambda, T.ellipsis,
]);

export function refineTokens(toks: Tokens): void {
  const { type, start, end, source } = toks;
  const n = toks.count;
  let lineStartTok = true;
  for (let i = 0; i < n; i++) {
    const t = type[i];
    if (t === T.newline || t === T.indent || t === T.dedent) {
      lineStartTok = true;
      continue;
    }
    if (lineStartTok && t === T.Name && end[i] - start[i] === 5 && source.startsWith('match', start[i])) {
      if (i + 1 < n && SUBJECT_START.has(type[i + 1])) {
        let j = i + 1;
        while (j < n && type[j] !== T.newline && type[j] !== T.endmarker) j++;
        if (type[j - 1] === T.colon) type[i] = T.kw_match;
      }
    }
    // An `if` inside an expression is a conditional expression when its `else` follows at the
    // same bracket depth; otherwise it is a comprehension `if` or a case guard.
    if (t === T.kw_if && !lineStartTok) {
      let depth = 0;
      let ternary = false;
      for (let j = i + 1; j < n; j++) {
        const u = type[j];
        if (u === T.lparen || u === T.lbracket || u === T.lbrace) depth++;
        else if (u === T.rparen || u === T.rbracket || u === T.rbrace) {
          if (depth-- === 0) break;
        } else if (depth === 0) {
          if (u === T.kw_else) {
            ternary = true;
            break;
          }
          if (STOP_TERNARY.has(u)) break;
        }
      }
      if (!ternary) type[i] = T.ifClause;
    }
    lineStartTok = false;
  }
}

const STOP_TERNARY = new Set([
  T.kw_for, T.kw_if, T.kw_async, T.comma, T.colon, T.newline, T.endmarker, T.semi, T.assign, T.walrus,
  T.augOp, T.kw_lambda,
]);
