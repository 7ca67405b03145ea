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


def folding_numeric_edges():
    return ((1 + 2j) ** 2, (2 + 3j) ** 3, 2j ** -1, (1 + 1j) ** 0.5, 0j ** 2,
            25.0 * 10 ** 21, 10 ** 18 * 1.25, (2 ** 60 + 1) / 3, -(2 ** 70) / 7,
            1e308 * 10, 1e308 / 1e-10, 1 / 3, -7.5 // 2, 7.5 % -2, 2 ** 0.5, (-8) ** 2,
            (1 + 2j) / (3 - 4j), 3 // -2, -3 % 5, 1 << 70, -(1 << 60) >> 3)


def unfoldable(x):
    return 1 / 0, 0.0 ** -1, 0j ** -1, 10 ** 400 * 1.0, 1e308 ** 2, (-8.0) ** (1 / 3), "a" % x


def unicode_versions():
    return "\u1c8a", "\U0001fae8", "\u0378", "\u00ad", "\u2028"
