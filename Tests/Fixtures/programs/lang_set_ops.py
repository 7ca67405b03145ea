# Sets: algebra, membership, mutation, comprehension, sorted output of int sets.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference({1, 10}))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {5}, a.isdisjoint({8, 9}), a.issubset(range(10)))
s = set()
for n in [3, 1, 3, 2, 1, 5]:
    s.add(n)
print(s, len(s), 3 in s, 4 not in s)
s.discard(99)
s.discard(3)
s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
s.update([10, 20], (30,))
print(sorted(s), s.pop() in {2, 5, 10, 20, 30}, len(s))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apple"]
initials = {w[0] for w in words}
print(sorted(initials), len(set(words)), sorted(set(words)))
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)})
c = a.copy()
c &= {1, 2, 99}
d = a.copy()
d |= {100}
e = a.copy()
e -= {1, 2}
f = a.copy()
f ^= {5, 6}
print(c, d, e, f, a)
print(set("mississippi") == {"m", "i", "s", "p"}, set() == set(), {1, 2} == {2, 1}, {1} != {1.0})
print(repr(set()), {(1, 2), (1, 2), (2, 1)} == {(1, 2), (2, 1)}, {True, 1, 1.0})
seen = set()
dupes = []
for x in [4, 7, 4, 1, 7, 7, 9]:
    if x in seen:
        dupes.append(x)
    seen.add(x)
print(dupes, sorted(seen))
print(sorted({-5, 3, -1, 0}), min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3}))
