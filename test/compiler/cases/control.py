def loops():
    out = []
    for i in range(5):
        if i == 3:
            break
        out.append(i)
    else:
        out.append('no-break')
    for i in range(2):
        pass
    else:
        out.append('else-ran')
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            continue
        out.append(n)
    else:
        out.append('while-else')
    for i in range(10, 0, -3):
        out.append(i)
    for a, b in [(1, 2), (3, 4)]:
        out.append(a + b)
    for ch in 'ab':
        out.append(ch)
    return out

def fin():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('finally', i)
    try:
        return 'try'
    finally:
        print('cleanup')

def override():
    try:
        return 1
    finally:
        return 2

def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return i

def tryelse(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print('div0')
    else:
        print('else', r)
    finally:
        print('fin')

print(loops())
print(fin(), override(), swallow())
tryelse(0); tryelse(5)
a = b = [1]
print(a is b, 1 < 2 < 3, 3 > 2 > 2, 1 < 2 > 0)
x = 5
print('big' if x > 3 else 'small', x and 0, 0 or 'z', not x)
first, *rest = [1, 2, 3, 4]
*init, last = 'abc'
print(first, rest, init, last)
print([*range(3), *'xy'], {**{'a': 1}, 'b': 2}, (*[1, 2],))
assert x == 5
try:
    assert x == 4, 'x is not 4'
except AssertionError as e:
    print('assert', e)
