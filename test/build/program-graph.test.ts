// The program graph of `edgepy run` / `edgepy test` / `runPython` (src/project/graph.ts): every
// module is compiled with the whole-program effect analysis, so functions that cannot suspend
// compile as plain JS functions across module boundaries, and a suspending callback passed to
// another module's function still works.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { buildGraph, runFile } from '../../src/project/index';
import edgepy from '../../src/rollup/index';
import { distUrl } from '../dist';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'edgepy-graph-test-'));
  writeFileSync(join(dir, 'util.py'), [
    'def double(x):',
    '    return x * 2',
    'def apply(f, x):',
    '    return f(x)',
    'def later(x):',
    '    sleep(0)',
    '    return x + 1',
    '',
  ].join('\n'));
  writeFileSync(join(dir, 'main.py'), [
    'from util import double, apply, later',
    'def quad(x):',
    '    return double(double(x))',
    'def slow(x):',
    '    sleep(0.5)',
    '    return x * 10',
    'print(double(2), apply(double, 3), apply(slow, 4), later(5), quad(1))',
    '',
  ].join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The JS function declaration of Python function `name` in compiled code: 'function' or 'function*'. */
function kindOf(code: string, name: string): string | null {
  const m = new RegExp(`function(\\*?)\\s+${name}\\$f?\\s*\\(`).exec(code);
  return m ? `function${m[1]}` : null;
}

describe('program graph', () => {
  it('compiles functions that cannot suspend as plain functions across modules', () => {
    const g = buildGraph(join(dir, 'main.py'), { runtimeImport: 'edgepy/runtime' });
    expect(g.diagnostics).toEqual([]);
    const util = g.modules.find((m) => m.file.endsWith('util.py'))!;
    expect(kindOf(util.code, 'double')).toBe('function');
    expect(kindOf(util.code, 'later')).toBe('function*');
    // apply calls a callback main passes in that suspends
    expect(kindOf(util.code, 'apply')).toBe('function*');
    // quad only calls util.double, which the whole-program analysis knows cannot suspend
    expect(kindOf(g.entry.code, 'quad')).toBe('function');
  });

  it('runs the program (a suspending callback through another module)', async () => {
    let out = '';
    let err = '';
    const code = await runFile(join(dir, 'main.py'), {
      runtimeImport: distUrl('runtime.js'),
      clock: 'virtual',
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
    });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe('4 6 40 6 4\n');
  });

  it('the Rollup plugin applies the whole-program analysis to the modules of `program`', async () => {
    const main = join(dir, 'main.py');
    const bundleWith = async (program?: string[]) => {
      const b = await rollup({ input: main, external: ['edgepy/runtime'], plugins: [edgepy({ program, mainFiles: [main] })] });
      const { output } = await b.generate({ format: 'es' });
      await b.close();
      return output[0].code;
    };
    expect(kindOf(await bundleWith([main]), 'quad')).toBe('function');
    expect(kindOf(await bundleWith(undefined), 'quad')).toBe('function*'); // per module: conservative
  });

  it('a circular from-import of a name not yet defined fails as in CPython, with source lines', async () => {
    const cdir = join(dir, 'circular');
    mkdirSync(cdir);
    writeFileSync(join(cdir, 'main.py'), 'import a\n');
    writeFileSync(join(cdir, 'a.py'), 'from b import x\ny = 1\n');
    writeFileSync(join(cdir, 'b.py'), 'from a import y\nx = 2\n');
    let err = '';
    const code = await runFile(join(cdir, 'main.py'), {
      runtimeImport: distUrl('runtime.js'), clock: 'virtual', stdout: () => {}, stderr: (t) => (err += t),
    });
    expect(code).toBe(1);
    // CPython 3.11 prints the same, with absolute paths in the last line
    expect(err).toBe([
      'Traceback (most recent call last):',
      '  File "main.py", line 1, in <module>',
      '    import a',
      '  File "a.py", line 1, in <module>',
      '    from b import x',
      '  File "b.py", line 1, in <module>',
      '    from a import y',
      "ImportError: cannot import name 'y' from partially initialized module 'a' (most likely due to a circular import) (a.py)",
      '',
    ].join('\n'));
  });
});
