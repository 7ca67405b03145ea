# min and max: iterables, multiple args, key, default, ties keep first, errors.
nums = [4, -7, 2, 9, -1, 9]
print(min(nums), max(nums), min(4, 2, 8), max("apple", "pear", "fig"))
print(max(nums, key=abs), min(nums, key=abs), max(nums, key=lambda n: -n))
print(min([], default="empty"), max([], default=None), max([3], default=0), min((), key=len, default=-1))
words = ["kiwi", "banana", "fig", "cherry", "plum"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
pairs = [("a", 3), ("b", 7), ("c", 7), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(pairs))
print(max("hello"), min("hello"), max(range(10), key=lambda x: x % 4), min({3: "a", 1: "b"}))
print(max(1, 2.5, True), min(-0.0, 0), max([1.5, float("inf")]), min(3, 3.0), max(3.0, 3))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]), max({"x": 1, "y": 0}, key=lambda k: -ord(k)))
scores = {"ann": 81, "bob": 97, "cyd": 97, "dee": 64}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]), max(scores.values()))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    max(5)
except TypeError as e:
    print("TypeError:", e)
def running_extremes(seq):
    lo = hi = None
    for x in seq:
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
        yield lo, hi
print(list(running_extremes([5, 3, 8, 1, 9, 2])))
print(max((x for x in range(20) if x % 7 == 3)), min(map(len, words)), max(len(w) for w in words))
