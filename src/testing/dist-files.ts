// Locates files of the built package (dist/runtime.js, dist/worker.js) from whichever dist file
// or chunk this code was bundled into.
import { existsSync } from 'node:fs';

export function distFile(name: string): string {
  for (const rel of [`./${name}`, `../${name}`]) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(url)) return url.href;
  }
  throw new Error(`edgepy: ${name} not found next to ${import.meta.url} (is dist/ built? run \`npm run build\`)`);
}
