// The effect analysis decides which functions can never suspend; those must be plain JS
// functions with direct calls and no generator machinery (issue 4, "Never pay for suspension").
import { describe, it, expect } from 'vitest';
import { compileOk, kinds, jsFunction, isGeneratorFunction } from './helpers';
import { analyzeProgram } from '../../src/compile';
import { parse } from '../../src/parser/index';
import { makeResolver } from '../../src/compile';

const FIB = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))
`;

describe('programs that never suspend compile to plain functions', () => {
  it('fib is a plain function calling itself directly', () => {
    const r = compileOk(FIB);
    expect(kinds(r)).toEqual({ fib: 'function' });
    const fn = jsFunction(r.code, 'fib');
    expect(isGeneratorFunction(fn)).toBe(false);
    expect(fn).not.toMatch(/yield|instanceof \$rt\.Frame|\$rt\.call/);
    expect(fn).toMatch(/fib\$f\(\$rt\.sub\(n, 1\)\)/);
  });

  it('a class method called in a loop is plain, and so is its caller', () => {
    const r = compileOk(`
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, k):
        self.n += k
        return self.n

def drive(c, times):
    total = 0
    for i in range(times):
        total += c.bump(i)
    return total

print(drive(Counter(), 10))
`);
    expect(kinds(r)).toMatchObject({ 'Counter.__init__': 'function', 'Counter.bump': 'function', drive: 'function' });
    const drive = jsFunction(r.code, 'drive');
    expect(isGeneratorFunction(drive)).toBe(false);
    expect(drive).not.toMatch(/yield/);
    // counting loop, inline method-call fast path
    expect(drive).toMatch(/for \(let \$i\d+ = 0, \$n\d+ = \$rt\.index\(times\), \$i\d+\$x = [^;]+; \$i\d+ < \$n\d+; \$i\d+\+\+\)/);
    expect(drive).toMatch(/\.\$bump\) === "function" && c\.\$\$inst === true/);
    expect(isGeneratorFunction(jsFunction(r.code, 'bump'))).toBe(false);
  });

  it('a list comprehension over a range is a plain function with a counting loop', () => {
    const r = compileOk(`
def squares(n):
    return [i * i for i in range(n) if i % 3]
print(squares(10))
`);
    expect(kinds(r)).toEqual({ squares: 'function', 'squares.<locals>.<listcomp>': 'function' });
    const fn = jsFunction(r.code, 'squares');
    expect(fn).not.toMatch(/function\*|yield/);
    expect(fn).toMatch(/function \$listcomp\d+\(\$s, \$n\)/);
    expect(fn).toMatch(/for \(let \$i\d+\$x = [^;]+, \$i\d+ = \$s; \$i\d+ < \$n; \$i\d+\+\+\)/);
  });

  it('the report says why nothing suspends', () => {
    const r = compileOk(FIB);
    expect(r.suspendReport!.facts).toEqual({ dyn: false, genSus: false, susNames: [] });
  });
});

describe('suspension spreads to exactly the callers that need it', () => {
  const SRC = `
def helper():
    sleep(0)
    return 1

def caller():
    return helper() + 1

def pure(x):
    return x * 2

async def main():
    print(caller(), pure(3))

run(main())
`;
  it('sleep yields its request only where it is provably the builtin', () => {
    // other suspending builtins (and sleep with a wrong argument count, which must raise
    // sleep's own TypeError) go through their `$rt` export (a function*), hoisted once
    const r = compileOk('async def main():\n    await sleep(0.5)\n    sleep(1, 2)\n    print(receive())\n');
    expect(jsFunction(r.code, 'main')).toMatch(/yield \$rt\.sleepRequest\(0\.5\)/);
    expect(jsFunction(r.code, 'main')).toMatch(/yield\* \$s_sleep_\d+\(1, 2\)/);
    expect(jsFunction(r.code, 'main')).toMatch(/yield\* \$s_receive_\d+\(\)/);
    expect(r.code).toMatch(/const \$s_sleep_\d+ = \$rt\.sleep;/);
    // a module that rebinds `sleep` calls whatever it is bound to
    const rebound = compileOk('def sleep(x):\n    print(x)\nasync def main():\n    sleep(1)\n');
    expect(rebound.code).not.toMatch(/sleepRequest/);
  });

  it('callers of sleep become suspendable; unrelated functions stay plain', () => {
    const r = compileOk(SRC);
    expect(kinds(r)).toEqual({ helper: 'suspendable', caller: 'suspendable', pure: 'function', main: 'coroutine' });
    expect(isGeneratorFunction(jsFunction(r.code, 'helper'))).toBe(true);
    // the builtin sleep(x) yields its request directly (ABI §4 fast path)
    expect(jsFunction(r.code, 'helper')).toMatch(/yield \$rt\.sleepRequest\(0\)/);
    expect(jsFunction(r.code, 'caller')).toMatch(/yield\* helper\$f\(\)/);
    const pure = jsFunction(r.code, 'pure');
    expect(isGeneratorFunction(pure)).toBe(false);
    // known plain callee from suspendable code: direct call, no frame check
    expect(jsFunction(r.code, 'main')).toMatch(/pure\$f\(3\)/);
    expect(r.suspendReport!.functions.find((f) => f.qualname === 'helper')!.why).toMatch(/sleep/);
  });

  it('an escaping suspendable function makes unknown calls check for frames', () => {
    const r = compileOk(`
