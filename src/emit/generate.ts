// Printing: @babel/generator turns the JS AST into code and a v3 source map whose positions
// come from the `.loc` the lowering put on statements and calls; the map names the `.py` file
// and embeds its text (`sourcesContent`), so tracebacks and debuggers show Python.
import * as generatorModule from '@babel/generator';
import type * as t from '@babel/types';

type GenerateFn = (ast: t.Node, opts: object, code?: string | Record<string, string>) => { code: string; map: any };

// @babel/generator is CommonJS; depending on the loader its function is the default export,
// or the default export's `default`.
const generate: GenerateFn = (() => {
  const m: any = generatorModule;
  if (typeof m.generate === 'function') return m.generate;
  if (typeof m.default === 'function') return m.default;
  return m.default.default;
})();

export function emit(program: t.Program, filename: string, source: string, sourceMap: boolean): { code: string; map: object | null } {
  const file = { type: 'File', program, comments: [], tokens: [] } as unknown as t.File;
  const out = generate(file, { sourceMaps: sourceMap, sourceFileName: filename, retainLines: false, compact: false, jsescOption: { minimal: true } }, { [filename]: source });
  let map: any = null;
  if (sourceMap && out.map) {
    map = { ...out.map, sources: [filename], sourcesContent: [source] };
  }
  return { code: out.code, map };
}
