# a failure two jitted calls deep: int + str in the innermost function
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
def inner(n):
    return n + "x"


@njit
def middle(n):
    return inner(n) * 2


@njit
def top(n):
    return middle(n + 1)


try:
    top(1)
except TypingError as e:
    print(without_addresses(str(e)))
assert not top.nopython_signatures
