# An LRU cache built on a dict's insertion order, used as a decorator with hit statistics.
class LRU:
    def __init__(self, capacity, verbose=False):
        self.capacity = capacity
        self.verbose = verbose
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            if self.verbose:
                print(f"  evict {oldest!r}")
        self.data[key] = value
    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"

c = LRU(3, verbose=True)
for k in "abcadeab":
    if c.get(k) is None:
        c.put(k, k.upper())
    print(k, c)

def cached(capacity):
    def deco(fn):
        cache = LRU(capacity)
        marker = object()
        def wrapper(*args):
            v = cache.get(args, marker)
            if v is marker:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco

@cached(100)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print(paths(10, 10), paths(16, 16), paths.cache.hits, paths.cache.misses, len(paths.cache.data))
