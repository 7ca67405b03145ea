# Calls, attributes, displays, f-strings, comparisons, boolean operators, unpacking.
import math
from os import path as ospath


def keyword_call(f, x):
    return f(x, 1, key=2, other="three")


def star_call(f, args, kwargs):
    a = f(*args)
    b = f(*args, **kwargs)
    c = f(1, *args, 2, k=3, **kwargs)
    d = f(**kwargs)
    e = f(x=1, **kwargs, y=2)
    return a, b, c, d, e


def method_calls(obj, items):
    obj.append(1)
    obj.method(2, key=3)
    items.sort(key=len, reverse=True)
    return obj.attr.chain.value


def module_attribute_call(x):
    return math.sqrt(x) + ospath.join("a", "b").count("/")


def builtin_calls(xs):
    return len(xs), sum(xs), max(xs, default=0), sorted(xs)[0]


def attribute_store(obj, v):
    obj.value = v
    obj.inner.count += 1
    del obj.value
    return obj


def subscripts(a, i, j):
    x = a[i]
    y = a[i:j]
    z = a[::2]
    w = a[i, j]
    a[i] = x
    a[i:j] = y
    a[i] += 1
    a[i][j] *= 2
    del a[i]
    del a[i:j]
    return x, y, z, w, a[1:-1, ::-1]


def displays(a, b):
    lst = [a, b, 1]
    tup = (a, b)
    st = {a, b}
    dct = {"a": a, "b": b}
    dct2 = {a: 1, b: 2}
    empty = [], (), {}, set()
    consts = [1, 2, 3], {1, 2, 3}, {"x": 1, "y": 2}
    nested = [[a], (b,), {a: [b]}]
    return lst, tup, st, dct, dct2, empty, consts, nested


def star_displays(a, b):
    x = [*a, *b]
    y = (*a, 1, *b)
    z = {*a, 2}
    w = {**a, "k": 1, **b}
    first, *rest = a
    *init, last = b
    p, (q, r) = a
    return x, y, z, w, first, rest, init, last, p, q, r


def fstrings(name, value, width):
    a = f"hello {name}"
    b = f"{value!r} and {value!s} and {value!a}"
    c = f"{value:>10}"
    d = f"{value:{width}.2f}"
    e = f"{name}"
    f = f"{name=}"
    return a, b, c, d, e, f


def comparisons(a, b, c):
    r1 = a < b
    r2 = a < b < c
    r3 = a == b != c
    r4 = a is None
    r5 = a is not b
    r6 = a in b
    r7 = a not in b
    r8 = not a in b
    r9 = a in (1, 2, 3)
    r10 = a in [b, c]
    r11 = a in {1, 2, 3}
    return r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11


def chained_condition(a, b, c):
    if a < b < c:
        return "ordered"
    if 0 <= a < 10 and b:
        return "small"
    return "other"


def bool_values(a, b, c):
    x = a and b
    y = a or b
    z = a and b or c
    w = not a
    v = a or b and c
    return x, y, z, w, v


def bool_conditions(a, b, c):
    if a and b:
        print("both")
    if a or b:
        print("either")
    if not (a or b) and c:
        print("neither")
    if a is None or b is not None:
        print("none check")
    while a and not b:
        a -= 1
    return a


def walrus(data):
    if (n := len(data)) > 10:
        print(n)
    while (chunk := data.pop()) is not None:
        print(chunk)
    return [y for x in data if (y := x * 2) > 0]


def swap_and_unpack(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    x, y = 1, 2
    (i, j), k = (a, b), c
    return a, b, c, x, y, i, j, k


def deletes(a, b):
    x = a
    y = b
    del x, y
    del a
    return b


def augmented(x, y):
    x += y
    x -= y
    x *= y
    x /= y
    x //= y
    x %= y
    x **= y
    x <<= y
    x >>= y
    x &= y
    x |= y
    x ^= y
    x @= y
    return x


def many_args(f):
    return f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
             21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)


def multiline_call(obj, a, b):
    return obj.method(
        a,
        b,
    ).other(
        key=a,
    )


def conditional_values(a, b):
    x = a if b else None
    y = (a if a > b else b) if b else 0
    return x, y


def lambdas(xs):
    key = lambda x: x[1]
    add = lambda a, b=2, *args, c, d=4, **kw: a + b + c + d
    return sorted(xs, key=key), add


def negative_and_unary(x):
    return -1, +x, -x, ~5, not 0, -(2 ** 3), --x, -2.5
