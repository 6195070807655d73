// %-formatting pads to a width counted in code points, as CPython does: an astral character
// (two UTF-16 units in JS) is one. Expected values printed by python3.
import { describe, it, expect } from 'vitest';
import '../../../runtime/objects/index';
import { percentFormat } from '../../../runtime/objects/strings/percent';

describe('% width counts code points', () => {
  it('pads astral characters like CPython', () => {
    expect(percentFormat('%-6s|', '\u{1F600}!')).toBe('\u{1F600}!    |');
    expect(percentFormat('%6s|', '\u{1F600}')).toBe('     \u{1F600}|');
    expect(percentFormat('%-3s|', 'ab')).toBe('ab |');
    expect(percentFormat('%.1s|', '\u{1F600}x')).toBe('\u{1F600}|');
  });
});
