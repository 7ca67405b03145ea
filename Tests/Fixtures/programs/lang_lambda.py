# Lambdas: defaults, closures over loop variables, sorting keys, immediately invoked.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=3))
print((lambda *args, **kw: (args, sorted(kw.items())))(1, 2, x=3, y=4))
print((lambda: "no args")(), (lambda x: lambda y: x * y)(6)(7))
late = [lambda: i for i in range(4)]
early = [lambda i=i: i for i in range(4)]
print([f() for f in late], [f() for f in early])
people = [("ann", 31), ("bob", 25), ("cyd", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0]) + p[1]))
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "**": lambda a, b: a ** b,
}
for sym, fn in ops.items():
    print(f"7 {sym} 2 = {fn(7, 2)}")
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(lambda s: s.upper(), ["a", "bc"])), list(filter(lambda n: n % 3, range(10))))
f = lambda n: 1 if n <= 1 else n * f(n - 1)
print(f(10), f(20), f.__name__)
kw_only = lambda a, *, scale=2: a * scale
print(kw_only(4), kw_only(4, scale=10))
print((lambda x, y=None: (y or []) + [x])(1), callable(lambda: 0))
