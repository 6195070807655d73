// Shared helpers for the parser tests.
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

export const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * The conformance corpus, from the repository's own copy (test/conformance/corpus, copied from
 * ../shared/conformance with its license) so the suite runs in a clean clone with nothing beside it.
 */
export function sharedPath(...parts: string[]): string {
  const p = parts[0] === 'conformance'
    ? resolve(repoRoot, 'test', 'conformance', 'corpus', ...parts.slice(1))
    : resolve(repoRoot, '..', 'shared', ...parts);
  if (!existsSync(p)) throw new Error(`missing shared file ${p}`);
  return p;
}

export function sha16(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}
