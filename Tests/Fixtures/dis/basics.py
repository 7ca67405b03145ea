# Straight-line code, branches and loops: the shapes the tutorial's examples use.
import numpy


def add(a, b):
    return a + b


@jit
def add_jit(a, b):
    return a + b


def sum_squared(arr):
    total = 0.0
    for x in arr:
        total += x * x
    return total


def sum_squared_range(n):
    s = 0
    for i in range(n):
        s += i ** 2
    return s


def sum2d(arr):
    M, N = arr.shape
    result = 0.0
    for i in range(M):
        for j in range(N):
            result += arr[i, j]
    return result


def straight_line(x, y):
    z = x * 2 + y / 3 - 1
    w = -z
    v = not w
    u = ~x
    t = x % y // 2
    s = x ** y << 1 >> 2
    r = x & y | z ^ w
    q = x @ y
    return (z, w, v, u, t, s, r, q)


def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0


def classify(n):
    if n % 15 == 0:
        label = "fizzbuzz"
    elif n % 3 == 0:
        label = "fizz"
    elif n % 5 == 0:
        label = "buzz"
    else:
        label = str(n)
    return label


def countdown(n):
    while n > 0:
        print(n)
        n -= 1
    print("liftoff")


def find_first(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
        if item is None:
            continue
        print(item)
    else:
        return -1
    return i


def while_else(n):
    i = 0
    while i < n:
        if i == 7:
            break
        i += 1
    else:
        i = -1
    return i


def nested_loops(n):
    pairs = []
    for i in range(n):
        for j in range(i):
            if (i + j) % 2:
                continue
            pairs.append((i, j))
    return pairs


def return_in_loop(items):
    for x in items:
        if x > 10:
            return x
    return None


def infinite_loop():
    n = 0
    while True:
        n += 1
        if n > 100:
            break
    return n


def constants_folded():
    a = 2 * 3
    b = 1 << 10
    c = "ab" * 3
    d = (1, 2, 3)
    e = -5
    f = 2 ** 64
    g = 1 / 4
    h = 7 // 2
    k = 10 % 3
    m = 1e16
    n = 0.1
    return a, b, c, d, e, f, g, h, k, m, n


def if_expression(x):
    return "big" if x > 100 else "small"


def pass_only():
    pass


def docstring_only():
    """Just a docstring."""


def mandel(x, y, max_iters):
    i = 0
    c = complex(x, y)
    z = 0.0j
    for i in range(max_iters):
        z = z * z + c
        if (z.real * z.real + z.imag * z.imag) >= 4:
            return i
    return 255
