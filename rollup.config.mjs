// Builds dist/ from src/ (compiler, CLI, plugin, testing helper) and runtime/ (what compiled
// programs import). The Lezer grammar is compiled before this runs (`npm run grammar`), so the
// parser tables are plain JS here and nothing is generated at run time.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const external = (id) =>
  /^(node:|@babel\/|@lezer\/|source-map|rollup|@rollup\/)/.test(id) || id === 'edgepy/runtime';

const ts = () => typescript({ tsconfig: './tsconfig.json', compilerOptions: { rootDir: '.', noEmit: false, declaration: false }, include: ['src/**/*.ts', 'runtime/**/*.ts', 'src/parser/gen/*.js'] });

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
    plugins: [nodeResolve({ preferBuiltins: true }), ts()],
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  },
];
