import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import edgepy from './src/rollup/index';

export default defineConfig({
  // `.py` files import through edgepy's own plugin, as users' Vitest suites do; compiled
  // modules import the runtime from source here.
  plugins: [edgepy({ runtimeImport: fileURLToPath(new URL('./runtime/index.ts', import.meta.url)) })],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'threads',
  },
});
