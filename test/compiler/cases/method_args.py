# Method-call arguments keep their own temporaries (an argument using a temporary internally
# must not overwrite an earlier one).
class A:
    def m(self, a, b):
        return (a, b)
a = A()
x = "x"
print(A().m(x, 0 or 5))
d = {"k": 1}
k = "k"
print(d.get(k, 0 or 5))
print(a.m(x, a.m(1, 2)))
print(a.m(x, 1 < 2 < 3))
k = "a"
print({}.setdefault(k, k.upper()))
xs = ["q"]
print(a.m(xs[0], x.lower()))
