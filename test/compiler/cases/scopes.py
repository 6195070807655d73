x = 10

def read_global():
    return x

def shadow():
    x = 1
    def inner():
        return x
    return inner()

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    bump(); bump()
    return bump()

def set_global():
    global x
    x = 99

def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]

def default_binding():
    fs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs]

class K:
    y = 5
    z = [y * 2 for _ in range(2)] if False else 3
    def m(self):
        try:
            return y
        except NameError as e:
            return str(e)

def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 1

def free_unbound():
    def g():
        return w
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    w = 2
    return g()

def walrus():
    data = [1, 5, 3]
    if (n := len(data)) > 2:
        print('n', n)
    ys = [y for v in data if (y := v * 2) > 4]
    return ys, y

print(read_global(), shadow(), counter())
set_global()
print(x, late_binding(), default_binding())
print(K().m(), K.z)
unbound()
print(free_unbound())
print(walrus())
try:
    print(undefined_name)
except NameError as e:
    print(e)
def d():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print(e)
d()
