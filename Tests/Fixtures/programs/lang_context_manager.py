# with statement: __enter__/__exit__, suppression, exceptions passed to __exit__, nesting.
class Tag:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
        return False

with Tag("html"):
    with Tag("body") as body, Tag("p"):
        print("  " * Tag.depth + "text in", body.name)

class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught = f"{exc_type.__name__}: {exc}"
            return True
        return False

with Suppress(ZeroDivisionError, KeyError) as s:
    print("before")
    1 / 0
    print("never printed")
print("suppressed ->", s.caught)
with Suppress(KeyError) as s2:
    {}["missing"]
print("suppressed ->", s2.caught)
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)

class Transaction:
    def __init__(self, ledger):
        self.ledger = ledger
    def __enter__(self):
        self.snapshot = list(self.ledger)
        return self.ledger
    def __exit__(self, exc_type, exc, tb):
        if exc_type:
            self.ledger[:] = self.snapshot
            print(f"  rolled back after {exc_type.__name__}")
        else:
            print("  committed")

ledger = [100]
with Transaction(ledger) as l:
    l.append(-30)
print(ledger)
try:
    with Transaction(ledger) as l:
        l.append(-500)
        if sum(l) < 0:
            raise ArithmeticError("overdrawn")
except ArithmeticError as e:
    print("error:", e)
print(ledger)

def exits_early():
    with Tag("func"):
        return "returned inside with"

print(exits_early())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print("done")
