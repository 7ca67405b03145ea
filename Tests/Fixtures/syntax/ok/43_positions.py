result = (a +
          b)
call = func(
    arg,
    kw=value,
)
(parenthesised)
((a, b))
[x for x in (y)]
obj . attr . other
obj [ 0 ] [ 1 ]
f (1) (2)
t = 1,
u = (1, 2) , 3
starred = [* a]
kw = f(key = value, ** rest)


@decorator
@another(
    1,
)
def decorated(
    a: int = 1,
    *args: str,
    b,
    **kwargs,
) -> None:
    pass


@decorator
class Decorated(
    Base,
    metaclass=M,
):
    pass


try:
    pass
except (A,
        B) as e:
    pass
import a.b.c as d, e
from m import (x as y,
               z)
s = ("a"
     "b")
