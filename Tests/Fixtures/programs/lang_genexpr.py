# Generator expressions: laziness, single use, as function arguments, nested loops.
log = []

def noisy(x):
    log.append(x)
    return x * x

g = (noisy(x) for x in range(5))
print(type(g).__name__, log)
print(next(g), next(g), log)
print(list(g), log)
print(list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]), min((x % 7 for x in range(20)), default=None))
pairs = list((a, b) for a in range(3) for b in range(a))
print(pairs)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
lengths = {w: n for w, n in ((w, len(w)) for w in words) if n > 4}
print(lengths)
print(",".join(w.upper() for w in words if "a" in w))
nested = ((i, j) for i in range(3) if i != 1 for j in "ab")
print(list(nested))
total = 0
source = iter(range(100))
firsts = (x for x in source if x % 11 == 0)
print(next(firsts), next(firsts), next(source), next(firsts))
squares = (n * n for n in range(1, 1000000))
print(next(s for s in squares if s > 5000))
print(sorted((c for c in "generator"), reverse=True), tuple(str(i) for i in range(4)))
gen = (x for x in [3, 1, 2])
print(sorted(gen), sorted(gen))
data = [("a", 3), ("b", 0), ("c", 7)]
print(dict((k, v * 2) for k, v in data if v), set(v % 2 for _, v in data))
x = 10
print(list(x + i for i in range(3)), list((lambda y: y + x)(i) for i in range(2)))
