// Bundle sizes, minified with Rollup + @rollup/plugin-terser (the repo's own dependencies)
// and gzipped with zlib at level 9: a hello-world bundle built by edgepy, and the whole runtime
// (dist/runtime.js with every export kept, i.e. what a program could pull in at most).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstLine } from './build.mjs';
import { distSnapshot, repoRoot } from './paths.mjs';

async function loadTools() {
  // Resolve from the repo, not from this file's location, so a clone's node_modules is used.
  const require = createRequire(join(repoRoot, 'package.json'));
  const rollup = await import(pathToFileURL(require.resolve('rollup')).href);
  const terserMod = await import(pathToFileURL(require.resolve('@rollup/plugin-terser')).href);
  return { rollup: rollup.rollup ?? rollup.default.rollup, terser: terserMod.default ?? terserMod };
}

async function minify(tools, file) {
  const unresolved = [];
  const bundle = await tools.rollup({
    input: file,
    // Node built-ins stay imports; anything else unresolved means the bundle is not self-contained.
    external: (id) => id.startsWith('node:'),
    onwarn: (w) => {
      if (w.code === 'UNRESOLVED_IMPORT') unresolved.push(w.exporter ?? w.source ?? w.message);
    },
    plugins: [tools.terser({ format: { comments: false } })],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
  return { code, unresolved };
}

export async function measureSizes({ helloBuild }) {
  let tools;
  try {
    tools = await loadTools();
  } catch (e) {
    return { ok: false, error: `rollup / @rollup/plugin-terser not available: ${e.message}` };
  }
  const result = { ok: true };
  const targets = [
    ['hello', helloBuild.ok ? helloBuild.out : null, helloBuild.ok ? null : `hello-world build failed: ${firstLine(helloBuild.error)}`],
    ['runtime', join(distSnapshot, 'runtime.js'), null],
  ];
  for (const [key, file, buildError] of targets) {
    if (!file) {
      result[key] = { ok: false, error: buildError };
      continue;
    }
    if (!existsSync(file)) {
      result[key] = { ok: false, error: `${file} not found${key === 'runtime' ? ' (npm run build)' : ''}` };
      continue;
    }
    try {
      const { code, unresolved } = await minify(tools, file);
      result[key] = {
        ok: true,
        file,
        rawBytes: readFileSync(file).length,
        minBytes: Buffer.byteLength(code),
        minGzipBytes: gzipSync(code, { level: 9 }).length,
        unresolvedImports: unresolved,
      };
    } catch (e) {
      result[key] = { ok: false, error: `minify failed: ${String(e.message).split('\n')[0]}` };
    }
  }
  result.ok = result.hello.ok || result.runtime.ok;
  return result;
}
