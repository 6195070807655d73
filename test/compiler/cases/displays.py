# Set displays of constants iterate in CPython's frozenset-constant order.
print({33, 1, 65}, {-5, 3, 100, -1}, {1, 2}, {33, 1, 65, *[]})
print({(1, 2), 3, 4} == {3, 4, (1, 2)}, list({64, 0, 32, +8}), list({-1.5, 2.5, 7}))
x = 33
print({x, 1, 65}, {None, True, 'a'} == {'a', None, True})
