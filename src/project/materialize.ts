// Writes a compiled program graph to a fresh directory, one `.mjs` per Python module with its
// source map beside it, so Node can import the entry. Used by `edgepy run` and `runPython`.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProgramGraph } from './graph';

export interface Materialized {
  dir: string;
  entryUrl: string;
  dispose(): void;
}

export function materialize(graph: ProgramGraph): Materialized {
  const dir = mkdtempSync(join(tmpdir(), 'edgepy-'));
  for (const m of graph.modules) {
    let code = m.code;
    if (m.map) {
      writeFileSync(join(dir, m.id + '.map'), JSON.stringify(m.map));
      code += `\n//# sourceMappingURL=${m.id}.map\n`;
    }
    writeFileSync(join(dir, m.id), code);
  }
  return {
    dir,
    entryUrl: pathToFileURL(join(dir, graph.entry.id)).href,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
