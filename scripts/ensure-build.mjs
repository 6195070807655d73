// `npm test` runs this first: it rebuilds dist/ only when a source is newer than the build, so
// the suites always run what the sources say without paying for a build on every run.
import { statSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';

const stamp = 'dist/runtime.js';
const newest = (p) => {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of readdirSync(p)) if (e !== 'gen') m = Math.max(m, newest(join(p, e)));
  return m;
};
const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const sources = Math.max(...['src', 'runtime', 'rollup.config.mjs', 'package.json'].map(newest));
if (sources > built) {
  console.log('dist/ is older than the sources: building');
  execSync('npm run build --silent', { stdio: 'inherit' });
}
