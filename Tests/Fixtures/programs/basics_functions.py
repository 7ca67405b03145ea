# Functions: defaults, keywords, *args/**kwargs, closures, recursion, lambdas.
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, sorted(kw))

print(f(1))
print(f(1, 5, 6, 7, c=9, z=1, y=2))

def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = make_counter()
c(); c()
print(c())

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(20))
square = lambda v: v * v
print(list(map(square, range(5))))
print([i * i for i in range(10) if i % 2], {k: k * 2 for k in "ab"})
