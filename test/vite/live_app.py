# A program that runs until told to stop, and functions JS calls while it runs.
items = []


def add_item(x):
    items.append(x)
    return len(items)


def slow_add(x):
    sleep(0.5)
    items.append(x)
    return len(items)


def fail():
    raise KeyError("nope")


while True:
    msg = receive()
    if msg == "stop":
        break
    print("items", items)
