# Closures: counters, accumulators, late binding, shared cells, closures in classes.
def make_counter(start=0, step=1):
    count = start
    def tick():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return tick, reset

tick, reset = make_counter(10, 5)
print(tick(), tick(), tick())
reset()
print(tick())
t2, _ = make_counter()
print(t2(), t2(), tick())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(1, 5)]

print([m(10) for m in make_multipliers()])

def make_adders():
    adders = []
    for i in range(3):
        def add(x):
            return x + i
        adders.append(add)
    return adders

print([a(100) for a in make_adders()])

def averager():
    values = []
    def add(v):
        values.append(v)
        return sum(values) / len(values)
    return add

avg = averager()
print(avg(10), avg(20), avg(60))
print(avg(0), avg.__name__)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()

print(outer())

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))

def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return f"insufficient ({balance})"
        balance -= x
        return balance
    return deposit, withdraw

dep, wd = bank(100)
print(dep(50), wd(30), wd(500), dep(1))
