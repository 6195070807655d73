// str.replace through replaceAll (a `$` in the replacement is literal, not a JS pattern) and the
// ASCII path of capitalize/title. Expected values printed by python3.
import { describe, it, expect } from 'vitest';
import '../../../runtime/objects/index';
import * as S from '../../../runtime/objects/strings';

const M = S.strMethods;

describe('str.replace', () => {
  it('keeps $ in the replacement literal', () => {
    expect(M.replace('a$b a', 'a', '$&')).toBe('$&$b $&');
    expect(M.replace('xax', 'a', "$'")).toBe("x$'x");
    expect(M.replace('aaa', 'a', '$$')).toBe('$$$$$$');
    expect(M.replace('banana', 'an', 'AN')).toBe('bANANa');
    expect(M.replace('banana', 'an', 'AN', 1)).toBe('bANana');
  });
});

describe('capitalize and title', () => {
  it('ASCII and beyond', () => {
    expect(M.capitalize('hello world')).toBe('Hello world');
    expect(M.capitalize('\ufb01sh')).toBe('Fish'); // 'ﬁsh'.capitalize()
    expect(M.capitalize('\u01c6emal')).toBe('\u01c5emal'); // 'ǆemal' → 'ǅemal'
    expect(M.capitalize('1abc')).toBe('1abc');
    expect(M.capitalize('\u00e9T\u00c9')).toBe('\u00c9t\u00e9'); // 'éTÉ' → 'Été'
    expect(M.title('zZ')).toBe('Zz');
  });
});
