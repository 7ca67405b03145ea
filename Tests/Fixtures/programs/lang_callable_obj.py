# __call__: function-like objects, stateful callables, callable(), passing to map/sorted.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x):
        return x * self.factor

double = Multiplier(2)
print(double(21), list(map(Multiplier(3), [1, 2, 3])), callable(double), callable(Multiplier))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return f"call #{self.calls} args={args} kwargs={kwargs}"

c = Counter()
print(c())
print(c(1, 2, key="v"))
print(c.calls)

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for coef in self.coeffs:
            result = result * x + coef
        return result
    def __repr__(self):
        terms = []
        n = len(self.coeffs) - 1
        for i, c in enumerate(self.coeffs):
            p = n - i
            if c:
                terms.append(f"{c}x^{p}" if p > 1 else f"{c}x" if p == 1 else f"{c}")
        return " + ".join(terms) or "0"

p = Polynomial(2, 0, -3, 1)
print(p, [p(x) for x in range(-2, 3)])
print(sorted([3, -1, 2, -4], key=Polynomial(1, 0, 0)))

class KeyBy:
    def __init__(self, attr):
        self.attr = attr
    def __call__(self, obj):
        return obj[self.attr]

rows = [{"n": "b", "v": 2}, {"n": "a", "v": 3}, {"n": "c", "v": 1}]
print([r["n"] for r in sorted(rows, key=KeyBy("v"))], max(rows, key=KeyBy("n"))["n"])
print(callable(len), callable("str"), callable(None), callable(lambda: 0), callable(print))

class Pipeline:
    def __init__(self, *steps):
        self.steps = steps
    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

clean = Pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"), Multiplier(2))
print(clean("  Hello World "))
five = 5
print(Polynomial()("x"))
try:
    five()
except TypeError as e:
    print("TypeError:", e)
