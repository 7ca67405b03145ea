# iter and next: default values, sentinels, manual iteration, shared iterators.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
s = iter("hey")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
nums = iter(range(10))
batches = []
while True:
    batch = [x for _, x in zip(range(3), nums)]
    if not batch:
        break
    batches.append(batch)
print(batches)
lines = iter(["header", "row1", "row2", "", "footer"])
header = next(lines)
body = list(iter(lambda: next(lines), ""))
print(header, body, list(lines))
def reader(chunks):
    pos = 0
    def read():
        nonlocal pos
        if pos >= len(chunks):
            return None
        pos += 1
        return chunks[pos - 1]
    return read
print(list(iter(reader(["a", "b", "c"]), None)))
it1 = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it1, it1)), iter(it1) is it1)
class Cycle:
    def __init__(self, items):
        self.items, self.i = items, 0
    def __iter__(self):
        return self
    def __next__(self):
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item
c = Cycle("RGB")
print([next(c) for _ in range(7)], iter(c) is c)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(None)
except TypeError as e:
    print("TypeError:", e)
g = (i * i for i in range(3))
print(next(g), next(g), next(g), next(g, "gen done"))
print(next(iter(set([7]))), next(iter({}), "empty dict"), next(reversed([1, 2])))
