#!/usr/bin/env python3
"""Generates the CPython-checked case tables for the numbers/strings runtime tests.

Run: python3 test/runtime/numbers/cases_gen.py   (writes numbers/cases.json and strings/cases.json)
Each case records the arguments (encoded with their Python types) and CPython's result as
repr() text, or the exception type and message.
"""
import json, math, os, random

def enc(v):
    if isinstance(v, bool): return {"t": "bool", "v": v}
    if isinstance(v, int): return {"t": "int", "v": str(v)}
    if isinstance(v, float): return {"t": "float", "v": repr(v)}
    if isinstance(v, str): return {"t": "str", "v": v}
    if isinstance(v, tuple): return {"t": "tuple", "v": [enc(x) for x in v]}
    if isinstance(v, list): return {"t": "list", "v": [enc(x) for x in v]}
    if isinstance(v, dict): return {"t": "dict", "v": [[enc(k), enc(x)] for k, x in v.items()]}
    if v is None: return {"t": "none"}
    if isinstance(v, bytes): return {"t": "bytes", "v": list(v)}
    raise TypeError(type(v))

def run(fn, *args):
    try:
        r = fn(*args)
        return {"repr": repr(r)}
    except Exception as e:
        return {"err": type(e).__name__, "msg": str(e)}

def case(kind, fn_, *args, **extra):
    d = {"kind": kind, "args": [enc(a) for a in args]}
    d.update(extra)
    d.update(run(fn_, *args))
    return d

out_num, out_str = [], []
random.seed(12345)

# ---- binary operators over a grid of values
INTS = [0, 1, -1, 2, 7, -7, 3, 255, 2**31 - 1, -2**31, 2**53 - 1, -(2**53 - 1), 2**53, 2**53 + 1, -(2**53), 2**64 + 3, -(2**70) - 5, 10**20]
FLOATS = [0.0, -0.0, 0.5, -2.5, 1.0, 3.0, -3.0, 1e16, 1.5e-07, 0.1, float('inf'), float('-inf'), float('nan'), 1e308, 2.0**53, 7.25]
OTHER = [True, False, '', 'ab']
VALUES = INTS + FLOATS + OTHER
OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b,
       '//': lambda a, b: a // b, '%': lambda a, b: a % b, '**': lambda a, b: a ** b, '<<': lambda a, b: a << b,
       '>>': lambda a, b: a >> b, '&': lambda a, b: a & b, '|': lambda a, b: a | b, '^': lambda a, b: a ^ b,
       '==': lambda a, b: a == b, '!=': lambda a, b: a != b, '<': lambda a, b: a < b, '<=': lambda a, b: a <= b,
       '>': lambda a, b: a > b, '>=': lambda a, b: a >= b}
for op, fn in OPS.items():
    for a in VALUES:
        for b in VALUES:
            if op == '**' and isinstance(b, int) and not isinstance(b, bool) and abs(b) > 300: continue
            if op == '**' and isinstance(a, int) and abs(a) > 2**40 and isinstance(b, int) and b > 20: continue
            if op == '<<' and isinstance(b, int) and b > 300: continue
            if op == '*' and isinstance(a, str) and isinstance(b, int) and b > 100: continue
            if op == '*' and isinstance(b, str) and isinstance(a, int) and a > 100: continue
            out_num.append(case('binop', fn, a, b, op=op))
# random small-int and float arithmetic
for _ in range(400):
    a = random.randint(-10**6, 10**6); b = random.choice([random.randint(-1000, 1000), random.randint(1, 9)])
    for op in ['//', '%', '/', '*', '**' if 0 <= b < 6 else '+', '<<' if 0 <= b < 60 else '-', '>>' if b >= 0 else '&']:
        out_num.append(case('binop', OPS[op], a, b, op=op))
for _ in range(300):
    a = random.uniform(-1e6, 1e6) * random.choice([1, 1e-10, 1e10]); b = random.choice([random.uniform(-100, 100), float(random.randint(-9, 9)), random.randint(-9, 9)])
    for op in ['//', '%', '/', '*', '+', '-']:
        out_num.append(case('binop', OPS[op], a, b, op=op))
