# Rarer shapes: big displays, long f-strings, EXTENDED_ARG, class cells, nested scopes.


def big_dict(a):
    return {"k0": a, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7,
            "k8": 8, "k9": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14,
            "k15": 15, "k16": 16, "k17": 17, "k18": a}


def big_list(a):
    return [a, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
            21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, a]


def big_kwargs(f, a):
    return f(a0=a, a1=1, a2=2, a3=3, a4=4, a5=5, a6=6, a7=7, a8=8, a9=9, a10=10,
             a11=11, a12=12, a13=13, a14=14, a15=15, a16=16)


def long_fstring(a):
    return (f"{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}"
            f"{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}")


def many_locals():
    v0 = v1 = v2 = v3 = v4 = v5 = v6 = v7 = v8 = v9 = 0
    w0 = w1 = w2 = w3 = w4 = w5 = w6 = w7 = w8 = w9 = 1
    return v0 + v9 + w0 + w9


def long_jump(x):
    if x:
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7
        x = x + 1; x = x + 2; x = x + 3; x = x + 4; x = x + 5; x = x + 6; x = x + 7
    return x


def loop_long_body(xs):
    t = 0
    for x in xs:
        t += x * 1; t += x * 2; t += x * 3; t += x * 4; t += x * 5; t += x * 6
        t += x * 1; t += x * 2; t += x * 3; t += x * 4; t += x * 5; t += x * 6
        t += x * 1; t += x * 2; t += x * 3; t += x * 4; t += x * 5; t += x * 6
        t += x * 1; t += x * 2; t += x * 3; t += x * 4; t += x * 5; t += x * 6
        t += x * 1; t += x * 2; t += x * 3; t += x * 4; t += x * 5; t += x * 6
    return t


class UsesClassCell:
    def method(self):
        return __class__

    def via_super(self):
        return super().method()


class ClassSeesOuter:
    def outer(self):
        value = 1

        class Inner:
            attr = value

            def get(self):
                return value
        return Inner


def class_free_shadow():
    x = 1

    class C:
        x = 2

        def m(self):
            return x
    return C


def deeply_nested(a):
    def f1():
        def f2():
            def f3():
                return a
            return f3
        return f2
    return f1


def comprehension_uses_outer(xs, k):
    return {x: [k * y for y in xs] for x in xs}


def genexp_in_call(xs):
    return max(x for x in xs), tuple(x for x in xs if x)


def walrus_in_comprehension(xs):
    total = 0
    ys = [total := total + x for x in xs]
    return total, ys


def star_many(f, a, b):
    return f(*a, *b), [*a, *b, *a]


def conditional_import(flag):
    if flag:
        import json
        return json
    from os import sep
    return sep


def return_none_paths(x):
    if x:
        return
    print(x)


def try_in_while(f):
    while True:
        try:
            return f()
        except StopIteration:
            break
        except Exception:
            continue


def with_break(lock, items):
    for item in items:
        with lock:
            if item:
                break
    return items


def finally_return_value(f):
    try:
        x = f()
    finally:
        return 0


def global_del():
    global scratch
    scratch = 1
    del scratch


def unpack_in_for(pairs):
    out = 0
    for a, (b, *c) in pairs:
        out += a + b + len(c)
    return out


def slice_assign(a, b):
    a[1:2], b[::3] = b, a
    return a


def constant_condition():
    if True:
        x = 1
    if 0:
        x = 2
    while 1:
        break
    return x


def is_none_tests(a):
    if a is None:
        return 1
    if a is not None:
        return 2
    return a if a is None else 3


def not_folding(a, b):
    return not a is b, not a in b, not a == b


def tuple_unpack_folding():
    a, b = 1, 2
    c, d, e = 3, 4, 5
    return a, b, c, d, e


def genexp_in_while_test(s):
    n = 0
    while any(t.busy() for t in s.items()):
        n += 1
    return n


def lambda_in_finally(f):
    try:
        return f()
    finally:
        g = lambda: 1
        print(g)
