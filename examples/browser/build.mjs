// Builds the page's script with Rollup and edgepy's plugin: main.js imports app.py.
import { rollup } from 'rollup';
import { fileURLToPath } from 'node:url';
import edgepy from '../../dist/rollup.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const runtime = here('../../dist/runtime.js');

const bundle = await rollup({
  input: here('./main.js'),
  plugins: [edgepy({ runtimeImport: runtime })],
});
await bundle.write({ file: here('./dist/app.js'), format: 'es', sourcemap: true });
await bundle.close();
console.log('built examples/browser/dist/app.js');
