// Checks shared by the commands that take a .py file: one clear line and exit 2 when the path
// is missing, a directory, or not a file.
import { existsSync, statSync } from 'node:fs';
import { UsageError } from './args';

export function requirePyFile(path: string | undefined, command: string): string {
  if (!path) throw new UsageError(`${command}: missing FILE.py`);
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UsageError(`${command}: no such file: ${path}`);
  }
  if (st.isDirectory()) throw new UsageError(`${command}: ${path} is a directory, expected a .py file`);
  if (!st.isFile()) throw new UsageError(`${command}: ${path} is not a regular file`);
  return path;
}

/** The runtime compiled programs import when the CLI runs them: dist/runtime.js beside dist/cli.js. */
export function runtimeUrl(): string {
  // The CLI code may sit in dist/ or in a shared chunk under dist/chunks/.
  for (const rel of ['./runtime.js', '../runtime.js']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(url)) return url.href;
  }
  throw new Error('edgepy runtime not found next to the CLI (is dist/ built? run `npm run build`)');
}
