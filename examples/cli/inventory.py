# A small command-line program: an inventory report with classes, properties, sorting with a
# key, generators and the format-spec mini-language.

class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"


def low_stock(items, limit):
    for item in items:
        if item.qty < limit:
            yield item


items = [
    Item("widget", 2.5, 40),
    Item("gadget", 12.0, 3),
    Item("doohickey", 0.75, 1200),
    Item("sprocket", 4.2, 7),
]

print(f"{'name':<10} {'price':>8} {'qty':>6} {'value':>10}")
for item in sorted(items, key=lambda i: i.value, reverse=True):
    print(f"{item.name:<10} {item.price:>8.2f} {item.qty:>6,} {item.value:>10,.2f}")
total = sum(i.value for i in items)
print(f"{'total':<10} {'':>8} {'':>6} {total:>10,.2f}")
print("low stock:", list(low_stock(items, 10)))
