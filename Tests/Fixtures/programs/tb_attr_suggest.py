# full-stderr
# AttributeError with a "Did you mean" suggestion for a misspelled method name.
class Inventory:
    def __init__(self):
        self.items = {}

    def add_item(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty

    def remove_item(self, name, qty=1):
        self.items[name] -= qty
        if self.items[name] <= 0:
            del self.items[name]

    def total(self):
        return sum(self.items.values())


inv = Inventory()
inv.add_item("bolt", 10)
inv.add_item("nut", 4)
inv.remove_item("nut", 4)
print(inv.items, inv.total())
inv.add_itme("washer", 3)
print(inv.items)