def waiter():
    sleep(0)

def apply(f):
    return f()

def plain(x):
    return x + 1

apply(waiter)
`);
    expect(r.suspendReport!.facts.dyn).toBe(true);
    expect(kinds(r)).toMatchObject({ waiter: 'suspendable', apply: 'suspendable', plain: 'function' });
    expect(jsFunction(r.code, 'apply')).toMatch(/instanceof \$rt\.Frame \? yield\* \$t\d+ : \$t\d+/);
  });

  it('an escaping async def does not count (calling it only creates a coroutine)', () => {
    const r = compileOk(`
async def worker():
    sleep(1)

def apply(f):
    return f()

apply(worker)
`);
    expect(r.suspendReport!.facts.dyn).toBe(false);
    expect(kinds(r)).toMatchObject({ apply: 'function' });
  });

  it('a suspendable method makes calls of that method name suspendable, not others', () => {
    const r = compileOk(`
class A:
    def slow(self):
        sleep(0)
    def fast(self):
        return 1

def use_slow(a):
    a.slow()

def use_fast(a):
    return a.fast()
`);
    expect(kinds(r)).toMatchObject({ 'A.slow': 'suspendable', use_slow: 'suspendable', use_fast: 'function', 'A.fast': 'function' });
  });

  it('a suspendable dunder makes the operator suspend', () => {
    const r = compileOk(`
class V:
    def __add__(self, other):
        sleep(0)
        return self

def total(a, b):
    return a + b

def count(n):
    return n * 2
`);
    expect(kinds(r)).toMatchObject({ total: 'suspendable', count: 'function' });
    expect(jsFunction(r.code, 'total')).toMatch(/\$rt\.addS\(a, b\)/);
  });

  it('a generator that sleeps makes iteration of unknown iterables suspendable', () => {
    const r = compileOk(`
def ticks():
    for i in range(3):
        sleep(0)
        yield i

def consume(it):
    for x in it:
        print(x)

def counted(n):
    t = 0
    for i in range(n):
        t += i
    return t
`);
    expect(r.suspendReport!.facts.genSus).toBe(true);
    expect(kinds(r)).toMatchObject({ ticks: 'generator', consume: 'suspendable', counted: 'function' });
    expect(jsFunction(r.code, 'consume')).toMatch(/\$rt\.iterNextS/);
  });

  it('host module calls: network suspends, math does not', () => {
    const r = compileOk(`
import network
import math
def get(u):
    return network.fetch_text(u)
def root(x):
    return math.sqrt(x)
`);
    expect(kinds(r)).toMatchObject({ get: 'suspendable', root: 'function' });
  });

  it('whole-program analysis: a suspendable function in another module is seen by its importers', () => {
    const util = parse('def wait():\n    sleep(0)\n\ndef add(a, b):\n    return a + b\n', 'util.py').module!;
    const main = parse('from util import wait, add\ndef f():\n    wait()\ndef g():\n    return add(1, 2)\n', 'main.py').module!;
    const resolveImport = (s: string) => (s === 'util' ? './util.mjs' : null);
    const info = analyzeProgram([
      { key: './util.mjs', module: util, filename: 'util.py', resolve: makeResolver({ resolveImport }) },
      { key: './main.mjs', module: main, filename: 'main.py', resolve: makeResolver({ resolveImport }) },
    ]);
    expect(info.exports['./util.mjs']).toEqual({ wait: 'suspendable', add: 'function' });
    const r = compileOk('from util import wait, add\ndef f():\n    wait()\ndef g():\n    return add(1, 2)\n', {
      resolveImport,
      programInfo: info,
    });
    expect(kinds(r)).toMatchObject({ f: 'suspendable', g: 'function' });
    // without program facts, importing a .py module makes every imported call possibly suspend
    const blind = compileOk('from util import add\ndef g():\n    return add(1, 2)\n', { resolveImport });
    expect(kinds(blind)).toMatchObject({ g: 'suspendable' });
  });
});
