# Generators: yield, state between calls, send-free pipelines, return value, exhaustion.
def countdown(n):
    print("  start countdown", n)
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")

gen = countdown(3)
print(type(gen).__name__)
print(next(gen))
print(next(gen))
print(list(gen))
print(list(gen), next(gen, "exhausted"))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(list(take(6, evens(fib()))))

def with_return():
    yield 1
    yield 2
    return "the end"

g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]

print(list(chunks("abcdefghij", 3)), list(chunks([1, 2, 3, 4], 2)))

def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total

print(list(running_total([5, 10, -3, 8])), sum(running_total(range(5))))

def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  cleanup ran")

for item in gen_with_finally():
    print("got", item)

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1

p = primes()
print([next(p) for _ in range(12)], iter(p) is p)
