# Set displays of constants iterate in CPython's frozenset-constant order.
print({33, 1, 65}, {-5, 3, 100, -1}, {1, 2}, {33, 1, 65, *[]})
print({(1, 2), 3, 4} == {3, 4, (1, 2)}, list({64, 0, 32, +8}), list({-1.5, 2.5, 7}))
x = 33
print({x, 1, 65}, {None, True, 'a'} == {'a', None, True})

# Dict displays evaluate key, value, key, value (in that order).
def show(tag, v):
    print('eval', tag)
    return v

d = {show('k1', 'a'): show('v1', 1), show('k2', 'b'): show('v2', 2), 'c': show('v3', 3), show('k4', 'd'): 4}
print(d)
print({show('k', 1): show('v', 2)}, {'x': show('vx', 0), 'y': show('vy', 1)})
try:
    print({chr(65): sum(['b', 'a']), int('4.5'): 1})
except (TypeError, ValueError) as e:
    print('caught', type(e).__name__, e)
def gen():
    d = {(yield 'k'): (yield 'v'), 'z': (yield 'w')}
    print(d)
g = gen()
print(next(g), g.send(1), g.send(2))
try:
    g.send(3)
except StopIteration:
    pass
