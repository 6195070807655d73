# Every syntactic form of Edge Python, for AST shape comparison with CPython.
import a.b.c as d, e
from . import y
from ..pkg.mod import (f as g, h,)
from ... import z
from m import *
x = 1_000 + 0x_ff + 0o17 + 0b1010 + 1.5e-3 + .5 + 5. + 1e10 + 2j + 1.5J
s = 'a' "b" '''c''' """d""" r'\d' R"\w" u'u' f'{x}' F"{x!r}" fr'{x}\n' Rf"{x}"
sb = b'x' B"y" br'\z' Rb'q'
t = f"{x=}" f"{x = }" f"{x=!s}" f"{x=:>10}" f"{x:{w}.{p}}" f"{{}}" f"{'nested'}" f'{a["k"]}'
u = "a\tb\n\x41\u0042\U00000043\101\N{BULLET}"
v = b"\x00\xff\n"
w = (1,)
w = ()
w = [1, *a, 2]
w = {1, *a}
w = {'a': 1, **d, 'b': 2}
w = {}
w = [i * j for i in range(3) if i for j in range(i) if j if i]
w = {k: v for k, v in items}
w = {k for k in ks}
w = (g for g in gs)
w = sum(g for g in gs)
w = [y := f(x), y ** 2]
w = a if b else c if d else e
w = lambda: 0
w = lambda a, b=1, *c, d, e=2, **f: a
w = lambda a, /, b: a
w = lambda *, k: k
w = not a and b or c and not d
w = a < b <= c == d != e > f >= g is h is not i in j not in k
w = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o
w = -a ** b
w = (-a) ** b
w = a[1:2, ::3, 4:, :5, ...]
w = a[1:2:3]
w = a[:]
w = a[b, c]
w = a[*b]
w = a.b.c(d)(e)[f].g
w = f(a, *b, c=1, **d)
w = f(*a, *b, **c, **d)
w = await_ = 3
a, b = b, a
a, *b = c
[a, b] = c
(a, b), c = d
a.b = a[c] = d
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1; a @= 1
x: int
x: list[int] = []
a.b: int = 1
(c): int = 2
del a, b[0], c.d
del (e, f), [g]
assert x
assert x, "msg"
pass
global_var = None


@decorator
@decorator.attr(1, k=2)
@(lambda f: f)
def func(a, b: int = 1, /, c=2, *args: str, d, e: int = 3, **kwargs) -> None:
    """Docstring."""
    global global_var
    global_var = 1
    def inner():
        nonlocal a
        a = 2
        return a
    if a:
        pass
    elif b:
        pass
    elif c:
        return
    else:
        return 1, 2
    while a:
        break
    else:
        continue_ = 1
    for i in range(3):
        continue
    else:
        pass
    for i, (j, k) in pairs:
        pass
    for *i, j in pairs: pass
    try:
        raise ValueError("x") from None
    except ValueError as e:
        raise
    except (TypeError, KeyError):
        pass
    except Exception:
        pass
    else:
        pass
    finally:
        pass
    try:
        pass
    finally:
        pass
    with open(f) as fh, lock:
        pass
    with (open(f) as fh, lock as l,):
        pass
    with (a, b):
        pass
    with (a):
        pass
    with (yield):
        pass
    x = yield
    y = yield from gen()
    yield a, b
    z = (yield)
    return x


class Empty: pass


@dataclass
class Point(Base, metaclass=Meta):
    x: int = 0
    y: int = 0

    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    async def run(self):
        await sleep(1)
        async for item in stream():
            print(item)
        async with lock:
            pass
        result = [await f(x) async for x in aiter() if await g(x)]
        return await gather(*[t for t in tasks])


async def agen():
    yield 1


match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case ["drop", *_]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=var) if var > 2:
        pass
    case {"x": x, "y": 1, **rest}:
        pass
    case {}:
        pass
    case []:
        pass
    case ():
        pass
    case (1, 2) as pair:
        pass
    case 1 | 2 | 3:
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case -1.5 - 2j:
        pass
    case "str" "ing":
        pass
    case b"bytes":
        pass
    case None | True | False:
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case int() | str():
        pass
    case [1, [2, *rest], {"k": [v]}]:
        pass
    case (x) if x:
        pass
    case x, if x:
        pass
    case x, *y:
        pass
    case _:
        pass

match x, y:
    case a, b:
        pass

match (x):
    case _:
        pass

match = 1
match.attr = 2
match[0] = 3
case = 4
_ = match(case)
print(match, case, _)

if __name__ == "__main__":
    func(1, 2, d=3)

x = (1 +
     2)
y = 1 + \
    2
z = [
    1,
    2,
]
if (a and
        b):
    pass
n = 1if x else 2
o = [1for x in y]
