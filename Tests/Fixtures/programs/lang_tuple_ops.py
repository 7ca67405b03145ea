# Tuples: immutability, packing, single-element syntax, comparison, as dict keys, methods.
t = (1, 2, 3, 2, 1)
print(t, len(t), t[1:4], t[::-1], t.count(2), t.index(3), 2 in t)
single = (42,)
not_tuple = (42)
print(single, not_tuple, type(single).__name__, type(not_tuple).__name__, ())
packed = 1, "two", 3.0
a, b, c = packed
print(packed, a, b, c)
print((1, 2) + (3,), (0,) * 3, tuple("abc"), tuple([1, 2]), tuple(range(3)))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, "a") == (1, "a"))
points = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(points[(1, 0)], points[0, 1], (0, 0) in points)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested)
try:
    t[0] = 99
except TypeError as e:
    print("TypeError:", e)
holder = ([1], [2])
holder[0].append(10)
print(holder)
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, "a")) == hash((1, "a")))
records = [("ann", 90, 3), ("bob", 85, 1), ("cyd", 90, 2)]
print(sorted(records, key=lambda r: (-r[1], r[2])))
print(max(records), min(records, key=lambda r: r[2]))
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([5, 3, 9, 1])
print(lo, hi, minmax("hello"))
print(repr((1,)), repr(()), str((None, True)), tuple(x * x for x in range(4)))
print(sum((1, 2, 3)), sorted((3, 1, 2)), list(reversed((1, 2, 3))), (1, 2) * 0)
