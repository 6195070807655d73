// Runs in its own fresh Node process (so the harness's own heap and JIT state do not colour
// it): compiles a corpus of .py files with source maps through the library API and prints
// one JSON line. argv: DIST_INDEX FILE...
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [distIndex, ...files] = process.argv.slice(2);
const { compile } = await import(pathToFileURL(distIndex).href);

const corpus = files.map((path) => {
  const source = readFileSync(path, 'utf8');
  return { path, source, lines: source.split('\n').length - (source.endsWith('\n') ? 1 : 0) };
});

// Serialising the map makes sure it is really produced (a lazily built map would otherwise
// escape the clock), and it is what a build writes to disk anyway.
function compileOne({ path, source }) {
  const r = compile(source, { filename: path, sourceMap: true });
  const map = typeof r.map === 'string' ? r.map : JSON.stringify(r.map ?? null);
  return { errors: (r.diagnostics ?? []).filter((d) => d.severity === 'error'), codeBytes: r.code?.length ?? 0, mapBytes: map.length };
}

// Pass 1 (cold, JIT not warmed): also decides which files count. A file that throws or has
// error diagnostics is left out of the throughput, and listed.
const rejected = [];
const accepted = [];
const cold0 = performance.now();
for (const file of corpus) {
  try {
    const r = compileOne(file);
    if (r.errors.length) rejected.push({ path: file.path, reason: `${r.errors[0].message} (line ${r.errors[0].line})` });
    else if (!r.mapBytes || r.mapBytes < 10) rejected.push({ path: file.path, reason: 'no source map produced' });
    else accepted.push(file);
  } catch (e) {
    rejected.push({ path: file.path, reason: `threw ${e?.name ?? 'error'}: ${String(e?.message ?? e).split('\n')[0]}` });
  }
}
const coldMs = performance.now() - cold0;
const lines = accepted.reduce((s, f) => s + f.lines, 0);
const coldLines = corpus.reduce((s, f) => s + f.lines, 0);

// Warm passes over the accepted files: at least 5, and at least ~1 s in total; best pass wins.
let bestMs = Infinity;
let passes = 0;
const t0 = performance.now();
while (accepted.length && (passes < 5 || performance.now() - t0 < 1000) && passes < 200) {
  const p0 = performance.now();
  for (const file of accepted) compileOne(file);
  bestMs = Math.min(bestMs, performance.now() - p0);
  passes++;
}

process.stdout.write(
  `${JSON.stringify({
    files: corpus.length,
    acceptedFiles: accepted.length,
    lines,
    totalLines: coldLines,
    rejected,
    coldMs,
    coldLinesPerSec: coldLines / (coldMs / 1000),
    warmPasses: passes,
    warmBestMs: accepted.length ? bestMs : null,
    warmLinesPerSec: accepted.length ? lines / (bestMs / 1000) : 0,
  })}\n`,
);
