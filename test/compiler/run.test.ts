// End to end: every program in cases/ is compiled, run on the runtime, and its stdout, stderr
// (tracebacks) and exit code compared with CPython 3.11 running the same file.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPy, runCPython, withoutCarets } from './runner';

const CASES = join(__dirname, 'cases');

describe('compiled programs behave like CPython', () => {
  for (const name of readdirSync(CASES).filter((f) => f.endsWith('.py')).sort()) {
    it(name, async () => {
      const file = join(CASES, name);
      const expected = runCPython(file);
      const got = await runPy(readFileSync(file, 'utf8'), name);
      expect(got.stdout).toBe(expected.stdout);
      expect(withoutCarets(got.stderr)).toBe(withoutCarets(expected.stderr.replaceAll(`File "${file}"`, `File "${name}"`)));
      expect(got.exitCode).toBe(expected.exitCode);
    });
  }
});
