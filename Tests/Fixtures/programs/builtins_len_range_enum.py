# len, range, enumerate with start, zip (including uneven and strict-free usage).
things = ["spam", (1, 2), {"a": 1, "b": 2}, {1, 2, 3}, "ünï", b"\x00\x01", range(10, 20, 3), ""]
for t in things:
    print(repr(t), len(t))

class Sized:
    def __len__(self):
        return 42

print(len(Sized()), len(frozenset("aab")), len(range(0, -10, -1)), len({}.keys()))
for i, ch in enumerate("abc"):
    print(i, ch, end="; ")
print()
for i, ch in enumerate("abc", start=10):
    print(i, ch, end="; ")
print()
print(list(enumerate([])), list(enumerate(["x"], -1)), type(enumerate([])).__name__)
names = ["ann", "bob", "cyd"]
ages = [31, 25]
cities = ("Oslo", "Rome", "Lima", "Bern")
print(list(zip(names, ages)), list(zip(names, cities)), list(zip()), list(zip(names)))
print(dict(zip(names, ages)), list(zip(*zip(names, cities))))
for n, a, c in zip(names, ages, cities):
    print(f"{n} ({a}) lives in {c}")
print(list(zip(range(3), "abc", [True, False, None])))
e = enumerate("xyz")
print(next(e), next(e), list(e))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
scores = [88, 92, 79, 95, 60]
best_i, best = max(enumerate(scores), key=lambda p: p[1])
print(best_i, best)
print([i for i, s in enumerate(scores) if s < 80], sum(i * s for i, s in enumerate(scores)))
print(len(range(1, 10 ** 12, 3)), len("日本語"), len([[]]), len([None] * 7))
