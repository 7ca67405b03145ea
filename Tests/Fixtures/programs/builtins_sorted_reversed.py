# sorted and reversed: key, reverse, stability, sorting mixed-length strings, list.sort.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
print(sorted(words, key=str.lower, reverse=True))
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted({3, 1, 2}), sorted("bca"), sorted({"b": 1, "a": 2}))
print(sorted([-5, 3, -1, 4], key=abs), sorted([0.5, -1.5, 1e-3, 1e3]), sorted([]))
records = [("ann", "eng", 90), ("bob", "ops", 85), ("cyd", "eng", 85), ("dee", "ops", 90), ("eve", "eng", 70)]
by_score = sorted(records, key=lambda r: r[2], reverse=True)
print([r[0] for r in by_score])
by_dept_then_score = sorted(sorted(records, key=lambda r: -r[2]), key=lambda r: r[1])
print([(r[0], r[1], r[2]) for r in by_dept_then_score])
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print("".join(reversed("stressed")), list(reversed({"a": 1, "b": 2})), type(reversed([])).__name__)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return self.n - i

print(list(Countdown(4)), list(reversed(Countdown(4))), list(reversed(list(Countdown(2)))))
data = [5, 2, 9, 1]
data.sort(key=lambda x: -x)
print(data, sorted(data) == data[::-1])
nums = [3, 1, 2]
r = reversed(nums)
print(next(r), list(r))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), max(["10", "9"], key=int))
print(sorted([True, False, True]), sorted(range(10), key=lambda n: (n % 3, -n)))
