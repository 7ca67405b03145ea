# a TypingError inside an @njit callee surfaces when typing the caller
from numba import njit
from numba.core.errors import TypingError


def without_addresses(text):
    # the callee's dispatcher repr holds a memory address: keep everything else
    lines = []
    for line in text.split("\n"):
        i = line.find(" at 0x")
        if i >= 0:
            line = line[:i] + " at 0x..." + line[line.find(">", i):]
        lines.append(line)
    return "\n".join(lines)


@njit
def bad(x):
    return x.foo


@njit
def outer(x):
    return bad(x) + 1


@njit
def good(x):
    return x - 1


try:
    outer(3)
except TypingError as e:
    print(without_addresses(str(e)))
assert not outer.nopython_signatures
print(good(3))
assert good.nopython_signatures
