// The sandbox profile (`limits` option of run/start/exec, `edgepy run --max-*`): every limit
// stops the program with the documented Python exception, counts exactly, leaves other sessions
// alone, and costs nothing when absent (no limit triggers on ordinary programs).
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPy, load } from './harness';

const budgetMsg = (n: number) => `RuntimeError: operation budget exhausted (maxOperations=${n})`;

describe('maxOperations', () => {
  it('stops `while True: pass`', async () => {
    const r = await runPy('while True: pass\n', { limits: { maxOperations: 100_000 } });
    expect(r.error).toBe(budgetMsg(100_000));
    expect(r.exitCode).toBe(1);
  });

  it('charges one operation per iteration (the module body is one more)', async () => {
    const src = 'n = 0\ntry:\n    while True:\n        n += 1\nexcept RuntimeError as e:\n    print(n, e)\n';
    const r = await runPy(src, { limits: { maxOperations: 1000 } });
    expect(r.stdout).toBe('999 operation budget exhausted (maxOperations=1000)\n');
  });

  it('charges calls, so loop-free exponential recursion stops', async () => {
    const src = 'def f(n):\n    return 1 if n == 0 else f(n - 1) + f(n - 1)\nprint(f(200))\n';
    const r = await runPy(src, { limits: { maxOperations: 5000 } });
    expect(r.error).toBe(budgetMsg(5000));
  });

  it('charges comprehension and for-in iterations', async () => {
    const r1 = await runPy('x = [i for i in range(10**12)]\n', { limits: { maxOperations: 10_000 } });
    expect(r1.error).toBe(budgetMsg(10_000));
    const r2 = await runPy('for c in "ab" * 100000:\n    pass\n', { limits: { maxOperations: 10_000 } });
    expect(r2.error).toBe(budgetMsg(10_000));
  });

  it('charges builtins that consume ranges or endless iterators', async () => {
    for (const src of ['print(sum(range(10**12)))\n', 'x = list(range(10**10))\n', 'print(max(range(-10**15, 0)))\n', 'x = sorted(iter(int, 1))\n']) {
      const r = await runPy(src, { limits: { maxOperations: 100_000 } });
      expect(r.error).toBe(budgetMsg(100_000));
    }
  });

  it('cannot be outlived by catching the error: every later check raises again', async () => {
    const src = [
      'try:',
      '    while True: pass',
      'except RuntimeError:',
      '    print("caught")',
      '    for i in range(3):',
      '        print(i)',
    ].join('\n') + '\n';
    const r = await runPy(src, { limits: { maxOperations: 500 } });
    expect(r.stdout).toBe('caught\n');
    expect(r.error).toBe(budgetMsg(500));
  });

  it('holds across suspensions and coroutines', async () => {
    const src = [
      'async def spin(k):',
      '    while True:',
      '        await sleep(0.01)',
      'async def main():',
      '    await gather(spin(1), spin(2))',
      'run(main())',
    ].join('\n') + '\n';
    const r = await runPy(src, { limits: { maxOperations: 2000 } });
    expect(r.error).toBe(budgetMsg(2000));
  });

  it('lets programs within the budget finish with their normal output', async () => {
    const src = 'def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nprint(f(15), sum(i for i in range(100)))\n';
    const r = await runPy(src, { limits: { maxOperations: 100_000 } });
    expect(r.stdout).toBe('610 4950\n'); // python3 -c 'print(fib(15), sum(range(100)))'
    expect(r.exitCode).toBe(0);
  });

  it('is per session: an unlimited session interleaved with a limited one is not charged', async () => {
    const spin = await load('i = 0\nwhile i < 50000:\n    i += 1\n    if i % 1000 == 0:\n        await_point = 1\nprint(i)\n');
    const limited = await load('async def main():\n    while True:\n        await sleep(0)\nrun(main())\n');
    let out = '';
    const a = limited.start({ clock: 'virtual', limits: { maxOperations: 300 }, print: () => {}, stderr: () => {} });
    const b = spin.start({ clock: 'virtual', print: (s: string) => (out += s) });
    for (let k = 0; k < 1000 && a.status !== 'error'; k++) a.resume();
    expect(a.status).toBe('error');
    expect(a.error.message).toBe('operation budget exhausted (maxOperations=300)');
    expect(b.status).toBe('done');
    expect(out).toBe('50000\n');
  });
});

