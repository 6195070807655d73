// Compiles a Python source with the built compiler (dist/) and runs it in this process with
// the given run options (limits, host modules), capturing stdout and the traceback.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distUrl } from '../dist';

const dir = mkdtempSync(join(tmpdir(), 'edgepy-sandbox-'));
let seq = 0;

export interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** the last line of the traceback: `Type: message` */
  error: string | null;
}

/** Imports the compiled program for `source`. */
export async function load(source: string, filename = 'main.py', hostModules: string[] = [], moduleName?: string): Promise<any> {
  const { compile } = await import(distUrl('index.js'));
  const r = compile(source, { filename, runtimeImport: distUrl('runtime.js'), hostModules, moduleName });
  const errors = r.diagnostics.filter((d: any) => d.severity === 'error');
  if (errors.length) throw new Error(`does not compile: ${errors.map((d: any) => d.message).join('; ')}`);
  const file = join(dir, `p${seq++}.mjs`);
  writeFileSync(file, r.code);
  return (await import(pathToFileURL(file).href)).default;
}

export async function runPy(source: string, options: Record<string, any> = {}): Promise<Outcome> {
  const program = await load(source, 'main.py', Object.keys(options.modules ?? {}));
  let stdout = '';
  let stderr = '';
  const r = await program.exec({
    clock: 'virtual',
    input: [],
    ...options,
    print: (s: string) => (stdout += s),
    stderr: (s: string) => (stderr += s),
  });
  const lines = stderr.trimEnd().split('\n');
  return { stdout, stderr, exitCode: r.exitCode, error: r.exitCode === 0 ? null : lines[lines.length - 1] };
}
