# globals()/locals()/vars()/__dict__ views, method-call arity, defaults of defs in loops,
# int/float/str subclasses, bound builtin methods, OSError subclasses, exception args.
counter = 0
g = globals()
g["made"] = 1
print(made, "counter" in g, type(g).__name__, "constructor" in g)

def f(a, b=2, *rest):
    c = a + b
    return sorted(locals().items()), sorted(vars())
print(f(1), f(1, 5, 9))

class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def show(self, suffix=""):
        return repr(self.__dict__) + suffix
r = Rec(a=1, b="two")
r.__dict__["c"] = 3
del r.__dict__["a"]
print(r.show(), r.show("!"), r.c, hasattr(r, "a"), vars(r) == r.__dict__)
try:
    r.show(1, 2)
except TypeError as e:
    print("TypeError", e)

def deco(fn):
    def wrapper(self, *a):
        return "[" + fn(self, *a) + "]"
    return wrapper
class Box:
    @deco
    def show(self, s="-"):
        return s
print(Box().show(), Box().show("x"))

made_here = []
for tag in ["a", "b"]:
    def h(t=tag):
        return t
    made_here.append(h)
print([m() for m in made_here], made_here[0] is made_here[1], made_here[1].__defaults__)

class MyInt(int):
    def double(self):
        return MyInt(self * 2)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
i = MyInt(21)
s = MyStr("hey")
print(i, i.double(), type(i + 1).__name__, {i: "x"}[21], s.shout(), s + "x", len(s), s == "hey", isinstance(s, str))
print(type([].append).__name__, [].append == [].append, type(Rec().show).__name__)
e = OSError(2, "missing", "f.txt")
print(type(e).__name__, e, e.errno, e.filename, isinstance(e, OSError))
v = ValueError("x")
v.args = ("y", 1)
print(v, v.args, repr(v))
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
print(all(isinstance(c, type) for c in object.__subclasses__()), MyInt in int.__subclasses__(), Rec.__subclasses__())
