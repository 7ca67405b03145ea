# Closures, nonlocal, global, comprehensions, generators.
counter = 0


def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


def closure_over_arg(x, y):
    def inner():
        return x + y
    return inner


def nested_closures(a):
    def middle(b):
        def innermost(c):
            return a + b + c
        return innermost
    return middle


def uses_global():
    global counter
    counter += 1
    return counter


def reads_global():
    return counter + len("abc")


def list_comp(xs):
    return [x * 2 for x in xs]


def list_comp_filtered(xs):
    return [x for x in xs if x > 0 if x % 2]


def nested_comp(matrix):
    return [x for row in matrix for x in row]


def set_and_dict_comp(xs):
    s = {x % 3 for x in xs}
    d = {x: x * x for x in xs if x}
    return s, d


def gen_exp(xs):
    return sum(x * x for x in xs)


def comp_with_closure(xs, factor):
    return [x * factor for x in xs]


def comp_temp_binding(xs):
    return [y for x in xs for y in [x + 1]]


def generator(n):
    i = 0
    while i < n:
        yield i
        i += 1


def generator_with_return(n):
    yield n
    return n * 2


def delegating(a, b):
    yield from a
    x = yield from b
    return x


def yield_expression():
    received = yield 1
    while received:
        received = yield received * 2


def closure_in_loop(n):
    fs = []
    for i in range(n):
        fs.append(lambda i=i: i * i)
    return fs


def nonlocal_shared():
    x = 0

    def get():
        return x

    def put(v):
        nonlocal x
        x = v
    return get, put


def cell_arg(value):
    def show():
        return value
    value += 1
    return show


def default_args(a, b=1, *, c, d=2):
    return a + b + c + d


def varargs(*args, **kwargs):
    return len(args) + len(kwargs)


def posonly(a, b, /, c, *, d):
    return a, b, c, d


def annotated(a: int, b: "str" = "x") -> float:
    return float(a)


def shadow_builtin(list):
    return list


def local_vs_global(x):
    if x:
        y = 1
    return y