for v in VALUES:
    for name, fn in [('-', lambda x: -x), ('+', lambda x: +x), ('~', lambda x: ~x)]:
        out_num.append(case('unop', fn, v, op=name))

# ---- float repr
specials = [0.1, 0.2, 0.30000000000000004, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e-7,
            5e-324, 1.7976931348623157e308, 1e22, 1e21, 9007199254740993.0, 0.5, 100.0, -0.0, 12345.6789, 1e-310, 2.5e-5]
for v in specials + [random.uniform(-1, 1) * 10 ** random.randint(-30, 30) for _ in range(300)] + [float(random.randint(1, 10**17)) for _ in range(50)]:
    out_num.append(case('repr', repr, v))
for v in [0, -5, 2**63, -(2**100), 10**50]:
    out_num.append(case('repr', repr, v))

# ---- hash
for v in INTS + [x for x in FLOATS if x == x] + [True, False, 2**61 - 1, 2**61, -(2**61) + 1, 2**62 + 5, -2, 1e300, 1.5, -1.5, 0.1, 2.0**60, 2.0**61] + [random.uniform(-1e6, 1e6) for _ in range(50)]:
    out_num.append(case('hash', hash, v))

# ---- int() / float() from strings
for s, base in [('0x1f', 16), ('0x1f', 0), ('1_000', 10), (' 42 ', 10), ('-0b101', 0), ('0o17', 8), ('z', 36), ('ZZ', 36), ('12', 3), ('x', 10), ('', 10),
                ('1__0', 10), ('_1', 10), ('1_', 10), ('010', 0), ('0', 0), ('00', 0), ('0x', 16), ('0x_f', 16), ('+7', 10), ('- 7', 10), ('12', 1), ('12', 37),
                ('123456789012345678901234567890', 10), ('ffffffffffffffffffff', 16), ('\t\n 9\x0b', 10), ('１２', 10), ('1e5', 10), ('0b2', 0), ('9' * 30, 36)]:
    out_num.append(case('int', lambda s, b: int(s, b), s, base))
for s in ['1.5', ' -2.5e3 ', 'inf', '-Infinity', 'nan', 'NaN', '1_000.5', '1__0', '.5', '5.', '1e', 'x', '', '1.0', '0x10', '  +.5e-3', '1e400', '-0', '1_0e1_0', 'infinit']:
    out_num.append(case('float', float, s))

# ---- round
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 12345.5, 1e16, -2.5, 3.14159, 1e300, 7.0, -0.4, float('inf'), float('nan'), 5, 15, 25, -25, 12345, 2**60 + 5]:
    for nd in [None, 0, 1, 2, 3, -1, -2, 10]:
        out_num.append(case('round', (lambda v, nd: round(v) if nd is None else round(v, nd)), v, nd))

# ---- divmod, pow3, bin/oct/hex, to_bytes
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0), (7.0, 0.0), (2**70, 3), (-(2**70), 7), (1e300, 1e-300), (True, 2)]:
    out_num.append(case('divmod', divmod, a, b))
for a, b, m in [(2, 10, 1000), (3, 200, 10**9 + 7), (2, -1, 7), (2, -1, 4), (5, 3, 0), (2.0, 3, 5), (-3, 3, 7), (3, 3, -7), (2**100 + 1, 2**65, 2**89 - 1), (0, 0, 1), (7, 0, 1), (10, 5, -3)]:
    out_num.append(case('pow3', pow, a, b, m))
for v in [0, 5, -5, 255, 2**70, -(2**70), True]:
    for fn, name in [(bin, 'bin'), (oct, 'oct'), (hex, 'hex')]:
        out_num.append(case('base', fn, v, fn=name))
for n, length, order in [(1, 2, 'big'), (1, 2, 'little'), (256, 1, 'big'), (-1, 2, 'big'), (2**64 - 1, 8, 'little'), (0, 0, 'big'), (65535, 2, 'middle'), (2**64, 8, 'big')]:
    out_num.append(case('to_bytes', lambda n, l, o: n.to_bytes(l, o), n, length, order))
