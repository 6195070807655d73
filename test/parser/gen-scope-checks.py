# Regenerates scope-checks.json (expectations from CPython 3.11): python3 test/parser/gen-scope-checks.py
import json
cases = {
 "nonlocal through a class": "def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal x\n            x = 2\n",
 "nonlocal bound later in the outer function": "def f():\n    def g():\n        nonlocal x\n    x = 1\n",
 "nonlocal of a parameter": "def f(a):\n    def g():\n        nonlocal a\n",
 "nonlocal of a module name": "x = 1\ndef f():\n    def g():\n        nonlocal x\n",
 "used prior to global": "def f():\n    print(x)\n    global x\n",
 "global in a class in a function": "def f():\n    class C:\n        y = x\n        global x\n",
 "global then nonlocal in nested def": "def f():\n    global x\n    def g():\n        nonlocal x\n",
 "nonlocal through comprehension name": "def f():\n    [x for x in ()]\n    def g():\n        nonlocal x\n",
 "yield in a nested default of an async def": "async def f():\n    def g(y=(yield)):\n        pass\n    return 1\n",
 "yield in class bases of an async def": "async def f():\n    class C((yield)):\n        pass\n    return 1\n",
 "yield in a nested def only": "async def f():\n    def g():\n        yield\n    return 1\n",
 "deep expression after a return at module level": "return\nx = " + "-" * 3000 + "1\n",
 "deep expression before a nonlocal error": "x = " + "-" * 3000 + "1\nnonlocal y\n",
 "deep lambda default": "def f(a=" + "-" * 2000 + "1): pass\n",
 "deep annotation": "def f(a: " + "-" * 2000 + "1): pass\n",
 "deep default over the limit": "def f(a=" + "-" * 3000 + "1): pass\n",
 "deep annotation over the limit": "def f(a: " + "-" * 3000 + "1): pass\n",
 "deep comprehension condition over the limit": "[x for x in y if " + "-" * 3000 + "1]\n",
 "deep comprehension condition": "[x for x in y if " + "-" * 2000 + "1]\n",
}
out = {}
for name, src in cases.items():
    try:
        compile(src, "t.py", "exec")
        out[name] = {"src": src, "error": None}
    except (SyntaxError, RecursionError) as e:
        if isinstance(e, RecursionError):
            out[name] = {"src": src, "error": {"type": "RecursionError", "msg": str(e)}}
        else:
            out[name] = {"src": src, "error": {"type": type(e).__name__, "msg": e.msg, "line": e.lineno, "col": e.offset}}
for k, v in out.items(): print(k, '->', v["error"])
json.dump(out, open(__import__("os").path.join(__import__("os").path.dirname(__file__), "scope-checks.json"), "w"), indent=1)
