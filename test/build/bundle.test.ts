// `edgepy build` bundles (issue 7): they run with `node OUT.js`, minified bundles keep source
// maps that lead back to the .py file and line, and their sizes stay within the recorded
// budgets (min+gzip). Uses the built CLI (dist/), as users do.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';
import { distUrl } from '../dist';

const cli = fileURLToPath(new URL('../../bin/edgepy.js', import.meta.url));
let dir = '';

function build(py: string, name: string, flags: string[] = ['--minify']): string {
  const src = join(dir, `${name}.py`);
  writeFileSync(src, py);
  const out = join(dir, `${name}.js`);
  execFileSync(process.execPath, [cli, 'build', src, '-o', out, ...flags], { stdio: 'pipe' });
  return out;
}

const minGz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

// A program raising from a nested call: line 5 raises, line 7 calls.
const FAILING = `def inner(n):
    return n * 2

def outer(n):
    raise ValueError("bad value %d" % inner(n))

outer(21)
`;

describe('edgepy build bundles', () => {
  beforeAll(() => {
    distUrl('cli.js'); // fails clearly when dist/ is missing
    dir = mkdtempSync(join(tmpdir(), 'edgepy-build-test-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a minified hello world with node', () => {
    const out = build('print("hello, world")\n', 'hello');
    const r = spawnSync(process.execPath, [out], { encoding: 'utf8' });
    expect(r.stdout).toBe('hello, world\n');
    expect(r.status).toBe(0);
  });

  it('an uncaught error in a minified bundle run with --enable-source-maps names the .py file and lines', () => {
    const out = build(FAILING, 'mapped');
    const r = spawnSync(process.execPath, ['--enable-source-maps', out], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/File ".*mapped\.py", line 7, in <module>/);
    expect(r.stderr).toMatch(/File ".*mapped\.py", line 5, in outer/);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('ValueError: bad value 42');
  });

  it('the minified bundle maps the raise back to its .py line', async () => {
    const out = join(dir, 'mapped.js'); // built by the previous test
    const code = readFileSync(out, 'utf8');
    const map = JSON.parse(readFileSync(out + '.map', 'utf8'));
    expect(map.sources.some((s: string) => s.endsWith('mapped.py'))).toBe(true);
    // the generated position of the string literal of line 5 (the last occurrence: the module's
    // source text, embedded for tracebacks, comes first)
    const at = code.lastIndexOf('"bad value %d"');
    expect(at).toBeGreaterThan(0);
    const before = code.slice(0, at).split('\n');
    const consumer = await new SourceMapConsumer(map);
    const pos = consumer.originalPositionFor({ line: before.length, column: before[before.length - 1].length });
    consumer.destroy();
    expect(pos.source).toMatch(/mapped\.py$/);
    expect(pos.line).toBe(5);
  });

  it('builds an iife bundle that runs', () => {
    const out = build('print(sum(x * x for x in range(4)))\n', 'iife', ['--format', 'iife', '--minify']);
    expect(readFileSync(out, 'utf8')).not.toMatch(/^\s*import\s/m);
    expect(spawnSync(process.execPath, [out], { encoding: 'utf8' }).stdout).toBe('14\n');
  });

  // The packed method *names* stay in every bundle (runtime/builtins/packs.ts: AttributeError
  // suggestions list them); these words occur only in builtins and method bodies.
  it('a hello world keeps no builtin it does not name and no method pack', () => {
    const code = readFileSync(join(dir, 'hello.js'), 'utf8'); // built by the first test
    for (const word of ['pop from an empty set', 'popitem(): dictionary is empty', 'substring not found', 'list.remove(x): x not in list', 'int_from_bytes', 'callable_iterator']) {
      expect(code, word).not.toContain(word);
    }
  });

  // runtime/builtins/needs.ts: printf-style `%` and format specs are kept only by programs that
  // use them (`%`, format(), f-string specs, str.format, a subclass's __format__ by name).
  it('a hello world keeps no %-formatting nor format-spec code; programs using them get it', () => {
    const hello = readFileSync(join(dir, 'hello.js'), 'utf8'); // built by the first test
    for (const word of ['not enough arguments for format string', 'Too many decimal digits in format string']) {
      expect(hello, word).not.toContain(word);
    }
    const pct = build('def f(s, x):\n    return s % x\nprint(f("%05.1f|%s", (2.25, "a")), f(b"%d", 7))\n', 'percent_used');
    expect(spawnSync(process.execPath, [pct], { encoding: 'utf8' }).stdout).toBe("002.2|a b'7'\n");
    const fmt = build('class I(int):\n    pass\nprint(I(5).__format__("03d"), f"{I(6):>3}", format(I(255), "x"))\n', 'format_used');
    expect(spawnSync(process.execPath, [fmt], { encoding: 'utf8' }).stdout).toBe('005   6 ff\n');
  });

  // range's methods come with the first range (or the range class); int/float methods are the
  // number pack (runtime/builtins/packs.ts) or come with a subclass of int/float.
  it('a hello world keeps no range nor number methods; programs using them get them', () => {
    const hello = readFileSync(join(dir, 'hello.js'), 'utf8'); // built by the first test
    for (const word of ['range object index out of range', 'invalid hexadecimal floating-point string', 'float.fromhex', 'pow() 3rd argument not allowed']) {
      expect(hello, word).not.toContain(word);
    }
    const used = build('r = range(2, 9, 3)\nprint(r[1], r[::-1], (255).bit_length(), (2.5).__floor__(), (1.5).hex())\nclass I(int):\n    pass\nprint(list(range(I(3))), I(6).bit_length(), 2.0 ** 0.5)\n', 'numbers_used');
    expect(spawnSync(process.execPath, [used], { encoding: 'utf8' }).stdout).toBe('5 range(8, -1, -3) 8 2 0x1.8000000000000p+0\n[0, 1, 2] 3 1.4142135623730951\n');
  });

  // set special methods come with the first set; dict views' methods with the dict pack
  it('a hello world keeps no set algebra nor dict views; programs using them get them', () => {
    const hello = readFileSync(join(dir, 'hello.js'), 'utf8'); // built by the first test
    // frozenset's hash constant, the views' method owner name
    for (const word of ['590923713', 'dict_view']) expect(hello, word).not.toContain(word);
    const used = build('d = {"a": 1, "b": 2}\nprint({3, 1, 65}, {x for x in "ba"} == set("ab"), d.keys() & {"a"}, d.items() - {("b", 2)}, frozenset([1]) | {2})\n', 'sets_used');
    expect(spawnSync(process.execPath, [used], { encoding: 'utf8' }).stdout).toBe("{65, 3, 1} True {'a'} {('a', 1)} frozenset({1, 2})\n");
  });

  it('bundles keep the method packs a program needs, and all of them for computed attribute names', () => {
    const used = build('xs = [3, 1]\nxs.append(2)\nd = {"a": 1}\nprint(sorted(xs), d.get("a"), "ab".removeprefix("a"))\n', 'packs_used');
    expect(spawnSync(process.execPath, [used], { encoding: 'utf8' }).stdout).toBe('[1, 2, 3] 1 b\n');
    expect(readFileSync(used, 'utf8')).toContain('list.remove(x): x not in list');
    expect(readFileSync(used, 'utf8')).not.toContain('pop from an empty set');
    const dyn = build('n = "sym" + "metric_difference_update"\ns = {1, 2}\ngetattr(s, n)({2, 3})\nprint(sorted(s))\n', 'packs_dynamic');
    expect(spawnSync(process.execPath, [dyn], { encoding: 'utf8' }).stdout).toBe('[1, 3]\n');
  });

  it('sizes (min+gzip) stay within budget', () => {
    const hello = minGz(join(dir, 'hello.js')); // built by the first test
    const full = minGz(build(
      'import math, json, random, time\nfrom network import fetch_text\nprint(math.pi, json.dumps([1]), random.random() < 1, time.time() > 0)\n',
      'size_full',
    ));
    console.log(`[bundle sizes] hello world ${(hello / 1024).toFixed(1)} KB, program using every shipped module ${(full / 1024).toFixed(1)} KB (min+gzip)`);
    // Issue 7's budget for the full runtime is 80 KB. Hello world's budget is 20 KB, not met:
    // builtins and method packs tree-shake (docs/bundle-size.md) but every type's dunders, the
    // scheduler and the formatting code are still core. This ratchet keeps it from growing
    // (37.0 KB at the end of session 6: CPython's length hint, sequence repetition through
    // __index__, piecewise print of suspending arguments, stored-hash reuse in dict/set
    // comparisons, method count messages, object.__init_subclass__, closing generators left by
    // a for loop;
    // 36.3 KB once the float power is installed by need_pow;
    // 37.0 KB once set/frozenset special methods come with the first set and dict.keys and the
    // views' methods are the dict pack; 39.8 KB once range's methods come with the first range and int/float methods are a pack;
    // 44.5 KB once `%` and format specs are installed by need_percent/need_format;
    // 47.6 KB once builtin classes get their call only when named, bench/bundle-breakdown.mjs;
    // 53.2 KB with builtin exports and method packs; was 64 KB).
    expect(full).toBeLessThanOrEqual(80 * 1024);
    expect(hello).toBeLessThanOrEqual(37.5 * 1024);
    expect(hello).toBeLessThan(full);
  });
});
