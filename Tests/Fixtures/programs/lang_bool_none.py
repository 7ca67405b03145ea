# bool and None: identity, arithmetic with bools, truthiness of objects, repr.
print(True, False, None, repr(None), str(True), type(None).__name__, type(True).__name__)
print(True + 1, True * 10, False - 1, sum([True, True, False, True]), True / 2)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__[1].__name__)
print(bool(0), bool(1), bool(-1), bool(""), bool(" "), bool([]), bool(()), bool({}), bool(None))
print(bool(0.0), bool(0j), bool(range(0)), bool(range(1)), bool(set()), bool(frozenset([0])))
print(True and 3, False and 3, True or 3, None or 0, None and 1, not None, not not "x")
print(True == 1, False == 0, True is True, None is None, None == False, hash(True), hash(None) == hash(None))
print(int(True), float(False), str(False).upper(), True & False, True | False, True ^ True, ~True)
print({True: "a", 1: "b", 1.0: "c"}, {0, False, 0.0}, [False] * 3)

class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

print(bool(Box([])), bool(Box([1])), bool(Flag(True)), bool(Flag(False)))
print("yes" if Box([0]) else "no", "yes" if Flag(False) else "no")

def nothing():
    pass

def early(x):
    if x:
        return
    return 0

print(nothing(), early(1), early(0), nothing() is None)
results = [x for x in (0, None, "", "a", 1, False, [], [None]) if x is not None]
print(results)
print(max(True, 0.5), min(False, -1), sorted([True, False, 0, 1, 2, -1]))
print(f"{True}", f"{True:d}", f"{None!r}", "%s %d" % (False, True), True.bit_length())
