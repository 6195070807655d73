// Which .py files of a snapshot suite are helper modules rather than programs: a file another
// .py of the suite imports (`import util`, `from pkg.mod import f`, `from . import x`, Edge's
// quoted specs) is a module of a multi-module program, so `edgepy test` neither expects a
// snapshot for it nor writes one with --update (unless it already has one).
import { dirname } from 'node:path';
import { parse } from '../parser/index';
import { importsOf } from '../compile';
import { readPySource } from '../project/source';
import { resolvePyImport } from '../project/resolve';

export function importedBy(files: readonly string[]): Set<string> {
  const imported = new Set<string>();
  for (const file of files) {
    let source: string;
    try {
      source = readPySource(file);
    } catch {
      continue; // unreadable: its own run reports why
    }
    const parsed = parse(source, file);
    if (!parsed.module) continue;
    const root = dirname(file);
    for (const imp of importsOf(parsed.module)) {
      const specs = [imp.module];
      // `from pkg import mod` may name a submodule pkg/mod.py
      if (imp.stmt.type === 'ImportFrom' && !imp.quoted && imp.stmt.module !== null) {
        for (const a of imp.stmt.names) if (a.name !== '*') specs.push(`${imp.module}.${a.name}`);
      }
      for (const spec of specs) {
        const target = resolvePyImport(file, spec, imp.quoted, imp.level, root);
        if (target !== null && target !== file) imported.add(target);
      }
    }
  }
  return imported;
}
