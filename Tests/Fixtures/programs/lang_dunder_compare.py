# Rich comparison dunders, reflection, sorting custom objects, NotImplemented handling.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __repr__(self):
        return f"v{self.text}"
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    __hash__ = None

vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2", "2.0", "1.2.10", "0.9.9"]]
print(sorted(vs))
print(max(vs), min(vs), sorted(vs, reverse=True)[:2])
a, b = Version("1.2"), Version("1.2.0")
print(a == b, a < b, a <= b, a != b, Version("3.0") > Version("2.99"), a == "1.2", a != "1.2")
print(Version("1.0") >= Version("1.0"), Version("1.0") == Version("1.0"))

class Loose:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  Loose.__lt__({self.v}, {other})")
        return self.v < other
    def __gt__(self, other):
        print(f"  Loose.__gt__({self.v}, {other})")
        return self.v > other

print(5 < Loose(7))
print(Loose(3) < 4)
print(10 > Loose(2))

class OnlyEq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.k % 10 == other.k % 10

print(OnlyEq(3) == OnlyEq(13), OnlyEq(3) != OnlyEq(13), OnlyEq(1) == 1, OnlyEq(1) in [OnlyEq(21)])
try:
    OnlyEq(1) < OnlyEq(2)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    None > 0
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
people = [("zed", 3), ("amy", 3), ("bob", 1)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (p[1], p[0])))
print([1, 2] == [1, 2.0], (1, "a") < (1, "b"), {"a": 1} == {"a": 1.0}, [[1]] < [[2]])
