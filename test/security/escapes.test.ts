// Sandbox escape attempts (escapes.py.txt): each program must end with exactly the stated
// Python result. No attempt may print a JS object, reach a JS global, or die with a JS error.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch, type BatchResult } from '../../src/testing/batch';
import { distUrl } from '../dist';

interface Attempt {
  group: string;
  name: string;
  source: string;
  out: string[];
  error: string | null;
}

function readAttempts(): Attempt[] {
  const text = readFileSync(new URL('./escapes.py.txt', import.meta.url), 'utf8');
  return text
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const [head, ...body] = section.split('\n');
      const [group, name] = head.split(':').map((s) => s.trim());
      const prog = body.filter((l) => !l.startsWith('-> '));
      const exp = body.filter((l) => l.startsWith('-> ')).map((l) => l.slice(3));
      const error = exp.find((e) => e.startsWith('error: '));
      return {
        group,
        name,
        source: prog.join('\n').trim() + '\n',
        out: exp.filter((e) => e.startsWith('out: ')).map((e) => e.slice(5)),
        error: error ? error.slice(7) : null,
      };
    });
}

const attempts = readAttempts();
const results = new Map<string, BatchResult>();
const dir = mkdtempSync(join(tmpdir(), 'edgepy-escapes-'));

beforeAll(async () => {
  const jobs = attempts.map((a, i) => {
    const file = join(dir, `attempt${i}.py`);
    writeFileSync(file, a.source);
    return { id: String(i), file, displayRoot: dir, clock: 'virtual' as const };
  });
  const r = await runBatch(jobs, { workerUrl: distUrl('worker.js'), runtimeImport: distUrl('runtime.js'), timeoutMs: 10_000 });
  for (const [k, v] of r) results.set(k, v);
  rmSync(dir, { recursive: true, force: true });
}, 300_000);

describe('sandbox escape attempts', () => {
  it('has at least 100 attempts', () => expect(attempts.length).toBeGreaterThanOrEqual(100));
  attempts.forEach((a, i) => {
    it(`${a.group}: ${a.name}`, () => {
      const r = results.get(String(i))!;
      const stdout = r.stdout.split('\n');
      if (stdout[stdout.length - 1] === '') stdout.pop();
      expect(stdout, r.stderr).toEqual(a.out);
      // Never a JS error text leaking through.
      expect(r.stderr).not.toMatch(/at .*\.m?js:\d+|\[object |undefined is not|Cannot read prop/);
      if (a.error === null) {
        expect(r.exitCode, r.stderr).toBe(0);
      } else {
        const last = r.stderr.trim().split('\n').pop() ?? '';
        expect(r.exitCode).toBe(1);
        expect(last.startsWith(a.error), `stderr: ${r.stderr}`).toBe(true);
      }
    });
  });
});
