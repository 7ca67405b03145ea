# isinstance, issubclass, type(): tuples of types, bool/int relation, type() comparisons.
values = [0, True, 1.5, 2j, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(1), None, len, int]
for v in values:
    print(f"{type(v).__name__:18} int:{isinstance(v, int)!s:5} num:{isinstance(v, (int, float, complex))!s:5} "
          f"seq:{isinstance(v, (list, tuple, str, range))!s:5} obj:{isinstance(v, object)}")
print(type(3) is int, type(True) is int, type(True) is bool, type(type(3)) is type, type(type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(type, object))

class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass
class Other: pass

leaf = Leaf()
print(isinstance(leaf, Base), isinstance(leaf, (Other, Mid)), isinstance(leaf, Other), type(leaf) is Mid)
print(issubclass(Leaf, Base), issubclass(Leaf, Leaf), issubclass(Base, Leaf), issubclass(Other, (Base, object)))
print(type(leaf).__name__, type(leaf).__mro__[1].__name__, leaf.__class__ is Leaf, Leaf.__class__ is type)
Dyn = type("Dyn", (Base,), {"x": 5, "hello": lambda self: f"hi from {type(self).__name__}"})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), isinstance(d, Base), [c.__name__ for c in Dyn.__mro__])
try:
    isinstance(leaf, "Base")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(leaf, Base)
except TypeError as e:
    print("TypeError:", e)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return f"sequence of {len(x)}"
    if isinstance(x, dict):
        return "mapping"
    return type(x).__name__
print([describe(v) for v in (True, 7, [1, 2], (), {"a": 1}, "x", None)])
print(type(None)(), type(0)("12"), type("")(3.5), type([])("ab"), type(1.0)("2"))
print(type(print).__name__, type(describe).__name__, type(lambda: 0).__name__, type(Leaf.__init__).__name__)
print(type(leaf.__str__).__name__ if False else "skip", type(x for x in []).__name__, type(iter([])).__name__)
