# *args and **kwargs: collecting, forwarding, wrapping, and keyword order preserved.
def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)

show()
show(1, "two", [3])
show(a=1, b=2)
show(1, *[2, 3], *(4,), x=1, **{"y": 2, "z": 3})

def forward(func, *args, **kwargs):
    print("calling", func.__name__, "with", args, kwargs)
    return func(*args, **kwargs)

def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"

print(forward(area, 3, 4))
print(forward(area, 5, unit="cm"))
print(forward(area, w=2, h=8))

def summarize(title, *values, **meta):
    line = f"{title}: n={len(values)}"
    if values:
        line += f" min={min(values)} max={max(values)} mean={sum(values) / len(values):.2f}"
    for k, v in meta.items():
        line += f" {k}={v}"
    return line

print(summarize("empty"))
print(summarize("temps", 21, 19, 25, 23, source="sensor", unit="C"))

def merge(*dicts, **overrides):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(overrides)
    return out

print(merge({"a": 1}, {"b": 2, "a": 3}, c=4, a=0))

def count_args(*a, **k):
    return len(a), len(k)

print(count_args(*range(10), **dict.fromkeys("abc")), count_args(*"hello"))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    area(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    area(1, bogus=2)
except TypeError as e:
    print("TypeError:", e)
try:
    area()
except TypeError as e:
    print("TypeError:", e)
print(area.__kwdefaults__, area.__defaults__, show.__defaults__)
