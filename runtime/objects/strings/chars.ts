// Character classes with Python's definitions (str.isspace etc.), on code points.

/** Python's str.isspace() for one code point (Unicode White_Space per CPython's table). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** str.strip() with no argument (Python whitespace, not JS trim's set). */
export function stripWs(s: string, left = true, right = true): string {
  let i = 0, j = s.length;
  if (left) while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
  if (right) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

const reLetter = /^\p{L}$/u;
const reAlnum = /^[\p{L}\p{Nd}\p{Nl}\p{No}]$/u;
const reDecimal = /^\p{Nd}$/u;
const reDigit = /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{1f100}-\u{1f10a}]$/u;
const reNumeric = /^[\p{Nd}\p{Nl}\p{No}\u3007\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u516b\u516d\u5341\u5343\u5344\u5345\u5efe\u5eff\u5f0c-\u5f0e\u5f10\u62fe\u634c\u67d2\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6]$/u;
const reUpper = /^[\p{Lu}\p{Lt}]$/u;
const rePrintable = /^[^\p{C}\p{Z}]$/u;

export function isAlphaChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return reLetter.test(ch);
}
export function isAlnumChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return reAlnum.test(ch);
}
export function isDecimalChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return reDecimal.test(ch);
}
export function isDigitChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return reDigit.test(ch);
}
export function isNumericChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return reNumeric.test(ch);
}
/** Cased characters: those that change under upper() or lower(), or are titlecase. */
export function isCasedChar(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase() || reUpper.test(ch);
}
export function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() || (reUpper.test(ch) && ch === ch.toUpperCase());
}
export function isLowerChar(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
/** str.isprintable() for one character (Python: not in categories C* or Z*, except space). */
export function isPrintableChar(ch: string): boolean {
  if (ch === ' ') return true;
  const c = ch.charCodeAt(0);
  if (c < 128) return c > 0x20 && c < 0x7f;
  return rePrintable.test(ch);
}
