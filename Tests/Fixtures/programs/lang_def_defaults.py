# Default arguments: evaluation time, mutable default pitfall, None sentinel, keywords.
counter = 0
def stamp():
    global counter
    counter += 1
    return counter

def f(a, b=stamp(), c=stamp()):
    return a, b, c

print(f(0), f(0, 9), f(0, c=7), counter)

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_bad(1), append_bad(2), append_bad(3))
print(append_good(1), append_good(2), append_good(3, [0]))
print(append_bad.__defaults__, f.__defaults__, append_good.__defaults__)

def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

print(power(3), power(3, 3), power(exp=4, base=2), power(7, 10, mod=13))

def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"), greet("Bob", "Hi"), greet("Cyd", punct="?"), greet(punct=".", name="Dee"))
x = 5
def capture(v=x):
    return v
x = 6
print(capture(), capture(1))

def describe(n, unit="item", plural=None):
    plural = plural or unit + "s"
    return f"{n} {unit if n == 1 else plural}"

print(describe(1), describe(3), describe(2, "box", "boxes"), describe(0, unit="mouse", plural="mice"))
print(f.__name__, greet.__defaults__, power.__kwdefaults__)
