# global and nonlocal declarations; shadowing; reading vs assigning.
total = 0
names = []

def add(n):
    global total
    total += n
    names.append(n)

for i in range(1, 5):
    add(i)
print(total, names)

def shadow():
    total = "local"
    return total

print(shadow(), total)

def create_global():
    global created
    created = "made inside function"

create_global()
print(created)

def outer():
    level = 0
    log = []
    def descend(n):
        nonlocal level
        if n == 0:
            return
        level += 1
        log.append(level)
        descend(n - 1)
    descend(4)
    return level, log

print(outer())

def nested_nonlocal():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
        return a
    r = mid()
    return r, a

print(nested_nonlocal())
x = "global x"

def reader():
    return x

def writer():
    global x
    x = "rewritten"

print(reader())
writer()
print(reader(), x)

def counter_factory():
    calls = 0
    def inc():
        nonlocal calls
        calls += 1
        return calls
    def get():
        return calls
    return inc, get

inc, get = counter_factory()
inc(); inc(); inc()
print(get())

def uses_global_in_loop():
    global total
    for _ in range(3):
        total *= 2
    return total

print(uses_global_in_loop(), total, "total" in globals(), "level" in globals())
