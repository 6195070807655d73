# Counting loops over bounds beyond 2^53, `x = yield` after next(), the value of `yield from`
# over a user iterator, and special methods called with more arguments than they take.
for x in range(9223372036854775805, 9223372036854775807):
    print(x)
for x in range(-9223372036854775805, -9223372036854775807, -1):
    print(x)
print([x for x in range(-9223372036854775807, -9223372036854775804)])
for x in range(2**70, 2**70 + 7, 3):
    print(x)
for x in range(5, 2**70):
    if x > 7:
        break
    print(x, x + 1)

def g():
    x = yield 1
    yield x
    yield (yield 2) or 'fallback'
it = g()
print(next(it), next(it), next(it), next(it))

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n * 10)
        return self.n
def h():
    v = yield from It()
    print('ret', v)
print(list(h()))

class B:
    def __eq__(self, /):
        return True
try:
    print('a' == B())
except TypeError as e:
    print('TypeError', e)
class C:
    def __lt__(self, other, extra=5):
        return extra
print(C() < 1)
