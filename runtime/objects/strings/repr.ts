// repr(str) with CPython's quoting and escaping rules (Objects/unicodeobject.c unicode_repr),
// and hash(str).
import { isPrintableChar } from './chars';

const SIMPLE = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/; // printable ASCII except ' and \

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

export function strRepr(s: string): string {
  if (SIMPLE.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    let ch = s[i];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000; ch = s.slice(i, i + 2); i++; }
    }
    if (c === 0x5c) out += '\\\\';
    else if (ch === quote) out += '\\' + quote;
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (isPrintableChar(ch) && !(c >= 0xd800 && c <= 0xdfff)) out += ch;
    else if (c < 0x100) out += '\\x' + hex(c, 2);
    else if (c < 0x10000) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out + quote;
}

/** ascii(str): repr with every non-ASCII character escaped. */
export function strAscii(s: string): string {
  return asciiEscape(strRepr(s));
}

/** Escapes every non-ASCII character of a repr() text (for ascii() and %a / !a). */
export function asciiEscape(r: string): string {
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + hex(c, 2);
    else if (c < 0x10000) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out;
}

/**
 * hash(str). CPython randomises string hashes per process (SipHash with a random key), so no
 * particular value is observable; we use a deterministic FNV-1a over UTF-16 code units,
 * as a non-negative 32-bit number (never -1).
 */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
