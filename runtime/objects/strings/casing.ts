// Case conversions with Python's per-character rules (title, capitalize, swapcase, casefold).
import { isCasedChar, isUpperChar, isLowerChar } from './chars';

/** Title case of one character (JS has no titlecase mapping; upper is right except digraphs). */
const TITLE_DIGRAPHS: Record<string, string> = {
  '\u01c4': '\u01c5', '\u01c5': '\u01c5', '\u01c6': '\u01c5',
  '\u01c7': '\u01c8', '\u01c8': '\u01c8', '\u01c9': '\u01c8',
  '\u01ca': '\u01cb', '\u01cb': '\u01cb', '\u01cc': '\u01cb',
  '\u01f1': '\u01f2', '\u01f2': '\u01f2', '\u01f3': '\u01f2',
};
const TITLECASE = /^\p{Lt}$/u;

export function titleChar(ch: string): string {
  if (ch.length === 1) {
    // ASCII: no digraphs or ligatures, and no case mapping call (capitalize() per word)
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : ch;
  }
  const t = TITLE_DIGRAPHS[ch];
  if (t !== undefined) return t;
  const c = ch.codePointAt(0)!;
  // Georgian Mkhedruli letters are their own title case (Mtavruli is only their upper case)
  if (c >= 0x10d0 && c <= 0x10ff) return ch;
  const u = ch.toUpperCase();
  // Greek with ypogegrammeni (ᾳ, ᾀ, ᾲ): upper case spells the iota out (ΑΙ), title case keeps it
  // subscript (ᾼ); composed when the base is one character, as in SpecialCasing.txt
  if (c >= 0x1f80 && c <= 0x1ffc && u.length > 1 && u.endsWith('\u0399')) {
    if (TITLECASE.test(ch)) return ch;
    const base = u.slice(0, -1);
    return base.length === 1 ? (base + '\u0345').normalize('NFC') : base + '\u0345';
  }
  // Ligatures such as 'ﬁ' title-case to 'Fi', not 'FI'.
  // ('ŉ' → 'ʼN' keeps its upper case: its first character is not a cased letter)
  return u.length > 1 && [...u].length > 1 && isCasedChar(u[0]) ? u[0] + u.slice(1).toLowerCase() : u;
}

// CPython lowers a capital sigma to final 'ς' when a cased letter precedes it and none follows
// (case-ignorable characters such as accents and apostrophes skipped), in title(),
// capitalize() and swapcase() as in lower(); the context is the whole original string.
const SIGMA = '\u03a3';
const CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;

function isFinalSigma(cps: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(cps[j])) j--;
  if (j < 0 || !isCasedChar(cps[j])) return false;
  j = i + 1;
  while (j < cps.length && CASE_IGNORABLE.test(cps[j])) j++;
  return j === cps.length || !isCasedChar(cps[j]);
}

/** Lower case of code point i of cps (sigma by its context). */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i];
  return ch === SIGMA ? (isFinalSigma(cps, i) ? '\u03c2' : '\u03c3') : ch.toLowerCase();
}

export function strTitle(s: string): string {
  let out = '';
  let prevCased = false;
  if (s.includes(SIGMA)) {
    const cps = [...s];
    for (let i = 0; i < cps.length; i++) {
      const ch = cps[i];
      const cased = isCasedChar(ch);
      out += cased ? (prevCased ? lowerAt(cps, i) : titleChar(ch)) : ch;
      prevCased = cased;
    }
    return out;
  }
  for (const ch of s) {
    const cased = isCasedChar(ch);
    out += cased ? (prevCased ? ch.toLowerCase() : titleChar(ch)) : ch;
    prevCased = cased;
  }
  return out;
}

export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  if (s.includes(SIGMA, first.length)) {
    const cps = [...s];
    let out = titleChar(first);
    for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
    return out;
  }
  return titleChar(first) + s.slice(first.length).toLowerCase();
}

export function strSwapcase(s: string): string {
  let out = '';
  const cps = s.includes(SIGMA) ? [...s] : null;
  let i = -1;
  for (const ch of s) {
    i++;
    // titlecase letters (ǅ) are neither upper nor lower for CPython: left as they are
    if (TITLECASE.test(ch)) out += ch;
    else if (isUpperChar(ch)) out += cps !== null ? lowerAt(cps, i) : ch.toLowerCase();
    else if (isLowerChar(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

// Full case folding (CaseFolding.txt C+F) per character: lower(upper(lower(c))) spells out what
// upper case expands (ß→ss, ﬁ→fi, ŉ→ʼn, ᾳ→αι, ς→σ); Cherokee folds to its upper case and
// dotless ı folds to itself. Checked against CPython for every code point.
const ASCII = /^[\x00-\x7f]*$/;

export function strCasefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x13a0 && c <= 0x13fd) || (c >= 0xab70 && c <= 0xabbf)) out += ch.toUpperCase();
    else if (c === 0x131) out += ch;
    else out += ch.toLowerCase().toUpperCase().toLowerCase();
  }
  return out;
}

export function strIsTitle(s: string): boolean {
  let cased = false, prevCased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || (isCasedChar(ch) && !isLowerChar(ch))) {
      if (prevCased) return false;
      prevCased = true; cased = true;
    } else if (isLowerChar(ch)) {
      if (!prevCased) return false;
      prevCased = true; cased = true;
    } else prevCased = false;
  }
  return cased;
}