for b, order in [(b'\x01\x00', 'big'), (b'\x01\x00', 'little'), (b'', 'big'), (b'\xff' * 12, 'big')]:
    out_num.append(case('from_bytes', lambda b, o: int.from_bytes(b, o), b, order))
for v in [0.5, 3.0, -0.75, 1e300, 0.1, 5, float('inf'), float('nan')]:
    out_num.append(case('ratio', lambda v: v.as_integer_ratio(), v))

# ---- math
MATH_ARGS = {
    'sqrt': [4, 2, -1, 0.25, 2**200, float('inf')], 'floor': [1.5, -1.5, 3, 1e20, float('inf'), float('nan')], 'ceil': [1.5, -1.5, 3, -0.5],
    'gcd': [(12, 18), (0, 0), (-4, 6), (2**80, 2**70 * 3)], 'lcm': [(4, 6), (0, 5), (3, 5, 7)], 'factorial': [0, 5, 20, 25, -1, 5.0],
    'comb': [(10, 3), (5, 7), (100, 50), (-1, 2)], 'perm': [(5, 2), (5,), (3, 4)], 'isqrt': [0, 15, 16, 2**100 + 7, -1],
    'log': [1, 100, 0, -1, (8, 2), (100, 10), 2**2000, (1, 1)], 'log2': [8, 3, 0, 2**1500], 'log10': [1000, 0.001, -5], 'exp': [0, 1, 1000, -1000],
    'pow': [(2, 10), (2, 0.5), (-8, 1/3), (0, -1), (10, 400), (-2, 3)], 'fabs': [-3, 2.5], 'fmod': [(7, 3), (-7, 3), (7, 0), (float('inf'), 1), (5, float('inf'))],
    'trunc': [2.7, -2.7, 5], 'modf': [2.5, -2.5, 3.0, float('inf')], 'frexp': [8.0, 0.3, 0, -5, 1e-310], 'ldexp': [(0.5, 4), (1.0, 2000), (3, -2)],
    'copysign': [(3, -0.0), (-2.5, 1), (0.0, -1)], 'hypot': [(3, 4), (), (1, 2, 2), (float('inf'), float('nan'))], 'isclose': [(1.0, 1.0 + 1e-10), (1.0, 1.1), (0.0, 1e-12)],
    'isfinite': [1, float('inf')], 'isinf': [float('-inf'), 2], 'isnan': [float('nan'), 0.0], 'fsum': [([0.1] * 10,), ([1e100, 1.0, -1e100, 1e-100],), ([],)],
    'prod': [([1, 2, 3, 4],), ([1.5, 2],), ([],)], 'sin': [0, 1, float('inf')], 'cos': [0, 1], 'tan': [0.5], 'asin': [0.5, 2], 'acos': [1, -2], 'atan': [1], 'atan2': [(1, 1), (-0.0, -1)],
    'sinh': [1], 'cosh': [1, 1000], 'tanh': [0.5], 'asinh': [1], 'acosh': [2, 0.5], 'atanh': [0.5, 1], 'degrees': [math.pi], 'radians': [180], 'dist': [((0, 0), (3, 4))],
}
for name, arglist in MATH_ARGS.items():
    for args in arglist:
        if not isinstance(args, tuple): args = (args,)
        out_num.append(case('math', getattr(math, name), *args, fn=name))

# ---- format(x, spec)
NUMS = [0, 1, -1, 42, -42, 1234567, -1234567, 2**64, True, 0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-5, 1.5e-7, 1e16, 1e22, 0.125, 2.5, 0.5, 1e300, float('inf'), float('-inf'), float('nan'), 123.456, 0.000123456]
SPECS = ['', 'd', '5d', '<5', '^7', '>7', '=+8', '+', ' ', '-', ',', '_', '08', '010,', '09,', '08,', '#x', '#X', 'x', 'o', '#o', 'b', '#b', '_b', '_x', 'c', 'e', 'E', '.2e', '.0e', '#.0e', 'f', '.2f', '.0f', '#.0f', '10.3f', '-10.3f', '+.3f', ',.2f', '_.1f', 'F',
         'g', 'G', '.3g', '.10g', '#g', '#.3g', '.0g', '%', '.1%', '.3', '.1', '.0', '#', 'z.1f', 'z', '*^12.3f', '0=10', '0<10', 'x<6', '>+10,.2f', '.20f', '.17g', '.50f', 'n', 's', 'q', '.2d', '+c', '#c', ',x', ',c', '_,', '.', 'abc']
