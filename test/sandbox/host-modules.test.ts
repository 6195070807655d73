// A program cannot touch a JS global even when the embedder passes host modules
// (docs/security.md, guarantee 7). The host module below is a plain object of functions and
// values, as the embedder API intends; the program tries every way to reach past them.
// Expected results are the Python errors CPython gives for the same operations on an object
// without those attributes (there is no host module in CPython to compare with).
import { describe, it, expect, afterAll } from 'vitest';
import { runPy } from './harness';

const calls: unknown[] = [];
const modules = {
  store: {
    get: (key: string) => ({ key, items: [1, 2, { deep: 'x' }] }),
    put: (value: unknown) => { calls.push(value); return null; },
    later: async (n: number) => n * 2,
    version: '1.0',
    limits: { max: 3, constructor: 'plain key' },
  },
};

const attempts: [string, string, string][] = [
  // [name, program body (after `import store`), expected stdout or "error: ..."]
  ['module has no JS properties', 'print(hasattr(store, "constructor"), hasattr(store, "__proto__"), hasattr(store, "toString"), hasattr(store, "hasOwnProperty"), hasattr(store, "valueOf"))', 'False False False False False'],
  ['getattr of a JS property name', 'print(getattr(store, "constructor", "absent"), getattr(store, "prototype", "absent"))', 'absent absent'],
  ['module attribute read', 'store.constructor', "error: AttributeError: module 'store' has no attribute 'constructor'"],
  ['function has no JS internals', 'f = store.get\nprint([hasattr(f, n) for n in ["constructor", "call", "apply", "bind", "caller", "arguments", "__globals__", "__code__", "__closure__"]])', '[False, False, False, False, False, False, False, False, False]'],
  ['function class chain stays Python', 'print(type(store.get).__name__, type(type(store.get)).__name__, type(store.get).__mro__)', "builtin_function_or_method type (<class 'builtin_function_or_method'>, <class 'object'>)"],
  ['results are Python values', 'r = store.get("k")\nprint(type(r).__name__, r, type(r["items"][2]).__name__)', "dict {'key': 'k', 'items': [1, 2, {'deep': 'x'}]} dict"],
  ['result dict has no JS prototype names', 'r = store.get("k")\nprint("constructor" in r, r.get("__proto__"), hasattr(r, "constructor"))', 'False None False'],
  ['plain values converted', 'print(store.version, store.limits, type(store.limits).__name__)', "1.0 {'max': 3, 'constructor': 'plain key'} dict"],
  ['dict key named constructor is data', 'print(store.limits["constructor"].upper())', 'PLAIN KEY'],
  ['subscript of a function', 'store.get["constructor"]', "error: TypeError: 'builtin_function_or_method' object is not subscriptable"],
  ['format field walk', 'print("{0.constructor}".format(store.get))', "error: AttributeError: 'builtin_function_or_method' object has no attribute 'constructor'"],
  ['format field walk on module', 'print("{0.__proto__}".format(store))', "error: AttributeError: module 'store' has no attribute '__proto__'"],
  ['Function is a NameError', 'Function("return this")', "error: NameError: name 'Function' is not defined"],
  // CPython 3.11: python3 -c 'print(globalThis)'
  ['globalThis is a NameError', 'print(globalThis)', "error: NameError: name 'globalThis' is not defined. Did you mean: 'globals'?"],
  ['process is a NameError', 'process.exit(3)', "error: NameError: name 'process' is not defined"],
  ['require is a NameError', 'require("fs")', "error: NameError: name 'require' is not defined"],
  ['a callback passed to the host stays a Python value', 'store.put(lambda: 1)\nstore.put({"a": [1, None]})\nprint("ok")', 'ok'],
  ['awaiting a host coroutine gives a Python int', 'async def main():\n    v = await store.later(21)\n    print(v, type(v).__name__)\nrun(main())', '42 int'],
  ['object with a then attribute is not a thenable', 'class T:\n    def then(self, a, b):\n        print("then called")\nstore.put(T())\nasync def main():\n    return T()\nprint(type(run(main())).__name__)', 'T'],
  ['setting attributes on the module stays on the module', 'store.constructor = 1\nstore.__proto__ = 2\nprint(store.constructor, store.__proto__)', '1 2'],
];

describe('host modules do not open a way to JS globals', () => {
  afterAll(() => {
    // nothing a program did reached the JS global object
    for (const k of ['$constructor', '$__proto__', '$pwned']) expect(Object.prototype.hasOwnProperty.call(globalThis, k)).toBe(false);
  });

  for (const [name, body, expected] of attempts) {
    it(name, async () => {
      const r = await runPy(`import store\n${body}\n`, { modules });
      if (expected.startsWith('error: ')) expect(r.error).toBe(expected.slice(7));
      else {
        expect(r.error).toBeNull();
        expect(r.stdout).toBe(expected + '\n');
      }
    });
  }

  it('gave the host converted values only', () => {
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls[1]).toEqual({ a: [1, null] });
    expect(Object.getPrototypeOf(calls[1])).toBe(Object.prototype);
  });

  it('module object is a fresh Python module per run (the embedder object is untouched)', () => {
    expect(Object.keys(modules.store)).toEqual(['get', 'put', 'later', 'version', 'limits']);
    expect((modules.store as any).$constructor).toBeUndefined();
  });

  // A host function that hands Python a non-plain JS object (here the global object itself)
  // gives Python an opaque handle: no writes through it.
  it('an embedder that returns globalThis: writes are refused', async () => {
    const leaky = { leaky: { give: () => globalThis } };
    const r = await runPy('import leaky\ng = leaky.give()\ng.pwned = 1\n', { modules: leaky });
    const wrote = Object.prototype.hasOwnProperty.call(globalThis, '$pwned');
    delete (globalThis as any).$pwned;
    expect(wrote).toBe(false);
    expect(r.error).toBe("AttributeError: 'host_object' object has no attribute 'pwned'");
  });

  it('an embedder that returns globalThis: nothing can be read through it', async () => {
    const leaky = { leaky: { give: () => globalThis } };
    const src = [
      'import leaky',
      'g = leaky.give()',
      'print(type(g).__name__, getattr(g, "process", "absent"), getattr(g, "Function", "absent"))',
      'for how in [lambda: g.process, lambda: g["process"], lambda: len(g), lambda: iter(g), lambda: g.__dict__]:',
      '    try:',
      '        how()',
      '    except (AttributeError, TypeError) as e:',
      '        print(type(e).__name__)',
    ].join('\n') + '\n';
    const r = await runPy(src, { modules: leaky });
    expect(r.stdout).toBe('host_object absent absent\nAttributeError\nTypeError\nTypeError\nTypeError\nAttributeError\n');
  });
});
