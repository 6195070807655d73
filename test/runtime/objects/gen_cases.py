"""Generates objects_cases.json: builtin calls and container method calls with the result (or
the exception) that CPython 3.11 gives. Run: python3 test/runtime/objects/gen_cases.py
The TS test (objects.cases.test.ts) replays every case through the runtime directly.

Values are encoded as tagged JSON so ints stay exact and floats keep their repr:
{"t":"int","v":"5"} {"t":"float","v":"1.5"} {"t":"str","v":"a"} {"t":"bool","v":true}
{"t":"None"} {"t":"list"|"tuple"|"set"|"frozenset","v":[...]} {"t":"dict","v":[[k,v],...]}
{"t":"range","v":[start,stop,step]} {"t":"builtin","v":"abs"}
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def enc(x):
    if x is None:
        return {"t": "None"}
    if isinstance(x, bool):
        return {"t": "bool", "v": x}
    if isinstance(x, int):
        return {"t": "int", "v": str(x)}
    if isinstance(x, float):
        return {"t": "float", "v": repr(x)}
    if isinstance(x, str):
        return {"t": "str", "v": x}
    if isinstance(x, list):
        return {"t": "list", "v": [enc(v) for v in x]}
    if isinstance(x, tuple):
        return {"t": "tuple", "v": [enc(v) for v in x]}
    if isinstance(x, frozenset):
        return {"t": "frozenset", "v": [enc(v) for v in x]}
    if isinstance(x, set):
        return {"t": "set", "v": [enc(v) for v in x]}
    if isinstance(x, dict):
        return {"t": "dict", "v": [[enc(k), enc(v)] for k, v in x.items()]}
    if isinstance(x, range):
        return {"t": "range", "v": [x.start, x.stop, x.step]}
    if isinstance(x, slice):
        return {"t": "slice", "v": [enc(x.start), enc(x.stop), enc(x.step)]}
    if type(x).__name__ == "list_iterator":
        _, (seq,), pos = x.__reduce__()
        return {"t": "iter", "v": [enc(v) for v in seq[pos:]]}
    if callable(x):
        return {"t": "builtin", "v": x.__name__}
    raise TypeError(x)


def outcome(f):
    try:
        r = f()
        if type(r).__name__ in ("map", "filter", "zip", "enumerate", "reversed", "list_reverseiterator",
                                "range_iterator", "dict_keyiterator", "list_iterator"):
            r = list(r)
        return {"repr": repr(r)}
    except Exception as e:  # noqa: BLE001
        return {"err": type(e).__name__, "msg": str(e)}


cases = []


def call(name, *args, **kw):
    import builtins
    f = getattr(builtins, name)
    cases.append({"kind": "call", "f": name, "args": [enc(a) for a in args],
                  "kw": [[k, enc(v)] for k, v in kw.items()],
                  "expect": outcome(lambda: f(*args, **kw))})


def meth(recv, name, *args, **kw):
    import copy
    r = copy.deepcopy(recv)
    exp = outcome(lambda: getattr(r, name)(*args, **kw))
    exp["after"] = repr(r)
    cases.append({"kind": "method", "recv": enc(recv), "m": name, "args": [enc(a) for a in args],
                  "kw": [[k, enc(v)] for k, v in kw.items()], "expect": exp})


def op(o, a, b):
    import operator
    f = {"+": operator.add, "-": operator.sub, "*": operator.mul, "|": operator.or_, "&": operator.and_,
         "^": operator.xor, "<": operator.lt, "<=": operator.le, "==": operator.eq, ">": operator.gt,
         "in": lambda x, y: operator.contains(y, x), "[]": operator.getitem, "%": operator.mod}[o]
    cases.append({"kind": "op", "op": o, "args": [enc(a), enc(b)], "expect": outcome(lambda: f(a, b))})


# --- builtins -------------------------------------------------------------------------------
for xs in [[], [3, 1, 2], [1.5, -2, 0], ["b", "a", "c"], [(2, "b"), (1, "z"), (1, "a")], [3, "a"]]:
    call("sorted", xs)
    call("sorted", xs, reverse=True)
    call("min", xs)
    call("max", xs)
    call("sum", xs)
    call("list", xs)
    call("tuple", xs)
    call("any", xs)
    call("all", xs)
    call("len", xs)
    call("reversed", xs)
    call("enumerate", xs)
    call("enumerate", xs, 5)
call("sorted", [3, 1, 2], key=abs, reverse=1)
call("sorted", ["bb", "a", "ccc"], key=len)
call("sorted", [-3, 1, -2], key=abs)
call("sorted", [3, 1], 1)
call("min", [], default=7)
call("min", 3, 1, 2)
call("max", 3, 1, 2, key=lambda v: -v) if False else None
call("max", "abc", "abd")
call("max", [1, 2], default=0)
call("min")
call("max", 1, 2, default=0)
call("sum", [1, 2], 10)
call("sum", [[1], [2]], [])
call("sum", ["a"], "")
call("sum", [0.1, 0.2, 0.3])
call("sum", [10**20, 1])
call("len", 5)
call("len", "héllo")
call("len", {1: 2})
call("len", range(0, 10, 3))
for v in [0, 1, -1, 255, 2**70, -(2**70), True]:
    call("bin", v); call("oct", v); call("hex", v)
call("hex", 1.5)
for v in [65, 0x1F600, -1, 0x110000, "a"]:
    call("chr", v)
for v in ["a", "ab", "", "\U0001F600", 5]:
    call("ord", v)
call("abs", -5); call("abs", -2.5); call("abs", "x"); call("abs", True)
call("round", 2.5); call("round", 3.5); call("round", 2.675, 2); call("round", 1234, -2); call("round", "x")
call("divmod", 7, 2); call("divmod", -7, 2); call("divmod", 7.5, 2); call("divmod", "a", 1); call("divmod", 1, 0)
call("pow", 2, 10); call("pow", 2, -1); call("pow", 3, 4, 5); call("pow", 3, -1, 7); call("pow", 2, 3, 0); call("pow", "a", 2)
for v in [[1, 2], (1,), {"a": 1}, {1, 2}, "abc", 1, 1.5, None, True, range(3)]:
    call("repr", v); call("str", v); call("bool", v); call("type", v)
call("list", "abc"); call("list", {"a": 1, "b": 2}); call("list", range(2, 11, 3)); call("list", 5); call("list", [1], [2])
call("tuple", range(3)); call("tuple", None)
call("dict", [(1, 2), (3, 4)]); call("dict", a=1, b=2); call("dict", {"x": 1}, y=2); call("dict", [(1, 2, 3)]); call("dict", [1])
call("set", [3, 1, 2, 1]); call("set", "aab") if False else None; call("frozenset", [1, 2, 2]); call("set", [[1]])
call("set", [10, 3, 100, 42, 7]); call("set", range(20)); call("set", [-1, -5, 3]); call("set", [8, 16, 24, 0])
call("int", "42"); call("int", " -7 "); call("int", "ff", 16); call("int", "0x1f", 0); call("int", "abc"); call("int", 3.9)
call("int", -3.9); call("int", "1_000"); call("int", [1]); call("int", "12", 1); call("int", 5, 10)
call("float", "1.5"); call("float", "inf"); call("float", "abc"); call("float", 3); call("float", [1]); call("float", " -0.0 ")
call("str", b"x" if False else 1); call("bool", 0); call("bool", []); call("bool", "0")
call("range", 5); call("range", 1, 10, 2); call("range", 1, 10, 0); call("range", 1.5); call("range", 10, 0, -3)
call("slice", 1, 5); call("slice", 5); call("slice", 1, 5, 2)
call("zip", [1, 2, 3], "ab"); call("zip"); call("zip", [1, 2], [3, 4], strict=True); call("zip", [1, 2], [3], strict=True)
call("zip", [1], [3, 4], strict=True); call("zip", [1], [2], [3, 4], strict=True); call("zip", 1, [2])
call("map", abs, [-1, 2, -3]); call("map", pow, [2, 3], [3, 2]); call("filter", None, [0, 1, "", "a", [], [0]])
call("filter", abs, [0, -1, 2]); call("map", abs)
call("reversed", range(5)); call("reversed", "abc"); call("reversed", (1, 2)); call("reversed", {1: 2}); call("reversed", 5)
call("isinstance", 1, int); call("isinstance", True, int); call("isinstance", 1, (str, float)); call("isinstance", 1, 5)
call("isinstance", [], (list, tuple)); call("issubclass", bool, int); call("issubclass", 1, int); call("issubclass", int, (str, object))
call("callable", len); call("callable", 1); call("callable", int)
call("hash", 1); call("hash", -1); call("hash", 1.5); call("hash", 2**70); call("hash", (1, 2)); call("hash", (1, (2, 3.5))); call("hash", [])
call("hash", True); call("hash", -2**61); call("hash", 1e100); call("hash", ()); call("hash", (-1,))
call("format", 12.5, ".2f"); call("format", 42, "x"); call("format", "ab", ">5"); call("format", 1, 5)
call("getattr", 1, "real"); call("getattr", [], "nope", 3); call("getattr", [], "nope"); call("getattr", 1, 2)
call("hasattr", [], "append"); call("hasattr", [], "constructor"); call("getattr", {}, "__proto__", "dflt")
call("getattr", [], "toString", None); call("hasattr", 1, "__class__")
call("iter", 5); call("next", iter([]), "done"); call("next", iter([1])); call("next", 5); call("next", iter([]))
call("ascii", "héllo"); call("ascii", ["é"])
call("all", []); call("any", []); call("all", 5)
call("sorted", {3: 1, 1: 2}); call("sorted", "cba"); call("sorted", [3, 1], key=None)
call("enumerate", "ab", start=-1); call("enumerate", [1], 1.5)
call("print", sep=5)

# --- container methods ----------------------------------------------------------------------
L = [3, 1, 2]
for m, args in [("append", (4,)), ("extend", ([5, 6],)), ("extend", ("ab",)), ("insert", (1, 9)), ("insert", (-10, 9)),
                ("insert", (10, 9)), ("pop", ()), ("pop", (0,)), ("pop", (-1,)), ("pop", (5,)), ("remove", (1,)),
                ("remove", (7,)), ("index", (2,)), ("index", (7,)), ("index", (1, 2)), ("count", (1,)), ("reverse", ()),
                ("sort", ()), ("copy", ()), ("clear", ()), ("__len__", ()), ("__getitem__", (1,)), ("__getitem__", (5,)),
                ("__getitem__", ("a",)), ("__contains__", (2,)), ("__setitem__", (0, 7)), ("__delitem__", (0,)),
                ("__setitem__", (5, 1)), ("__delitem__", (-4,)), ("__mul__", (2,)), ("__add__", ([1],)), ("__add__", ((1,),)),
                ("__iadd__", ((1, 2),)), ("__eq__", ([3, 1, 2],)), ("__lt__", ([3, 2],)), ("__ge__", ([3],))]:
    meth(L, m, *args)
meth(L, "sort", reverse=True); meth(L, "sort", key=lambda v: -v) if False else None
meth([], "pop"); meth([1, "a"], "sort")
meth([1, 2, 3, 4, 5], "__getitem__", slice(1, 4)); meth([1, 2, 3, 4, 5], "__getitem__", slice(None, None, -2))
meth([1, 2, 3, 4, 5], "__setitem__", slice(1, 3), [9, 9, 9]); meth([1, 2, 3, 4, 5], "__setitem__", slice(None, None, 2), [0, 0, 0])
meth([1, 2, 3, 4, 5], "__setitem__", slice(None, None, 2), [0]); meth([1, 2, 3, 4, 5], "__delitem__", slice(None, None, 2))
meth([1, 2, 3, 4, 5], "__delitem__", slice(1, -1)); meth([1, 2, 3, 4, 5], "__getitem__", slice(-2, None))
meth([1, 2, 3, 4, 5], "__getitem__", slice(10, 20)); meth([1, 2, 3], "__getitem__", slice(None, None, 0))
T = (1, 2, 3, 2)
for m, args in [("count", (2,)), ("index", (3,)), ("index", (9,)), ("__getitem__", (-1,)), ("__getitem__", (4,)),
                ("__getitem__", (slice(1, 3),)), ("__add__", ((4,),)), ("__add__", ([4],)), ("__mul__", (0,)), ("__len__", ()),
                ("__contains__", (9,)), ("__lt__", ((1, 2, 4),)), ("__eq__", ((1, 2, 3, 2),))]:
    meth(T, m, *args)
D = {"a": 1, "b": 2, 3: [4]}
for m, args in [("get", ("a",)), ("get", ("z",)), ("get", ("z", 0)), ("pop", ("a",)), ("pop", ("z",)), ("pop", ("z", None)),
                ("popitem", ()), ("setdefault", ("c", 5)), ("setdefault", ("a", 5)), ("setdefault", ("n",)), ("update", ({"a": 9},)),
                ("update", ([("q", 1)],)), ("keys", ()), ("values", ()), ("items", ()), ("copy", ()), ("clear", ()),
                ("__getitem__", ("z",)), ("__getitem__", (3,)), ("__delitem__", ("z",)), ("__delitem__", ("b",)),
                ("__contains__", ("a",)), ("__len__", ()), ("__eq__", ({3: [4], "b": 2, "a": 1},)), ("__or__", ({"a": 0, "x": 1},)),
                ("__getitem__", ([],)), ("__setitem__", ([], 1)), ("update", (5,)), ("update", ([1],))]:
    meth(D, m, *args)
meth(D, "update", x=1, a=7)
meth({}, "popitem")
meth({1: "a", 1.0: "b", True: "c"}, "__len__"); meth({1: "a"}, "__getitem__", 1.0); meth({1: "a"}, "__getitem__", True)
meth({(1, 2): "t"}, "__getitem__", (1, 2)); meth({(1, 2): "t"}, "get", (1, 3))
S = {1, 2, 3}
for m, args in [("add", (4,)), ("add", (1,)), ("remove", (2,)), ("remove", (9,)), ("discard", (9,)), ("pop", ()),
                ("union", ({5},)), ("union", ([5], (6,))), ("intersection", ({2, 3, 4},)), ("difference", ({1},)),
                ("symmetric_difference", ({3, 4},)), ("issubset", ({1, 2, 3, 4},)), ("issuperset", ([1],)), ("isdisjoint", ([7],)),
                ("update", ([7, 8],)), ("intersection_update", ([1, 2],)), ("difference_update", ([1],)),
                ("symmetric_difference_update", ([1, 9],)), ("copy", ()), ("clear", ()), ("__or__", ({9},)), ("__and__", ({1, 9},)),
                ("__sub__", ({1},)), ("__xor__", ({1, 9},)), ("__le__", ({1, 2, 3},)), ("__lt__", ({1, 2, 3},)),
                ("__contains__", (2,)), ("__contains__", ([],)), ("add", ([],)), ("__eq__", (frozenset({1, 2, 3}),))]:
    meth(S, m, *args)
meth(set(), "pop")
meth({100, 5, 37, 64}, "__or__", {1, 2, 200}); meth({10, 20, 30, 40, 50, 60}, "__and__", {20, 40, 60, 80})
meth(frozenset({1, 2}), "union", {3}); meth(frozenset({1, 2}), "__or__", {3})
meth({1, 2}, "__or__", frozenset({3}))
R = range(0, 20, 3)
for m, args in [("index", (9,)), ("index", (10,)), ("count", (9,)), ("__getitem__", (2,)), ("__getitem__", (-1,)),
                ("__getitem__", (10,)), ("__getitem__", (slice(1, 4),)), ("__getitem__", (slice(None, None, -1),)),
                ("__contains__", (12,)), ("__contains__", (13,)), ("__contains__", (12.0,)), ("__len__", ()),
                ("__eq__", (range(0, 19, 3),)), ("__eq__", (range(0, 20, 4),))]:
    meth(R, m, *args)

# --- operators ------------------------------------------------------------------------------------
for o, a, b in [("+", [1], [2]), ("+", [1], (2,)), ("+", (1,), [2]), ("+", [1], 1), ("+", 1, [1]), ("*", [1, 2], 2),
                ("*", 2, [1, 2]), ("*", [1], "a"), ("*", [1], 1.5), ("*", (1,), -1), ("|", {1}, {2}), ("&", {1, 2}, {2}),
                ("-", {1, 2}, {2}), ("^", {1, 2}, {2, 3}), ("|", {"a": 1}, {"b": 2}), ("|", {1}, [2]), ("+", {1}, {2}),
                ("-", [1], [1]), ("<", [1, 2], [1, 3]), ("<", [1], [1, 0]), ("<", (1, "a"), (1, "b")), ("<", [1], (1,)),
                ("<", {1}, {1, 2}), ("<=", {1}, {1}), ("<", {"a": 1}, {"b": 1}), ("==", [1, 2], (1, 2)), ("==", {1: 2}, {1: 2}),
                ("==", {1: 2}, {1: 3}), ("==", 1, 1.0), ("==", {1}, frozenset({1})), ("in", 1, [1, 2]), ("in", [1], [[1]]),
                ("in", 3, {1: 2}), ("in", "b", "abc"), ("in", 1, 5), ("[]", [1, 2], -1), ("[]", (1, 2), 2), ("[]", 5, 0),
                ("[]", {"a": 1}, "b"), ("[]", "abc", slice(None, None, -1)), ("[]", range(10), slice(2, 8, 3)),
                ("%", [1], 2), ("<", None, None), (">", 1, "a"), ("+", None, 1), ("*", [0], 3), ("==", float("nan"), float("nan")),
                ("in", float("nan"), [float("nan")])]:
    op(o, a, b)

with open(os.path.join(HERE, "objects_cases.json"), "w") as f:
    f.write('{"python": %s, "cases": [\n' % json.dumps(sys.version.split()[0]))
    f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cases))
    f.write("\n]}\n")
print(len(cases), "cases")
