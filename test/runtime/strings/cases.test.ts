// Strings and formatting against CPython: every case in cases.json was produced by python3
// (../numbers/cases_gen.py).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as S from '../../../runtime/objects/strings';
import { lt } from '../../../runtime/objects/numbers';
import { PyTuple } from '../../../runtime/objects/containers/list';
import { PyDict } from '../../../runtime/objects/containers/dict';
import { check, Case } from '../numbers/harness';

const cases: Case[] = JSON.parse(readFileSync(fileURLToPath(new URL('./cases.json', import.meta.url)), 'utf8'));

function run(c: Case, a: any[]): any {
  switch (c.kind) {
    case 'format': return S.formatValue(a[0], a[1]);
    case 'percent': return S.percentFormat(a[0], a[1]);
    case 'strformat': return S.strFormat(a[0], (a[1] as PyTuple).items, (a[2] as PyDict).size ? a[2] : null);
    case 'method': return S.strMethods[c.method!](a[0], ...a.slice(1));
    case 'repr': return S.strRepr(a[0]);
    case 'len': return S.strLen(a[0]);
    case 'slice': return S.strSlice(a[0], a[1], a[2], a[3]);
    case 'getitem': return S.strGetItem(a[0], a[1]);
    case 'lt': return lt(a[0], a[1]);
  }
  throw new Error('unknown kind ' + c.kind);
}

describe('strings vs CPython case table', () => {
  const kinds = [...new Set(cases.map((c) => c.kind))];
  for (const kind of kinds) {
    it(`${kind} (${cases.filter((c) => c.kind === kind).length} cases)`, () => {
      const bad = check(cases.filter((c) => c.kind === kind), run);
      expect(bad.slice(0, 200)).toEqual([]);
    });
  }
});
