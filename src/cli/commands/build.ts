// `edgepy build FILE.py -o OUT.js`: one self-contained bundle (the program, every .py module it
// imports, and the parts of the runtime it uses), built through Rollup with our own plugin.
// The bundle runs its program when loaded: `node OUT.js` or `<script type="module">`.
import { resolve } from 'node:path';
import { rollup, type Plugin, type OutputOptions } from 'rollup';
import { parse, UsageError } from '../args';
import { requirePyFile, runtimeUrl } from '../files';
import edgepy from '../../rollup/index';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';

export const BUILD_HELP = `Usage: edgepy build FILE.py -o OUT.js [options]

Bundle FILE.py, the .py modules it imports and the runtime into one JavaScript file that runs
the program when loaded (node OUT.js, or <script type="module"> in a page).

Options:
  -o, --output OUT.js    the bundle to write (required); its source map goes to OUT.js.map
  --format esm|iife      module format (default esm)
  --minify               minify the bundle
  --no-sourcemap         do not write a source map
  -h, --help             show this help
`;

const ENTRY = '\0edgepy-entry';

export async function buildCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
    minify: { type: 'boolean' },
    'no-sourcemap': { type: 'boolean' },
  });
  if (positionals.length > 1) throw new UsageError(`build: unexpected argument '${positionals[1]}'`);
  const file = resolve(requirePyFile(positionals[0], 'build'));
  if (!values.output) throw new UsageError('build: missing -o OUT.js');
  const format = values.format ?? 'esm';
  if (format !== 'esm' && format !== 'iife') throw new UsageError(`build: --format must be esm or iife, not '${format}'`);
  const runtimeFile = fileURLToPath(runtimeUrl());

  // A virtual entry that imports the program and runs it with the default driver.
  const entryPlugin: Plugin = {
    name: 'edgepy-entry',
    resolveId: (id) => (id === ENTRY ? ENTRY : id === 'edgepy/runtime' ? runtimeFile : null),
    load: (id) => {
      if (id === ENTRY) return `import program from ${JSON.stringify(file)};\nimport { runMain } from 'edgepy/runtime';\nrunMain(program);\n`;
      // the runtime with its own source map, so runtime frames map to runtime/*.ts
      if (id === runtimeFile && existsSync(runtimeFile + '.map')) {
        return { code: readFileSync(runtimeFile, 'utf8'), map: readFileSync(runtimeFile + '.map', 'utf8') };
      }
      return null;
    },
  };
  const plugins: Plugin[] = [entryPlugin, edgepy({ root: dirname(file), mainFiles: [file], program: [file], runtimeImport: 'edgepy/runtime' })];
  let bundle;
  try {
    bundle = await rollup({ input: ENTRY, plugins, onwarn: () => {}, treeshake: { moduleSideEffects: (id) => id === ENTRY || id.endsWith('.py') } });
  } catch (err) {
    const e = err as { frame?: string; message: string };
    process.stderr.write((e.frame ?? e.message) + '\n');
    return 1;
  }
  const output: OutputOptions = {
    file: values.output,
    format: format === 'esm' ? 'es' : 'iife',
    sourcemap: !values['no-sourcemap'],
    inlineDynamicImports: true,
  };
  if (values.minify) {
    const { default: terser } = await import('@rollup/plugin-terser');
    output.plugins = [terser()];
  }
  await bundle.write(output);
  await bundle.close();
  return 0;
}
