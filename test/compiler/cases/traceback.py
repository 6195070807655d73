def inner(x):
    return 10 // x

def middle(x):
    y = x - 1
    return inner(y)

def outer():
    try:
        middle(1)
    except ZeroDivisionError:
        raise

class Thing:
    def run(self):
        return outer()

print('before')
Thing().run()
print('never')
