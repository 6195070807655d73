def count(n):
    for i in range(n):
        yield i
    return 'done'

def outer():
    r = yield from count(3)
    yield r

print(list(outer()))
g = (x * x for x in range(5) if x % 2)
print(next(g), list(g))
def lazy():
    print('started')
    yield 1
l = lazy()
print('created')
print(next(l), next(l, 'end'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import_free = [v for _, v in zip(range(8), fib())]
print(import_free)
print(sum(x for x in range(10)), {k: k * 2 for k in 'ab'}, {x % 3 for x in range(10)})
print([(i, j) for i in range(3) for j in range(i)])
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
for v in gen_with_finally():
    print(v)
