x = 3.14159
name = 'edge'
print(f'{x:.2f} {name!r} {name:>8}|{42:08b} {1234567:,} {x=}')
print(f'{{literal}} {name.upper()} {[1, 2]!s} {"q"!a} {3:{"^"}{5}}')
print(f'{-0.0} {1e16} {2**64} {1/3} {float("inf")} {10**-5}')
print(f"{'nested ' + f'{1 + 1}'}")
