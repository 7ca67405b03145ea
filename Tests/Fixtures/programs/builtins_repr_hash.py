# repr of built-in values, hash consistency rules, id identity comparisons.
items = [1, -1.5, 1e16, 1e-7, "it's", 'say "hi"', "tab\t", b"\x00a", None, True, [1, [2]], (1,), (),
         {"a": [1, 2]}, {1, 2}, frozenset({3}), range(2, 5), 3 + 0j, -0.0, float("inf"), set(), {}, [], ""]
for item in items:
    print(type(item).__name__.ljust(9), repr(item))
print(repr(repr("x")), repr(str), repr(int), repr(len), repr(ValueError), repr(ValueError("m")))
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(1.5), hash(-0.0), hash(0.0))
print(hash("") , hash(()), hash((1, 2)), hash(None) == hash(None), hash(True), hash(2 ** 61 - 1))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash("a") == hash("a"), hash((1, "a")) == hash((1.0, "a")))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(range(3)) == hash(range(0, 3)))
for bad in ([], {}, set(), ([1],)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
x = None
print(id(x) == id(None), id(len) == id(len), isinstance(id(a), int), id(a) > 0)
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return self.k == o.k
    def __repr__(self):
        return f"Key({self.k!r})"
print(hash(Key("z")) == hash("z"), {Key(1): "one"}[Key(1)], repr(Key([1])), repr([Key(2)]))
class Huge:
    def __hash__(self):
        return 2 ** 70
print(hash(Huge()) == hash(2 ** 70), hash(Huge()))
