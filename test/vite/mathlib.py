# A Python module imported straight into a Vitest test through edgepy's Vite plugin.
import vhelper

def add(a, b):
    return a + b

def slow_double(x):
    sleep(0.01)          # suspends; the JS caller just awaits the Promise
    return 2 * x

def stats(values):
    return {"n": len(values), "total": sum(values), "max": max(values)}

def fails():
    raise ValueError("from python")

calls = 0

def count_call():
    global calls
    calls += 1
    return calls

def echo_types(i, f, s, b, n, lst, d):
    return [type(i).__name__, type(f).__name__, type(s).__name__, type(b).__name__,
            n is None, type(lst).__name__, type(d).__name__, d.get("k")]

def results():
    return (2 ** 70, 1.5, 2.0, None, True, "s", (1, [2, 3]))

async def fetch_later(x):
    sleep(0)
    return x + 1

def module_name():
    return __name__

if __name__ == "__main__":
    print("must not run when imported")

def use_helper(x):
    return [vhelper.triple(x), vhelper.loads]