describe('maxRecursion', () => {
  const catcher = [
    'def f(n):',
    '    try:',
    '        return f(n + 1)',
    '    except RecursionError:',
    '        return n',
    'print(f(0) < 50)',
    'def g(n):',
    '    return g(n + 1)',
    'try:',
    '    g(0)',
    'except RecursionError as e:',
    '    print(type(e).__name__, e)',
  ].join('\n') + '\n';

  it('raises RecursionError with CPython\'s message at the configured depth', async () => {
    // CPython with sys.setrecursionlimit(50): f reaches 47; then "RecursionError maximum recursion depth exceeded"
    const r = await runPy(catcher, { limits: { maxRecursion: 50 } });
    expect(r.stdout).toBe('True\nRecursionError maximum recursion depth exceeded\n');
  });

  it('reaches about the configured depth, and the default comes back after the run', async () => {
    const depth = 'def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(0))\n';
    const r = await runPy(depth, { limits: { maxRecursion: 50 } });
    const n = Number(r.stdout);
    expect(n).toBeGreaterThanOrEqual(45);
    expect(n).toBeLessThanOrEqual(49);
    const plain = await runPy(depth);
    expect(Number(plain.stdout)).toBeGreaterThan(900); // the default limit (1000), as CPython
  });
});

describe('maxCoroutines', () => {
  const prog = (k: number) => [
    'async def w():',
    '    await sleep(1)',
    '    return 1',
    'async def main():',
    '    try:',
    `        print(sum(await gather(*[w() for _ in range(${k})])))`,
    '    except RuntimeError as e:',
    '        print("RuntimeError:", e)',
    'run(main())',
  ].join('\n') + '\n';

  it('refuses to start more coroutines than the cap, as a catchable RuntimeError', async () => {
    const r = await runPy(prog(20), { limits: { maxCoroutines: 10 } });
    expect(r.stdout).toBe('RuntimeError: too many live coroutines (maxCoroutines=10)\n');
  });

  it('counts only live coroutines: ended ones free their place', async () => {
    const src = [
      'async def w():',
      '    await sleep(0)',
      '    return 1',
      'async def main():',
      '    t = 0',
      '    for _ in range(50):',
      '        t += sum(await gather(w(), w(), w()))',
      '    print(t)',
      'run(main())',
    ].join('\n') + '\n';
    const r = await runPy(src, { limits: { maxCoroutines: 5 } });
    expect(r.stdout).toBe('150\n');
  });

  it('allows up to the cap', async () => {
    const r = await runPy(prog(20), { limits: { maxCoroutines: 22 } });
    expect(r.stdout).toBe('20\n');
  });
});

describe('memory caps', () => {
  // Without any profile: MemoryError at once, never a SystemError or a frozen process.
  for (const expr of ['[0] * 10**10', '"x" * 10**12', '2 ** 10**10', 'bytes(10**12)', '(1,) * 10**10', 'b"ab" * 10**12', '1 << 10**10', '"x".ljust(10**12)', '"{:>1000000000000}".format(1)', '3 ** 10**9']) {
    it(`${expr} -> MemoryError (no profile)`, async () => {
      const r = await runPy(`try:\n    x = ${expr}\nexcept MemoryError as e:\n    print("MemoryError", repr(e))\n`);
      expect(r.stdout).toBe('MemoryError MemoryError()\n');
    });
  }

  const capped = { limits: { maxMemory: 1_000_000 } };
  for (const expr of ['"x" * 10**7', '[0] * 10**6', '(0,) * 10**6', 'bytes(10**7)', 'b"x" * 10**7', '3 ** 10**7', '1 << 10**8', '"a".rjust(10**7)', '"a".zfill(10**7)', 'format(1, ">10000000")']) {
    it(`${expr} -> MemoryError under maxMemory=1e6`, async () => {
      const r = await runPy(`x = ${expr}\n`, capped);
      expect(r.error).toBe('MemoryError');
    });
  }

  it('caps repeated squaring of a big int under maxMemory', async () => {
    const r = await runPy('x = 3\nfor i in range(40):\n    x = x * x\n', capped);
    expect(r.error).toBe('MemoryError');
  });

  it('leaves allocations under the cap alone', async () => {
    const r = await runPy('print(len("x" * 10**5), len([0] * 10**4), len(str(3 ** 1000)), len(bytes(1000)))\n', capped);
    expect(r.stdout).toBe('100000 10000 478 1000\n'); // python3 gives the same
  });
});

describe('the profile itself', () => {
  it('rejects malformed limits with a JS TypeError before running anything', async () => {
    const p = await load('print("ran")\n');
    expect(() => p.start({ limits: { maxOperations: 0 } })).toThrow(/maxOperations must be a positive integer/);
    expect(() => p.start({ limits: { maxOps: 5 } })).toThrow(/unknown limit 'maxOps'/);
    expect(() => p.start({ limits: { maxMemory: '5' } })).toThrow(TypeError);
  });

  it('is exposed on the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edgepy-cli-limits-'));
    const file = join(dir, 'spin.py');
    writeFileSync(file, 'while True:\n    pass\n');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['bin/edgepy.js', 'run', '--max-operations', '5000', file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e: any) {
      status = e.status;
      stderr = e.stderr;
    }
    expect(status).toBe(1);
    expect(stderr.trimEnd().split('\n').pop()).toBe(budgetMsg(5000));
  });
});
