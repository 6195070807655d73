// The line diff printed for a failing snapshot (src/testing/diff.ts).
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/testing/diff';

describe('unifiedDiff', () => {
  it('marks expected lines with - before actual ones with +, with context', () => {
    const d = unifiedDiff('a\nb\nc\nd\n', 'a\nB\nc\nd\n');
    expect(d.split('\n')).toEqual(['--- expected', '+++ actual', '  a', '- b', '+ B', '  c', '  d']);
  });

  it('elides unchanged runs longer than the context', () => {
    const many = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const changed = [...many];
    changed[10] = 'changed';
    const d = unifiedDiff(many.join('\n') + '\n', changed.join('\n') + '\n').split('\n');
    expect(d).toEqual(['--- expected', '+++ actual', '  ...', '  line 8', '  line 9', '- line 10', '+ changed', '  line 11', '  line 12', '  ...']);
  });

  it('shows a missing final newline instead of an empty diff', () => {
    const d = unifiedDiff('a\n', 'a');
    expect(d).toContain('- a');
    expect(d).toContain('+ a \\ (no newline at end)');
  });

  it('an empty side is all additions or all deletions', () => {
    expect(unifiedDiff('', 'x\n').split('\n')).toEqual(['--- expected', '+++ actual', '+ x']);
    expect(unifiedDiff('x\n', '').split('\n')).toEqual(['--- expected', '+++ actual', '- x']);
  });
});
