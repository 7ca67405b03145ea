# Constant reprs as dis prints them.


def floats():
    return (1e16, 1e15, 1e-05, 0.0001, 0.1, 1.5e300, 5e-324, 1e400, -0.0, 0.0, 2.5,
            123456789.123, 1.0, 100.0, 3.141592653589793, 1e22, 12345678901234567.0)


def complexes():
    return 1j, 2.5j, 1 + 2j, 1.5 - 0.5j, -1j, 0j, 1e20j


def strings():
    a = 'plain'
    b = "it's"
    c = 'say "hi"'
    d = 'both \' and "'
    e = "tab\tnewline\nreturn\rback\\slash"
    f = "\x00\x1f\x7f"
    g = "café ü €"
    h = "\u200b zero width \u00a0 nbsp"
    i = "\U0001f600"
    j = ""
    return a, b, c, d, e, f, g, h, i, j


def byte_strings():
    return b"abc", b"it's", b'"q"', b"\x00\xff\n", b""


def ints():
    return 0, 1, -1, 255, 256, 2 ** 100, -(2 ** 70), 0xFFFFFFFFFFFFFFFFFFFF, True, False, None, ...


def nested_constants():
    return ((1, 2), (3, (4, 5)), ("a",), (), (None, True, 1.5))


def frozensets(x):
    return x in {1, 2, 3}, x in {5, 3, 1}, x in {10, 2, 34, 7}, x not in {-1, 0}


def folding():
    return 1 + 2.5, 3 * "ab", (1, 2) + (3,), 10 / 4, 7 % -3, -7 // 2, 2 ** -1, 1.5 ** 2, 5 & 3