for x in NUMS:
    for sp in SPECS:
        if x == 1e300 and sp in ('.50f', '.20f'): continue
        out_str.append(case('format', format, x, sp))
for _ in range(300):
    x = random.choice([random.uniform(-1e6, 1e6), random.uniform(-1, 1), random.randint(-10**9, 10**9) / 8, random.random() * 10 ** random.randint(-20, 20)])
    sp = random.choice(['.2f', '.3f', '.9f', '.1f', '.0f', '.4e', '.6g', '', '.12g', ',.2f', '.5%', '10.4f'])
    out_str.append(case('format', format, x, sp))
for s in ['', 'abc', 'héllo', 'a\U0001F600b']:
    for sp in ['', '5', '<5', '>5', '^6', '*^7', '.2', '10.1', '05', '=5', '+', '#', 'd', 's', ',', 'z']:
        out_str.append(case('format', format, s, sp))

# ---- % formatting
PCT = [('%d', 5), ('%5d', -5), ('%-5d|', 5), ('%05d', -5), ('%+d', 5), ('% d', 5), ('%.3d', 5), ('%x', 255), ('%#x', 255), ('%#X', 255), ('%o', 8), ('%#o', 8),
       ('%f', 1.5), ('%.2f', 2.675), ('%10.3f', 3.14159), ('%-10.1f|', 2.25), ('%e', 12345.678), ('%.2E', 0.000123), ('%g', 1e-5), ('%g', 123456789.0), ('%G', 1e20),
       ('%s', 'hi'), ('%r', 'hi'), ('%a', 'é'), ('%5s|', 'ab'), ('%-5s|', 'ab'), ('%.1s', 'abc'), ('%c', 65), ('%c', 'z'), ('%%', ()), ('%d%%', 5), ('%s %s', (1, 2)),
       ('%(a)s-%(b)d', {'a': 'x', 'b': 3}), ('%*d', (5, 3)), ('%.*f', (2, 3.14159)), ('%d', 'a'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%', 1), ('%s', (1,)),
       ('%s', [1, 2]), ('%d', 3.99), ('%x', 3.5), ('%f', 'x'), ('%c', 'ab'), ('%i', True), ('%s', True), ('%r', 1.0), ('%s', 1e16), ('%d', 2**70), ('%x', -255), ('%5.1f%%', 12.34),
       ('%(a)s', 5), ('hello', 5), ('hello', ()), ('%s', None), ('%.0f', 0.5), ('%.0f', 1.5), ('%f', float('inf')), ('%05.1f', -2.5), ('%+.2e', 0.0)]
for fmt, args in PCT:
    out_str.append(case('percent', lambda f, a: f % a, fmt, args))

# ---- str.format
FMT = [('{}', (1,), {}), ('{0}{1}{0}', ('a', 'b'), {}), ('{x}-{y}', (), {'x': 1, 'y': 2}), ('{:>5}', ('ab',), {}), ('{0:{1}}', (3.14159, '.2f'), {}),
       ('{!r}', ('a',), {}), ('{!s:>4}', (1,), {}), ('{{}}', (), {}), ('{0[1]}', ([5, 6],), {}), ('{0[a]}', ({'a': 9},), {}), ('{}', (), {}),
       ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{', (), {}), ('}', (), {}), ('{:d}', (1.5,), {}), ('{!x}', (1,), {}), ('{:{}}', ('a', 5), {}),
       ('{:,}', (1234567,), {}), ('{:.{}f}', (3.14159, 2), {}), ('{0:^{1}}', ('x', 5), {}), ('{a!r:>6}', (), {'a': 'q'}), ('{2}', (1, 2), {}), ('{z}', (), {}),
       ('{:%}', (0.25,), {}), ('{0.real}', (5,), {}), ('{:#010b}', (5,), {}), ('{!a}', ('é',), {}), ('{0[0]}{0[1]}', ('ab',), {})]
for fmt, args, kw in FMT:
    out_str.append(case('strformat', lambda f, a, k: f.format(*a, **k), fmt, args, kw))

# ---- str methods
S = ['', 'hello world', '  padded  ', 'a,b,,c', 'Hello World', 'hello WORLD 123', 'ß straße', 'tab\there', 'line1\nline2\r\nline3\r', 'x\U0001F600y\U0001F600', 'ǆemal', '1st place', 'ABC', 'abc123', '٣', '²', '\u2028sep', 'aaa']
METHODS = [('upper',), ('lower',), ('title',), ('capitalize',), ('swapcase',), ('casefold',), ('strip',), ('lstrip',), ('rstrip',), ('strip', 'hd'), ('split',), ('split', ','),
           ('split', ',', 1), ('rsplit', None, 1), ('rsplit', ','), ('split', ''), ('splitlines',), ('splitlines', True), ('find', 'o'), ('find', 'o', 5), ('find', ''), ('find', '', 100),
           ('rfind', 'o'), ('index', 'z'), ('count', 'l'), ('count', ''), ('count', 'a'), ('count', 'l', 3, 8), ('startswith', 'he'), ('startswith', ('x', 'h')), ('endswith', 'd'),
           ('startswith', 1), ('replace', 'l', 'L'), ('replace', 'l', 'L', 1), ('replace', '', '-'), ('replace', '', '-', 2), ('center', 15), ('center', 14, '*'), ('ljust', 12, '.'),
           ('rjust', 12), ('center', 5, 'ab'), ('zfill', 12), ('partition', ' '), ('rpartition', 'l'), ('partition', ''), ('isalpha',), ('isdigit',), ('isdecimal',), ('isnumeric',),
           ('isalnum',), ('isspace',), ('isupper',), ('islower',), ('istitle',), ('isidentifier',), ('isprintable',), ('isascii',), ('expandtabs',), ('expandtabs', 4),
           ('removeprefix', 'he'), ('removesuffix', 'ld'), ('join', ['a', 'b']), ('join', ['a', 1]), ('encode',), ('index', 'l', -3), ('rindex', 'l'), ('find', '\U0001F600'), ('find', 'y')]
for s in S:
    for m in METHODS:
        out_str.append(case('method', (lambda s, *a, m=m[0]: getattr(s, m)(*a)), s, *m[1:], method=m[0]))
for z in ['-42', '+7', '42', '']:
    out_str.append(case('method', lambda s, w: s.zfill(w), z, 6, method='zfill'))

# ---- repr, len, slicing
for s in ['', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\t nl\n cr\r', '\x00\x7f\x80\xa0', 'é€𝄞', '\u200b\u2028', '\ud800', 'back\\slash', '\U0010ffff', '\x1b[0m']:
    out_str.append(case('repr', repr, s))
    out_str.append(case('len', len, s))
for s in ['hello', 'x\U0001F600y\U0001F600z']:
    for a, b, c in [(None, None, -1), (1, None, None), (-3, None, None), (None, -1, None), (None, None, 2), (4, 0, -1), (10, None, None), (-100, 100, 3), (3, 1, None), (None, None, -2)]:
        out_str.append(case('slice', lambda s, a, b, c: s[a:b:c], s, a, b, c))
    for i in [0, 1, -1, -5, 5, 4]:
        out_str.append(case('getitem', lambda s, i: s[i], s, i))
for a, b in [('a', 'b'), ('\uffff', '\U00010000'), ('abc', 'ab'), ('', 'a'), ('\ue000', '\U0001F600')]:
    out_str.append(case('lt', lambda a, b: a < b, a, b))

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(here, 'numbers', 'cases.json'), 'w') as f: json.dump(out_num, f, ensure_ascii=True, separators=(',', ':'))
with open(os.path.join(here, 'strings', 'cases.json'), 'w') as f: json.dump(out_str, f, ensure_ascii=True, separators=(',', ':'))
print(len(out_num), 'number cases,', len(out_str), 'string cases')
