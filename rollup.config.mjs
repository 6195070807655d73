// Builds dist/ from src/ (compiler, CLI, plugin, testing helper) and runtime/ (what compiled
// programs import). The Lezer grammar is compiled before this runs (`npm run grammar`), so the
// parser tables are plain JS here and nothing is generated at run time.
//
// TypeScript is only transpiled here (ts.transpileModule, per file): type checking is the
// separate `npm run typecheck` step, which keeps the build fast.
import ts from 'typescript';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const external = (id) => /^(node:|@babel\/|@lezer\/|source-map|rollup|@rollup\/|typescript$)/.test(id) || id === 'edgepy/runtime';

function transpileTs() {
  return {
    name: 'transpile-ts',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const base = resolve(dirname(importer), source);
      for (const candidate of [base + '.ts', base + '/index.ts', base]) {
        if (existsSync(candidate) && !candidate.endsWith('/')) return candidate;
      }
      return null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: true, inlineSources: true, useDefineForClassFields: true },
      });
      return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=[^\n]*\s*$/, '\n'), map: JSON.parse(out.sourceMapText) };
    },
  };
}

export default [
  {
    input: {
      index: 'src/index.ts',
      cli: 'src/cli/main.ts',
      rollup: 'src/rollup/index.ts',
      testing: 'src/testing/index.ts',
      worker: 'src/testing/worker.ts',
      runtime: 'runtime/index.ts',
    },
    external,
    plugins: [transpileTs(), nodeResolve({ preferBuiltins: true, extensions: ['.ts', '.js', '.mjs'] })],
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  },
];
