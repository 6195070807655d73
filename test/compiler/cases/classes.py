class Base:
    count = 0
    def __init__(self, v):
        self.v = v
        Base.count += 1
    def describe(self):
        return f'{type(self).__name__}({self.v})'
    def __repr__(self):
        return self.describe()

class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def describe(self):
        return super().describe() + f'+{self.w}'

class P:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 10
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __iadd__(self, o):
        self.x += o.x
        return self
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'

def tag(cls):
    cls.tagged = True
    return cls

@tag
class T:
    pass

print(Child(1, 2), Base(3), Base.count)
p = P(); p.x = 4
print(p.x, P.s(1), P.c(), p.s(2))
a = Vec(1, 2); b = a
a += Vec(1, 1)
print(a, b, a is b, a + b, a == Vec(2, 3), len(a), a[1], list(a), bool(a))
x, y = a
print(x, y, T.tagged)
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E('bad', 7)
except E as e:
    print(e, e.code, e.args)
