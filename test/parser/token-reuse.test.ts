// The tokenizer lends the columns of a finished parse to the next one (tokenizer.ts,
// releaseTokens). A parse that gets columns full of another file's tokens, or runs a nested
// parse (f-string fields, the prefix of an error) while its own are in use, must build exactly
// the same AST and errors as one that got fresh columns.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from '../../src/parser/index';
import { here } from './helpers';

const small = 'x = f"{a!r:>{width}} {b + 1}"\nif x:\n    y = [i for i in range(3) if i]\n';
const bad = 'def f():\n    return f"{a b}"\nx = (\n';

describe('token columns reused between parses', () => {
  it('gives the same AST and errors after a larger file and after an error', () => {
    const first = JSON.stringify(parse(small, 's.py'));
    const firstBad = JSON.stringify(parse(bad, 'b.py'));
    const big = readFileSync(resolve(here, 'corpus', 'syntax_all.py'), 'utf8');
    const bigFirst = JSON.stringify(parse(big, 'big.py'));
    expect(JSON.stringify(parse(small, 's.py'))).toBe(first);
    expect(JSON.stringify(parse(bad, 'b.py'))).toBe(firstBad);
    expect(JSON.stringify(parse(big, 'big.py'))).toBe(bigFirst);
    expect(JSON.stringify(parse(small, 's.py'))).toBe(first);
    expect(JSON.parse(first).diagnostics).toEqual([]);
    expect(JSON.parse(firstBad).diagnostics.length).toBe(1);
  });
});
