# __eq__ and __hash__: objects as dict keys and set members, dedup, hash consistency.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(3, 4)]
unique = set(pts)
print(len(unique), sorted(unique, key=lambda p: (p.x, p.y)))
visits = {}
for p in pts:
    visits[p] = visits.get(p, 0) + 1
print(visits)
print(Point(1, 2) in unique, Point(9, 9) in unique, pts.count(Point(3, 4)), pts.index(Point(0, 0)))
print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(1, 2)) == hash((1, 2)))

class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

print(NoHash.__hash__ is None, NoHash(1) == NoHash(1))
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)

class IdentityOnly:
    pass

a, b = IdentityOnly(), IdentityOnly()
print(a == a, a == b, a != b, len({a, b, a}), hash(a) == hash(a))

class CaseInsensitive:
    def __init__(self, s):
        self.s = s
    def __eq__(self, other):
        if isinstance(other, CaseInsensitive):
            return self.s.lower() == other.s.lower()
        if isinstance(other, str):
            return self.s.lower() == other.lower()
        return NotImplemented
    def __hash__(self):
        return hash(self.s.lower())
    def __repr__(self):
        return f"CI({self.s!r})"

tags = {CaseInsensitive("Python"), CaseInsensitive("PYTHON"), CaseInsensitive("swift")}
print(len(tags), CaseInsensitive("python") in tags, CaseInsensitive("Go") in tags)
print(CaseInsensitive("Abc") == "aBC", "aBC" == CaseInsensitive("Abc"), CaseInsensitive("x") != "y")
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float"}, hash("abc") == hash("ab" + "c"))
print(hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))), 2 ** 61 - 1 == hash(2 ** 61 - 1) or hash(2 ** 61 - 1))
d = {Point(0, 0): "origin"}
key = Point(0, 0)
print(d[key], d.get(Point(1, 1), "none"), key in d)
