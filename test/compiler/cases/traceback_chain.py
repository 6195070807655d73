def parse(s):
    return int(s)

def convert(s):
    try:
        return parse(s)
    except ValueError as e:
        raise RuntimeError('cannot parse') from e

def handle():
    try:
        {}['missing']
    except KeyError:
        convert('x')

handle()
