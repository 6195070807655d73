def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2, 3], **{'c': 0, 'z': 1}))

def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, c=3))
try:
    pos(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)

def once(acc=[]):
    acc.append(1)
    return len(acc)
print(once(), once(), once([]))

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + str(fn(*a, **k))
        return inner
    return wrap

@deco('<')
@deco('>')
def val(x):
    return x * 2
print(val(21))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
print((lambda *a, **k: (a, k))(1, x=2))
sq = lambda x: x * x
print(list(map(sq, range(4))), sorted([3, 1, 2], key=lambda v: -v))
def gen_kw(*, key):
    return key
try:
    gen_kw(1)
except TypeError as e:
    print(e)
print(gen_kw(key='k'))
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print('RecursionError', e)
