// Compiles a Python program and runs it end to end on the real runtime (imported from source
// through Vitest), capturing stdout/stderr and the exit code like the CLI would.
import { compile, type CompileOptions } from '../../src/compile';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

const RUNTIME = resolve(__dirname, '../../runtime/index.ts');
const dir = mkdtempSync(join(tmpdir(), 'edgepy-compiler-'));
let counter = 0;

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export async function runPy(source: string, filename = 'main.py', options: CompileOptions = {}): Promise<RunResult> {
  const r = compile(source, { filename, moduleName: '__main__', runtimeImport: RUNTIME, ...options });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((d) => `${d.kind}: ${d.message} (line ${d.line})`).join('\n'));
  const file = join(dir, `m${counter++}.mjs`);
  writeFileSync(file, r.code);
  const mod = await import(/* @vite-ignore */ file);
  let stdout = '';
  let stderr = '';
  const res = await mod.default.exec({
    print: (s: string) => (stdout += s),
    stderr: (s: string) => (stderr += s),
    clock: 'virtual',
  });
  return { stdout, stderr, exitCode: res.exitCode };
}

/** CPython 3.11's output for the same program (the reference, never our own output). */
export function runCPython(file: string): RunResult {
  try {
    const stdout = execFileSync('python3', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { stdout, stderr: '', exitCode: 0 };
  } catch (e: any) {
    return { stdout: e.stdout ?? '', stderr: e.stderr ?? '', exitCode: e.status ?? 1 };
  }
}

/** CPython 3.11 marks error positions under source lines (`~~^~~`); compare without them. */
export function withoutCarets(tb: string): string {
  return tb
    .split('\n')
    .filter((l) => !/^\s*[~^]+\s*$/.test(l))
    .join('\n');
}
