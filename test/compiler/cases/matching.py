class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

def m(v):
    match v:
        case 0 | 1:
            return 'small'
        case None:
            return 'none'
        case True:
            return 'true'
        case [x, y]:
            return f'pair {x} {y}'
        case [x, *rest] if len(rest) > 2:
            return f'long {x} {rest}'
        case (x, _, *_):
            return f'seq {x}'
        case {'k': val, **others}:
            return f'map {val} {others}'
        case Point(x=0, y=yy):
            return f'on y axis {yy}'
        case Point(a, b) as p:
            return f'point {a} {b} {type(p).__name__}'
        case str() as s:
            return 'str ' + s
        case int(n) if n > 100:
            return f'big {n}'
        case _:
            return 'other'

for v in [0, 1, None, True, [1, 2], [1, 2, 3, 4], (1, 2, 3), {'k': 1, 'z': 2}, Point(0, 5), Point(1, 2), 'hi', 500, 50]:
    print(m(v))
