// Decoding of number and string literal tokens into `ConstValue`s (CPython's rules).

import type { ConstValue } from '../ast/nodes';

export function decodeNumber(text: string): ConstValue {
  const t = text.replace(/_/g, '');
  const last = t.charCodeAt(t.length - 1);
  if (last === 106 || last === 74) return { kind: 'complex', value: Number(t.slice(0, -1)) };
  const c1 = t.charCodeAt(1);
  if (t.length > 1 && t.charCodeAt(0) === 48 && (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66)) {
    return { kind: 'int', value: BigInt(t.toLowerCase()).toString() };
  }
  if (/^[0-9]+$/.test(t)) {
    const digits = t.replace(/^0+(?=\d)/, '');
    return { kind: 'int', value: digits };
  }
  return { kind: 'float', value: Number(t) };
}

export interface StringParts {
  prefix: string; // lower-cased
  quoteLen: number; // 1 or 3
  body: string; // raw text between the quotes
  bodyOffset: number; // offset of `body` in the token text
}

export function splitString(text: string): StringParts {
  let i = 0;
  while (text[i] !== '"' && text[i] !== "'") i++;
  const prefix = text.slice(0, i).toLowerCase();
  const q = text[i];
  const triple = text.length - i >= 6 && text[i + 1] === q && text[i + 2] === q;
  const quoteLen = triple ? 3 : 1;
  return { prefix, quoteLen, body: text.slice(i + quoteLen, text.length - quoteLen), bodyOffset: i + quoteLen };
}

// A few `\N{...}` names; JS has no Unicode name table. Unknown names are an error, as CPython
// reports for names it does not know.
const UNICODE_NAMES: Record<string, number> = {
  'BULLET': 0x2022,
  'EM DASH': 0x2014,
  'EN DASH': 0x2013,
  'NO-BREAK SPACE': 0xa0,
  'SPACE': 0x20,
  'DEGREE SIGN': 0xb0,
  'GREEK SMALL LETTER ALPHA': 0x3b1,
  'GREEK SMALL LETTER PI': 0x3c0,
  'HORIZONTAL ELLIPSIS': 0x2026,
  'COPYRIGHT SIGN': 0xa9,
  'EURO SIGN': 0x20ac,
  'SNOWMAN': 0x2603,
  'CHECK MARK': 0x2713,
  'BLACK STAR': 0x2605,
  'WHITE SMILING FACE': 0x263a,
  'LATIN SMALL LETTER E WITH ACUTE': 0xe9,
  'NULL': 0,
  'LINE FEED': 10,
  'CHARACTER TABULATION': 9,
  'HEAVY BLACK HEART': 0x2764,
  'GRINNING FACE': 0x1f600,
  'THUMBS UP SIGN': 0x1f44d,
  'RIGHTWARDS ARROW': 0x2192,
  'MULTIPLICATION SIGN': 0xd7,
};

export class EscapeError extends Error {
  constructor(
    message: string,
    readonly offset: number, // offset of the bad escape within the decoded body
  ) {
    super(message);
  }
}

/**
 * Decodes backslash escapes of a (non-raw) str or bytes body. For bytes, returns a string of
 * chars 0-255. Throws EscapeError with CPython's "(unicode error)"/"(value error)" message.
 */
export function decodeEscapes(body: string, isBytes: boolean): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) {
      // Cannot happen for a complete token (the quote would be escaped); keep it literal.
      out += '\\';
      break;
    }
    const e = body[i++];
    switch (e) {
      case '\n':
        break;
      case '\r':
        if (body[i] === '\n') i++;
        break;
      case '\\':
        out += '\\';
        break;
      case "'":
        out += "'";
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\x07';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        let v = e.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++) v = v * 8 + body.charCodeAt(i++) - 48;
        if (isBytes) v &= 0xff;
        out += String.fromCodePoint(v);
        break;
      }
      case 'x': {
        const h = body.slice(i, i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) {
          throw new EscapeError(
            isBytes
              ? `(value error) invalid \\x escape at position ${start}`
              : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${start + 1 + h.replace(/[^0-9a-fA-F].*$/, '').length}: truncated \\xXX escape`,
            start,
          );
        }
        out += String.fromCharCode(parseInt(h, 16));
        i += 2;
        break;
      }
      case 'u':
      case 'U':
        if (isBytes) {
          out += '\\' + e;
          break;
        } else {
          const len = e === 'u' ? 4 : 8;
          const h = body.slice(i, i + len);
          if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(h)) {
            const good = h.replace(/[^0-9a-fA-F].*$/, '').length;
            throw new EscapeError(
              `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${start + 1 + good}: truncated \\${e === 'u' ? 'uXXXX' : 'UXXXXXXXX'} escape`,
              start,
            );
          }
          const v = parseInt(h, 16);
          if (v > 0x10ffff) {
            throw new EscapeError(
              `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${start + 1 + len}: illegal Unicode character`,
              start,
            );
          }
          out += String.fromCodePoint(v);
          i += len;
          break;
        }
      case 'N':
        if (isBytes) {
          out += '\\N';
          break;
        } else {
          const m = /^\{([^}]*)\}/.exec(body.slice(i));
          const cp = m && Object.hasOwn(UNICODE_NAMES, m[1].toUpperCase()) ? UNICODE_NAMES[m[1].toUpperCase()] : undefined;
          if (!m || cp === undefined) {
            const endPos = m ? start + 1 + m[0].length : start + 1;
            throw new EscapeError(
              `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${endPos}: ${m ? 'unknown Unicode character name' : 'malformed \\N character escape'}`,
              start,
            );
          }
          out += String.fromCodePoint(cp);
          i += m[0].length;
          break;
        }
      default:
        // Unknown escapes keep their backslash (CPython only warns).
        out += '\\' + e;
    }
  }
  return out;
}
