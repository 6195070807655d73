# __context__ set while handling: in finally blocks, in functions called from handlers,
# from __exit__; then an uncaught AttributeError with CPython's suggestion.
def nested():
    try:
        raise KeyError("inner")
    finally:
        try:
            raise ValueError("in finally")
        except ValueError as v:
            print("finally context:", repr(v.__context__))
try:
    nested()
except KeyError as k:
    print("propagated", repr(k), k.__context__)

def parse(s):
    return int(s)
try:
    try:
        {}["k"]
    except KeyError:
        parse("x")
except ValueError as e:
    print("called from handler:", repr(e.__context__))

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError("exit failed")
try:
    with CM():
        raise ValueError("body")
except OSError as e:
    print("exit context:", repr(e.__context__))

def gen():
    try:
        raise KeyError("g")
    except KeyError:
        yield 1
it = gen()
next(it)
try:
    raise TypeError("outside")
except TypeError as e:
    print("generator handled state does not leak:", e.__context__)

class Point:
    def __init__(self):
        self.horizontal = 1
Point().horizontl
