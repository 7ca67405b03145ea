"""String annotations under from __future__ import annotations."""
from __future__ import annotations

import typing

x: int = 1
y: dict[str, int | None] = {}
z: "quoted"
w: tuple[int, ...]
v: typing.Callable[[int, str], list[int]]
u: lambda a, b=1, *c, d, e=2, **f: a
t: (1 + 2) * 3 - -4 ** 2 ** -1
s: not a or b and c if d else e
r: [i for i in range(3) if i] + [(j, k) for j in a for k in b]
q: {k: v for k, v in x} | {*a, b} | {**m, 'k': 1}
p: f"{a!r:>{width}} and {b}" + f'{x}{{}}' 
o: a[1:2, ::3] + a[...] + a[:] + a[1:] + a[b, c]
n: 1e400 + 2j + b'bytes' + None + True + (1,) + ()
m: a < b <= c is not d not in e in f == g != h
l: (lambda: 0) if False else 0
k: a.b.c(d, *e, f=1, **g) + (h for h in i) + 1 .real
j: -x ** 2 + (-x) ** 2 + ~x & x ^ x | x << 1 >> 2 // 3 % 4 @ 5


def f(a: int, b: list[str] = [], *args: tuple, c: float = 1.0, **kw: dict) -> None:
    local: int = 3
    return local


def g(x: A | B, /, y: "C", *, z: D[E, F]) -> typing.Optional[G]:
    pass


class C:
    attr: ClassVar[int] = 0
    other: C

    def method(self, arg: C) -> C:
        return arg
