// The suites that run Python programs use the built package (dist/), as users do. `npm test`
// builds it first (pretest); this fails clearly if it is missing.
import { existsSync } from 'node:fs';

export function distUrl(name: string): string {
  const url = new URL(`../dist/${name}`, import.meta.url);
  if (!existsSync(url)) throw new Error(`dist/${name} is missing: run \`npm run build\` first`);
  return url.href;
}
