# Imported by mathlib.py: exported calls load a module's imports once, with its body.
loads = 0
loads += 1

def triple(x):
    return 3 * x
