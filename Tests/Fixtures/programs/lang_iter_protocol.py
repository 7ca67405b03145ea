# Iterator protocol: __iter__/__next__, StopIteration, iter() with sentinel, reuse.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"), list(c))

class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return SpanIter(self.lo, self.hi)

class SpanIter:
    def __init__(self, lo, hi):
        self.i, self.hi = lo, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        self.i += 1
        return self.i - 1

s = Span(3, 7)
print(list(s), list(s), sum(s), [x * y for x in Span(1, 3) for y in Span(1, 3)])
print(3 in s, 9 in s, sorted(s, reverse=True), dict(zip(s, "abcd")))

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

print(list(Fib(100)), max(Fib(1000)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
data = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(data), "STOP")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
letters = iter("abcdef")
pairs = list(zip(letters, letters))
print(pairs)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2, 3])
print(next(r), list(r), type(iter(range(3))).__name__, type(iter({})).__name__)
for i, (a, b) in enumerate(zip(Countdown(3), Span(10, 20))):
    print(i, a, b)
