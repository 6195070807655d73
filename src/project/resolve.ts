// Where a Python import points on disk. Resolution is relative to the importing file, the way a
// script's own directory comes first on CPython's sys.path:
//   import util            -> <dir>/util.py or <dir>/util/__init__.py
//   from pkg.mod import f  -> <dir>/pkg/mod.py
//   from . import x        -> relative to the importing file's package (level dots)
//   from "./lib/x.py" ...  -> Edge's quoted spec: a path relative to the importing file
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Absolute path of the `.py` file an import names, or null when it is not a file module. */
export function resolvePyImport(fromFile: string, spec: string, quoted: boolean, level: number, rootDir: string): string | null {
  const here = dirname(fromFile);
  if (quoted) {
    const p = resolve(here, spec);
    return isFile(p) ? p : null;
  }
  let base: string;
  if (level > 0) {
    base = here;
    for (let i = 1; i < level; i++) base = dirname(base);
  } else {
    // Absolute imports: the importing file's directory, then the entry's directory.
    const fromHere = lookup(here, spec);
    if (fromHere || here === rootDir) return fromHere;
    return lookup(rootDir, spec);
  }
  return spec ? lookup(base, spec) : packageInit(base);
}

function lookup(base: string, dotted: string): string | null {
  const parts = dotted.split('.');
  const stem = join(base, ...parts);
  if (isFile(stem + '.py')) return stem + '.py';
  return packageInit(stem);
}

function packageInit(dir: string): string | null {
  const init = join(dir, '__init__.py');
  return existsSync(init) && isFile(init) ? init : null;
}

/** The Python module name (`__name__`) of a file relative to the program's root directory. */
export function moduleNameFor(file: string, rootDir: string): string {
  const rel = file.startsWith(rootDir + '/') ? file.slice(rootDir.length + 1) : file.replace(/^.*\//, '');
  return rel.replace(/\/__init__\.py$/, '').replace(/\.py$/, '').split('/').join('.');
}
