# Tuple, list and starred unpacking in assignments, for-loops, calls and literals.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(7)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [42]
print(head, rest)
(x, y), (z, *w) = (1, 2), [3, 4, 5]
print(x, y, z, w)
[p, q] = "pq"
print(p, q)
for i, (name, score) in enumerate([("ann", 3), ("bob", 5)]):
    print(i, name, score)
for k, *vals in [("a", 1, 2), ("b",), ("c", 3)]:
    print(k, vals)
pairs = {"x": 1, "y": 2}
for key, value in pairs.items():
    print(f"{key}={value}")

def total(*nums, **opts):
    scale = opts.get("scale", 1)
    return sum(nums) * scale

args = [1, 2, 3]
opts = {"scale": 10}
print(total(*args), total(*args, **opts), total(*args, 4, *args, scale=2))
print([*args, *"ab", *range(2)], (*args,), {*args, *[3, 4]}, {**pairs, "z": 3})
print(*args, sep=", ")
print(*[], "end")
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
a, b, c = {"one": 1, "two": 2, "three": 3}
print(a, b, c)
m, n = divmod(17, 5)
print(m, n)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, t = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, *v, t = [1]
except ValueError as e:
    print("ValueError:", e)
*everything, = (9, 8, 7)
print(everything)
data = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in data])
