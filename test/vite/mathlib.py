# A Python module imported straight into a Vitest test through edgepy's Vite plugin.

def add(a, b):
    return a + b

def slow_double(x):
    sleep(0.01)          # suspends; the JS caller just awaits the Promise
    return 2 * x

def stats(values):
    return {"n": len(values), "total": sum(values), "max": max(values)}

def fails():
    raise ValueError("from python")
