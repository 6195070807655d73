def f():
    try:
        raise KeyError('k')
    except (KeyError, IndexError) as e:
        print('caught', repr(e))
    try:
        e
    except NameError as n:
        print('unbound after handler')

def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError('wrapped') from e
    except ValueError as v:
        print(type(v.__cause__).__name__, v.__suppress_context__)
    try:
        try:
            {}['x']
        except KeyError:
            raise TypeError('during')
    except TypeError as t:
        print(type(t.__context__).__name__)

def reraise():
    try:
        try:
            raise OSError('io')
        except OSError:
            raise
    except OSError as e:
        print('re', e)

class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.swallow

def withs():
    with CM('a') as a, CM('b') as b:
        print('body', a, b)
    with CM('c', swallow=True):
        raise RuntimeError('boom')
    print('after suppressed')
    try:
        with CM('d'):
            raise RuntimeError('propagates')
    except RuntimeError as e:
        print('outer caught', e)
    for i in range(2):
        with CM('loop'):
            if i == 0:
                continue
            break
    return 'done'

f(); chain(); reraise(); print(withs())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
