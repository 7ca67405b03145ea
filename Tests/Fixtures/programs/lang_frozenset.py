# frozenset: hashable, usable as dict keys and set members, algebra returns frozenset.
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, type(fs).__name__, repr(frozenset()))
other = frozenset({2, 3, 4})
print(fs | other, fs & other, fs - other, fs ^ other)
print(type(fs | {9}).__name__, type({9} | fs).__name__, fs == {1, 2, 3}, {1, 2, 3} == fs)
groups = {}
edges = [(1, 2), (2, 1), (3, 4), (4, 3), (1, 2), (5, 6)]
for u, v in edges:
    key = frozenset((u, v))
    groups[key] = groups.get(key, 0) + 1
for key, count in groups.items():
    print(sorted(key), count)
family = {frozenset("ab"), frozenset("ba"), frozenset("abc"), frozenset()}
print(len(family), frozenset() in family, frozenset("cba") in family)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), fs.issubset({1, 2, 3, 4}), fs.issuperset([1]))
try:
    fs.add(5)
except AttributeError as e:
    print("AttributeError:", e)
subsets = [frozenset()]
for item in [1, 2, 3]:
    subsets += [s | {item} for s in subsets]
print(len(subsets), sorted(sorted(s) for s in subsets))
print(frozenset(range(5)).union(range(3, 8)), frozenset("hello"))
memo = {frozenset({"x", "y"}): "pair"}
print(memo[frozenset(["y", "x"])], fs.copy() == fs, frozenset(fs) == fs)
print(sorted(frozenset({5, -2, 9})), min(fs), max(fs), sum(fs))
