# A first Edge Python program: plain Python, plus a plain `def` that sleeps (the whole call
# chain suspends and resumes, invisibly to its caller) and coroutines driven by run/gather.

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def slow_greeting(name):
    sleep(0.01)  # suspends this call chain; the caller never notices
    return "hello, " + name


async def worker(name, delay):
    sleep(delay)
    return f"{name} done after {delay}s"


total = 0
i = 0
while i < 5:
    if i % 2 == 0:
        total += i * i
    i += 1

print("fib(30) =", fib(30))
print("sum of even squares below 5:", total)
print(slow_greeting("edge"))
print(run(worker("solo", 0.01)))
print(gather(worker("a", 0.03), worker("b", 0.01)))
